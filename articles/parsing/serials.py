"""A serial's deck: its label, its title and the instalment's number (``长篇连载`` / ``运河人家`` /
``（四十二）``).

A paper prints each day's instalment of a serialised novel or memoir under the serial's label
(``长篇连载``, ``小说连载``), its title, and the instalment's number in brackets on a line of its
own (``（四十二）``, ``（之三）``, ``（下）``). The label names the kind of piece the story is, as
a column's name does: the kicker. The number belongs to the title it is printed under: the
subheadline, never a headline of its own nor words of the title (INPUT.md, "Headlines": kicker,
headline, subheadline). A title with its number on the same line (``运河人家（四十二）``) is left
as printed.
"""

from __future__ import annotations

import re

from articles.text import fold

# A serial's label alone on its line (folded: 連載 is 连载): 连载, 长篇连载, 长篇小说连载, 纪实连载,
# 连载小说; a box mark may open it (■连载).
_LABEL_RE = re.compile(
    r"^[■□●◆▲◎]?\s*(?:(?:长篇|中篇|短篇)?(?:小说|纪实文学|报告文学|纪实|故事|评书|传记)?连载"
    r"|连载(?:小说|故事|纪实)|(?:长篇|中篇)小说)$"  # (長篇小說: a 1920s tabloid's serial)
)
# A chapter's head opening an instalment of a serial novel, its couplet after it or not
# (folded): 第十三回　渡口燈昏逢故友　樽前酒冷話前塵, 第五章.
CHAPTER_HEAD_RE = re.compile(r"^第[零〇一二三四五六七八九十百\d]{1,4}[回章](?:[ \u3000]|$)")
# An instalment's number alone on its line: （四十二）, (42), （之三）, （续一）, （第十二回）, （下）.
_NUMBER_RE = re.compile(
    r"^[（(]\s*(?:(?:之|续|第)?[0-9０-９零〇一二两三四五六七八九十百]{1,6}[回章节集]?|[上中下])\s*[）)]$"
)


def serial_parts(deck: list[list[str]]) -> tuple[str, list[list[str]], str]:
    """``deck`` (heading blocks in print order) as (the serial's label, the deck without the
    label and the instalment's number, the number): the label when the deck's first line is
    one and more lines follow, the number when its last line is one and a title stands above
    it; ``""`` for a part not printed. The deck itself is not changed."""
    lines = [line for block in deck for line in block]
    if len(lines) < 2:
        return "", deck, ""
    label = lines[0].strip() if _LABEL_RE.match(fold(lines[0].strip())) else ""
    number = lines[-1].strip() if _NUMBER_RE.match(fold(lines[-1].strip())) else ""
    if label and number and len(lines) < 3:
        number = ""  # (a label over a number: no title between; the number is the headline)
    if not (label or number):
        return "", deck, ""
    rest = [list(block) for block in deck]
    if label:
        rest[0].pop(0)
    if number:
        rest[-1].pop()
    return label, [block for block in rest if block], number
