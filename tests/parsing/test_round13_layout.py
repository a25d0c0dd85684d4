"""Layout, round 13 (issue 14): deck lines of a cut-line page kept apart, a headline cut after
its comma, a caption cut over two lines, crossheads whose text goes on the story, briefs signed
by their own reporter, features opening with an editor's note. Pages written for these tests."""

from articles.parsing.headcuts import rejoin_cut_heading
from tests.parsing.helpers import parse


def test_three_deck_lines_each_at_the_column_width_stay_three_lines():
    lines = ["春耕生产全面展开", "各队抢墒播种早稻", "力争早稻再获丰收"]
    assert rejoin_cut_heading(lines, 9) == lines


def test_a_line_over_one_wider_than_the_column_is_not_joined_to_it():
    lines = ["团结一致  奋勇争先", "全区冬修水利工程提前全面完工"]
    assert rejoin_cut_heading(lines, 9) == lines


def test_a_line_wider_than_the_column_is_not_joined_to_the_next():
    lines = ["全市金融机构支持小微企业", "前四月新增贷款", "过八百亿元"]
    assert rejoin_cut_heading(lines, 8) == [lines[0], "前四月新增贷款过八百亿元"]


def test_a_headline_the_column_cut_once_is_still_joined():
    assert rejoin_cut_heading(["县农机厂试制成功", "新型插秧机"], 9) == [
        "县农机厂试制成功新型插秧机"
    ]


OCR_PAGE = [
    "青岭日报",
    "",
    "春耕生产全面展开",
    "各队抢墒播种早稻",
    "力争早稻再获丰收",
    "本报讯 入春以来，",
    "全县各生产队抓住有",
    "利时机，组织劳力抢",
    "墒播种。到三月三日",
    "止，全县已播种早稻",
    "六万多亩，比去年同",
    "期多一万亩。",
]


def test_a_three_line_deck_on_an_ocr_page_is_kicker_headline_and_subheadline():
    story = parse(*OCR_PAGE).articles[0]
    assert (story.kicker, story.headline, story.subheadline) == (
        "春耕生产全面展开",
        "各队抢墒播种早稻",
        "力争早稻再获丰收",
    )


def test_a_headline_cut_after_its_comma_over_a_dateline_is_the_story_deck():
    page = parse(
        "夜市收摊后，",
        "志愿者留下来捡垃圾",
        "",
        "本报讯（记者 俞小棠）前天晚上十点多，南湾夜市陆续收摊，十几名志愿者沿着摊位捡拾纸杯。",
        "",
        "志愿者队长韦海燕说，他们每周三晚上都会来。",
    )
    assert len(page.articles) == 1
    story = page.articles[0]
    assert "".join(story.title_lines) == "夜市收摊后，志愿者留下来捡垃圾"
    assert story.dateline == "本报讯"


def test_a_short_paragraph_ending_a_story_before_a_dateline_stays_its_text():
    page = parse(
        "码头新添两条渡船",
        "",
        "本报讯 南湾码头新添两条渡船，过江时间缩短一半。",
        "",
        "船长说，渡船每天早上六点发第一班，",
        "晚上十点收班。",
        "",
        "本报讯 南湾夜市本周末延长营业到凌晨一点。",
    )
    texts = [block.text for story in page.articles for block in story.blocks]
    assert "船长说，渡船每天早上六点发第一班，晚上十点收班。" in texts
    assert page.articles[0].headline == "码头新添两条渡船"


def test_a_caption_cut_over_two_lines_is_one_caption_above_its_credit():
    page = parse(
        "龙舟队开始训练",
        "",
        "本报讯 南湾区龙舟队昨天开始训练，备战端午节的比赛。",
        "",
        "傍晚，南湾市民在湖滨步道",
        "观看龙舟队训练。",
        "本报记者 伍子豪 摄",
        "",
        "修鞋摊前的老邻居",
        "",
        "本报讯 在南湾路菜场门口，修鞋匠卢长根已经守了三十年摊子。",
    )
    assert [photo.caption for photo in page.photos] == ["傍晚，南湾市民在湖滨步道观看龙舟队训练。"]
    assert page.articles[1].kicker == ""
    assert page.articles[1].headline == "修鞋摊前的老邻居"


SHOEMAKER = [
    "修鞋摊前的老邻居",
    "",
    "本报讯（记者 庞雨轩）在南湾路菜场门口，七十岁的修鞋匠卢长根已经守了三十年摊子，"
    "附近的居民都叫他卢师傅。",
    "",
    "一双布鞋修了三次",
    "",
    "卢长根翻出一个旧本子，上面记着每一位老主顾的名字和他们鞋子的毛病。"
    "一位老太太的布鞋他修了三次，每次只收两块钱，老太太过意不去，每年端午都给他送一串粽子。",
]


def test_a_crosshead_whose_text_opens_with_the_person_the_story_named_stays_a_crosshead():
    page = parse(*SHOEMAKER)
    assert len(page.articles) == 1
    assert page.articles[0].crossheads == ("一双布鞋修了三次",)


def test_a_brief_signed_by_its_own_reporter_after_a_story_is_a_story_of_its_own():
    page = parse(
        *SHOEMAKER,
        "",
        "本报讯（记者 季  远）南湾路菜场改造工程将于下月动工，改造期间菜场内的摊位将临时搬到"
        "门口的空地上，预计年底完工。",
    )
    assert len(page.articles) == 2
    assert page.articles[1].headline == ""
    assert page.articles[1].reporters == ("季远",)


def test_an_editor_note_under_a_one_line_heading_opens_a_feature_of_its_own():
    page = parse(
        *SHOEMAKER,
        "",
        "老照片里的南湾",
        "",
        "编者按：南湾建区四十年，街巷早已变了模样。本报向读者征集了一批老照片，今起陆续刊出。",
        "",
        "第一张照片摄于一九八五年，那时的南湾码头只有一条渡船，两岸居民过江全靠它。",
    )
    assert [story.headline for story in page.articles] == ["修鞋摊前的老邻居", "老照片里的南湾"]
