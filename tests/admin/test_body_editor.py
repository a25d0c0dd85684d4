"""The body editor: paragraphs separated by blank lines, ``## `` crossheads, round trip exact."""

from hypothesis import given
from hypothesis import strategies as st

from articles.forms import (
    BODY_HELP,
    BlocksField,
    TitleLinesField,
    blocks_from_text,
    text_from_blocks,
)


def test_paragraphs_and_crossheads():
    text = "第一段第一行\n第一段第二行\n\n## 小标题\n第二段\n\n\n第三段 with English\nwords"
    assert blocks_from_text(text) == [
        {"kind": "paragraph", "text": "第一段第一行第一段第二行"},
        {"kind": "crosshead", "text": "小标题"},
        {"kind": "paragraph", "text": "第二段"},
        {"kind": "paragraph", "text": "第三段 with English words"},
    ]


def test_a_paragraph_starting_with_hashes_is_escaped():
    blocks = [
        {"kind": "paragraph", "text": "## 不是小标题"},
        {"kind": "paragraph", "text": "\\反斜杠"},
    ]
    text = text_from_blocks(blocks)
    assert text == "\\## 不是小标题\n\n\\\\反斜杠"
    assert blocks_from_text(text) == blocks


def test_windows_line_ends_and_blank_crossheads():
    assert blocks_from_text("甲\r\n\r\n## \r\n乙") == [
        {"kind": "paragraph", "text": "甲"},
        {"kind": "paragraph", "text": "乙"},
    ]


def test_the_convention_is_documented_on_the_form():
    field = BlocksField()
    assert field.help_text == BODY_HELP
    assert "空一行" in BODY_HELP and "## " in BODY_HELP and "\\## " in BODY_HELP


def test_the_field_converts_both_ways_and_knows_when_nothing_changed():
    field = BlocksField()
    blocks = [{"kind": "crosshead", "text": "标题"}, {"kind": "paragraph", "text": "正文。"}]
    shown = field.prepare_value(blocks)
    assert shown == "## 标题\n\n正文。"
    assert field.clean(shown) == blocks
    assert not field.has_changed(blocks, shown)
    assert field.has_changed(blocks, shown + "\n\n新段落。")


def test_title_lines_one_per_line():
    field = TitleLinesField()
    assert field.prepare_value(["引题", "主题"]) == "引题\n主题"
    assert field.clean(" 引题 \n\n主题\n") == ["引题", "主题"]


_line = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
        min_size=1,
        max_size=30,
    )
    .map(str.strip)
    .filter(bool)
)


@given(
    st.lists(
        st.tuples(st.sampled_from(["paragraph", "crosshead"]), _line).map(
            lambda kt: {"kind": kt[0], "text": kt[1]}
        ),
        max_size=8,
    )
)
def test_round_trip_is_exact(blocks):
    # Printed text has no line breaks inside a block, and crossheads never start with a space.
    assert blocks_from_text(text_from_blocks(blocks)) == blocks
