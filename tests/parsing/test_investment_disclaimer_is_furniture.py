"""A financial page's standing disclaimer at its foot (``本栏内容仅供参考，不构成投资建议。``,
``股市有风险，入市需谨慎``) is the page's furniture, set aside as ``disclaimer``: never the last
paragraph of the story above it, where it would hide that story's sign-off (``…（记者 X）``).
Near misses: a story's sentence quoting such words, and a single clause that may be a piece of
a sentence cut by the column, stay text. Invented paper and people."""

import pytest

from tests.parsing.helpers import parse, reasons

STORY = (
    "三只债券基金下调费率",
    "",
    "本报讯 三家基金公司昨日公告，旗下债券基金的管理费率下调至0.3%。（记者 简一舟）",
    "",
)


@pytest.mark.parametrize(
    "line",
    [
        "本栏内容仅供参考，不构成投资建议。",
        "本版文章及数据仅供参考，据此操作，风险自担。",
        "股市有风险，入市需谨慎",
    ],
)
def test_a_disclaimer_under_the_last_story_is_set_aside(line):
    parsed = parse(*STORY, line)
    [story] = parsed.articles
    assert story.paragraphs == (STORY[2],)
    assert story.reporters == ("简一舟",)
    assert reasons(parsed)[line] == "disclaimer"


def test_near_miss_a_sentence_quoting_the_words_stays_text():
    line = "分析人士提醒，上述观点仅供参考，投资者仍需关注利率变化。"
    parsed = parse(*STORY, line)
    assert parsed.articles[0].paragraphs[-1] == line


def test_near_miss_a_single_clause_cut_by_the_column_stays_text():
    parsed = parse(*STORY, "基金经理提醒，", "每一类资产都有风险", "，配置需要分散。")
    assert "每一类资产都有风险" not in reasons(parsed)
    assert "每一类资产都有风险" in parsed.articles[-1].paragraphs[-1]
