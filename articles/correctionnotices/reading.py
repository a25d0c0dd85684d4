"""Reading a printed 更正 notice: which story of which issue and page it names.

A pure module (the standard library and :mod:`articles.text`, :mod:`articles.labels`; no
Django), so that it can be tested alone and run over stored stories: the parser's output is
not changed, a notice is a story like any other (``更正`` as its headline, one paragraph).

A paper prints a correction in a later issue, in a few wordings::

    更正 / 更正启事 / 更正声明 / 更正与说明 (its headline, or 【更正】 opening the text)
    本报12月3日A2版《快递进村打通“最后一公里”》一文中，“八十余个”应为“九十余个”。特此更正。
    本报昨日第3版刊发的“……”一文 · 本报3日4版《……》 · 本报2026年12月3日第二版刊登的《……》

:func:`notice_read` says whether a story is such a notice (:func:`is_notice`: its title, else
its opening) and reads each story it names (:class:`NamedStory`): the cover date (``12月3日``,
``3日``, ``昨日``, ``前日``, ``2026年12月3日``, in Arabic or Chinese numerals) read against the
notice's own issue date, the page (``A2版``, ``第3版``, ``3版``, ``二版``) normalised as page labels
are (:func:`articles.labels.normalize_label`), and the title as printed in ``《》`` or ``“”``.
Patterns run over :func:`articles.text.fold` (full-width digits and letters half-width,
traditional characters simplified, same length), so what is kept is cut from the printed text.
Every title after one date and page is named (``《A》和《B》两文``, ``1版《A》、2版《B》``), and a
《title》 named where no date or page reads is kept unread, for the desk, never dropped.
:func:`title_key` is how a printed title and a stored story's are compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from articles.labels import LabelError, chinese_numeral, normalize_label
from articles.text import fold, normalize_for_matching

# A notice's headline (folded, spaces out): 更正, 更正启事, 更正声明, 更正与说明, 更正及致歉,
# 致歉与更正…: 更正 in a short title of notice words only.
_NOTICE_TITLE = re.compile(r"^[【\[(]?(?:更正|致歉|道歉|声明|启事|说明|与|和|及|、|·)+[】\])]?$")
# …or, untitled, the text opens with it: 【更正】, 更正：, 更正启事 本报…
_NOTICE_OPENING = re.compile(r"^[【\[(]?更正(?:启事|声明|说明)?[】\])]?\s*[:：]?")
_NUMBER = r"[\d〇零一二两三四五六七八九十]{1,4}"
_DATE = (
    rf"(?:(?P<year>\d{{4}}|[〇零一二三四五六七八九]{{4}})年)?"
    rf"(?:(?P<month>{_NUMBER})月)?(?P<day>{_NUMBER})[日号]"
    r"|(?P<relative>昨日|昨天|前日|前天)"
)
_PAGE = r"(?:第)?\s*(?P<page>[A-Za-z]{0,2}\s*\d{1,3}|[〇一二三四五六七八九十]{1,3})\s*(?:版|面)"
_TITLE = r"《(?P<book>[^《》\n]{1,120})》|“(?P<quoted>(?:[^“”\n]|“[^“”\n]*”){1,120})”"
# Words between the date, the page and the title (刊发的, 出版的, 刊登的题为), never a clause's end
# (folded: ，→ , and ；→ ;).
_FILLER = r"[^，,。；;《“”\n]"
_REFERENCE = re.compile(
    rf"本报\s*(?:{_DATE})\s*{_FILLER}{{0,10}}?{_PAGE}\s*{_FILLER}{{0,14}}?(?:{_TITLE})"
)
# One more story the same reference names, right after it: 《A》和《B》, 《A》、《B》, 《A》《B》,
# 1版《A》、2版《B》 (its own page, the date shared), 3日1版《A》和4日2版《B》 (its own date). A
# “quoted” title only after a 和/、 (a quote straight after a title is the corrected words).
_MORE = re.compile(
    rf"\s*(?P<sep>以及|和|与|及|、)?\s*(?:(?:{_DATE})\s*{_FILLER}{{0,10}}?)?"
    rf"(?:{_PAGE}\s*{_FILLER}{{0,14}}?)?(?:{_TITLE})"
)
# A reference's clause (from its 本报 to a ，。； or its 一文/两文/文中: the stories it names end
# there; a 《title》 is skipped whole) and a title in it: one no reference read is named all the
# same (flagged, never dropped); a title after 一文中 (引用的《论语》) is the corrected words.
_CLAUSE_END = re.compile(
    r"《[^《》\n]*》|(?P<end>[,。;\n]|[一两二三四五六七八九十几数等各诸]文|文中)"
)
_BOOK = re.compile(r"《(?P<book>[^《》\n]{1,120})》")
_RELATIVE_DAYS = {"昨日": 1, "昨天": 1, "前日": 2, "前天": 2}
# What a title key keeps: letters, digits and Han characters (quotes, spaces, punctuation out).
_NOT_KEPT = re.compile(r"[^\w]|_")


@dataclass(frozen=True)
class NamedStory:
    """A story a notice names: printed in the paper's issue of ``date`` on the page ``label``
    (normalised, ``A2``, ``3``), titled ``title`` (as printed, without its ``《》``/``“”``);
    ``printed``: the words that name it, as printed (``本报12月3日A2版《…》``). ``date`` None
    and ``label`` "" for a title named where its date or page cannot be read (``本报6月31日…``,
    ``本报上周《…》``): :attr:`read` False, for the desk to decide."""

    date: date | None
    label: str
    title: str
    printed: str

    @property
    def read(self) -> bool:
        """Whether the date and page it was printed on were read."""
        return self.date is not None


def title_key(text: str) -> str:
    """A title as notices and stories are compared: :func:`normalize_for_matching` (NFKC,
    traditional → simplified, lower case), then letters, digits and Han characters only (no
    quotes, spaces or punctuation: ``快递进村打通“最后一公里”`` = ``快递进村打通最后一公里``)."""
    return _NOT_KEPT.sub("", normalize_for_matching(text or ""))


def is_notice(title: str, opening: str) -> bool:
    """Whether a story titled ``title`` (its title lines joined; "" when untitled) whose text
    opens with ``opening`` is a correction notice: a title of notice words holding 更正
    (``更正``, ``更正启事``, ``更正与说明``), or, untitled, text that opens with 更正."""
    folded = "".join(fold(title or "").split())
    if folded:
        return "更正" in folded and _NOTICE_TITLE.match(folded) is not None
    return _NOTICE_OPENING.match(fold(opening or "").lstrip()) is not None


def _number(text: str) -> int:
    return int(text) if text.isdigit() else chinese_numeral(text)


def _year(text: str) -> int:
    if text.isdigit():
        return int(text)
    return int("".join(str(chinese_numeral(ch)) for ch in text))


def cover_date(match: re.Match, issue_date: date) -> date | None:
    """The date a reference's date words mean, read against the notice's ``issue_date``:
    ``昨日`` the day before, ``前日`` two days before; a day alone (``3日``) the latest such day
    on or before the issue; a month and day without a year the latest on or before it. None
    for a date that does not exist (``2月30日``)."""
    relative = match.group("relative")
    if relative:
        return issue_date - timedelta(days=_RELATIVE_DAYS[relative])
    try:
        day = _number(match.group("day"))
        if match.group("year"):
            return date(_year(match.group("year")), _number(match.group("month") or "0"), day)
        if match.group("month"):
            month = _number(match.group("month"))
            found = date(issue_date.year, month, day)
            return found if found <= issue_date else date(issue_date.year - 1, month, day)
        found = date(issue_date.year, issue_date.month, day)
        if found <= issue_date:
            return found
        before = issue_date.replace(day=1) - timedelta(days=1)
        return date(before.year, before.month, day)
    except (ValueError, LabelError):
        return None


def _named_title(text: str, match: re.Match) -> str:
    group = "book" if match.group("book") is not None else "quoted"
    return text[match.start(group) : match.end(group)].strip()


def _references(folded: str, text: str, issue_date: date):
    """Each story the references of ``text`` (``folded``: :func:`fold`) name, as (date or None,
    label or "", title, printed, (start, end) of its title in the text): a reference
    (:data:`_REFERENCE`) and the stories named right after it (:data:`_MORE`), which share its
    date and page unless they print their own; printed from the reference's 本报 to the title
    (``本报6月1日1版《A》和《B》`` for B)."""
    for match in _REFERENCE.finditer(folded):
        when = cover_date(match, issue_date)
        try:
            label = normalize_label(match.group("page"))
        except LabelError:
            label = None
        start = match.start()
        while match is not None:
            title = _named_title(text, match)
            group = "book" if match.group("book") is not None else "quoted"
            span = (match.start(group), match.end(group))
            yield when, label or "", title, text[start : match.end()].strip(), span
            more = _MORE.match(folded, match.end())
            if more is None or (more.group("quoted") is not None and not more.group("sep")):
                break
            if more.group("day") or more.group("relative"):
                when = cover_date(more, issue_date)
            if more.group("page"):
                try:
                    label = normalize_label(more.group("page"))
                except LabelError:
                    label = None
            match = more


def _unread_titles(folded: str, text: str, taken: list[tuple[int, int]]):
    """The 《titles》 printed in a reference's clause (from 本报 to its ，。；) that no reference
    read (their spans not in ``taken``), as (title, printed: the clause up to the title)."""
    seen = set(taken)
    for start in (found.start() for found in re.finditer("本报", folded)):
        ends = (m for m in _CLAUSE_END.finditer(folded, start) if m.group("end"))
        clause_end = next((m.start() for m in ends), len(folded))
        for book in _BOOK.finditer(folded, start, clause_end):
            span = (book.start("book"), book.end("book"))
            if span not in seen and not any(a <= span[0] < b for a, b in taken):
                seen.add(span)
                yield text[span[0] : span[1]].strip(), text[start : book.end()]


def named_stories(text: str, issue_date: date) -> tuple[NamedStory, ...]:
    """Every story ``text`` (a notice's text) names, in order, each once (the same date, page
    and title named twice is one): each reference ``本报<日期><版次>《标题》`` and each title
    after it sharing its date or page (``《A》和《B》``, ``《A》、《B》``, ``1版《A》、2版《B》``).
    A title named where its date or page cannot be read (``本报6月31日1版《A》``, a 《title》 in
    the clause of a 本报 that reads as no reference) is kept unread (:attr:`NamedStory.read`
    False), after those read: a named title is never left out."""
    folded = fold(text)
    found: dict[tuple, NamedStory] = {}
    unread: list[NamedStory] = []
    taken: list[tuple[int, int]] = []
    for when, label, title, printed, span in _references(folded, text, issue_date):
        taken.append(span)
        if not title_key(title):
            continue
        if when is None or not label:
            unread.append(NamedStory(None, "", title, printed))
            continue
        found.setdefault((when, label, title_key(title)), NamedStory(when, label, title, printed))
    for title, printed in _unread_titles(folded, text, taken):
        if title_key(title):
            unread.append(NamedStory(None, "", title, printed))
    return (*found.values(), *unread)


def notice_read(
    title: str, paragraphs: list[str], issue_date: date
) -> tuple[NamedStory, ...] | None:
    """The stories a story titled ``title`` with the text ``paragraphs`` names if it is a
    correction notice (:func:`is_notice`), read from its first three paragraphs: () for a
    notice that names none that can be read, None for a story that is no notice."""
    opening = paragraphs[0] if paragraphs else ""
    if not is_notice(title, opening):
        return None
    return named_stories("\n".join(paragraphs[:3]), issue_date)
