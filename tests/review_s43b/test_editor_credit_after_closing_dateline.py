"""An editor's credit glued after a story's closing dateline
(``…参赛。（新华社北京5月20日电）（责编：王芳）``) stays in the story's text; on a line of its own
the credit takes the closing dateline with it into the staff set-aside.

Rule: stafflines.py ``_GLUED_STAFF_RE`` / ``cut_staff_credit`` (today's "（责编：…） glued to the
last paragraph set aside as staff") only cuts after 。！？…” — not after the ``）`` that closes an
end-of-story dateline, where wire copy prints it. INPUT.md "Bylines, datelines, credits": an
end dateline ``（新华社北京5月20日电）`` belongs to the story; "Page furniture": ``责编：…`` is
page metadata, never the story's text.
"""

from tests.parsing.helpers import parse, reasons


def test_staff_credit_glued_after_closing_dateline():
    parsed = parse(
        "龙舟赛开幕",
        "昨天，全市首届龙舟赛在城东举行，二十支队伍参赛。（新华社北京5月20日电）（责编：王芳）",
    )
    [article] = parsed.articles
    text = "".join(block.text for block in article.blocks)
    assert "责编" not in text
    assert article.dateline == "新华社北京5月20日电"
    assert reasons(parsed).get("（责编：王芳）") == "staff"


def test_closing_dateline_with_staff_credit_on_its_own_line():
    parsed = parse(
        "龙舟赛开幕",
        "昨天，全市首届龙舟赛在城东举行，二十支队伍参赛。",
        "（新华社北京5月20日电）（责编：王芳）",
    )
    [article] = parsed.articles
    assert article.dateline == "新华社北京5月20日电"
    assert "（新华社北京5月20日电）（责编：王芳）" not in reasons(parsed)
