"""A photo credit naming a Western photographer with initials (``J. Smith/摄``, ``图/J. Smith``,
``（J. Smith 摄）`` at a caption's end): the photo's credit, crediting that person, as
``Zoë Müller/摄`` and a Han name are (INPUT.md, "Bylines, datelines, credits": ``图/王某``,
``（林嘉文攝）``; articles/parsing/latinnames.py reads the name). Before, the line under the
caption was a credit naming nobody (its letters taken for an agency's, ``AAP``), ``图/J. Smith``
and ``摄影：J. Smith`` were set aside as unplaced, and a bracketed credit at the caption's end
stayed in the story's text. Pages written for these tests."""

from __future__ import annotations

import pytest

from articles.parsing.creditpeople import credit_photographers
from tests.parsing.helpers import parse

STORY = (
    "渔港新码头投入使用",
    "",
    "本报讯（记者赵明远）昨天上午，渔港新码头正式投入使用，首批二十艘渔船靠岸卸货。",
    "",
)
CAPTION = "渔民在新码头上搬运刚卸下的海鱼。"


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("P. Novak/摄", ("P. Novak",)),
        ("P. Novak 摄", ("P. Novak",)),
        ("（P. Novak 摄）", ("P. Novak",)),
        ("图/P. Novak", ("P. Novak",)),
        ("图／K. L. Brandt", ("K. L. Brandt",)),
        ("摄影：K.L. Brandt", ("K.L. Brandt",)),
        ("Maria Gomez、P. Novak/摄", ("Maria Gomez", "P. Novak")),
        ("本报记者 P. Novak 摄", ("P. Novak",)),  # (read before too)
    ],
)
def test_a_credit_line_under_the_caption_credits_the_western_photographer(credit, names):
    parsed = parse(*STORY, CAPTION, credit)
    (photo,) = parsed.photos
    assert (photo.caption, photo.credit_line, photo.photographers) == (CAPTION, credit, names)
    assert photo.article_position == parsed.articles[0].position
    assert parsed.articles[0].paragraphs == (STORY[2],)


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("（P. Novak摄）", ("P. Novak",)),
        ("（P. Novak 摄）", ("P. Novak",)),
        ("（图/P. Novak）", ("P. Novak",)),
        ("（记者 K. L. Brandt 摄）", ("K. L. Brandt",)),
    ],
)
def test_a_bracketed_credit_at_the_captions_end_credits_the_western_photographer(credit, names):
    parsed = parse(*STORY, CAPTION + credit)
    (photo,) = parsed.photos
    assert (photo.caption, photo.credit_line, photo.photographers) == (CAPTION, credit, names)
    assert parsed.articles[0].paragraphs == (STORY[2],)


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("P. Novak/摄", ("P. Novak",)),
        ("图/K.L. Brandt", ("K.L. Brandt",)),
        ("U.S. Navy/摄", ()),  # initials before an organisation's word: no one's name
        ("图/U.S. Navy", ()),
    ],
)
def test_who_a_credit_with_initials_names(credit, names):
    assert credit_photographers(credit) == names
