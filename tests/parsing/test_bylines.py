"""Datelines, bylines, end-of-story lines and photo credits."""

import pytest

from .helpers import only_article, parse

BODY = "会议指出，要坚持稳中求进。各地要抓好落实。"


@pytest.mark.parametrize(
    ("first", "dateline", "reporters"),
    [
        ("本报讯（记者朱文君 卢兆欣）", "本报讯", ("朱文君", "卢兆欣")),
        ("本报讯（记者金帅）", "本报讯", ("金帅",)),
        ("本报北京4月29日电  （记者彭波）", "本报北京4月29日电", ("彭波",)),
        ("新华社重庆4月29日电　", "新华社重庆4月29日电", ()),
        ("新华社北京4月29日电（记者江时强 王小明）", "新华社北京4月29日电", ("江时强", "王小明")),
        ("【新华社北京七日消息】", "新华社北京七日消息", ()),
        ("【本报讯】", "本报讯", ()),
        ("本报讯 记者 王小明 通讯员 李大力 ", "本报讯", ("王小明", "李大力")),
        ("本报讯（通讯员 李大力 记者 王小明）", "本报讯", ("李大力", "王小明")),
    ],
)
def test_dateline_and_reporters_at_the_start_of_the_first_paragraph(first, dateline, reporters):
    article = only_article("会议召开", "", first + BODY)
    assert article.dateline == dateline
    assert article.reporters == reporters
    assert article.paragraphs == (first + BODY,), "the dateline stays in the printed text"


def test_byline_on_its_own_line_with_spaced_out_name():
    article = only_article("专访", "", "本报记者  彭  波", "", BODY)
    assert article.reporters == ("彭波",)
    assert article.byline_lines == ("本报记者  彭  波",)
    assert article.paragraphs == (BODY,)


def test_byline_with_full_width_spaces_inside_the_name():
    article = only_article("专访", "本报记者　彭　波", BODY)
    assert article.reporters == ("彭波",)


def test_agency_reporter_byline_on_its_own_line():
    article = only_article("村庄新貌", "新华社记者 江时强", BODY)
    assert article.reporters == ("江时强",)
    assert article.title_lines == ("村庄新貌",)


def test_reporter_and_correspondent_on_one_byline_line():
    article = only_article("农村新变化", "", "记者 王小明 通讯员 李大力", "", BODY)
    assert article.reporters == ("王小明", "李大力")


def test_byline_line_starts_a_new_story_after_a_finished_one():
    parsed = parse(
        "第一篇", "", BODY, "", "第二篇", "", "新华社记者 江时强", "", "村民们很高兴。收入增加了。"
    )
    assert [a.title_lines for a in parsed.articles] == [("第一篇",), ("第二篇",)]
    assert parsed.articles[1].reporters == ("江时强",)


def test_bracketed_end_dateline_belongs_to_the_story_before():
    parsed = parse(
        "中美经贸磋商取得进展",
        "",
        BODY,
        "（新华社北京5月20日电）",
        "",
        "第二篇标题",
        "",
        "另一篇的正文。完。",
    )
    first, second = parsed.articles
    assert first.dateline == "新华社北京5月20日电"
    assert "（新华社北京5月20日电）" in first.paragraphs
    assert second.title_lines == ("第二篇标题",)
    assert second.dateline == ""


def test_bare_end_dateline_on_its_own_line_belongs_to_the_story_before():
    parsed = parse(
        "第一篇标题", "", BODY, "新华社北京4月29日电", "", "第二篇标题", "", "另一篇的正文。完。"
    )
    first, second = parsed.articles
    assert first.dateline == "新华社北京4月29日电"
    assert first.paragraphs[-1] == "新华社北京4月29日电"
    assert second.title_lines == ("第二篇标题",)
    assert "新华社北京4月29日电" not in second.paragraphs


def test_bare_dateline_on_its_own_line_under_a_headline_opens_that_story():
    parsed = parse("重庆推进改革", "", "新华社重庆4月29日电", "", "重庆市今年推进改革。成效明显。")
    article = parsed.articles[0]
    assert len(parsed.articles) == 1
    assert article.title_lines == ("重庆推进改革",)
    assert article.dateline == "新华社重庆4月29日电"
    assert article.paragraphs == ("新华社重庆4月29日电", "重庆市今年推进改革。成效明显。")


@pytest.mark.parametrize(
    "note", ["（作者系南京大学教授）", "（作者为本报评论员）", "(作者系某研究院研究员)"]
)
def test_author_note_belongs_to_the_story_before_not_the_headline_after(note):
    parsed = parse(
        "论基层治理", "", BODY, "", note, "", "再论基层治理", "", "基层治理需要久久为功。完。"
    )
    first, second = parsed.articles
    assert first.paragraphs[-1] == note
    assert first.dateline == ""
    assert second.title_lines == ("再论基层治理",)
    assert second.paragraphs == ("基层治理需要久久为功。完。",)


def test_pen_name_on_its_own_line_signs_the_story_before():
    parsed = parse(
        "再论基层治理", "", BODY, "任仲平", "", "第五篇标题", "", "这是第五篇的内容。很好。"
    )
    first, second = parsed.articles
    assert first.reporters == ("任仲平",)
    assert first.byline_lines == ("任仲平",)
    assert second.title_lines == ("第五篇标题",)
    assert second.reporters == ()


def test_pen_name_at_the_end_of_the_page():
    article = only_article("再论基层治理", "", BODY, "", "石平")
    assert article.reporters == ("石平",)


def test_short_headline_before_a_dateline_is_a_headline_not_a_pen_name():
    parsed = parse(
        "第一篇", "", BODY, "", "旧闻一则", "", "【本报讯】昨天市里召开大会。会议很成功。"
    )
    assert parsed.articles[1].title_lines == ("旧闻一则",)
    assert parsed.articles[0].reporters == ()


def test_short_headline_that_starts_like_a_surname_is_not_a_pen_name():
    parsed = parse(
        "第一篇", "", BODY, "", "高考季", "", "考生们进入考场", "", "今天高考开始。考生很多。"
    )
    assert parsed.articles[0].reporters == ()
    assert parsed.articles[1].title_lines == ("高考季", "考生们进入考场")


def test_reporter_byline_after_the_last_paragraph_signs_that_story():
    parsed = parse("第一篇", "", BODY, "记者 王小明", "", "第二篇", "", "第二篇的内容。完。")
    first, second = parsed.articles
    assert first.reporters == ("王小明",)
    assert second.title_lines == ("第二篇",)
    assert second.reporters == ()


# Photo credits ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("credit", "photographers"),
    [
        ("记者 许丛军摄", ("许丛军",)),
        ("本报记者 徐建中摄", ("徐建中",)),
        ("新华社记者 孙连生摄", ("孙连生",)),
        ("新华社发", ()),
        ("记者 许丛军 摄", ("许丛军",)),
        ("（记者 许丛军 摄）", ("许丛军",)),
        ("本报记者 徐建中、许丛军摄", ("徐建中", "许丛军")),
        ("記者 許叢軍攝", ("許叢軍",)),
    ],
)
def test_photo_credit_takes_the_paragraph_before_as_caption(credit, photographers):
    caption = "昨晚，观众在国际大马戏剧场观看“精灵马戏秀”。"
    parsed = parse(caption, "", credit)
    assert parsed.articles == ()
    (photo,) = parsed.photos
    assert (photo.caption, photo.credit_line, photo.photographers) == (
        caption,
        credit,
        photographers,
    )


def test_photo_credit_glued_to_the_end_of_its_caption():
    parsed = parse("市民在广场上跳舞。记者 许丛军摄")
    (photo,) = parsed.photos
    assert photo.caption == "市民在广场上跳舞。"
    assert photo.photographers == ("许丛军",)


def test_photo_between_stories_does_not_take_story_text():
    parsed = parse(
        "第一篇",
        "",
        "本报讯（记者金帅）" + BODY,
        "",
        "航天员出舱。",
        "",
        "新华社记者 孙连生摄",
        "",
        "第二篇",
        "",
        "本报讯（记者彭波）第二篇的内容。完。",
    )
    assert [a.title_lines for a in parsed.articles] == [("第一篇",), ("第二篇",)]
    assert parsed.articles[0].paragraphs == ("本报讯（记者金帅）" + BODY,)
    assert parsed.photos[0].caption == "航天员出舱。"
