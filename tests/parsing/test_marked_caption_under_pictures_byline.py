"""A caption opened by a picture's mark (``▲ 7月6日，…抢收早稻。``) with no credit of its own,
ending a story whose byline credits its pictures (``文/邵阳 图/丁一鸣``, ``记者 X 文/图``), is that
story's photo, also before the story's closing lines (``（来源：…）``)."""

from tests.parsing.helpers import parse

TEXT = "连日来，我县三万八千亩早稻陆续进入收割期，田间地头一派繁忙景象，农机手们抢晴收割。"
CAPTION = "▲ 7月6日，石门乡种粮大户驾驶收割机抢收早稻。"


def test_marked_caption_under_writer_and_photographer_byline_is_the_storys_photo():
    parsed = parse(
        "早稻开镰  丰收在望",
        "文/邵  阳  图/丁一鸣",
        "　　" + TEXT,
        "　　县农业农村局提醒，各地要抢晴收割、及时烘干，同时抓紧做好晚稻育秧。",
        CAPTION,
        "（来源：桐溪报）",
        "",
        "让群众办事“一次不用跑”",
        "　　群众办事难不难，是检验政务服务水平的一把尺子，也是检验作风的一面镜子。",
    )
    assert [p.caption for p in parsed.photos] == ["7月6日，石门乡种粮大户驾驶收割机抢收早稻。"]
    assert parsed.photos[0].credit_line == ""
    assert parsed.photos[0].article_position == 1
    story = parsed.articles[0]
    assert all("收割机抢收早稻" not in p for p in story.paragraphs)
    assert story.paragraphs[-1] == "（来源：桐溪报）"


def test_marked_caption_ending_a_writer_photographer_story_is_its_photo():
    parsed = parse(
        "湖畔观鸟人",
        "本报记者　卓　远　文/图",
        "　　" + TEXT,
        "　　他说，每年这个时候，湖边的候鸟最多，来拍照的人也最多，大家都很守规矩。",
        "▲ 11月3日清晨，观鸟爱好者在湖畔架起相机。",
    )
    assert [p.caption for p in parsed.photos] == ["11月3日清晨，观鸟爱好者在湖畔架起相机。"]
    assert len(parsed.articles) == 1


def test_marked_line_without_a_pictures_byline_stays_text():
    parsed = parse(
        "早稻开镰  丰收在望",
        "本报记者　邵　阳",
        "　　" + TEXT,
        CAPTION,
        "（来源：桐溪报）",
    )
    assert parsed.photos == ()
    assert CAPTION in parsed.articles[0].paragraphs


def test_marked_line_of_two_sentences_stays_text():
    two = "▲ 7月6日，种粮大户驾驶收割机抢收早稻。今年早稻亩产估计能有九百斤。"
    parsed = parse(
        "早稻开镰  丰收在望",
        "文/邵  阳  图/丁一鸣",
        "　　" + TEXT,
        two,
        "（来源：桐溪报）",
    )
    assert parsed.photos == ()
    assert two in parsed.articles[0].paragraphs
