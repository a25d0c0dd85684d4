"""An e-paper's per-article meta line (发布时间：… 来源：… 作者：…) is the page's furniture whatever
its author field holds: one name, several names parted by spaces, or nothing; and its tool row
with a read-aloud button (【字体：大 中 小】 语音朗读 打印本页) is the story's chrome, so the headline
over them stays the story's (INPUT.md, "Encoding and layout": web-archive and e-paper dumps, meta
lines). Invented paper, people and events."""

import pytest

from articles.parsing.webfurniture import article_meta_line, story_chrome
from tests.parsing.helpers import decks, parse

TOOLS = "【字体：大 中 小】  语音朗读  打印本页  关闭窗口"
NAV = (
    "西江渔业周刊数字报",
    "首页 | 往期回顾 | 版面导航 | 返回目录",
    "上一版  下一版",
    "01版:要闻 02版:综合 03版:市场",
    "第01版：要闻",
    "2019年05月10日 星期五",
    "",
)


def meta(author: str) -> str:
    return f"发布时间：2019-05-10 08:30:15  来源：西江渔业周刊  作者：{author}"


@pytest.mark.parametrize("author", ["柯远 林小禾", "柯远  林小禾 祁山", "", "柯 远 林小禾", "柯远"])
def test_meta_line_with_any_author_field_is_furniture(author):
    assert article_meta_line(meta(author))
    assert story_chrome(meta(author))


@pytest.mark.parametrize(
    "line",
    [
        "作者：柯远 林小禾",  # a field alone, as a story may print it
        "发布日期：2019年5月10日",  # a day alone: a printed notice may end so
        "发布时间：2019-05-10 08:30  来源：本站 今天上午全县渔船陆续出海 开始了新一季捕捞",
    ],
)
def test_lines_that_are_not_meta_lines(line):
    assert not article_meta_line(line)


def test_tool_row_with_read_aloud_button_is_story_chrome():
    assert story_chrome(TOOLS)
    assert not story_chrome("语音朗读成为老年读者的好帮手。")


@pytest.mark.parametrize("authors", ["柯远 林小禾", "", "柯远 林小禾 祁山"])
def test_lead_under_meta_line_keeps_headline_dateline_and_reporters(authors):
    parsed = parse(
        *NAV,
        "春季休渔期今起开始",
        "——全市三百余艘渔船回港停泊",
        meta(authors),
        TOOLS,
        "&nbsp;&nbsp;&nbsp;&nbsp;本报讯（记者 柯 远 通讯员 林小禾）5月9日起，西江干流进入为期三个月的"
        "春季休渔期，全市三百余艘渔船已陆续回港停泊。<br>",
        "&nbsp;&nbsp;&nbsp;&nbsp;渔政部门表示，休渔期间将加强巡查，严禁违规捕捞。<br>",
        "",
        "渔民转产培训班开班",
        meta(""),
        TOOLS,
        "文/本报记者 祁 山<br>",
        "&nbsp;&nbsp;&nbsp;&nbsp;5月8日，县渔业局举办的渔民转产技能培训班开班，六十名渔民参加。<br>",
        "",
        "【打印本页】 【关闭窗口】",
    )
    assert decks(parsed) == [
        ("", "春季休渔期今起开始", "——全市三百余艘渔船回港停泊"),
        ("", "渔民转产培训班开班", ""),
    ]
    lead, second = parsed.articles
    assert lead.dateline == "本报讯"
    assert lead.reporters == ("柯远", "林小禾")
    assert second.reporters == ("祁山",)
    text = " ".join(b.text for a in parsed.articles for b in a.blocks)
    assert "发布时间" not in text and "语音朗读" not in text


@pytest.mark.parametrize("authors", ["", "柯远 林小禾", "柯远"])
@pytest.mark.parametrize(
    ("byline", "reporters"),
    [
        ("文/本报记者 祁 山", ("祁山",)),
        ("文/记者 柯 远 通讯员 林小禾", ("柯远", "林小禾")),
        ("本报讯（通讯员 林小禾 记者 柯 远）", ("林小禾", "柯远")),
    ],
)
def test_later_story_under_meta_line_keeps_its_byline(authors, byline, reporters):
    lead = "本报讯（记者 祁 山）5月8日，县渔业局举办的渔民转产技能培训班开班，六十名渔民参加。<br>"
    opening = "5月9日起，西江干流进入春季休渔期，全市三百余艘渔船已陆续回港停泊。<br>"
    body = (f"{byline}{opening}",) if byline.startswith("本报讯") else (f"{byline}<br>", opening)
    parsed = parse(
        *NAV,
        "渔民转产培训班开班",
        meta("祁山"),
        TOOLS,
        lead,
        "",
        "春季休渔期今起开始",
        meta(authors),
        TOOLS,
        *body,
    )
    assert decks(parsed) == [("", "渔民转产培训班开班", ""), ("", "春季休渔期今起开始", "")]
    assert parsed.articles[1].reporters == reporters
