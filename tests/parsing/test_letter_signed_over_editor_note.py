"""A reader's letter printed with its signature on a line of its own and the paper's editor's
note after it (``编辑同志：`` / text / ``东关乡社员　赵德山`` / ``编者按：…``) is one item: the
signature is the letter's last line, never the headline of a story made of the note, and the
reader who signs is no reporter.

INPUT.md ("Headlines"): over-splitting a page is as wrong as missing a story; what closes a text
belongs to it.
"""

from tests.parsing.helpers import parse

LETTER = [
    "讀者來信",
    "",
    "渡口應當添一條船",
    "",
    "編輯同志：",
    "",
    "　　我們東關鄉到縣城要過河，渡口只有一條小船，趕集的日子常常要等一兩個鐘頭。希望有關部門再添一條船。",
    "",
]
NOTE = "　　編者按：來信已轉交縣交通科，請他們研究辦理。"


def test_the_note_after_a_letters_unit_signature_stays_in_the_letter():
    parsed = parse(*LETTER, "東關鄉社員　趙德山", "", NOTE)
    [letter] = parsed.articles
    assert letter.headline == "渡口應當添一條船"
    assert letter.paragraphs[-2:] == ("東關鄉社員\u3000趙德山", NOTE.strip())
    assert letter.reporters == ()


def test_a_letter_signed_by_a_name_alone_keeps_its_note_too():
    parsed = parse(*LETTER, "趙德山", "", NOTE)
    assert [a.headline for a in parsed.articles] == ["渡口應當添一條船"]
    assert parsed.articles[0].paragraphs[-1] == NOTE.strip()


def test_a_headline_over_an_editor_note_after_a_story_is_still_a_new_story():
    parsed = parse(
        "城關小學新建操場",
        "",
        "　　本報訊　城關小學新建的操場昨日啟用，全校學生在新操場上做了廣播操。",
        "",
        "農村夜校選登",
        "",
        "　　編者按：本報今天選登幾篇夜校學員的作文，供讀者參考。",
        "",
        "　　我今年三十歲，過去一個字也不認得，今年冬天進了夜校，已經學會了寫自己的名字。",
    )
    assert [a.headline for a in parsed.articles] == ["城關小學新建操場", "農村夜校選登"]
