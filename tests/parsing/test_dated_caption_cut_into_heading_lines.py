"""A caption opening with the day its picture was taken, cut by the column into short lines
(a PDF text layer), whose first lines read as title-like (``6月3日，柳河镇东湾`` / ``村的果农在…和``)
is one caption with its credit, not a headline over the next story (INPUT.md, "Encoding and
layout": a short line is a headline only when the layout says so)."""

from tests.parsing.helpers import decks, parse

PAGE = (
    "柳河镇开展防汛演练",
    "本报讯（记者 苏明）6月2日，柳河镇",
    "组织三百多名干部群众开展防汛应",
    "急演练。",
    "6月3日，柳河镇东湾",
    "村的果农在果园里采摘杏子和",
    "桃子，准备运往城区。",
    "本报记者 苏 明 摄",
    "东湾杏子上市",
    "本报讯（记者 苏明）眼下正是杏子",
    "成熟的季节，东湾村的果园里一派",
    "繁忙景象。",
)


def test_the_caption_cut_into_title_like_lines_is_one_caption():
    parsed = parse(*PAGE)
    [photo] = parsed.photos
    assert photo.caption == "6月3日，柳河镇东湾村的果农在果园里采摘杏子和桃子，准备运往城区。"


def test_no_headline_is_made_of_the_captions_lines():
    assert [headline for _, headline, _ in decks(parse(*PAGE))] == [
        "柳河镇开展防汛演练",
        "东湾杏子上市",
    ]
