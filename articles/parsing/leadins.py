"""Lead-in lines of a story's text that look like a kicker: short, no sentence punctuation,
ending with a colon (INPUT.md, "Headlines": lead-in lines ending in ``——`` or ``如下：`` are not
new articles). Used by :class:`~articles.parsing.reader.Reader` when it tells heading lines.
"""

from __future__ import annotations

import re

from articles.parsing.patterns import LEAD_IN_RE, is_heading_like

# A lead-in that introduces a quote or the paragraph after it by a verb of saying (他说：,
# 会议强调：, 张明告诉记者：): text when text follows it (:func:`speech_lead_in`).
_SPEECH_LEAD_IN_RE = re.compile(
    r"(?:说道?|表示|指出|强调|要求|提出|认为|呼吁|宣布|透露|声称|称|介绍|坦言|直言|提醒|建议|"
    r"回忆|解释|补充|感慨|写道|谈到|问道|答道|重申|证实|承认|说明|提到|告诉[^：:，,。]{0,8})"
    r"\s*[:：]$"
)


def speech_lead_in(folded: str, following: str | None) -> bool:
    """True when ``folded`` (a folded line, :func:`~articles.text.fold`) ends with a verb of
    saying and a colon (``他说：``, ``新区管委会主任说：``, ``会议强调：``, ``张明告诉记者：``) and
    the next line ``following`` (stripped; None when there is none) is text, not a title line:
    a lead-in to the quote or paragraph under it, so a line of its story, not a new story's
    kicker (INPUT.md, "Headlines": lead-in lines are not new articles). Over a title line
    (``专家提醒：`` / ``夏季游泳注意安全``) the same line may be a kicker and is left to the deck."""
    if not folded.endswith(("：", ":")) or following is None:
        return False
    return _SPEECH_LEAD_IN_RE.search(folded[-12:]) is not None and not is_heading_like(following)


def lead_in_line(folded: str, lines: list[str], number: int) -> bool:
    """True when ``folded`` (line ``number``, 1-based, of ``lines``, folded) is a lead-in line
    of text: one that announces what follows (``声明如下：``, ``LEAD_IN_RE``) or a
    :func:`speech_lead_in` over text (the next non-blank line of the next 50)."""
    if LEAD_IN_RE.search(folded):
        return True
    if not folded.endswith(("：", ":")):
        return False
    following = next((raw.strip() for raw in lines[number : number + 50] if raw.strip()), None)
    return speech_lead_in(folded, following)
