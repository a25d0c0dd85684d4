"""A shortened repeat of the headline on the backward marker's line is the continuation's title
line, not the first words of its text, in either import order and on re-import (INPUT.md,
"Continuations (jumps)": the continuation "often repeats the headline, or a shortened one").

Reviewer A, session 58: under A1's ``市政府召开常务会议``, A2's ``（上接A1版）常务会议`` over
``扎实做好稳就业、稳投资各项工作。`` was stitched as ``常务会议扎实做好…``. Pages written for
these tests (a city paper's pages A1 and A2).
"""

import pytest

from articles.models import Article
from tests.factories import import_text

pytestmark = pytest.mark.django_db

HEAD = "市政府召开常务会议"
OPENING = (
    "本报讯（记者李明）昨日，市政府召开常务会议，研究部署下半年经济工作。会议指出，要坚持稳中求进，"
)
TEXT = "扎实做好稳就业、稳投资各项工作。"
FRONT = f"{HEAD}\n\n{OPENING}（下转A2版）\n"


def back(repeat: str) -> str:
    return f"（上接A1版）{repeat}\n{TEXT}\n"


def _import(order: tuple[str, ...], page2: str) -> None:
    pages = {"A1": FRONT, "A2": page2}
    for label in order:
        import_text(pages[label], label)


def _continuation():
    story = Article.objects.with_parts().get()
    parts = story.ordered_parts()
    assert [p.page.label for p in parts] == ["A1", "A2"]
    return story, parts[1]


@pytest.mark.parametrize("order", [("A1", "A2"), ("A2", "A1")], ids=["front-first", "back-first"])
@pytest.mark.parametrize("repeat", ["常务会议", HEAD], ids=["a-piece", "whole"])
def test_the_repeat_on_the_marker_line_is_the_title_line_in_either_order(order, repeat):
    _import(order, back(repeat))
    story, part = _continuation()
    assert part.title_lines == [repeat]  # kept as printed, where a repeated headline is kept
    assert [b["text"] for b in part.blocks] == [TEXT]
    text = story.full_text()
    assert "要坚持稳中求进，" + TEXT in text  # the sentence the jump cut reads on
    assert repeat + TEXT not in text


@pytest.mark.parametrize("order", [("A1", "A2"), ("A2", "A1")], ids=["front-first", "back-first"])
def test_a_repeat_with_words_of_the_headline_left_out_is_the_title_line(order):
    longer = "扎实做好稳就业、稳投资各项工作，确保完成全年目标任务。"
    _import(order, f"（上接A1版）市政府常务会议\n{longer}\n")
    story, part = _continuation()
    assert part.title_lines == ["市政府常务会议"]
    assert [b["text"] for b in part.blocks] == [longer]
    assert "要坚持稳中求进，" + longer in story.full_text()


def test_reimporting_the_continuations_page_keeps_the_title_line_and_writes_nothing():
    _import(("A2", "A1"), back("常务会议"))
    _story, part = _continuation()
    records = part.history.count()

    import_text(back("常务会议"), "A2", force=True)
    part.refresh_from_db()
    assert part.title_lines == ["常务会议"] and part.blocks[0]["text"] == TEXT
    assert part.history.count() == records


def test_the_piece_is_glued_back_when_the_front_page_no_longer_says_it():
    _import(("A1", "A2"), back("常务会议"))
    _story, part = _continuation()
    assert part.title_lines == ["常务会议"]

    import_text(FRONT.replace(HEAD, "市政府部署下半年经济工作"), "A1")
    part.refresh_from_db()
    assert part.title_lines == [] and part.blocks[0]["text"] == "常务会议" + TEXT

    import_text(FRONT, "A1")
    part.refresh_from_db()
    assert part.title_lines == ["常务会议"] and part.blocks[0]["text"] == TEXT


@pytest.mark.parametrize("order", [("A1", "A2"), ("A2", "A1")], ids=["front-first", "back-first"])
def test_a_piece_as_wide_as_the_column_under_it_stays_text(order):
    # ``（上接A1版）常务会议`` filling its column line: the sentence the jump cut goes on.
    page2 = "（上接A1版）常务会议\n研究部署稳就业稳投\n资各项工作。\n"
    _import(order, page2)
    _story, part = _continuation()
    assert part.title_lines == []
    assert part.blocks[0]["text"] == "常务会议研究部署稳就业稳投资各项工作。"
