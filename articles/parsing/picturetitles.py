"""A picture printed as its title and its credit in brackets on one line, alone in its block
(``坤伶小桂芬近影（寶華照相館攝）``, ``江上琴聲之一幕（華影公司贈）``, ``龍舟競渡時之江岸（伯衡寄）``), as
a 1920s tabloid captions a portrait or a film still: no sentence, only what the picture shows,
then who took, gave or sent it.

INPUT.md ("Bylines, datelines, credits"): a credit may stand at the end of the caption itself
(``（林嘉文攝）``). A caption that is a sentence is :meth:`~articles.parsing.pictures.
PicturesMixin._caption_with_credit`'s; a title without punctuation ending so is read here, and
only alone in its block (a blank line or the page's edge above and under it) or closing its
block under a finished sentence: a headline has its story's text under it.
"""

from __future__ import annotations

import re

from articles.parsing.patterns import ends_sentence
from articles.text import fold

# The title (folded): 2–24 characters, no punctuation, no bracket, no space; then the credit in
# brackets, who and what they did: took it (摄), gave it (赠), sent it (寄), supplied it (供).
_TITLED_PICTURE_RE = re.compile(
    r"^[^\s。！？!?，,、；;：:（）()“”\"]{2,24}(?P<credit>[（(][^（）()\s]{1,12}?[摄赠寄供][）)])$"
)

_CREDIT_ENDS = (
    "发發摄攝供图圖"  # a credit's own end (新华社发（韩斌摄）: a credit, then who took it)
)


def _text_line(line: str, title: str) -> bool:
    """``line`` is a story's text: it ends a sentence, or is longer than the picture's title
    under it and holds a clause's mark (a 1909 paper's paragraph, 、 its only punctuation)."""
    return ends_sentence(line) or (len(line) > 2 * len(title) and any(m in line for m in "、，,"))


def picture_alone(lines: list[str], number: int, text: str) -> int:
    """Where the credit starts in ``text`` (line ``number`` of ``lines``, 1-based, stripped)
    when the line is a picture's title and its bracketed credit alone in its block
    (:data:`_TITLED_PICTURE_RE`), or its block's last line under a story's text (a 1909 paper
    prints the picture right under the text it shows: :func:`_text_line`), no credit before the bracket
    (``新华社发（韩斌摄）`` under a caption is that caption's credit); 0 otherwise. Constant time."""
    if len(text) > 40:
        return 0
    match = _TITLED_PICTURE_RE.match(fold(text))
    if match is None:
        return 0
    above = lines[number - 2].strip() if number >= 2 else ""
    below = lines[number].strip() if number < len(lines) else ""
    title = text[: match.start("credit")]
    if below or (above and not (_text_line(above, title) and title[-1] not in _CREDIT_ENDS)):
        return 0  # (its block's last line, under a blank line or a story's text)
    return match.start("credit")
