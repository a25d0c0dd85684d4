"""A caption with a giver's credit glued to its end without a gap (``抢修现场。受访者供图``,
``新建的分拣中心。受访企业供图``) is a photo: 供图 ends no sentence (INPUT.md, "Bylines, datelines,
credits": a credit at the end of the caption itself). A picture the story's interviewees gave
goes with the story whose text it follows, whatever its caption says. A sentence of the story
that speaks of a picture given stays text."""

from tests.parsing.helpers import parse

STORY = (
    "老旧水管爆裂 三栋楼停水",
    "",
    "本报讯（记者 袁禾）昨天凌晨，城北桂香里一根老旧水管爆裂，三栋居民楼停水近六个小时。",
    "",
    "自来水公司连夜组织抢修，早上七点恢复供水。",
    "",
)
NEXT = (
    "",
    "湿地公园新添观鸟屋",
    "",
    "本报讯（记者 孔岚）湿地公园新建的两座观鸟屋昨天起对市民开放，每天限约八十人。",
)


def test_caption_with_glued_interviewee_credit_is_the_storys_photo():
    parsed = parse(*STORY, "抢修现场。受访者供图", *NEXT)
    assert [(p.caption, p.credit_line) for p in parsed.photos] == [("抢修现场。", "受访者供图")]
    assert parsed.photos[0].article_position == parsed.articles[0].position
    assert len(parsed.articles) == 2
    assert "抢修现场。受访者供图" not in parsed.articles[0].paragraphs


def test_indented_caption_with_glued_company_credit_is_a_photo():
    parsed = parse(
        "云帆物流扩建分拣中心",
        "本报记者 车 岩",
        "　　云帆物流（603999）昨晚公告，拟投资五亿元扩建华东分拣中心，预计明年六月投产。",
        "　　云帆物流新建的分拣中心。受访企业供图",
    )
    assert [(p.caption, p.credit_line) for p in parsed.photos] == [
        ("云帆物流新建的分拣中心。", "受访企业供图")
    ]


def test_sentence_about_a_given_picture_stays_text():
    parsed = parse(*STORY, "这张照片由一位热心居民提供给本报。", *NEXT)
    assert parsed.photos == ()
    assert "这张照片由一位热心居民提供给本报。" in parsed.articles[0].paragraphs
