"""Lines that close a story on a line of their own: where it came from, 完, its writer's or
illustrator's credit, its editor.

INPUT.md ("Bylines, datelines, credits"): "End-of-story datelines, bracketed or bare on their own
line, author notes and pen names on their own line belong to the story before them, not to the
headline after them." Papers close a reprinted or compiled item with its source
(``（据新华社）``, ``（综合新华社、人民网）``, ``（来源：人民日报）``, ``（摘自《求是》）``), agency copy
with ``（完）``, a feature with its writer's credit (``文/周明``, ``周明/文``, ``（特约撰稿人 周明）``)
or its illustrator's (``（钱立 绘）``), and some pages with the story's editor (``（编辑 周明）``,
``（责任编辑：周明）``). Such a line is short and unpunctuated, so by its shape alone it would read
as the next story's 引题; :func:`closes_story` tells it apart, and :func:`pen_credit` gives the
credit a writer's or illustrator's line makes (an agency, a source or an editor is credited
to no one).
"""

from __future__ import annotations

import re

from articles.parsing.names import names_only
from articles.parsing.patterns import is_heading_like
from articles.parsing.units import Para
from articles.text import HAN, fold

_MAX_LINE = 40  # characters: a closing line is short
_OPEN, _CLOSE = r"[（(]\s*", r"\s*[）)]"
# Names in a credit: one to three, parted by spaces or 、 (checked by names_only).
_NAMES = rf"(?P<names>[{HAN}·][{HAN}·\s\u3000、]{{1,24}}?)"

# Where the story came from, in brackets (folded): 据 or 综合 then a source named by its kind
# (an agency 社, a paper 报, a site 网, a station 台, a title in 《》, an app or account);
# 来源： / 稿件来源 / a noun of one or two characters, 来源 and a colon (数据来源：, 资料来源：; not
# the page's own note, 本版数据来源：…, furniture) / 摘自 / 转自 /
# 选自 then any source.
_SOURCE_RE = re.compile(
    rf"^{_OPEN}(?:(?P<by>据|综合|综合自|转引自)|(?:稿件|信息|新闻|文章)?来源\s*[:：]?|[{HAN}]{{1,2}}来源\s*[:：]|来源于|转自|摘自"
    rf"|选自|摘编自|编译自|转载自|引自)\s*(?P<source>[^（）()]{{2,36}}?){_CLOSE}$"
)
_SOURCE_WORD_RE = re.compile(r"[社报网台刊》]|新闻|客户端|公众号|微博|微信|电$|消息$|报道$|报导$")
# The end of agency copy: （完）, （全文完）, ——完——.
_END_MARK_RE = re.compile(
    rf"^{_OPEN}(?:全文)?完{_CLOSE}$|^[—－-]{{1,4}}\s*(?:全文)?完\s*[—－-]{{1,4}}$"
)
# The story's editor (and proofreader), in brackets: （编辑 周明）, （责任编辑：周明）,
# （编辑：周明 校对：钱立）. (Bare, 责任编辑 罗丽 at the foot of a page is the page's editor:
# furniture, see patterns.STAFF_RE.)
_EDITOR_ROLE = r"(?:本文)?(?:责任编辑|责编|编辑|值班编辑|编审|编校|审校|校对|责任校对|美编)"
_EDITOR_RE = re.compile(
    rf"^{_OPEN}{_EDITOR_ROLE}\s*[:：/／]?\s*[{HAN}·][{HAN}·\s\u3000]{{1,8}}"
    rf"(?:[\s\u3000]+{_EDITOR_ROLE}\s*[:：/／]?\s*[{HAN}·][{HAN}·\s\u3000]{{1,8}})*"
    rf"{_CLOSE}$"
)
# A writer's credit (folded): 文/周明, 文：周明, 文/图 周明, 周明/文, 周明 文/图, （周明/文）; with the
# photographer's after it (文/周明 图/钱立): the line credits both, as a byline does.
_WORK = r"(?:文|文字|撰文|文/图|图/文|文图|图文)"
_PHOTO = r"(?:图|图片|摄影|摄)"
_PHOTO_NAMES = rf"(?P<photo>[{HAN}·][{HAN}·\s\u3000、]{{1,24}}?)"
_BRACKETED = r"(?P<open>[（(]\s*)?{}(?(open)\s*[）)])$"
_WRITER_RES = tuple(
    re.compile("^" + _BRACKETED.format(form))
    for form in (
        rf"{_WORK}\s*[/／:：]\s*{_NAMES}",
        rf"{_WORK}[\s\u3000]+{_NAMES}",
        rf"{_NAMES}\s*[/／]\s*{_WORK}",
        rf"{_NAMES}[\s\u3000]+{_WORK}",
        # the writer's, then the photographer's: 文/周明 图/钱立, 周明/文 钱立/图, 文：周明 摄影：钱立
        rf"{_WORK}\s*[/／:：]\s*{_NAMES}[\s\u3000]+{_PHOTO}\s*[/／:：]\s*{_PHOTO_NAMES}",
        rf"{_NAMES}\s*[/／]\s*{_WORK}[\s\u3000]+{_PHOTO_NAMES}\s*[/／]\s*{_PHOTO}",
    )
)
# A contributor's or illustrator's credit in brackets: （特约撰稿人 周明）, （钱立 绘）, （漫画：钱立）,
# a compiler's (（王刚 整理）).
_CONTRIBUTOR_RES = (
    re.compile(
        rf"^{_OPEN}(?:(?:本报|本刊)?(?:特约)?(?:撰稿人|撰稿|作者|评论员)|插图|绘图|漫画|绘)\s*[:：/／]?\s*"
        rf"{_NAMES}{_CLOSE}$"
    ),
    re.compile(
        rf"^{_OPEN}{_NAMES}(?:\s*[/／]?\s*(?:绘图|绘|插图|漫画|画)|[\s\u3000]+整理){_CLOSE}$"
    ),
)
_CREDIT_RES = (*_WRITER_RES, *_CONTRIBUTOR_RES)


def _names(match: re.Match | None, text: str) -> tuple[str, ...]:
    """The names a credit's ``match`` on the folded ``text`` holds, sliced from the printed text
    (:func:`~articles.parsing.names.names_only`); ``()`` when it holds anything else."""
    if match is None or match.group("names") is None:
        return ()
    if "photo" in match.re.groupindex and not names_only(text[slice(*match.span("photo"))]):
        return ()  # (文/周明 图/钱立: the photographer's part names people too)
    return names_only(text[slice(*match.span("names"))].strip())


def editor_line(text: str) -> bool:
    """True when ``text`` names the story's editor or proofreader only, in brackets
    (``（编辑 周明）``, ``（责任编辑：周明）``): the desk's line, which credits no one with the
    story."""
    return _EDITOR_RE.match(fold(text.strip())) is not None


def pen_credit(lines) -> str:
    """The credit a writer's or illustrator's line among a story's end ``lines`` makes, as printed
    without its brackets (``文/周明``, ``周明/文``, ``特约撰稿人 周明``, ``钱立 绘``): the story's
    byline when it has none of its own, which names the people. ``""`` when no line is one (a
    source, ``（完）`` or an editor's line credits no one)."""
    for line in lines:
        text = line.strip()
        if len(text) > _MAX_LINE:
            continue
        folded = fold(text)
        if any(_names(pattern.match(folded), text) for pattern in _CREDIT_RES):
            return text.strip("（）() \u3000")
    return ""


def closes_story(text: str, last, following: str | None) -> bool:
    """True when the short line ``text`` closes the story whose paragraph ``last`` (the reader's
    last unit; it must end its sentence: ``terminated``) stands right before it: a source
    (:data:`_SOURCE_RE`; after 据 or 综合 one named by its kind, so that ``（据了解）`` is not), an
    end mark (``（完）``), an editor's line with more printed under it (:func:`editor_line`; the
    last line of a page names the page's editor), or a writer's or illustrator's credit naming
    people only (:func:`pen_credit`). A writer's credit must also have no text under it (``following``,
    the next line that is not blank, is None or heading-like): over text it may be the byline
    of what follows (an editor's note, then ``文/周明``, then the feature)."""
    if not isinstance(last, Para) or not last.terminated or len(text) > _MAX_LINE:
        return False
    folded = fold(text.strip())
    source = _SOURCE_RE.match(folded)
    if source and (not source.group("by") or _SOURCE_WORD_RE.search(source.group("source"))):
        return True
    if _END_MARK_RE.match(folded) or (following is not None and editor_line(text)):
        return True  # (an editor's line at the page's foot is the page's: furniture)
    if following is not None and not is_heading_like(following):
        return False
    return bool(pen_credit([text]))
