"""A prompt to scan a QR code that names what the code shows at its end (``扫码看旧城改造效果图``,
``扫码看船工号子演唱视频``, ``扫码进入本报“中考招生”专题``) is furniture between stories, never the
kicker of the story printed under it; a headline whose verb follows 扫码 (``扫码看病…``) stays a
headline (INPUT.md, "Page furniture that is not a story")."""

import pytest

from tests.parsing.helpers import decks, parse, reasons


def page_with(line: str):
    return parse(
        "东湖隧道全线贯通",
        "",
        "本报讯（记者 叶沛）东湖隧道昨天全线贯通，预计今年国庆节前通车。",
        "",
        line,
        "",
        "早餐车开进城南社区",
        "",
        "本报讯（记者 方禾）首批二十辆早餐车昨天开进城南十个社区，每份早餐不超过五元。",
    )


@pytest.mark.parametrize(
    "prompt",
    ["扫码看东湖隧道效果图", "扫码看船工号子演唱视频", "扫码进入本报“中考招生”专题"],
)
def test_prompt_naming_what_it_shows_is_set_aside(prompt):
    parsed = page_with(prompt)
    assert decks(parsed) == [
        ("", "东湖隧道全线贯通", ""),
        ("", "早餐车开进城南社区", ""),
    ]
    assert prompt in reasons(parsed)


def test_headline_with_scan_verb_is_not_a_prompt():
    parsed = page_with("扫码看病不用再排长队")
    assert "扫码看病不用再排长队" not in reasons(parsed)
    assert any("扫码看病不用再排长队" in a.title_lines for a in parsed.articles)
