"""Issue 14, eighth round: photo credits and links, author fields. A picture's title and its
credit on one line (the name spaced out with full-width spaces), credits naming no one
(本報通訊員攝, 新华社稿), photos linked by the story their credit names (its reporter, its
agency), a file picture between two stories, and around a byline's names: an author field's
label, the paper before the role, where it was sent from, a name spaced out character by
character, a sign-off glued to a brief's end. Pages written for these tests."""

import pytest

from articles.parsing.names import credit_names_ok, parse_names

from .helpers import parse

ESSAY = (
    "河边的柳树",
    "□　庞小雨",
    "",
    "　　河边有一排老柳树，春天发芽最早，秋天落叶最晚，我们小时候常在树下捉迷藏。",
    "",
)
POEM = ("秋夜", "卢　川", "", "星星落进井里", "母亲打水的时候", "桶里晃着半个月亮", "")


def _photos(parsed):
    return [(p.caption, p.credit_line, p.photographers) for p in parsed.photos]


def _story_of(parsed, photo):
    return next(a.headline for a in parsed.articles if a.position == photo.article_position)


@pytest.mark.parametrize(
    ("line", "credit", "who"),
    [
        ("江上归帆　滕　远　摄", "滕　远　摄", ("滕远",)),
        ("江上归帆　本报记者　滕　远　摄", "本报记者　滕　远　摄", ("滕远",)),
        ("江上归帆　滕远摄", "滕远摄", ("滕远",)),
    ],
)
def test_a_pictures_title_and_its_credit_on_one_line_make_a_picture(line, credit, who):
    parsed = parse(*ESSAY, *POEM, line, "")
    assert _photos(parsed) == [("江上归帆", credit, who)]
    assert parsed.photos[0].article_position is None
    assert parsed.articles[-1].paragraphs[-1] == "桶里晃着半个月亮"


@pytest.mark.parametrize(
    "credit", ["晚报记者 郁秋 摄", "县融媒体中心记者 郁秋 摄", "（记者 郁秋 摄）"]
)
def test_the_papers_name_may_stand_before_a_credits_role_word(credit):
    assert credit_names_ok(credit)


def test_a_title_set_off_by_a_space_before_a_spaced_credit_is_not_a_name():
    # (under a finished sentence the whole line is no credit for the paragraph above)
    parsed = parse(*ESSAY, "江上归帆　滕　远　摄", "")
    assert _photos(parsed) == [("江上归帆", "滕　远　摄", ("滕远",))]
    assert parsed.articles[0].paragraphs[-1].startswith("河边有一排老柳树")
    assert not credit_names_ok("江上归帆　滕　远　摄")


def test_a_line_ending_in_a_word_and_she_after_a_gap_is_no_credit():
    parsed = parse(*ESSAY, *POEM, "远山的小路　夕阳　摄", "")
    assert parsed.photos == ()


@pytest.mark.parametrize("credit", ["本報通訊員攝", "本报通讯员摄", "新华社稿"])
def test_a_credit_naming_the_desk_or_the_agency_alone_closes_the_caption(credit):
    parsed = parse(
        "东风公社夏收过半",
        "　　本报讯　东风公社社员抢收小麦，全社夏收已过半。",
        "　　图为社员们在麦田里收割。",
        f"　　{credit}",
        "",
        "县里召开抗旱会议",
        "　　本报讯　县革委会昨天召开抗旱会议，部署抗旱保苗工作。",
    )
    assert _photos(parsed) == [("图为社员们在麦田里收割。", credit, ())]
    assert [a.headline for a in parsed.articles] == ["东风公社夏收过半", "县里召开抗旱会议"]


PAGE_OF_THREE = (
    "镇里举办农民运动会",
    "　　本报讯（记者　严　松）昨天，柳河镇举办第三届农民运动会，八百多名村民参加拔河、挑担等比赛。",
    "果园迎来采摘季",
    "　　本报讯（通讯员　芦　岩）眼下，城东果园的水蜜桃陆续成熟，每天接待采摘的市民上千人。",
    "县图书馆延长开放时间",
    "　　本报讯　县图书馆从下周起每天开放到晚上九点，方便读者下班后借阅。",
)


def test_a_photo_whose_caption_names_no_story_goes_with_its_photographers_story_printed_by_it():
    photo = "　　一家人在树下忙碌。　　芦　岩　摄"
    parsed = parse(*PAGE_OF_THREE[:4], photo, *PAGE_OF_THREE[4:])
    assert _photos(parsed) == [("一家人在树下忙碌。", "芦　岩　摄", ("芦岩",))]
    assert _story_of(parsed, parsed.photos[0]) == "果园迎来采摘季"


def test_a_photo_whose_caption_names_no_story_printed_away_from_its_photographers_stands_alone():
    # (the photographer's name alone is no evidence: a reporter also takes pictures of their own,
    # articles/parsing/photolinks.py _credited_here)
    parsed = parse(*PAGE_OF_THREE, "　　一家人在树下忙碌。　　芦　岩　摄")
    assert _photos(parsed) == [("一家人在树下忙碌。", "芦　岩　摄", ("芦岩",))]
    assert parsed.photos[0].article_position is None


def test_a_credit_naming_no_reporter_of_the_page_links_nothing_by_credit():
    parsed = parse(*PAGE_OF_THREE, "　　一家人在树下忙碌。　　甄　远　摄")
    assert parsed.photos[0].article_position is None


def test_a_picture_credited_to_the_agency_that_sent_a_story_goes_with_it():
    parsed = parse(
        "金價小幅回落",
        "【本報訊】本港金價昨日小幅回落，每兩報二萬一千元。",
        "",
        "歐洲股市靠穩",
        "(法新社巴黎8日電) 歐洲主要股市昨日靠穩，投資者觀望央行議息結果。",
        "",
        "■巴黎一間交易大樓的外貌。（法新社）",
    )
    assert _story_of(parsed, parsed.photos[0]) == "歐洲股市靠穩"


def test_an_agency_credit_matching_several_stories_links_nothing_by_credit():
    parsed = parse(
        "甲地举行博览会",
        "　　新华社北京8日电　第五届农业博览会今天开幕。",
        "",
        "乙地开通高铁",
        "　　新华社成都8日电　一条新高铁今天开通运营。",
        "",
        "　　8月7日，游客在海边散步。",
        "　　新华社发",
    )
    assert parsed.photos[0].article_position is None


def test_a_file_picture_between_two_stories_goes_with_the_one_before():
    parsed = parse(
        "車位價格再創新高",
        "【本報訊】港島一個舊屋苑車位以三百萬元易手，創區內新高。",
        "",
        "業內人士指，車位供應有限，價格仍有上升空間。",
        "",
        "圖中為停泊在路旁的私家車輛。(資料圖片)",
        "",
        "日圓匯價急跌",
        "(路透社東京8日電) 日圓兌美元昨日急跌，創三個月新低。",
    )
    assert _story_of(parsed, parsed.photos[0]) == "車位價格再創新高"


def test_a_news_picture_between_two_stories_naming_neither_goes_with_none():
    parsed = parse(
        "車位價格再創新高",
        "【本報訊】港島一個舊屋苑車位以三百萬元易手，創區內新高。",
        "",
        "■8日，遊客在海灘上曬太陽。（本報攝）",
        "",
        "日圓匯價急跌",
        "(路透社東京8日電) 日圓兌美元昨日急跌，創三個月新低。",
    )
    assert parsed.photos[0].article_position is None


@pytest.mark.parametrize(
    ("field", "names"),
    [
        ("作者:新华社记者 邓子谦", ("邓子谦",)),
        ("作者：邓子谦", ("邓子谦",)),
        ("作者:本报记者 严晓", ("严晓",)),
        ("撰文／邓子谦", ("邓子谦",)),
    ],
)
def test_an_author_fields_label_is_no_name(field, names):
    assert parse_names(field) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("晚报记者 郁秋 文/图", ("郁秋",)),
        ("都市报记者 郁秋", ("郁秋",)),
        ("县融媒体中心记者 郁秋", ("郁秋",)),
        ("学生记者 祁思远", ("祁思远",)),
        ("本报记者  季  远  发自江州", ("季远",)),
    ],
)
def test_the_papers_name_before_the_role_and_where_it_was_sent_from_are_no_names(byline, names):
    assert parse_names(byline) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("本报记者 柴 明 远", ("柴明远",)),
        ("本报记者  彭  波", ("彭波",)),
        ("记者 彭 波 李 明", ("彭波", "李明")),
    ],
)
def test_a_name_spaced_out_character_by_character_is_one_name(byline, names):
    assert parse_names(byline) == names


def test_a_word_starting_with_the_label_is_left_alone():
    assert parse_names("作者手记") == ("作者手记",)


def test_a_web_archive_author_field_gives_the_reporters():
    parsed = parse(
        "第2版()",
        "专栏:",
        "",
        "全省夏粮收购工作全面展开",
        "作者:新华社记者 邓子谦",
        "版面:第2版",
        "新华社西宁6月1日电 全省夏粮收购工作日前全面展开，各地粮站延长收购时间。",
    )
    assert [a.reporters for a in parsed.articles] == [("邓子谦",)]


BRIEF = ("城西公园增设健身器材", "　　本报讯　城西公园日前新增健身器材三十余件，并铺设了塑胶步道。")


@pytest.mark.parametrize(
    ("sign_off", "names"),
    [("（记者 龚宁）", ("龚宁",)), ("（记者 祝岚 通讯员 乔木）", ("祝岚", "乔木"))],
)
def test_a_sign_off_glued_to_the_end_of_a_brief_names_its_reporters(sign_off, names):
    parsed = parse(BRIEF[0], BRIEF[1] + sign_off)
    assert [a.reporters for a in parsed.articles] == [names]


def test_a_name_alone_glued_after_an_answer_is_no_reporter():
    parsed = parse(
        "夏季如何给果树浇水",
        "　　问：夏天果树浇水有什么讲究？",
        "　　答：宜在早晚浇水，避开中午高温，雨后注意排水。（葛文田）",
    )
    assert [a.reporters for a in parsed.articles] == [()]
