"""A continuation's repeated headline printed directly over its text, no blank line between, on a
page that indents its paragraphs: the parser reads it as the part's title on that page alone
(articles/parsing/jumptitles.py: ``paragraph_opens_under``), and the stitcher leaves that title
where the parser put them, whatever the front page's headline, in either import order
(articles/continuations/headlines.py: ``as_parsed``). Pages written for these tests."""

import pytest

from articles.models import Article, ArticlePart
from tests.factories import import_text

pytestmark = pytest.mark.django_db

HEAD = "北坡村修通进山公路"
OPENING = "本报讯　北坡村通往山外的公路日前建成通车，全长十二公里，"
IND = "\u3000\u3000"
BODY = "公路通车以后，村里的板栗和香菇可以直接装车运出山外，收购价每斤高出两角。"
MORE = "村党支部书记说，下一步要把公路两旁的荒坡种上果树，让山路变成致富路。"
PAGE2 = f"（上接第一版）\n{HEAD}\n{IND}{BODY}\n{IND}{MORE}\n"


def front(head: str) -> str:
    return f"{head}\n{IND}{OPENING}（下转第二版）\n"


def test_alone_the_title_over_indented_text_is_the_parts_title():
    import_text(PAGE2, "2")
    (part,) = ArticlePart.objects.all()
    assert part.title_lines == [HEAD]
    assert [b["text"] for b in part.blocks] == [BODY, MORE]


@pytest.mark.parametrize("order", [("1", "2"), ("2", "1")])
@pytest.mark.parametrize("head", [HEAD, "北坡村十二公里进山公路建成通车"])
def test_stitched_the_title_stays_the_parts_title(order, head):
    pages = {"1": front(head), "2": PAGE2}
    for label in order:
        import_text(pages[label], label)
    story = Article.objects.with_parts().get()
    parts = story.ordered_parts()
    assert [p.page.label for p in parts] == ["1", "2"]
    assert parts[1].title_lines == [HEAD]
    assert [b["text"] for b in parts[1].blocks] == [BODY, MORE]
    assert HEAD + BODY not in story.full_text()  # never glued into the text
