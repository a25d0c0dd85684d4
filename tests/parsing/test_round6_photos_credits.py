"""Issue 14, sixth round: photo credits as Chinese papers print them (a unit before the name, a
giver, the desk alone, an organisation, a paper's name alone), credits glued after a caption's
last sentence and a gap, captions cut over short lines, and which story a photo goes with. Pages
written for these tests."""

import pytest

from .helpers import parse

STORY = (
    "南湖社区启用智慧养老服务站",
    "　　本报讯（记者 韦晓彤）南湖社区智慧养老服务站昨日启用，老人可以在站里测血压、订午餐。",
)
NEXT_STORY = (
    "",
    "东城区开展消防安全检查",
    "　　本报讯（记者 骆文涛）东城区本周起对辖区内的商场和餐馆开展消防安全检查。",
)


def _photos(parsed):
    return [(p.caption, p.credit_line) for p in parsed.photos]


def _linked(parsed):
    by_position = {a.position: a.headline for a in parsed.articles}
    return [(p.caption, by_position.get(p.article_position)) for p in parsed.photos]


# Credit lines under a caption ------------------------------------------------------------------


@pytest.mark.parametrize(
    "credit",
    [
        "摄影/区融媒体中心　许嘉禾",  # the photographer's unit before the name
        "图/省地质调查研究院",  # an organisation after 图/
        "受访者供图",  # a giver, not a name
        "本报摄",  # the desk alone
        "（本報攝）",  # …in brackets, traditional
        "記者攝",
        "新华社记者摄",
    ],
)
def test_credit_line_under_a_caption_makes_a_photo(credit):
    parsed = parse(*STORY, "　　老人在服务站里测量血压。", credit, *NEXT_STORY)
    assert _photos(parsed) == [("老人在服务站里测量血压。", credit)]
    assert [a.headline for a in parsed.articles] == [STORY[0], NEXT_STORY[1]]


@pytest.mark.parametrize(
    ("credit", "photographers"),
    [
        ("图/省地质调查研究院", ()),
        ("图/市气象局", ()),  # an organisation short enough to pass for a name
        ("本报资料图", ()),
        ("图片来源：市档案馆", ()),
        ("摄影/区融媒体中心　许嘉禾", ("许嘉禾",)),  # the unit is no photographer
        ("本报记者 韩冰摄", ("韩冰",)),
    ],
)
def test_credit_names_only_its_photographers(credit, photographers):
    parsed = parse(*STORY, "　　老人在服务站里测量血压。", credit)
    assert [(p.credit_line, p.photographers) for p in parsed.photos] == [(credit, photographers)]


# Credits glued after the caption's last sentence and a gap -------------------------------------


@pytest.mark.parametrize(
    "credit",
    [
        "摄影/区融媒体中心　许嘉禾",
        "受访者供图",
        "许　宁摄",  # a two-character name spaced with a full-width space
        "柏嘉言摄",  # one bare name and 摄
        "新华社发",
        "本报记者 韩冰摄",
    ],
)
def test_credit_glued_after_a_gap_ends_its_caption(credit):
    parsed = parse(*STORY, "　　老人在服务站里测量血压。　　" + credit, *NEXT_STORY)
    assert _photos(parsed) == [("老人在服务站里测量血压。", credit)]


def test_agency_alone_after_a_gap_is_where_a_brief_came_from():
    parsed = parse("本地油价下周调整", "　　油价将于下周一起每公升下调五分。　（新华社）")
    assert parsed.photos == ()


def test_text_after_a_gap_that_is_no_credit_stays_text():
    parsed = parse(*STORY, "　　站里还设有阅览室。　他说")
    assert parsed.photos == ()
    assert parsed.articles[0].paragraphs[-1].endswith("他说")


# Bracketed credits at the end of a caption line -------------------------------------------------


@pytest.mark.parametrize("brackets", ["（）", "()", "【】", "〔〕", "[]"])
def test_credit_stands_in_any_bracket(brackets):
    opening, closing = brackets
    credit = f"{opening}本报记者 韩冰摄{closing}"
    parsed = parse(*STORY, "　　老人在服务站里测量血压。" + credit, *NEXT_STORY)
    assert _photos(parsed) == [("老人在服务站里测量血压。", credit)]
    parsed = parse(*STORY, "　　老人在服务站里测量血压。", credit, *NEXT_STORY)
    assert _photos(parsed) == [("老人在服务站里测量血压。", credit)]


def test_picture_mark_opens_a_caption_credited_to_the_desk():
    parsed = parse(
        "觀塘新建公園開放",
        "【本報訊】觀塘新建的海濱公園昨日開放，不少市民帶同子女前往遊玩。",
        "",
        "圖：市民昨日在觀塘海濱公園散步。（本報攝）",
    )
    assert _photos(parsed) == [("市民昨日在觀塘海濱公園散步。", "（本報攝）")]
    assert [s.text for s in parsed.set_aside if s.reason == "caption-mark"] == ["圖："]


def test_paper_alone_credits_a_one_sentence_caption_under_a_story():
    parsed = parse(*STORY, "老人在服务站里测量血压。（南方晨报）", *NEXT_STORY)
    assert _photos(parsed) == [("老人在服务站里测量血压。", "（南方晨报）")]


def test_paper_alone_under_a_headline_is_a_brief_quoting_it():
    parsed = parse("本地油价下周调整", "油价将于下周一起每公升下调五分。（南方晨报）")
    assert parsed.photos == ()
    assert parsed.articles[0].headline == "本地油价下周调整"


def test_one_credit_closes_the_caption_of_several_pictures():
    parsed = parse(
        *STORY,
        "　　上图：老人在服务站里测量血压。",
        "　　下图：志愿者为老人送午餐。",
        "　　本报记者 韩冰摄",
        *NEXT_STORY,
    )
    assert _photos(parsed) == [
        ("上图：老人在服务站里测量血压。 下图：志愿者为老人送午餐。", "本报记者 韩冰摄")
    ]
    assert parsed.articles[0].paragraphs == (STORY[1].strip(),)


# Captions cut over short lines -----------------------------------------------------------------


def test_ocr_caption_keeps_its_first_line_as_wide_as_the_column():
    parsed = parse(
        "县农机站送技术下乡",
        "  本报讯 开春以来，县农机",
        "站组织二十多名技术员分成五",
        "个小组，深入各乡为农民检修",
        "拖拉机、抽水机等农机具，并",
        "在现场讲解保养知识。到目前",
        "为止，已检修农机具一千二百",
        "多台，培训农机手六百多人。",
        "  东湖乡孙家村养蜂户许德",
        "旺今年收蜂蜜八百多斤，收入",
        "四千多元。图为许德旺在查看",
        "蜂箱。",
        "  本报记者 梁振华摄",
    )
    assert [p.caption for p in parsed.photos] == [
        "东湖乡孙家村养蜂户许德旺今年收蜂蜜八百多斤，收入四千多元。图为许德旺在查看蜂箱。"
    ]
    assert [a.headline for a in parsed.articles] == ["县农机站送技术下乡"]


def test_caption_on_short_lines_with_its_credit_cut_across_them_is_a_photo():
    parsed = parse(
        "滨江夜市开市",
        "本报讯（记者 祁",
        "婉清）4月21日晚，",
        "滨江夜市正式开市，",
        "近两百个摊位沿江",
        "排开，售卖小吃、",
        "文创产品和花卉。",
        "",
        "▲市民在滨江夜市",
        "选购小吃。 本报记者",
        "庞嘉树 摄",
    )
    assert _photos(parsed) == [("市民在滨江夜市选购小吃。", "本报记者庞嘉树 摄")]
    assert parsed.articles[0].paragraphs[-1].endswith("文创产品和花卉。")


# Which story a photo goes with ------------------------------------------------------------------

ARCHIVE_ITEM = ("", "第3版()", "专栏:", "")


def test_photo_opening_a_web_archive_item_is_a_picture_item_of_its_own():
    parsed = parse(
        *ARCHIVE_ITEM,
        "春茶开采",
        "　　本报讯　山区各乡的春茶陆续开采，茶农们起早上山采摘明前茶。",
        *ARCHIVE_ITEM,
        "　　茶场的采茶工在茶园里采摘春茶。　本报记者　龙雪晴摄",
        *ARCHIVE_ITEM,
        "茶园办起夜校",
        "　　本报讯　茶场今年春天办起技术夜校，给茶农讲授茶园管理。",
    )
    assert _linked(parsed) == [("茶场的采茶工在茶园里采摘春茶。", None)]


def test_caption_closing_a_storys_block_goes_with_it_when_it_names_neither_neighbour():
    parsed = parse(*STORY, "　　志愿者陪伴老人聊天。　　柏嘉言摄", *NEXT_STORY)
    assert _linked(parsed) == [("志愿者陪伴老人聊天。", STORY[0])]


def test_caption_standing_apart_that_names_neither_neighbour_goes_with_none():
    parsed = parse(*STORY, "", "　　志愿者陪伴老人聊天。　　柏嘉言摄", *NEXT_STORY)
    assert _linked(parsed) == [("志愿者陪伴老人聊天。", None)]


def test_caption_naming_one_story_far_more_goes_with_it_wherever_printed():
    parsed = parse(
        "升旗山缆车周末停运",
        "　　本报讯　升旗山缆车将于本周六和周日暂停服务，进行年度维修。",
        "",
        "新山市区周三停水",
        "　　本报讯　新山市区多个地区将在周三停水十二小时，用户请提前储水。",
        "　　升旗山缆车将暂停服务两天。（档案照）",
        "　　受影响用户可通过官方应用程序查询。",
    )
    assert _linked(parsed) == [("升旗山缆车将暂停服务两天。", "升旗山缆车周末停运")]
    assert parsed.photos[0].photographers == ()
