"""A headline in another script than the story it would stand in (INPUT.md, "Headlines": a
one-line headline before a story that opens without a dateline is still a new story).

On a bilingual page an English story may follow a Chinese one and a Chinese story an English
one, each under a one-line headline and often without a dateline. A crosshead is written in its
story's language: one line in letters inside a Chinese story over English text
(``Local Team Wins Title`` / ``The city's football team won…``), or a line of Han characters
after an English story's text over Chinese text (``菜价保持平稳`` / ``记者昨日走访…``), heads a
new story. An English story's own crosshead over more English text (``Night lights``) and a
Chinese story's crosshead in letters over more Chinese text (``Q&A``) stay crossheads. The
decision is flagged for an editor to check. Pure; looks at a few hundred characters.
"""

from __future__ import annotations

import re

from articles.parsing.results import Flag
from articles.parsing.units import Body, Heading
from articles.text import HAN

_HAN_RE = re.compile(f"[{HAN}]")
_LETTER_RE = re.compile("[A-Za-z]")
_LOOK = 400  # characters of a text read for its script
_LETTERS_A_HAN = 4  # a Han character weighs as much as this many letters (a word's worth)
_TITLE_WORDS = 2  # words in letters a headline in letters holds at least


def script(text: str) -> str:
    """``"han"`` or ``"latin"``: the script most of ``text``'s first :data:`_LOOK` characters
    are written in (a Han character counting as :data:`_LETTERS_A_HAN` letters: an English text
    naming 王芳 stays English, a Chinese one quoting ``APP`` Chinese); ``""`` when it holds
    neither."""
    look = text[:_LOOK]
    hans = len(_HAN_RE.findall(look))
    letters = len(_LETTER_RE.findall(look))
    if not hans and not letters:
        return ""
    return "han" if hans * _LETTERS_A_HAN >= letters else "latin"


def other_script_head(group: list[Heading], body: Body, paras: list) -> Flag | None:
    """A flag when the one heading line of ``group``, inside ``body`` over the paragraphs
    ``paras``, is written in another script than the story so far and in the same
    script as the text under it: a new story's headline (see the module docstring); None
    otherwise (then it may be a crosshead)."""
    lines = [line for heading in group for line in heading.lines]
    if len(lines) != 1 or not paras:
        return None
    line = lines[0].strip()
    head = script(line)
    if head == "latin" and len(line.split()) < _TITLE_WORDS:
        return None  # (a label in letters, ``Q&A``, ``DIY``: a Chinese story's own box)
    if not head or head != script(paras[0].text):
        return None
    story = script(_opening(body))
    if head == story or not story:
        return None
    written, before = ("英文", "中文") if head == "latin" else ("中文", "英文")
    return Flag(
        group[0].line,
        "heading-new-story",
        f"“{line}”按新稿件的标题处理：它是{written}，上面的稿件是{before}，下面的正文也是{written}；"
        "如果它是上一篇稿件的小标题，请把两篇合并。",
    )


def _opening(body: Body) -> str:
    """The first :data:`_LOOK` characters of ``body``'s paragraphs (the story so far): read up
    to there only, so that a story of many paragraphs costs no more."""
    pieces: list[str] = []
    size = 0
    for block in body.blocks:
        if block.kind == "paragraph":
            pieces.append(block.text[: _LOOK - size])
            size += len(pieces[-1])
            if size >= _LOOK:
                break
    return "".join(pieces)
