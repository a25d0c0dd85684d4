"""A picture printed as its title and its credit in brackets on one line, alone in its block
(``坤伶小桂芬近影（寶華照相館攝）``, ``江上琴聲之一幕（華影公司贈）``, ``龍舟競渡時之江岸（伯衡寄）``), as
a 1920s tabloid captions a portrait or a film still: no sentence, only what the picture shows,
then who took, gave or sent it.

INPUT.md ("Bylines, datelines, credits"): a credit may stand at the end of the caption itself
(``（林嘉文攝）``). A caption that is a sentence is :meth:`~articles.parsing.pictures.
PicturesMixin._caption_with_credit`'s; a title without punctuation ending so is read here, and
only alone in its block (a blank line or the page's edge above and under it): a headline has its
story's text under it.
"""

from __future__ import annotations

import re

from articles.text import fold

# The title (folded): 2–24 characters, no punctuation, no bracket, no space; then the credit in
# brackets, who and what they did: took it (摄), gave it (赠), sent it (寄), supplied it (供).
_TITLED_PICTURE_RE = re.compile(
    r"^[^\s。！？!?，,、；;：:（）()“”\"]{2,24}(?P<credit>[（(][^（）()\s]{1,12}?[摄赠寄供][）)])$"
)


def picture_alone(lines: list[str], number: int, text: str) -> int:
    """Where the credit starts in ``text`` (line ``number`` of ``lines``, 1-based, stripped)
    when the line is a picture's title and its bracketed credit alone in its block
    (:data:`_TITLED_PICTURE_RE`); 0 otherwise. Constant time."""
    if len(text) > 40:
        return 0
    match = _TITLED_PICTURE_RE.match(fold(text))
    if match is None:
        return 0
    above = lines[number - 2].strip() if number >= 2 else ""
    below = lines[number].strip() if number < len(lines) else ""
    return 0 if above or below else match.start("credit")
