"""A piece written for a prison's or an army's paper is signed under its title with the writer's
unit, who the writer is (an inmate, a soldier's rank) and the name (``二监区　服刑人员　李×明``,
``海軍某部　一等兵　鄭志遠``); a prison's paper prints the inmate's name with a character withheld
(``李×明``), and that mark is printed text: the name is read as printed."""

import pytest

from .helpers import only_article, parse

TEXT = "入監兩年來，我學會了木工，也讀完了高中課程。每逢週末，我都給家裡寫信，報告自己的進步。"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("二监区　服刑人员　李×明", "李×明"),
        ("二监区　服刑人员　李志明", "李志明"),
        ("女子监区　学员　孙×", "孙×"),
        ("海軍某部　一等兵　鄭志遠", "鄭志遠"),
        ("三连　战士　吴长江", "吴长江"),
        ("七监区　周×刚", "周×刚"),
    ],
)
def test_unit_and_role_before_the_name_is_the_byline(line, name):
    article = only_article("走出迷途", line, TEXT)
    assert article.title_lines == ("走出迷途",)
    assert article.byline_lines == (line,)
    assert article.reporters == (name,)


@pytest.mark.parametrize(("line", "name"), [("李×明", "李×明"), ("李　×　明", "李×明")])
def test_a_name_with_a_withheld_character_alone_under_the_title_is_the_byline(line, name):
    article = only_article("走出迷途", line, TEXT)
    assert article.headline == "走出迷途"
    assert article.reporters == (name,)


def test_an_end_signature_of_a_ward_and_a_name_stays_with_its_story():
    parsed_lines = (
        "亲情帮教日",
        "本报讯　日前，城西监狱举办亲情帮教日活动，六十余名亲属走进监区。",
        "（八监区　郑海涛）",
        "走出迷途",
        "二监区　服刑人员　李×明",
        TEXT,
    )
    first, second = parse(*parsed_lines).articles
    assert first.reporters == ("郑海涛",)
    assert second.title_lines == ("走出迷途",)
    assert second.kicker == ""
