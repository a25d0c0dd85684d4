"""Datelines, author lines, reporters and column labels a blind set (holdout36) showed misread:
a place set off before its dateline's agency on a brief's line with no comma (no headline), a
student's college and cohort before the name, an English byline with the writer's credentials
under it, a foreign name with a middle dot after a role, a one-character pen name closing a
commentary, a crosshead marked with a triangle (no reporter), and a column's label in
traditional characters or with its English name over the title."""

from __future__ import annotations

import pytest

from articles.parsing import parse_page
from articles.parsing.englishbylines import english_byline, english_credentials
from articles.parsing.unitauthors import unit_author_name

# Only 、 and 。 as punctuation, as a typed 1930s page prints them: no ， to show a sentence.
WIRE = "沙河米價連日飛漲、每石已至十五元、縣府今日令各鄉禁米出境、並撥倉米平糶、以資救濟。"


@pytest.mark.parametrize("bullet", ["", "△"])
def test_a_place_before_its_agency_is_the_datelines_not_a_headline(bullet):
    page = f"各縣要聞\n\n{bullet}沙河　民聲社廿日電　{WIRE}\n"
    (story,) = parse_page(page).articles
    assert story.dateline == "沙河　民聲社廿日電"
    assert "沙河" not in (story.kicker, story.headline, story.subheadline)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("□ 法学院2019级　韩　笑", "韩笑"),
        ("外国语学院18级 林知远", "林知远"),
        ("新闻学院2020级硕士生　蒋一帆", "蒋一帆"),
    ],
)
def test_a_students_college_and_cohort_before_the_name_is_an_author_line(line, name):
    page = (
        f"自习室里的“隐形规则”\n{line}\n\n"
        "期末周一到，自习室里的座位就成了稀缺资源，有人凌晨六点就来排队。\n"
    )
    (story,) = parse_page(page).articles
    assert story.headline == "自习室里的“隐形规则”" and story.subheadline == ""
    assert story.reporters == (name,)


def test_a_cohort_alone_is_no_unit():
    assert unit_author_name("2019级　韩　笑") == ""


ESSAY = (
    "When I arrived in Beihu in September, the campus felt enormous and I got lost twice on the "
    "first day. Now I know every shortcut between the dormitories and the library.\n"
)


def test_an_english_byline_and_the_credentials_under_it_are_the_byline():
    page = (
        "北湖的冬天\nWinter in Beihu\nBy Sofia Lindqvist\n"
        "Class of 2021, School of Environmental Science\n\n" + ESSAY
    )
    (story,) = parse_page(page).articles
    assert (story.kicker, story.headline, story.subheadline) == (
        "",
        "北湖的冬天",
        "Winter in Beihu",
    )
    assert story.reporters == ("Sofia Lindqvist",)
    assert story.blocks[0].text.startswith("When I arrived")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Sofia Lindqvist", ("Sofia Lindqvist",)),
        ("By Tomas de la Cruz and Mei Ling Tan", ("Tomas de la Cruz", "Mei Ling Tan")),
        ("By the end of the term", ()),
        ("By The Numbers", ()),
        ("Byron Hall Reopens", ()),
    ],
)
def test_english_bylines_by_form(line, names):
    assert english_byline(line) == names


def test_a_credentials_line_is_short_and_says_who_the_writer_is():
    assert english_credentials("Staff Reporter")
    assert not english_credentials("The school has thirty departments.")
    assert not english_credentials("Students queued outside the hall")


def test_a_foreign_name_with_a_middle_dot_after_a_role_signs_a_brief():
    page = (
        "校园快讯\n\n●国际美食节周末举行\n"
        "来自二十多个国家的留学生将在周末摆出家乡菜肴，欢迎师生品尝。（通讯员　安娜·科瓦奇）\n"
    )
    (story,) = parse_page(page).articles
    assert story.reporters == ("安娜·科瓦奇",)


COMMENT = "減租之議既起、業主多有怨言、然租額過重、小戶難以為繼、此亦不可不察也。"


def test_a_one_character_pen_name_closing_a_commentary_is_its_writer():
    (story,) = parse_page(f"短評\n減租之後\n\n{COMMENT}（默）\n").articles
    assert story.reporters == ("默",)


@pytest.mark.parametrize("mark", ["完", "續", "下", "圖"])
def test_one_character_marking_the_text_is_no_pen_name(mark):
    (story,) = parse_page(f"短評\n減租之後\n\n{COMMENT}（{mark}）\n").articles
    assert story.reporters == ()


COURT = (
    "永順布莊倒閉案昨日開審\n\n"
    "▲原告陳述\n"
    "永順布莊於去年倒閉、虧欠存戶款項八萬餘元、存戶代表李長福等三十餘人、具狀控告該莊經理詐欺。\n\n"
    "▲被告答辯\n"
    "被告到庭答辯、謂該莊倒閉實因布價慘跌、放出之款無從收回、並非有意詐欺。\n"
)


def test_a_crosshead_marked_with_a_triangle_opens_the_text_and_names_no_one():
    (story,) = parse_page(COURT).articles
    assert story.headline == "永順布莊倒閉案昨日開審" and story.subheadline == ""
    assert story.reporters == ()
    assert story.blocks[0].text == "▲原告陳述"
    assert "▲被告答辯" in [block.text for block in story.blocks]


def test_a_name_after_a_triangle_is_still_an_author():
    page = (
        "春耕時節話農機\n▲ 周明遠\n\n今年春耕、全縣新添拖拉機四十台、耕種進度比去年同期快了一週。\n"
    )
    (story,) = parse_page(page).articles
    assert story.reporters == ("周明遠",)


@pytest.mark.parametrize(
    ("label", "title"),
    [("時評", "加稅之前"), ("學生評論　Student Voice", "別讓排隊變成插隊的遊戲")],
)
def test_a_column_label_over_its_title_is_the_kicker(label, title):
    page = f"{label}\n{title}\n\n近來各處排隊購物者甚眾、秩序頗為紊亂、願諸君自愛、勿以插隊為能事也。\n"
    (story,) = parse_page(page).articles
    assert (story.kicker, story.headline) == (label.replace("\u3000", " "), title)
