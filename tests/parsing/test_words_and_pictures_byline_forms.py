"""A byline crediting the writer with the pictures too, with a middle dot or run together
(``图·文/本报记者 孙敏``, ``孙敏 文·摄``, ``文/图/孙敏``), is the story's byline under its title,
naming the writer; a photographer's credit alone (``摄影/孙敏``) under a title still credits
that title's picture.

INPUT.md ("Headlines"): the author's line under the headline is the byline, not the headline;
("Bylines, datelines, credits"): the byline names people.
"""

import pytest

from tests.parsing.helpers import parse

BODY = "西城菜场改造后重新营业，摊位由八十个增至一百二十个，市民买菜更方便了。"


@pytest.mark.parametrize("credit", ["图·文/本报记者 孙敏", "孙敏 文·摄", "文/图/孙敏", "图文/孙敏"])
def test_words_and_pictures_byline_names_the_writer(credit):
    parsed = parse("西城菜场改造完成", "", credit, "", BODY)
    [story] = parsed.articles
    assert story.title_lines == ("西城菜场改造完成",)
    assert story.reporters == ("孙敏",)
    assert parsed.photos == ()


def test_a_photographers_credit_under_a_title_still_credits_its_picture():
    parsed = parse(
        "东湖绿道全线贯通",
        "",
        "本报讯（记者 钱立）东湖绿道二期工程昨日完工，绿道全长三十公里。",
        "",
        "湖畔晨光",
        "",
        "摄影/孙敏",
    )
    [photo] = parsed.photos
    assert (photo.caption, photo.photographers) == ("湖畔晨光", ("孙敏",))
