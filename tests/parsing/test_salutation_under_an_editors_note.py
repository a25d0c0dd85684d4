"""A letter printed under its title and an editor's note (``编者按：…``), its salutation alone on
its line (``编辑同志：``): the letter begins there, in the same item as the note; the salutation
is no headline of a story of its own (INPUT.md, "Headlines")."""

from tests.parsing.helpers import parse


def test_salutation_under_the_note_opens_the_letter_in_the_same_story():
    parsed = parse(
        "读者来信",
        "",
        "小区路灯为何总不亮？",
        "",
        "编者按：这封来信反映的情况，希望有关部门尽快查明原因。",
        "",
        "编辑同志：",
        "",
        "我们小区的路灯坏了一个多月，晚上出门很不方便，反映了几次都没有人来修。",
        "",
        "希望有关部门早日解决。",
    )
    (letter,) = parsed.articles
    assert letter.headline == "小区路灯为何总不亮？"
    assert letter.paragraphs[1] == "编辑同志："
    assert letter.paragraphs[-1] == "希望有关部门早日解决。"


def test_salutation_after_a_story_without_a_note_is_not_taken_by_it():
    parsed = parse(
        "小区路灯修好了",
        "",
        "本报讯 昨天，青石小区的二十盏路灯全部修好。",
        "",
        "编辑同志：",
        "",
        "我们小区门口的垃圾站气味很大，希望能搬远一些。",
    )
    assert "编辑同志：" not in parsed.articles[0].paragraphs
