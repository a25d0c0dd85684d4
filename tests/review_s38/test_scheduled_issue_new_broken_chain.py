"""A scheduled issue publishes a chain that broke after it was scheduled, acknowledged by nobody.

README (定时发布): "Setting a time runs every check publishing would (broken chains to
acknowledge …)"; "If a scheduled publication can no longer be made (its sign-off was withdrawn,
a chain broke that was not acknowledged), its time is cleared with a history record
``定时发布未成功：…``, the command prints it on stderr and exits 1".

The editor schedules tonight's issue for 06:00, acknowledging the four jumps to A2 that the night
desk knows about. At 02:00 a late page comes in with a story that jumps to a page that will
never come (``（下转A7版）``, a typo for A3). At 06:00 ``publish_scheduled`` publishes the issue
anyway, "已知悉 5 处未接好的转版": the stored ``publish_acknowledge_broken`` is a yes for every
broken chain, including those nobody has seen; readers get a story that stops at 下转A7版.

Steps: import the seed (4 open jumps); ``issue_schedule(acknowledge_broken=True)`` 8 hours
ahead; import a page A3 whose story ends （下转A7版）; ``publish_due`` after the time.
Likely cause: ``articles/scheduling.py`` ``issue_schedule`` stores a yes/no, not the chains
acknowledged; ``_publish_issue_due`` passes it to ``issue_publish``.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Issue, Status
from articles.scheduling import issue_schedule, publish_due
from tests.factories import import_seed, import_text

pytestmark = pytest.mark.django_db

LATE = """城北公园完成提升改造

本报讯（记者 赵敏）城北公园提升改造工程近日完工，新增步道三公里，种植乔木一千余株。公园管理处表示，下一步将增设儿童游乐设施。（下转A7版）
"""


def test_a_chain_broken_after_scheduling_stops_the_scheduled_publication():
    import_seed()
    issue = Issue.objects.get()
    at = timezone.now() + timedelta(hours=8)
    issue_schedule(issue=issue, at=at, acknowledge_broken=True)  # the seed's 4 jumps to A2
    import_text(LATE, "A3")  # a fifth, never acknowledged
    run = publish_due(now=at + timedelta(minutes=1))
    issue.refresh_from_db()
    assert issue.status != Status.PUBLISHED
    assert run.failed and not run.published
