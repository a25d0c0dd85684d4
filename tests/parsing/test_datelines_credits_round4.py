"""Issue 14, fourth round: reporter-report and desk datelines of Taiwan, Hong Kong and mainland
papers (with the reporters they name), picture sources as photo credits, and the story each
photo goes with. Pages written for these tests."""

import pytest

from articles.parsing import parse_page
from tests.conftest import DATA

from .helpers import SEED, only_article, parse

BODY = "市府今天宣布，明年起擴大補助範圍。各區公所將協助受理。"


# Datelines -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "dateline", "reporters"),
    [
        ("〔記者王小明／台北報導〕", "記者王小明／台北報導", ("王小明",)),
        ("〔記者王小明、李大同／綜合報導〕", "記者王小明、李大同／綜合報導", ("王小明", "李大同")),
        ("〔編譯陳家豪／綜合報導〕", "編譯陳家豪／綜合報導", ("陳家豪",)),
        ("【記者林小華／高雄報導】", "記者林小華／高雄報導", ("林小華",)),
        ("〔記者 蔡佩君/新竹報導〕", "記者 蔡佩君/新竹報導", ("蔡佩君",)),
        ("〔国际新闻中心／综合报道〕", "国际新闻中心／综合报道", ()),
        ("（中央社記者王小明台北3日電）", "中央社記者王小明台北3日電", ("王小明",)),
        (
            "（中央社記者張三、李四華盛頓2日專電）",
            "中央社記者張三、李四華盛頓2日專電",
            ("張三", "李四"),
        ),
        ("（中央社台北3日電）", "中央社台北3日電", ()),
        ("【晨報專訊】", "晨報專訊", ()),
        ("【本報專訊】", "本報專訊", ()),
        ("【本报综合报道】", "本报综合报道", ()),
        ("【星島日報報道】", "星島日報報道", ()),
        ("本報訊　", "本報訊", ()),
        ("本报专讯　", "本报专讯", ()),
        ("新华社北京3月5日电（记者 王小明）", "新华社北京3月5日电", ("王小明",)),
        ("本报讯（通讯员 张大山 记者 李小溪）", "本报讯", ("张大山", "李小溪")),
        ("据新华社电　", "据新华社电", ()),
        ("据新华社电，", "据新华社电", ()),
        ("新华社北京电　", "新华社北京电", ()),
        ("特約記者張三報導：", "特約記者張三報導", ("張三",)),
        ("本報特約記者 周大文 報導　", "本報特約記者 周大文 報導", ("周大文",)),
        ("【大公報訊】記者張志明報道：", "大公報訊", ("張志明",)),
        ("香港文匯報訊（記者 張志明）", "香港文匯報訊", ("張志明",)),
        ("【本報駐北京記者張三報道】", "本報駐北京記者張三報道", ("張三",)),
        ("本報記者張三北京3日電　", "本報記者張三北京3日電", ("張三",)),
        ("〔綜合外電報導〕", "綜合外電報導", ()),
    ],
)
def test_dateline_forms_and_the_reporters_they_name(first, dateline, reporters):
    article = only_article("擴大補助範圍", "", first + BODY)
    assert article.dateline == dateline
    assert article.reporters == reporters
    assert article.paragraphs == (first + BODY,), "the dateline stays in the printed text"


@pytest.mark.parametrize(
    "first",
    [
        "記者昨天在台北看到，",
        "记者今天报道，",
        "本报记者昨天报道，",
        "法新社日前发电称，",
        "据新华社报道，",
        "（今年5月1日电费上涨）",
        "记者王小明报道，",
        "（記者王小明攝）",
        "举报讯息可通过热线反映，",
    ],
)
def test_body_sentences_that_look_like_datelines_stay_body(first):
    article = only_article("擴大補助範圍", "", "〔記者王小明／台北報導〕" + BODY, "", first + BODY)
    assert article.dateline == "記者王小明／台北報導"
    assert len(article.paragraphs) == 2


def test_each_reporter_report_dateline_opens_its_own_story():
    parsed = parse(
        "北市擴大育兒補助",
        "〔記者王小明／台北報導〕" + BODY,
        "補助將分兩階段實施。",
        "",
        "高雄港貨櫃量創新高",
        "【記者林小華／高雄報導】高雄港上月貨櫃裝卸量創下新高，港務公司表示將增設碼頭。",
        "",
        "美聯準會維持利率不變",
        "（中央社記者張三華盛頓2日專電）美國聯準會今天宣布維持利率不變，符合市場預期。",
    )
    assert [(a.headline, a.dateline, a.reporters) for a in parsed.articles] == [
        ("北市擴大育兒補助", "記者王小明／台北報導", ("王小明",)),
        ("高雄港貨櫃量創新高", "記者林小華／高雄報導", ("林小華",)),
        ("美聯準會維持利率不變", "中央社記者張三華盛頓2日專電", ("張三",)),
    ]


def test_a_byline_in_brackets_after_the_dateline_still_names_the_reporters():
    article = only_article("擴大補助範圍", "", "【本報訊】（記者 陳美玲）" + BODY)
    assert (article.dateline, article.reporters) == ("本報訊", ("陳美玲",))


# Photo credits ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "caption", "credit", "photographers"),
    [
        ("老街的店家重新開張。（讀者提供）", "老街的店家重新開張。", "（讀者提供）", ()),
        ("市長出席啟用典禮。（取自市長臉書）", "市長出席啟用典禮。", "（取自市長臉書）", ()),
        ("舊時的老街。（資料照）", "舊時的老街。", "（資料照）", ()),
        (
            "老街入口的新牌樓。（記者王小明攝）",
            "老街入口的新牌樓。",
            "（記者王小明攝）",
            ("王小明",),
        ),
        ("遊客在老街拍照。（圖：林大同）", "遊客在老街拍照。", "（圖：林大同）", ("林大同",)),
        ("消防員在火場搶救。（圖／消防局提供）", "消防員在火場搶救。", "（圖／消防局提供）", ()),
        (
            "3日，遊客在老街排隊購買小吃。（新華社）",
            "3日，遊客在老街排隊購買小吃。",
            "（新華社）",
            (),
        ),
        ("颱風過後街道一片狼藉。(網上圖片)", "颱風過後街道一片狼藉。", "(網上圖片)", ()),
    ],
)
def test_picture_sources_at_the_end_of_a_caption(line, caption, credit, photographers):
    parsed = parse("老街新貌", "〔記者王小明／台北報導〕" + BODY, line, "市府將持續推動老街活化。")
    (photo,) = parsed.photos
    assert (photo.caption, photo.credit_line, photo.photographers) == (
        caption,
        credit,
        photographers,
    )
    (article,) = parsed.articles
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("credit", "photographers"),
    [("圖／消防局提供", ()), ("本报记者 王小明 摄", ("王小明",)), ("图：林大同", ("林大同",))],
)
def test_credit_line_alone_under_its_caption(credit, photographers):
    parsed = parse("消防員在火場搶救。", credit, "", "老街新貌", "〔記者王小明／台北報導〕" + BODY)
    (photo,) = parsed.photos
    assert (photo.caption, photo.credit_line, photo.photographers) == (
        "消防員在火場搶救。",
        credit,
        photographers,
    )


@pytest.mark.parametrize(
    "line",
    [
        # a wire story's last paragraph signed by its agency: no dated one-sentence caption
        "新華社北京3日電 會議今天閉幕。與會代表通過了三項決議，明年將再次召開。（新華社）",
        # letters in brackets are no picture source
        "全年經濟增長百分之五。（GDP）",
        # a dated one-line brief signed with its writer's name: names alone are no credit
        "5日，市交通局召開安全會議。（張三）",
    ],
)
def test_bracketed_agency_or_letters_after_a_paragraph_are_no_credit(line):
    parsed = parse("會議閉幕", "〔記者王小明／台北報導〕" + BODY, line)
    assert not parsed.photos
    assert parsed.articles[0].paragraphs[-1] == line


# The story a photo goes with -------------------------------------------------------------------


def _linked(parsed):
    by_position = {a.position: a.headline for a in parsed.articles}
    return [(p.caption, by_position.get(p.article_position)) for p in parsed.photos]


def test_photos_printed_inside_a_story_go_with_it_and_a_picture_item_with_none():
    parsed = parse_page((DATA / "repros" / "photo-credit-forms.txt").read_bytes())
    assert _linked(parsed) == [
        ("6月3日，南江水上救援队队员在江面进行冲锋舟救援演练。", None),
        ("書店新增的閱讀角吸引不少年輕人。", "老街書店重新開業"),
        ("店主在整理書架。", "老街書店重新開業"),
    ]


def test_photo_between_a_deck_and_its_text_goes_with_that_story():
    parsed = parse(
        "北市擴大育兒補助",
        "",
        "■市長說明補助方案。（記者王小明攝）",
        "",
        "〔記者王小明／台北報導〕" + BODY,
    )
    assert _linked(parsed) == [("市長說明補助方案。", "北市擴大育兒補助")]


def test_photo_between_two_stories_goes_with_the_one_its_caption_names():
    parsed = parse(
        "北市擴大育兒補助",
        "〔記者王小明／台北報導〕台北市政府今天宣布擴大育兒補助，家長可向區公所申請。",
        "■高雄港新建的貨櫃碼頭。（記者林小華攝）",
        "",
        "高雄港貨櫃量創新高",
        "【記者林小華／高雄報導】高雄港上月貨櫃裝卸量創新高，港務公司將增設貨櫃碼頭。",
    )
    assert _linked(parsed) == [("高雄港新建的貨櫃碼頭。", "高雄港貨櫃量創新高")]


def test_photo_after_the_last_story_goes_with_it_when_the_caption_speaks_of_it():
    parsed = parse(
        "高雄港貨櫃量創新高",
        "【記者林小華／高雄報導】高雄港上月貨櫃裝卸量創新高，港務公司將增設貨櫃碼頭。",
        "■高雄港的貨櫃碼頭。（記者林小華攝）",
    )
    assert _linked(parsed) == [("高雄港的貨櫃碼頭。", "高雄港貨櫃量創新高")]


def test_photo_between_two_stories_about_neither_goes_with_none():
    parsed = parse(SEED)  # the seed's 马戏秀 picture stands between two other stories
    assert [p.article_position for p in parsed.photos] == [None]


def test_photo_that_fits_both_neighbours_goes_with_none_and_is_flagged():
    parsed = parse(
        "北市公園整修完成",
        "〔記者王小明／台北報導〕台北市大安公園整修完成，今天重新開放。",
        "■大安公園整修完成重新開放。（記者王小明攝）",
        "",
        "大安公園週末辦音樂會",
        "〔記者李大同／台北報導〕大安公園整修完成重新開放後，週末將舉辦音樂會。",
    )
    assert [p.article_position for p in parsed.photos] == [None]
    assert [f.kind for f in parsed.flags if f.kind == "photo-either-side"] == ["photo-either-side"]


def test_picture_item_under_its_label_stays_alone_before_a_story():
    parsed = parse(
        "图片新闻",
        "5月20日，消防救援站指战员在训练场进行高空救援演练。",
        "图/顾晓岚",
        "",
        "消防站开放日吸引市民",
        "本报讯 消防救援站昨天举行开放日活动，市民参观训练场和救援装备。",
    )
    assert [p.article_position for p in parsed.photos] == [None]
