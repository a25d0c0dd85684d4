"""撤销本版导入 of the page that holds the text of a story an e-paper printed whole on two pages.

The importer keeps such a story once: its text on the first page, a ``whole_copy`` part on the
other (README, "cross-page duplicate"; ``articles/continuations/copies.py``). Undoing the import
of the first page must leave the other page's story whole (its page printed all of it), and
importing the first page again must give one story again, not two.
"""

import pytest

from articles.models import Article, Issue, Page
from articles.publishing import issue_publish
from articles.removal import page_remove
from tests.factories import import_text

pytestmark = pytest.mark.django_db

# Written for this test: a story served merged (下转 and 上接 in the middle) on both pages.
MERGED = """东岸县开通城乡公交
覆盖全部建制村
本报讯（记者 黄小川）东岸县城乡公交昨天开通，全县八十个建制村通上了公交车。
过去，山里的村民进城要走两个小时山路。
县交通局说，公交线路将再增加十条，（下转第二版）（上接第一版）票价统一为两元。
村民们说，出门方便多了。
"""
PAGE1 = MERGED + "\n新春灯会开幕\n本报讯（记者 吴明）县城新春灯会昨晚开幕，展出花灯三百组。\n"
PAGE2 = MERGED + "\n河堤加固工程完工\n本报讯（记者 吴明）东岸河堤加固工程昨天完工，全长十二公里。\n"
HEADLINE = "东岸县开通城乡公交"


@pytest.fixture
def copied(db):
    import_text(PAGE1, "1")
    import_text(PAGE2, "2")
    [story] = Article.objects.with_parts().filter(headline=HEADLINE)
    assert [(p.page.label, p.whole_copy) for p in story.ordered_parts()] == [
        ("1", False),
        ("2", True),
    ]
    return story


def test_the_fixture_stores_the_story_once(copied):
    assert "票价统一为两元" in copied.full_text()


def test_undoing_page_1_leaves_the_story_on_page_2_with_its_text(copied):
    page_remove(page=Page.objects.get(label="1"))
    [left] = Article.objects.with_parts().filter(page__label="2", headline__startswith=HEADLINE)
    assert "票价统一为两元" in left.full_text()


def test_undoing_page_1_of_a_published_issue_publishes_no_empty_story(copied):
    issue_publish(issue=Issue.objects.get())
    page_remove(page=Page.objects.get(label="1"))
    published = Article.objects.with_parts().filter(status="published")
    assert all(a.full_text().strip() for a in published), [
        (a.page.label, a.headline) for a in published if not a.full_text().strip()
    ]


def test_importing_page_1_again_after_the_undo_gives_one_story(copied):
    page_remove(page=Page.objects.get(label="1"))
    import_text(PAGE1, "1")
    stories = Article.objects.filter(headline__startswith=HEADLINE)
    assert stories.count() == 1, [(a.page.label, a.headline) for a in stories]


ONLY_THE_OTHER_STORY = PAGE1.split("\n\n", 1)[1]


def test_page_1_reprinted_without_the_story_leaves_its_text_on_page_2(copied):
    import_text(ONLY_THE_OTHER_STORY, "1")
    [left] = Article.objects.with_parts().filter(page__label="2", headline__startswith=HEADLINE)
    assert "票价统一为两元" in left.full_text()


def test_page_1_reprinted_without_the_story_leaves_page_2_its_deck_and_reporter(copied):
    import_text(ONLY_THE_OTHER_STORY, "1")
    left = Article.objects.get(page__label="2", headline__startswith=HEADLINE)
    assert (left.headline, left.subheadline, left.dateline, left.reporter_names()) == (
        HEADLINE,
        "覆盖全部建制村",
        "本报讯",
        ["黄小川"],
    )


def test_the_report_of_page_1_reprinted_without_the_story_says_no_copy_on_page_1(copied):
    issue_publish(issue=Issue.objects.get())
    report = import_text(ONLY_THE_OTHER_STORY, "1")
    assert report.conflicts  # the published story is kept, and said to be
    assert report.cross_page == []
