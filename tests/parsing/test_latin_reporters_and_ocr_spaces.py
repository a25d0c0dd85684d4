"""Kinds left open at review 53, on pages written for these tests (``data/latin_bylines_ocr``):

- a byline naming a reporter in Latin letters, on its own line (``记者 John Smith``), with the
  surname in capitals as pinyin marks it (``本报记者 LI Ming``), or alone in brackets under the
  headline (``（记者 Anna Lee）``, as ``（本报记者 周  岚）``): the story's byline and reporter,
  never a subheadline;
- the same name right after an unbracketed dateline (``本报讯 记者 John Smith 昨日…``,
  ``新华社北京7月8日电 记者 Mary Jones 报道：…``); words in letters naming no one
  (``记者 The Paper``) credit nobody;
- OCR text with stray spaces between Han characters and blank lines between its lines
  (``经理在会上`` / ``他說 放假 三天``): one paragraph as printed, not a new story's headline;
- a poem's stanza printed without punctuation between punctuated ones (``雨后山青`` / ``水自流``):
  the poem's lines, not a new story's headline and subheadline; a poem without punctuation
  whose title, poet and first stanza stand in one block and its next stanzas after blank lines:
  one poem, not lines left unplaced;
- an English story: its crosshead (``Night lights``) inside it, its lines cut by a narrow column
  joined into sentences with their spaces, not stories of their own.
"""

from __future__ import annotations

from pathlib import Path

from articles.parsing import parse_page
from articles.parsing.letternames import letter_name

PAGES = Path(__file__).resolve().parent / "data" / "latin_bylines_ocr"


def page(name: str):
    return parse_page((PAGES / name).read_bytes())


def test_byline_lines_naming_reporters_in_letters():
    parsed = page("byline-lines.txt")
    assert [(a.headline, a.subheadline, a.byline, a.reporters) for a in parsed.articles] == [
        ("城东新建三座口袋公园", "", "记者 John Smith", ("John Smith",)),
        ("港口集装箱吞吐量创新高", "", "本报记者 LI Ming", ("LI Ming",)),
        ("老街书店重新开门", "", "（记者 Anna Lee）", ("Anna Lee",)),  # (brackets printed)
        ("茶园采摘进入旺季", "", "（本报记者 周  岚）", ("周岚",)),
    ]
    assert [len(a.paragraphs) for a in parsed.articles] == [2, 2, 2, 2]


def test_reporter_in_letters_after_an_unbracketed_dateline():
    parsed = page("dateline-names.txt")
    assert [(a.dateline, a.byline, a.reporters) for a in parsed.articles] == [
        ("本报讯", "记者 John Smith", ("John Smith",)),
        ("新华社北京7月8日电", "记者 Mary Jones", ("Mary Jones",)),
        ("本报讯", "记者 WANG Hai", ("WANG Hai",)),
        ("本报讯", "", ()),  # 记者 The Paper 报道: no one's name
    ]
    # the text is kept as printed, the byline in it
    assert parsed.articles[0].paragraphs[0].startswith("本报讯 记者 John Smith 昨日")


def test_surname_in_capitals_is_a_name_but_initials_are_not():
    assert letter_name("LI Ming") and letter_name("Ming LI") and letter_name("OUYANG Xiu")
    assert not letter_name("AP Photo") and not letter_name("CCTV News")
    assert not letter_name("LI MING")  # (capitals alone: no word says it is a name)


def test_ocr_stray_spaces_over_blank_lines_stay_in_the_paragraph():
    parsed = page("ocr-stray-spaces.txt")
    assert [a.headline for a in parsed.articles] == ["公司宣布中秋放假", "市區新開 一家 書店"]
    assert parsed.articles[0].paragraphs == (
        "本報訊 公司昨日發出通知，經理在會上他說 放假 三天員工們 聽了 都很高興。",
    )
    assert parsed.articles[1].paragraphs == (
        "本報訊 市區新開的書店昨日開門營業，吸引不少市民前來 選購圖書。",
    )
    assert not parsed.articles[1].crossheads


def test_english_story_keeps_its_crosshead():
    (article,) = page("english-crosshead.txt").articles
    assert article.headline == "City Opens New Riverside Park"
    assert article.reporters == ("John Smith",)
    assert article.crossheads == ("Night lights",)
    assert len(article.paragraphs) == 4


def test_poem_stanza_without_punctuation_stays_in_its_poem():
    parsed = page("poem-stanza.txt")
    assert [(a.headline, a.reporters) for a in parsed.articles] == [
        ("江南春色", ("林舒",)),
        ("秋思", ("王岚",)),  # the next poem under its title and poet is still its own item
    ]
    assert parsed.articles[0].paragraphs[2:] == (
        "雨后山青",
        "水自流",
        "一江春水向东去，两岸青山入画来。",
    )


def test_english_story_cut_into_short_lines_is_one_story():
    (article,) = page("english-short-lines.txt").articles
    assert article.headline == "City Opens New Riverside Park"
    assert article.crossheads == ("Night lights",)
    assert article.paragraphs == (
        "The city opened its new riverside park on Saturday, giving residents two kilometres of "
        "walking paths along the river.",
        "Mayor Anna Lee said the park had taken three years to build and cost more than ten "
        "million yuan.",
        "The paths are lit until 11 p.m. every night, and there are benches every hundred metres.",
        "Families who came on the first day said they would be back.",
    )


def test_unpunctuated_poem_with_stanzas_after_its_first_block():
    parsed = page("poem-stanzas-unpunctuated.txt")
    assert [(a.headline, a.reporters) for a in parsed.articles] == [
        ("故乡的河", ("林舒",)),
        ("山里的灯", ("苏禾",)),
        ("城东新建三座口袋公园", ()),
    ]
    assert parsed.articles[0].paragraphs[-2:] == ("风吹芦花", "月照渔船")
    assert len(parsed.articles[1].paragraphs) == 4
    assert not parsed.unplaced_lines
