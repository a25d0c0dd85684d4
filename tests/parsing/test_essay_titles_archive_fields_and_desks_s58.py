"""Kinds holdout16's misses showed (a theory weekly's essays, a digest mirrored by a web archive,
an evening paper's byline), on pages written for these tests:

- on a page that holds a narrow column, an essay set in long lines prints its title, its
  author (``□ 韩清远``) and its text each a block of its own: the title is the headline and the
  author the byline, not one paragraph glued together;
- a title as wide as the column over its author's name alone and the column's text (a page that
  indents nothing, after the essay before ended) is the headline over the byline;
- a Chinese numeral alone on a line (``一``) under a finished sentence and over the column's cut
  text is a section head, not the first word of the paragraph under it;
- an archive's ``专栏:`` field filled with the column's name, then the item's title repeated and
  ``作者：[德]…`` on the same line as the text: the field and the title are the record's, the
  author field is the byline (a foreign name with its middle dot credited);
- a unit's publicity desk signing as a correspondent (``通讯员 法宣``) credits no one.
"""

from __future__ import annotations

from articles.parsing import parse_names
from tests.parsing.helpers import decks, parse, reasons

ESSAYS = (
    "东湖理论",
    "2026年3月9日  星期一",
    "第3版  思想周刊",
    "",
    "在乡村振兴中发挥好基层党组织的带头作用",
    "",
    "□ 韩清远",
    "",
    "乡村振兴，关键在人，关键在基层党组织。近年来，各地在选优配强村党组织书记、整顿软弱涣散"
    "村党组织等方面下了不少功夫，农村基层党组织的组织力明显增强。",
    "",
    "一、选好带头人",
    "",
    "村看村，户看户，群众看干部。一个村发展得好不好，很大程度上取决于有没有一个好的带头人。"
    "要拓宽选人视野，从返乡创业人员、退役军人和大学毕业生中选拔村干部。",
    "",
    "（作者系南湖县委党校讲师）",
    "",
    "用改革的办法破解城市停车难题",
    "钱文博",
    "城市停车难是不少地方的共性问",
    "题，也是群众反映强烈的民生难",
    "题。破解这一难题，既要增加供",
    "给，也要管好需求，还要用好科",
    "技手段。",
    "一",
    "增加供给是基础。要利用边角地",
    "块建设立体停车库，鼓励机关和",
    "企事业单位的停车场在夜间向周",
    "边居民开放，做到错时共享。",
    "二",
    "管好需求是关键。要完善差别化",
    "的停车收费办法，中心城区收费",
    "高一些，外围地区收费低一些，",
    "引导市民多乘坐公共交通出行。",
    "（作者为北江市发展研究中心研究员）",
)


def test_a_title_and_its_author_each_a_block_of_their_own_are_headline_and_byline():
    first = parse(*ESSAYS).articles[0]
    assert first.headline == "在乡村振兴中发挥好基层党组织的带头作用"
    assert first.reporters == ("韩清远",)
    assert first.paragraphs[0].startswith("乡村振兴，关键在人")


def test_a_title_as_wide_as_the_column_over_its_author_is_the_headline():
    parsed = parse(*ESSAYS)
    assert decks(parsed)[1] == ("", "用改革的办法破解城市停车难题", "")
    assert parsed.articles[1].reporters == ("钱文博",)
    assert parsed.articles[1].paragraphs[0].startswith("城市停车难是不少地方的共性问题，")


def test_a_numeral_alone_under_a_finished_sentence_on_a_cut_page_is_a_section_head():
    essay = parse(*ESSAYS).articles[1]
    assert essay.crossheads == ("一", "二")
    assert essay.paragraphs[1].startswith("增加供给是基础。")


def test_an_archive_column_field_and_author_field_on_the_text_line_are_not_text():
    parsed = parse(
        "旧报资料库 > 报纸 > 外刊选读 > 2025年",
        "2025-11-20",
        "1. 北欧小镇的冬季集市",
        "第6版(域外见闻)专栏: 北欧小镇的冬季集市 【路透社奥斯陆11月19日电】挪威北部一座小镇19日"
        "开办冬季集市，吸引了周边几千名居民。 集市将持续到圣诞节前。",
        "2. 一位外国记者笔下的江南水乡",
        "第6版(他乡来客)专栏:他乡来客 一位外国记者笔下的江南水乡 作者：[法]让·杜邦 第一次来到"
        "江南水乡，是一个下着小雨的清晨。 船娘摇着橹，小船在石桥下慢慢穿过。",
    )
    assert [a.headline for a in parsed.articles] == [
        "北欧小镇的冬季集市",
        "一位外国记者笔下的江南水乡",
    ]
    essay = parsed.articles[1]
    assert essay.reporters == ("让·杜邦",)
    assert essay.paragraphs[0].startswith("第一次来到江南水乡")
    aside = reasons(parsed)
    assert aside["第6版(他乡来客)专栏:他乡来客"] == "archive-separator"
    assert aside["一位外国记者笔下的江南水乡"] == "repeated-title"


def test_a_publicity_desk_signing_as_correspondent_is_no_reporter():
    parsed = parse(
        "夜市摊点统一规范经营",
        "本报讯（记者 王海 通讯员 法宣）昨天起，城南夜市的摊点按统一划线经营，占道现象明显减少。",
    )
    assert parsed.articles[0].reporters == ("王海",)
    assert parse_names("通讯员 甬公宣") == ()
    assert parse_names("记者 文宣") == ("文宣",)  # (文 is a surname: a name)
