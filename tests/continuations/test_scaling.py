"""Jump resolution does work in proportion to the page, not to the page times its jumps.

No timing: the tests count what grows with the input (page texts read from the database, exact
assignment searches) and compare a page with n stories to one with 2n.
"""

import contextlib

import pytest
from django.db.models.signals import post_init

from articles.continuations import assigning, issue_jumps_resolve, jump_problems
from articles.models import Issue, Jump, JumpState, Page
from tests.factories import import_text

pytestmark = pytest.mark.django_db

TOPICS = ["港口物流", "长江保护", "科技创新", "民生实事", "文明城市", "教育改革", "医疗服务"]
TOPICS += ["交通建设", "文旅融合", "数字经济", "乡村振兴", "营商环境", "污染防治", "城建工程"]
PLACES = [
    "崇川",
    "海门",
    "如皋",
    "如东",
    "启东",
    "海安",
    "通州",
    "港闸",
    "南京",
    "苏州",
    "无锡",
    "常州",
    "扬州",
    "泰州",
]


def front_page(stories: int) -> str:
    """``stories`` stories (up to 14), each jumping to A2 with its own words."""
    return "\n\n".join(
        f"{TOPICS[i % 14]}{PLACES[i // 14 % 14]}第{i}项\n\n"
        f"本报讯（记者朱文君）{PLACES[i % 14]}{TOPICS[i // 14 % 14]}工作第{i}次会议昨日召开，"
        f"会议听取了{TOPICS[i % 14]}情况汇报，（下转A2版）"
        for i in range(stories)
    )


def continuations(stories: int) -> str:
    return "\n\n".join(
        f"{TOPICS[i % 14]}{PLACES[i // 14 % 14]}第{i}项\n\n"
        f"（上接A1版）{PLACES[i % 14]}{TOPICS[i // 14 % 14]}工作第{i}次会议要求，继续推进。"
        for i in range(stories)
    )


@contextlib.contextmanager
def page_texts_read():
    """Count the pages read from the database with their whole printed text."""
    loaded = []

    def count(sender, instance, **kwargs):
        if "raw_text" in instance.__dict__:
            loaded.append(instance.pk)

    post_init.connect(count, sender=Page)
    try:
        yield loaded
    finally:
        post_init.disconnect(count, sender=Page)


@pytest.mark.parametrize("stories", [6, 12])
def test_resolving_jumps_never_reads_the_pages_printed_text(stories):
    # Each jump's row used to bring its page's whole text along (select_related): a 2 MB page
    # with 500 jumps read 1 GB, and a preview took longer than the server's timeout.
    import_text(front_page(stories), "A1")
    import_text(continuations(stories), "A2")
    Jump.objects.filter(direction="forward").update(state=JumpState.PENDING, to_part=None)
    with page_texts_read() as loaded:
        issue_jumps_resolve(Issue.objects.get())
        jump_problems(Issue.objects.all())
    assert loaded == []


def test_a_large_group_of_jumps_links_each_story_to_its_own_continuation():
    import_text(front_page(12), "A1")
    import_text(continuations(12), "A2")
    linked = Jump.objects.filter(direction="forward", state=JumpState.LINKED)
    assert linked.count() == 12
    for jump in linked.select_related("part__article", "to_part"):
        assert jump.to_part.title_lines[0] == jump.part.article.headline


@pytest.mark.parametrize("stories", [9, 14])
def test_a_large_group_does_not_search_every_assignment(stories, monkeypatch):
    # The exact search costs about 2**parts steps per pair: 12 jumps into one page took minutes.
    searches = []
    solve = assigning._Matcher._solve

    def counted(self, jump_ids, used):
        searches.append(len(jump_ids))
        return solve(self, jump_ids, used)

    monkeypatch.setattr(assigning._Matcher, "_solve", counted)
    import_text(front_page(stories), "A1")
    import_text(continuations(stories), "A2")
    assert searches == []
    assert Jump.objects.filter(direction="forward", state=JumpState.LINKED).count() == stories
