"""The bullets of a box's headless briefs (``■本报讯 …``, ``▲新华社北京6月1日电 …``,
``■青禾股份（603871）…``), read off the line before its text is read (a reader helper).

INPUT.md, "Headlines": a dateline starts a story. A box of briefs marks each headless brief with
a bullet before its dateline: the bullet is the item's mark, set aside, and the item after it is
a story of its own, never the second dispatch of the item before it (the items of a box speak of
different things in the same words: 今年, 本市, 市民). A business page's box of company news
(公告速递, 公司快讯) opens each item with the company's name and its stock code in brackets
instead of a dateline (``■青禾股份（603871）昨晚公告，…``): one company's announcement, a
brief of its own in the same way.
"""

from __future__ import annotations

import re

from articles.parsing.datelines import dateline_match
from articles.parsing.names import looks_like_name
from articles.parsing.results import SetAside
from articles.parsing.runs import bullet_before_dateline
from articles.parsing.units import Heading, Para, Special

_COMPANY_MARKS = "●■◆▲★☆○□◇△•"  # bullets that open a company's item
# A listed company's name and its stock code in brackets opening an item: two to twelve letters
# or Han characters (青禾股份, ST东方, 中芯国际), then four to six digits with or without the
# exchange's suffix (（603871）, （00981.HK）, （300742.SZ）).
_COMPANY_CODE_RE = re.compile(
    r"[\w\u3400-\u9fff*]{2,12}[（(](?:[A-Z]{2}[:：]?)?\d{4,6}(?:\.[A-Z]{2})?[）)]"
)


def bullet_before_company(text: str) -> int:
    """The length of the bullet opening ``text`` (a line, stripped), the spaces after it
    included, when a listed company's name and its stock code in brackets follow it
    (``■青禾股份（603871）11月7日晚间公告，…``: :data:`_COMPANY_CODE_RE`): the item of a box of
    company news, a headless brief of its own. 0 otherwise. Constant time."""
    if not text or text[0] not in _COMPANY_MARKS:
        return 0
    rest = text.lstrip(_COMPANY_MARKS).lstrip()
    return len(text) - len(rest) if _COMPANY_CODE_RE.match(rest[:40]) else 0


# A brief's sign-off closing its line: a sentence's end, then a name in brackets (``…经验。（李文华）``,
# ``（刘　勇）``: spaced to the width of three). (Items signed with the writer's role, ``（记者 周涛）``,
# stay the text of the box's one story: tests/parsing/test_bulleted_briefs_signed_by_writers.py.)
_SIGNED_END_RE = re.compile(
    r"[。！？”」][ \u3000]*[（(](?P<name>[\u3400-\u9fff][\u3400-\u9fff \u3000·]{1,6})[）)]$"
)


def bullet_before_signed(text: str) -> int:
    """The length of the bullet opening ``text`` (a line, stripped), the spaces after it
    included, when the line is a brief signed at its end by its writer (:data:`_SIGNED_END_RE`,
    the name a person's: :func:`~articles.parsing.names.looks_like_name`): ``▲10月15日，分局在…
    推广装车经验。（李文华）``. Each item of a box signed so is its writer's brief, a story of its
    own, as one a dateline opens is. 0 otherwise. Constant time but for the name's look-up."""
    if not text or text[0] not in _COMPANY_MARKS or not text.endswith(("）", ")")):
        return 0
    match = _SIGNED_END_RE.search(text[-16:])
    if match is None or not looks_like_name(match.group("name")):
        return 0
    rest = text.lstrip(_COMPANY_MARKS).lstrip()
    return len(text) - len(rest)


def bulleted_item(text: str) -> int:
    """The length of the bullet opening the headless brief ``text`` (before a dateline:
    :func:`~articles.parsing.runs.bullet_before_dateline`, or before a company's name and stock
    code: :func:`bullet_before_company`; or a brief its writer signed at its end:
    :func:`bullet_before_signed`); 0 when it opens none."""
    return bullet_before_dateline(text) or bullet_before_company(text) or bullet_before_signed(text)


# A brief's title run in before its text, parted by a wide gap (two spaces or more, or a full-width
# one): 2–24 characters without punctuation, then a text that is a sentence.
_RUN_IN_TITLE_RE = re.compile(
    r"(?P<title>[^\s，。：；！？,:;（）()]{2,24})(?: {2,}|\u3000+)(?=\S[^\n]*[。！？])"
)


def dated_item_text(number: int, text: str, flow: list, set_aside: list[SetAside]) -> str:
    """``text`` (line ``number``, stripped) without the bullet opening it before a dateline
    (:func:`~articles.parsing.runs.bullet_before_dateline`); the bullet is set aside as
    ``item-mark``, and when text is right before it in ``flow`` (the box's item before) a break
    is put in the flow, so that the item is a story of its own. So is a bullet before a
    company's name and stock code (:func:`bullet_before_company`), and the same bullet opening
    the next item of such a box without a dateline (:func:`_next_item_of_box`). A title run in
    before the item's text (``▲液化气站专项检查  近日，…``) is put in the flow as the item's
    heading, and the text after it returned. ``text`` unchanged when no bullet opens it so."""
    mark = bulleted_item(text) or _next_item_of_box(text, flow, set_aside)
    if not mark:
        text = _titled_box_item(number, text, flow, set_aside)
        return _bracketed_title_item(number, text, flow, set_aside)
    set_aside.append(SetAside(number, text[:mark].strip(), "item-mark"))
    if flow and isinstance(flow[-1], Para):
        flow.append(Special(number, "break", ""))
    title = _RUN_IN_TITLE_RE.match(text, mark) if not bullet_before_dateline(text) else None
    if title is None:
        return text[mark:]
    # ▲液化气站专项检查  近日，…（李文华）: the brief's title, run in before its text (its bullet
    # stays set aside as the item's mark, as every item's of the box)
    flow.append(Heading(number, [title.group("title")], after_blank=True))
    return text[title.end() :]


# A brief's title in square brackets run in before its text (【四矿新建职工浴池投入使用】四矿新建的…。):
# 2–24 characters without punctuation, then a text that is a sentence.
BRACKETED_TITLE_RE = re.compile(
    r"^【(?P<title>[^【】\s，。：；！？,:;]{2,24})】(?=\S[^\n]*[。！？])"
)
_BOX_LABELS = ("briefs-label", "box-label")
_UNDER_LABEL = 2  # lines from the box's label to its first item, at most (a blank line between)
_BRACKETS = "【】"  # the item's mark set aside: the brackets around its run-in title


def bracketed_title_item(text: str) -> bool:
    """``text`` (a line, stripped) opens with a brief's title in square brackets run in before its
    text (:data:`BRACKETED_TITLE_RE`), not a dateline so bracketed (``【本报讯】``)."""
    return BRACKETED_TITLE_RE.match(text) is not None and dateline_match(text) is None


def _bracketed_title_item(number: int, text: str, flow: list, set_aside: list[SetAside]) -> str:
    """A box's item whose title stands in square brackets before its text on the same line
    (``【局技校举办电工培训班】局技工学校…。``: :func:`bracketed_title_item`), right under the
    box's label (the last line set aside, at most a blank line between) or after the box's item
    before it: a titled brief, a story of its own (INPUT.md, "Headlines": over-splitting is as wrong
    as missing a story; the box's items are each a story). The title is put in the flow as the
    item's heading (a break before it when text is right before it), the brackets set aside as
    the item's mark, and the text after it returned; ``text`` unchanged otherwise."""
    match = BRACKETED_TITLE_RE.match(text)
    if match is None or not set_aside or not bracketed_title_item(text):
        return text
    last, before = set_aside[-1], flow[-1] if flow else None
    item_before = isinstance(before, Para) and before.line >= last.line  # (its own line's text)
    if not (
        (last.reason in _BOX_LABELS and number - last.line <= _UNDER_LABEL)
        or (last.reason == "item-mark" and last.text == _BRACKETS and item_before)
    ):
        return text
    set_aside.append(SetAside(number, _BRACKETS, "item-mark"))
    if isinstance(before, Para):
        flow.append(Special(number, "break", ""))
    flow.append(Heading(number, [match.group("title")], after_blank=True))
    return text[match.end() :]


# A box item's title after its bullet, run in before its text with a wide gap, the text going on
# on the next lines (■雁北县建成调频转播台　雁 / 北县调频转播台日前建成开播，…: a narrow column's OCR).
_BOX_RUN_IN_RE = re.compile(r"[^\s，。：；！？,:;（）()]{2,24}(?: {2,}|\u3000+)(?=\S)")


# A teaser row's page before its title (2版, A3版, 第5版), and a second wide gap on the line.
_TEASER_TARGET_RE = re.compile(r"(?:第?[A-Za-z]?\d{1,3}|[一二三四五六七八九十]{1,3})版")
_WIDE_GAP_RE = re.compile(r" {2,}|\u3000")


def _titled_box_item(number: int, text: str, flow: list, set_aside: list[SetAside]) -> str:
    """A box's item opened by a bullet, its title run in before its text with a wide gap
    (:data:`_BOX_RUN_IN_RE`: ``■雁北县建成调频转播台　雁``, the text cut on to the next lines),
    right under the box's label (at most a blank line between) or after the box's item before
    it, titled after the same bullet, nothing set aside since the label: a titled brief, a story of its own (INPUT.md,
    "Headlines": each item of a box of briefs is one). The bullet and title are put in the flow
    as its heading, as a bulleted title on a line of its own is read (a break before it when
    text is right before it), the text after the gap as its paragraph, which the next lines go
    on (``""`` returned: all of the line is read); ``text`` unchanged otherwise. Constant time."""
    if not text or text[0] not in _COMPANY_MARKS or not set_aside:
        return text
    rest = text[1:].lstrip()
    title = _BOX_RUN_IN_RE.match(rest)
    if title is None or _TEASER_TARGET_RE.match(rest) or _WIDE_GAP_RE.search(rest, title.end()):
        return text  # (■2版　…: a teaser's row; a title in two halves before a dateline)
    last, before = set_aside[-1], flow[-1] if flow else None
    if last.reason not in _BOX_LABELS:
        return text  # (周末去哪儿 / ■　书市　…: a name no box's label, over one story's items)
    if number - last.line > _UNDER_LABEL and not _item_titled_before(flow, text[0]):
        return text
    if isinstance(before, Para):
        flow.append(Special(number, "break", ""))
    head = text[: len(text) - len(rest) + title.end()].strip()
    flow.append(Heading(number, [head], after_blank=True))
    flow.append(Para(number, rest[title.end() :]))  # (its text's first words: text, never a name)
    return ""


def _item_titled_before(flow: list, mark: str) -> bool:
    """The flow ends with a box's item: a one-line heading opened by ``mark`` (``■少儿节目获省级
    奖励``), then its text (one paragraph or two)."""
    for unit in reversed(flow[-3:]):
        if isinstance(unit, Heading):
            return len(unit.lines) == 1 and unit.lines[0].startswith(mark) and unit is not flow[-1]
        if not isinstance(unit, Para):
            return False
    return False


def _next_item_of_box(text: str, flow: list, set_aside: list[SetAside]) -> int:
    """The length of the bullet opening ``text`` when it is the bullet of the box's item just
    read (the last ``item-mark`` set aside, its paragraphs the last of the flow) and a sentence
    follows it: the box's next item, a headless brief of its own though it prints no dateline
    (``△【本报讯】…`` / ``△岚城市面粮价平稳。据…``: the box marks its items alike). 0 otherwise."""
    if not text or text[0] not in _COMPANY_MARKS or not flow or not isinstance(flow[-1], Para):
        return 0
    last = next((item for item in reversed(set_aside[-4:]) if item.reason == "item-mark"), None)
    if last is None or last.text != text[0] or flow[-1].line < last.line:
        return 0
    rest = text[1:].lstrip()
    return len(text) - len(rest) if "。" in rest[:60] and len(rest) > 20 else 0


# Marks a box prints alone on the line before each item's title (▲ / 客屬聯誼會設中文書法班 / text);
# not □ (an OCR's unreadable character) nor ○ (a zero).
_LONE_MARKS = frozenset("●■◆▲★☆◇△◎")


def lone_marks_onto_titles(lines: list[str]) -> list[str]:
    """The page's ``lines`` as the reader reads them: a box's item mark printed alone on its line
    (``▲``: :data:`_LONE_MARKS`) over the item's title (``客屬聯誼會設中文書法班``, its text under
    it) is read as opening that title (``▲客屬聯誼會設中文書法班``), as a box of bulleted titles
    prints it, and its own line as blank (the mark is kept, on the title's line: its item's mark,
    as the box's rules read it). Lines are neither added nor removed (their numbers are the
    page's). ``lines`` itself when no mark stands alone. Linear in the page."""
    read = lines
    for number in range(len(lines) - 1):
        line = lines[number]
        if len(line) > 4 or line.strip() not in _LONE_MARKS:
            continue
        following = lines[number + 1].strip()
        if not following or following[0] in _LONE_MARKS or following[0] in "□○":
            continue
        if read is lines:
            read = list(lines)
        read[number] = ""
        read[number + 1] = lines[number + 1].replace(following, line.strip() + following, 1)
    return read
