"""A 简讯 box's label over untitled items opened by a bullet is the headline of the one story
holding them, unless the items are briefs each of its own: one opens with a dateline after its
bullet (``▲〔某社某地电〕…``). A dateline starts a story, so the label is the box's, set aside,
no brief's headline."""

from .helpers import parse, reasons

BEFORE = ("營區開放參觀", "", "【本報訊】某師營區昨日開放民眾參觀，湧入人潮三千餘人。", "")


def test_label_over_items_one_of_them_dated_is_set_aside():
    parsed = parse(
        *BEFORE,
        "基地簡訊",
        "▲某營昨日舉辦籃球比賽，共有八個連隊參加。",
        "▲〔軍訊社臺中十五日電〕某師今日舉行運動大會，官兵兩千人參加。",
    )
    assert reasons(parsed)["基地簡訊"] == "briefs-label"
    assert [a.headline for a in parsed.articles] == ["營區開放參觀", "", ""]


def test_label_over_plain_bulleted_items_still_heads_them():
    parsed = parse(
        *BEFORE,
        "基地簡訊",
        "▲某營昨日舉辦籃球比賽，共有八個連隊參加。",
        "▲某連伙房新添冷藏櫃兩台，本週啟用。",
    )
    assert [a.headline for a in parsed.articles] == ["營區開放參觀", "基地簡訊"]
