"""A school's paper credits its pupils' pictures with the class before the name
(``摄影：初三（2）班　方小禾``, ``（图/高一（4）班　陆一鸣）``): a photo credit all the same, the pupil
its photographer, on its own line under the caption or glued to its end.

INPUT.md ("Bylines, datelines, credits"): photo credits, the caption the paragraph before the
credit or the credit at the caption's end; the forms listed are a minimum.
"""

import pytest

from tests.parsing.helpers import parse

STORY = ["运动会闭幕", "", "本报讯　运动会昨日闭幕，共有十二项纪录被打破。", ""]
AFTER = ["", "图书馆新书上架", "", "本报讯　图书馆新书上架五百册。"]


def test_a_credit_line_naming_the_class_under_its_caption():
    parsed = parse(*STORY, "同学们在终点线前冲刺。", "摄影：初三（2）班　方小禾", *AFTER)
    [photo] = parsed.photos
    assert photo.caption == "同学们在终点线前冲刺。"
    assert photo.photographers == ("方小禾",)


@pytest.mark.parametrize("credit", ["　　摄影：初三（2）班　方小禾", "（图/高一（4）班　方小禾）"])
def test_a_credit_naming_the_class_glued_to_the_caption(credit):
    parsed = parse(*STORY, "同学们在终点线前冲刺。" + credit, *AFTER)
    [photo] = parsed.photos
    assert photo.caption == "同学们在终点线前冲刺。"
    assert photo.photographers == ("方小禾",)
