"""A reporter whose name has a character outside the Basic Multilingual Plane is not credited.

Rare characters in personal names (生僻字) are why CJK Extensions B–G exist, and why GB 18030-2022
and the 2013 通用规范汉字表 take characters beyond U+FFFF: ``陈𪚥`` (U+2A6A5), ``张𬌗``
(U+2C317). The page reads ``本报讯（记者 陈𪚥）…``; the importer keeps the byline as printed but
credits nobody: no reporter on the story, no ``/people/陈𪚥/`` page, the name is no link and the
search's 记者 filter never finds the story. A name with an Extension A character (``刘䶮``) is
credited: ``articles/text.py`` ``HAN`` spans U+3400–U+9FFF and U+F900–U+FAFF only, and the name
rules read a character outside it as no letter of a name.

Steps: import the page below and publish; look at the story's reporters; GET /people/陈𪚥/.
"""

import pytest

from articles.models import Article, Issue
from articles.publishing import issue_publish
from tests.factories import import_text

pytestmark = pytest.mark.django_db


def page(name: str) -> str:
    return (
        "城东商圈新开社区食堂\n\n"
        f"本报讯（记者 {name}）城东商圈昨天新开一家社区食堂，可容纳八十人同时就餐，"
        "老年人凭卡就餐享受八折优惠。\n"
    )


def test_a_name_with_an_extension_a_character_is_credited():
    import_text(page("刘䶮"), "A1")
    assert [p.name for p in Article.objects.get().reporters.all()] == ["刘䶮"]


def test_a_name_with_a_character_outside_the_bmp_is_credited(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        import_text(page("陈𪚥"), "A1")
        issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    story = Article.objects.get()
    assert story.byline == "记者 陈𪚥"
    assert [p.name for p in story.reporters.all()] == ["陈𪚥"]
    assert client.get("/people/陈𪚥/").status_code == 200
