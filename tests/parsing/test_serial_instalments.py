"""A serial's instalment: its label (``长篇连载``) is the kicker, its title the headline, the
instalment's number alone on its line (``（十七）``) the subheadline; ``（未完待续）`` after its
text ends it, and the next story's headline is not under it. A title with its number on the
same line is left as printed. Invented paper, people and places."""

import pytest

from tests.parsing.helpers import decks, parse

INSTALMENT = (
    "□　柯　远",
    "",
    "　　阿桂把渔网晾在院墙上，回头望了一眼湖面，天边的云压得很低。",
    "",
    "　　“今晚怕是要起风了。”他自言自语地说。",
    "",
)
NEXT = (
    "湖边新建一座图书室",
    "",
    "　　本报讯　湖滨村新建的图书室日前开放，藏书两千多册，村民可以免费借阅。",
)


@pytest.mark.parametrize(
    ("deck", "roles"),
    [
        (("长篇连载", "", "湖上人家", "", "（十七）"), ("长篇连载", "湖上人家", "（十七）")),
        (("小说连载", "湖上人家", "（之三）"), ("小说连载", "湖上人家", "（之三）")),
        (("湖上人家", "", "（17）"), ("", "湖上人家", "（17）")),
        (("长篇连载", "", "湖上人家"), ("长篇连载", "湖上人家", "")),
    ],
)
def test_serial_deck_roles(deck, roles):
    parsed = parse(*deck, "", *INSTALMENT, "　　（未完待续）", "", *NEXT)
    assert decks(parsed) == [roles, ("", "湖边新建一座图书室", "")]
    assert parsed.articles[0].reporters == ("柯远",)


@pytest.mark.parametrize("end", ["（未完待续）", "（待续）", "（续完）"])
def test_end_of_instalment_mark_ends_the_story(end):
    parsed = parse("湖上人家", "", *INSTALMENT, f"　　{end}", "", *NEXT)
    serial, library = parsed.articles
    assert end in serial.paragraphs[-1]
    assert (library.kicker, library.headline) == ("", "湖边新建一座图书室")


def test_number_on_the_titles_own_line_is_left_as_printed():
    parsed = parse("长篇连载", "", "湖上人家（十七）", "", *INSTALMENT)
    assert decks(parsed) == [("长篇连载", "湖上人家（十七）", "")]
