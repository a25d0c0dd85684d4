"""An old paper's box of local briefs (``本埠琐闻``, ``本市零讯``, ``各地杂讯``) whose items print
their title before their text on one line after a triangle (``▲title　text``): the label is the
box's, each item a story titled by the words before the wide gap; a plain headline after the
box heads a story of its own, never a crosshead of the box's last brief (INPUT.md, "Headlines":
a one-line headline before a story that opens without a dateline is still a new story)."""

import pytest

from .helpers import parse


@pytest.mark.parametrize("label", ["本埠琐闻", "本市零讯", "各地杂讯"])
def test_each_run_in_item_is_a_story_and_the_headline_after_the_box_too(label):
    parsed = parse(
        label,
        "",
        "▲码头新设茶棚　江北码头近日新设茶棚一座，供脚夫歇息饮茶，每碗收铜元一枚。",
        "",
        "▲夜校招生　城南平民夜校定于下月开课，凡失学青年均可报名，不收学费。",
        "",
        "南洋米价连日回落",
        "",
        "暹罗、安南两地新米上市，运到本埠者日多，各米行批价每担较上周落五角有奇。",
    )
    assert [story.title_lines[-1].lstrip("▲") for story in parsed.articles] == [
        "码头新设茶棚",
        "夜校招生",
        "南洋米价连日回落",
    ]
    assert parsed.articles[1].paragraphs[0].startswith("城南平民夜校")
    assert label in [item.text for item in parsed.set_aside]
