"""``find_correction_notices``: the notices printed on pages imported before notices were linked
(an upgraded archive: the table empty) are read and linked, the open ones counted and named."""

from __future__ import annotations

from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import CorrectionNotice, NoticeState
from tests.correctionnotices.test_linking import A2, DAY, LATER, NOTICE, story
from tests.factories import import_text

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = StringIO()
    call_command("find_correction_notices", "--no-progress", *args, stdout=out)
    return out.getvalue()


def test_an_archive_imported_before_notices_were_linked_gets_its_links():
    import_text(A2, "A2", when=DAY)
    import_text(NOTICE, "A3", when=LATER)
    CorrectionNotice.objects.all().delete()  # as the archive was before migration 0021

    out = run()

    row = CorrectionNotice.objects.get()
    assert (row.state, row.corrected) == (NoticeState.LINKED, story("快递进村打通“最后一公里”"))
    assert "共查看 2 期、2 个版面：已接上 1 篇更正启事；0 篇没有接上" in out


def test_a_notice_whose_story_is_missing_is_counted_as_open():
    import_text(NOTICE, "A3", when=LATER)
    CorrectionNotice.objects.all().delete()

    out = run("--date", LATER.isoformat())

    assert CorrectionNotice.objects.get().state == NoticeState.PENDING
    assert "已接上 0 篇更正启事；1 篇没有接上" in out


def test_running_it_again_changes_nothing():
    import_text(A2, "A2", when=DAY)
    import_text(NOTICE, "A3", when=LATER)
    before = list(CorrectionNotice.objects.values_list("pk", "state", "corrected_id"))
    run()
    assert list(CorrectionNotice.objects.values_list("pk", "state", "corrected_id")) == before


def test_an_unknown_date_is_refused_naming_the_option():
    import_text(A2, "A2", when=DAY)
    with pytest.raises(CommandError, match="--date"):
        run("--date", date(2030, 1, 1).isoformat())
