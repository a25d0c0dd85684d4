"""A paragraph's lines in any alphabetic script are joined with the space the column break took,
as English lines are (INPUT.md, "Encoding and layout": lines cut mid-sentence): a Russian firm's
lines in an advert (``…компания»`` / ``Поставка…``), French with its accents, Greek. A letter of
such a script is any ``str.isalpha`` character but Han, kana, hangul or a full-width form; a word
may close with a closing quote or bracket (``»``, ``”``, ``)``). Chinese lines run on without a
space exactly as before, also beside a Latin word (``…GDP`` / ``增长``)."""

import pytest

from articles.parsing.units import joined_lines

from .helpers import parse


def test_a_russian_firms_lines_in_an_advert_are_parted_by_spaces():
    parsed = parse(
        "松江商报　第4版　广告",
        "",
        "俄商机械行开业",
        "",
        "本行专营食品机械，欢迎各界惠顾。",
        "",
        "ООО «Волжская машиностроительная компания»",
        "Поставка холодильного оборудования для",
        "молочных заводов и пекарен",
        "Самара, ул. Заводская, 12",
    )
    (advert,) = parsed.articles
    assert advert.paragraphs[-1] == (
        "ООО «Волжская машиностроительная компания» Поставка холодильного оборудования для "
        "молочных заводов и пекарен Самара, ул. Заводская, 12"
    )


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (("Офис компании в", "Самаре"), "Офис компании в Самаре"),  # a one-letter word
        (("завод «Прогресс»", "открыт"), "завод «Прогресс» открыт"),
        (("Ηλεκτρική εταιρεία", "Θεσσαλονίκης"), "Ηλεκτρική εταιρεία Θεσσαλονίκης"),
        (("une crème brûlée", "à emporter"), "une crème brûlée à emporter"),
        (("le bureau à", "Lyon"), "le bureau à Lyon"),
        (("said “Dobrý den”", "and left"), "said “Dobrý den” and left"),
        (("(Самара)", "«Заводская»"), "(Самара) «Заводская»"),
    ],
)
def test_lines_of_an_alphabetic_script_are_joined_with_a_space(lines, joined):
    assert joined_lines(lines) == joined


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (("本季度全市GDP", "增长百分之五"), "本季度全市GDP增长百分之五"),
        (("他说“好”", "Then"), "他说“好”Then"),  # a Han word before the quote
        (("访问1", "12名学生"), "访问112名学生"),  # figures run on, as Chinese does
        (("ＡＢ", "Ｃ类"), "ＡＢＣ类"),  # full-width letters are set as Chinese is
        (("ц", "ентр"), "центр"),  # OCR's piece of a word, no one-letter word
    ],
)
def test_chinese_and_pieces_of_words_run_on_without_a_space(lines, joined):
    assert joined_lines(lines) == joined
