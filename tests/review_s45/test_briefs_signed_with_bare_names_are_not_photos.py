"""Bulleted briefs (``●``, ``■``) each signed at the end with its writer's bare name in brackets
(``…开放至九点。（赵敏）``) are read as photo captions with the writer as photographer: the briefs
are lost as text and the page gets photos that do not exist.

A bracketed name without 摄/图 after a news item is the writer's signature (INPUT.md, "Bylines,
datelines, credits": a photo credit says 摄 or names a picture). The same briefs signed
``（记者 周涛）`` already stay text (tests/parsing/test_bulleted_briefs_signed_by_writers.py).
Invented places and people.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(("mark", "head_on_own_line"), [("●", False), ("■", False), ("■", True)])
def test_briefs_signed_with_bare_names_are_not_photos(mark, head_on_own_line):
    items = [
        ("岚城图书馆延长开放时间", "即日起，岚城图书馆每晚开放至九点。（赵敏）"),
        ("城东新开一条公交线", "城东公交二十八路昨日开通，线路全长十二公里。（周涛）"),
        ("岚江湿地公园扩建", "湿地公园扩建工程近日启动，新增面积五十公顷。（何静）"),
    ]
    lines = ["简讯", ""]
    for head, text in items:
        lines += [f"{mark}{head}", text, ""] if head_on_own_line else [f"{mark}{head} {text}", ""]
    parsed = parse(*lines)
    assert parsed.photos == ()
    text = "\n".join(a.text for a in parsed.articles)
    for _head, body in items:
        assert (
            body.removesuffix("（赵敏）").removesuffix("（周涛）").removesuffix("（何静）") in text
        )
