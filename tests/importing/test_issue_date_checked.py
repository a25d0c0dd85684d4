"""An import checks every page's issue date against the range an issue may carry (up to one year
after the site's local today): the same answers in any time zone, and no time zone conversion
for a date well inside the range."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from articles import dates
from articles.dates import IssueDateError, check_issue_date, latest_issue_date


@pytest.mark.parametrize("zone", ["Asia/Shanghai", "Pacific/Kiritimati", "Etc/GMT+12", "UTC"])
def test_the_last_date_an_issue_may_carry_is_one_year_after_the_local_today(zone):
    with override_settings(TIME_ZONE=zone):
        latest = latest_issue_date()
        assert check_issue_date(latest) == latest
        with pytest.raises(IssueDateError):
            check_issue_date(latest + timedelta(days=1))


def test_a_date_well_inside_the_range_is_checked_without_the_local_today(monkeypatch):
    today = timezone.localdate()
    monkeypatch.setattr(dates.timezone, "localdate", lambda *a: pytest.fail("converted"))
    assert check_issue_date(today) == today
    assert check_issue_date(dates.EARLIEST_ISSUE_DATE) == dates.EARLIEST_ISSUE_DATE
