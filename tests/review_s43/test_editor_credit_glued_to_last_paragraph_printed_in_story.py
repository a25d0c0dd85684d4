"""An editor's credit glued to the end of a story's last paragraph (``…经济前景。（责编：杨光、李芳）``,
``（责任编辑：林志明）``, ``（编辑：林志明）``), the way news sites and wire copy print it, stays in
the story's text.

Readers see ``（责编：杨光、李芳）`` as part of the story's last sentence on the public page; the
desk's staff lines do not list the editor. The same credit on its own line is set aside as a
staff line. INPUT.md, "Page furniture that is not a story": staff lines (``责编：…``,
``责任编辑：…``) are page metadata or noise, never story text.
"""

import pytest

from tests.parsing.helpers import parse

LAST = "分析师认为，市场忧虑美国经济前景。"


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("（责编：杨光、李芳）", "杨光"),
        ("（责任编辑：林志明）", "林志明"),
        ("(编辑：林志明)", "林志明"),
    ],
)
def test_editor_credit_at_the_end_of_the_text_is_not_story_text(credit, name):
    parsed = parse(
        "东京股市急挫",
        "",
        "新华社东京5月20日电 日经指数今天收盘大跌百分之三，创下半年来最大单日跌幅。",
        "",
        LAST + credit,
        "",
        "台北股市小幅回升",
        "",
        "新华社台北5月20日电 台股今天小幅回升，成交量持续萎缩。",
    )
    first = parsed.articles[0]
    assert first.paragraphs[-1] == LAST
    assert all(name not in a.text for a in parsed.articles)
    assert any(name in s.text for s in parsed.set_aside)
