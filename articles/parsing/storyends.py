"""Where a story without a dateline ends at its credit (see :mod:`articles.parsing.bodies`).

INPUT.md ("Bylines"): a byline sometimes stands at the END of a story, glued in brackets to its
last paragraph (``…送餐上门服务。（记者 赵敏 通讯员 钱立）``); INPUT.md ("Headlines"): a one-line
headline before a story that opens without a dateline is a new story. A page of short stories
printed that way (headline / text signed at its end / headline / text signed at its end) would
otherwise read as one story with crossheads. A credit closing a paragraph is weak evidence on
its own: a story that opens with a dateline (本报讯, 电头) or a byline line signs itself at its
start, so a credit inside it signs one section (a roundup signed section by section, a quote's
speaker), and a heading by form (numbered, a question with or without ？, a box label) is a
section head. So the split is made only when every piece of evidence agrees (see
:func:`credit_split`), and it is flagged: too many stories is as wrong as too few.
"""

from __future__ import annotations

import re

from articles.parsing.crossheads import crosshead_like
from articles.parsing.datelines import dateline_match
from articles.parsing.names import names_only
from articles.parsing.patterns import APPENDIX_HEAD_RE, ROLE_WORD_RE
from articles.parsing.reader import Heading, Para
from articles.parsing.results import Flag
from articles.parsing.signoffs import _END_SIGN_OFF_RE
from articles.parsing.units import Body
from articles.text import fold

_CREDIT_TAIL = 30  # characters: where a story-end credit is looked for, as bylines does
_BOX_MARKS = "■□●◆▲★☆◇△"  # marks a box's label may open with (■相关链接)
_LABEL_END_RE = re.compile(r"[：:]")  # a box label run on with its title (链接：什么是…)
# A question asked without its question mark (怎样申请补贴, 服务站怎么找, 补贴知多少): a section
# head of a service story, never taken for the next story's headline.
_QUESTION_RE = re.compile(r"怎样|怎么|哪些|哪里|哪儿|如何|为什么|为何|知多少|多少|什么|谁|吗|呢")
_BRACKETED_RE = re.compile(r"^[【〔\[].*[】〕\]]$")  # 【案情】: a section head by its brackets


def end_credit(text: str, role: bool = True) -> bool:
    """True when the paragraph ``text`` closes with a credit glued in brackets after its last
    sentence's end mark (``。（…）``, ``”（…）``), within its last ``_CREDIT_TAIL`` characters,
    naming people only (:func:`~articles.parsing.names.names_only`); with ``role`` the bracket
    must also name a role (记者, 通讯员: :data:`~articles.parsing.patterns.ROLE_WORD_RE`). Not a
    photo credit (``（记者 张三 摄）``) nor a quote's source (``（摘自…）``)."""
    match = _END_SIGN_OFF_RE.search(text, max(0, len(text) - _CREDIT_TAIL))
    if match is None:
        return False
    inside = match.group("names")
    if role and not ROLE_WORD_RE.search(fold(inside)):
        return False
    return bool(names_only(inside, bracketed=role))


def _signed_undated_story(body: Body) -> bool:
    """``body`` opened without a dateline or a byline line, has no crosshead yet, and its last
    block is a paragraph closed by a credit with a role (:func:`end_credit`). The cheap tests
    first, and no list of the story's paragraphs: asked at each heading under a story of
    thousands of blocks, building one cost the blocks each time (quadratic)."""
    blocks = body.blocks
    if not blocks or blocks[-1].kind != "paragraph" or body.byline_lines:
        return False
    if not end_credit(blocks[-1].text):
        return False
    if any(block.kind == "crosshead" for block in blocks):
        return False  # a sectioned story: its credits sign sections
    first = next(block for block in blocks if block.kind == "paragraph")
    return dateline_match(first.text) is None


def _section_head_by_form(line: str) -> bool:
    """A heading that is a section head by its form: numbered or a question (with or without
    its question mark: :data:`_QUESTION_RE`), in square brackets, or a box or appendix label
    (``相关链接``, ``■记者手记``, ``链接：…``: :data:`~articles.parsing.patterns.APPENDIX_HEAD_RE`)."""
    folded = fold(line).strip()
    label = _LABEL_END_RE.split(folded.lstrip(_BOX_MARKS).strip(), maxsplit=1)[0].strip()
    return (
        crosshead_like(line)
        or bool(_QUESTION_RE.search(folded))
        or bool(_BRACKETED_RE.match(folded))
        or folded[:1] in _BOX_MARKS
        or bool(APPENDIX_HEAD_RE.match(label))
    )


def credit_split(group: list[Heading], body: Body | None, paras: list, end: object) -> Flag | None:
    """A flag when the heading lines ``group``, which the parser would take for a crosshead of
    ``body``, head the next story instead, else None. All must hold: ``body`` opened without a
    dateline or byline line and without crossheads, and ends with a paragraph signed by a
    credit with a role (:func:`_signed_undated_story`); ``group`` is one line that is not a
    section head by form (:func:`_section_head_by_form`); the text under it (``paras``, open
    paragraphs up to ``end``, the unit after them) opens without a dateline, runs to the next
    heading lines or the page's end, and is signed the same way at its end (a role or names
    only): the page shows the shape twice. The caller records the flag (请先核对)."""
    lines = [line for heading in group for line in heading.lines]
    if body is None or len(lines) != 1 or not paras or not _signed_undated_story(body):
        return None
    if _section_head_by_form(lines[0]) or not (end is None or isinstance(end, Heading)):
        return None
    if not all(isinstance(para, Para) for para in paras) or dateline_match(paras[0].text):
        return None
    if not end_credit(paras[-1].text, role=False):
        return None
    return Flag(
        group[0].line,
        "heading-new-story",
        f"请先核对：“{lines[0]}”按新稿件的标题处理——上面的稿件没有电头，以括号里的记者署名结束，"
        "它下面的正文也以署名结束；如果它是上一篇稿件的小标题，请把两篇合并。",
    )
