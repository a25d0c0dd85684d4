"""Where to send contributions (``来稿请寄：…``) is a page's furniture at the foot of a literary
page, but the text of a notice that itself asks for them (征文启事, 征稿通知): readers need the
address. Texts written for these tests."""

from articles.parsing import parse_page

NOTICE = (
    "本报举办“我家这十年”征文启事\n\n"
    "为庆祝建市四十周年，本报即日起举办“我家这十年”征文活动，欢迎广大读者踊跃投稿。\n\n"
    "来稿请寄：岚川日报社文艺部（岚川市人民路12号），邮编321000。\n\n"
    "截稿日期为今年9月30日。\n"
)


def test_a_call_for_entries_keeps_where_to_send_them_as_its_text():
    parsed = parse_page(NOTICE)
    (notice,) = parsed.articles
    assert "来稿请寄：岚川日报社文艺部（岚川市人民路12号），邮编321000。" in notice.paragraphs
    assert not parsed.set_aside


def test_the_same_line_under_an_essay_is_the_pages():
    essay = (
        "老街的槐树\n\n"
        "小时候，老街口有一棵槐树，夏天开满白花，整条街都是香的。\n\n"
        "（作者系岚川市退休教师）\n\n"
        "来稿请寄：岚川日报社副刊部\n"
    )
    parsed = parse_page(essay)
    assert [s.text for s in parsed.set_aside] == ["来稿请寄：岚川日报社副刊部"]
