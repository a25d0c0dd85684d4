"""An old paper typed from microfilm (INPUT.md, "Encoding and layout": OCR and typed text of old
pages, traditional characters; "Bylines": pen names belong to the story before them): items of
one paragraph each under a title set tight over its text, a blank line between items, ``、``
the only punctuation, a commentary signed with a pen name glued to its end."""

from tests.parsing.helpers import parse

OLD_PAGE = (
    "電報",
    "糧價會議定期舉行",
    "漢口電　糧商公會連日會議糧價、議定每石不得逾洋六元、俟督署核准後即行公布（初五日午刻到）",
    "輪船公司添開航線",
    "九江電　九江輪船公司昨日議決添開九江至湖口航線、每日往返各一次、以便行旅（初五日申刻到）",
    "",
    "評論",
    "論修路宜先自城內始",
    "修路之議起已二年矣、而城內街道、泥濘如故、推原其故、則經費未籌、工程無人督率、"
    "今縣署既有此議、吾人甚望其先自城內大街修起也（老圃）",
    "",
    "學堂添設夜班",
    "本城高等小學堂以近來求學者日多、特添設夜班一所、專收商店學徒、學費概免、已於初三日開課、未知成效如何",
    "",
    "本館告白",
    "本館自下月朔日起改為每日出版兩大張、報費照舊不加、閱報諸君鑒之",
    "",
    "同春藥房　止咳丸　每瓶洋五角　北門大街",
)


def test_a_title_tight_over_one_paragraph_after_a_signed_commentary_is_a_new_item():
    parsed = parse(*OLD_PAGE)
    assert [a.headline for a in parsed.articles] == [
        "糧價會議定期舉行",
        "輪船公司添開航線",
        "論修路宜先自城內始",
        "學堂添設夜班",
    ]


def test_a_pen_name_glued_to_an_unpunctuated_commentary_signs_it_an_arrival_time_does_not():
    parsed = parse(*OLD_PAGE)
    assert [a.reporters for a in parsed.articles] == [(), (), ("老圃",), ()]
