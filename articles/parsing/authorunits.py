"""The writer's unit printed in brackets after the name on an author's line
(``□ 田　野（蓝桥市电信局）``), as a trade or works paper prints a worker's poem or essay (INPUT.md, "Headlines": the author's
name on the next line is the byline): the unit is no name, the line still an author's. Pure."""

from __future__ import annotations

import re

from articles.text import fold

# The writer's unit in brackets after the name (folded: □ 田 野（蓝桥市电信局）), as a trade or
# works paper prints a worker's poem or essay: a unit by the last word of its name.
_UNIT_AFTER_NAME_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])\s*[（(][\u4e00-\u9fff]{1,14}"
    r"(?:局|厂|矿|公司|站|所|队|院|处|科|车间|学校|中学|小学|大学)[）)]$"
)


def without_unit_after_name(text: str) -> str:
    """``text`` (an author's line, as printed) without the writer's unit in brackets at its end
    (:data:`_UNIT_AFTER_NAME_RE`, read folded: ``□ 田　野（蓝桥市电信局）`` → ``□ 田　野``); as it
    is otherwise. Folding keeps every character's offset, so the printed text is cut there."""
    match = _UNIT_AFTER_NAME_RE.search(fold(text.rstrip()))
    return text.rstrip()[: match.start()] if match else text
