"""What a masthead line says about its issue, in every form it is printed in: the issue number
(``第1008期``, ``总第12345期``, ``第 386 期``, in Chinese numerals ``第一〇〇八期``, ``第六三七号``,
``第一千零八期``) and the date in Chinese numerals (``二〇二五年六月三日``, ``一九四七年十一月廿一日``,
with 〇, 零, ○ or ◯ for zero and 廿, 卅 for twenty, thirty; ``中华民国三十六年十一月二十一日``: a
Republic year N is 1911 + N, ``民国一〇八年`` is 2019), or in figures on a masthead line no other
rule reads a date from (``主办：某某集团　第684期　2015年8月28日　星期五``).

Read from the masthead's own lines only (INPUT.md, "Page furniture": mastheads are page
metadata): :func:`masthead_facts` is asked about a line the furniture rules already set aside as
the masthead, a page stamp or the page's header, at the top of a page (no story text read yet);
a date or a ``第…期`` in a story is the story's (a header line's date, two pieces of a head at
least, is read wherever the line stands: :func:`header_date`). The caller records what is found in the page's
``meta`` (first value wins), beside what the Arabic forms give; the line itself is kept verbatim.
Pure functions, no Django.
"""

from __future__ import annotations

import re
from datetime import date

from articles.parsing.patterns import PAPER_NAME_RE
from articles.text import HAN, fold

_DIGITS = {"〇": 0, "零": 0, "○": 0, "◯": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4}
_DIGITS |= {"五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZEROS = frozenset("〇零○◯")
ZERO = "〇零○◯"  # the characters printed for zero (○ and ◯ as PDFs and OCR give 〇)
NUMERAL = f"{ZERO}一二两三四五六七八九十百千万廿卅"  # what a number in Chinese numerals is made of

# What a masthead says after the day the paper was founded (1949年10月1日创刊, 一九四七年复刊).
FOUNDED = "(?:创刊|创办|复刊|停刊|创立|成立|诞生)"
# Issue numbers a masthead prints are counts of issues since the paper began: at most six
# digits (as the Arabic form is read: patterns.ISSUE_TOKEN), never 0.
MAX_ISSUE_NUMBER = 999_999
# A printed year (Gregorian, or a Republic year made Gregorian): the years a paper's date can be.
_YEARS = range(1800, 2100)

# An issue number: 第 (总第), the number in Arabic digits (spaced as an OCR reads a wide-set
# number: 第 3 8 6 期) or Chinese numerals, then 期 or 号. Not after 字 or 证: 京工商广字第0001号,
# 准印证第0123号 (a licence's number in a masthead's imprint) is no issue's.
_ISSUE_RE = re.compile(
    rf"(?<![字证])(?P<total>总\s*)?第\s*(?P<n>\d(?: ?\d){{0,5}}|[{NUMERAL}]{{1,12}})\s*[期号]"
)
# Who may read the paper, a word of its masthead's line beside the issue number (校内发行, 内部资料,
# 免费赠阅): no section's name, whose own count the number would be.
CIRCULATION_WORD_RE = re.compile(r"^(?:内部|校内|厂内|院内|系统内|免费)(?:资料|发行|交流|赠阅)$")
# A line of nothing but issue numbers in Chinese numerals and page counts (第六三七号,
# 第一〇〇八期　今日四版): the masthead's issue line, as the Arabic one (patterns.ISSUE_TOKEN).
_CN_ISSUE = rf"[（(]?(?:总\s*)?第\s*[{NUMERAL}]{{1,12}}\s*[期号][）)]?"
_PAGE_COUNT = r"(?:今日|本期)(?:出版|出刊)?\s*共?\s*[一二三四五六七八九十\d]{1,3}\s*[版张]"
_CN_ISSUE_LINE_RE = re.compile(
    rf"^{_CN_ISSUE}(?:\s{{0,6}}(?:{_CN_ISSUE}|{_PAGE_COUNT}))*$"
    rf"|^{_PAGE_COUNT}\s{{0,6}}{_CN_ISSUE}(?:\s{{0,6}}{_PAGE_COUNT})?$"
)
# A date in a masthead line, its parts in figures or Chinese numerals: the year (of the Republic,
# after 民国), month and day; 日, or an OCR's 口 for it at the end of a word. Not the day the paper
# was founded (1949年10月1日创刊, in the masthead beside the issue's date) nor a lunar date with
# a year in numerals (农历二〇二五年五月初八 is no solar date).
_PART = rf"\d{{1,4}}|[{NUMERAL}]{{1,6}}"
_DATE_RE = re.compile(
    rf"(?<![\d{NUMERAL}])(?<!农历)(?<!阴历)(?:(?P<roc>(?:中华)?民国)\s*|公元\s*)?(?P<y>{_PART})\s*年\s*"
    rf"(?P<m>\d{{1,2}}|[{NUMERAL}]{{1,3}})\s*月\s*(?P<d>\d{{1,2}}|[{NUMERAL}]{{1,3}})\s*"
    rf"(?:日|口(?![{HAN}]))(?!\s*{FOUNDED})"
)


def chinese_number(text: str) -> int | None:
    """The value of a number in Chinese numerals, or None when ``text`` is none.

    Two ways of writing are read: digit by digit, as years and issue numbers are printed
    (``一〇〇八`` → 1008, ``六三七`` → 637, ``二○二五`` → 2025; any length), and with the units
    (``三十六`` → 36, ``十一`` → 11, ``廿一`` → 21, ``卅`` → 30, ``一千零八`` → 1008, ``一百一十四``
    → 114, ``一万二千三百四十五`` → 12345; a zero fills a gap). A malformed number (``十十``,
    ``三百五百``, ``二三十``) is None: a misread, not a value to guess."""
    if not text:
        return None
    if all(ch in _DIGITS and ch != "两" for ch in text):
        return int("".join(str(_DIGITS[ch]) for ch in text))
    text = text.replace("廿", "二十").replace("卅", "三十")
    head, sep, tail = text.partition("万")
    if sep:
        high, low = _with_units(head), _with_units(tail) if tail else 0
        return None if high is None or low is None or not high else high * 10_000 + low
    return _with_units(text)


def _with_units(text: str) -> int | None:
    """A number below ten thousand written with 十 百 千 (:func:`chinese_number`), or None."""
    total, digit, last_unit, zero = 0, None, 10_000, False
    for ch in text:
        if ch in _ZEROS:
            if digit is not None or zero:
                return None  # 三〇 (digits mixed with units), 零零
            zero = True
        elif ch in _DIGITS:
            if digit is not None:
                return None  # 二三十: two digits in a row
            digit, zero = _DIGITS[ch], False
        elif ch in _UNITS:
            unit = _UNITS[ch]
            if unit >= last_unit or (digit is None and (unit != 10 or total)):
                return None  # 十十, 三百五百; 百 without its digit (only 十 may stand alone first)
            total += (1 if digit is None else digit) * unit
            digit, last_unit, zero = None, unit, False
        else:
            return None
    if zero and digit is None:
        return None  # a number ending in 零
    return total + (digit or 0) if text else None


def _number(text: str) -> int | None:
    """``text`` in Arabic digits (spaces inside dropped) or Chinese numerals, or None."""
    digits = text.replace(" ", "")
    return int(digits) if digits.isdigit() else chinese_number(digits)


def issue_number(folded: str) -> int | None:
    """The issue number a masthead line (``folded``: :func:`articles.text.fold`) prints
    (:data:`_ISSUE_RE`), or None. Of the count for this year's run and the count since the
    paper began (``第15期（总第612期）``), the first (15), as the Arabic line is read; with only
    ``总第…`` printed, that one. Between 1 and :data:`MAX_ISSUE_NUMBER`."""
    found = [
        (m.group("total") is not None, _number(m.group("n"))) for m in _ISSUE_RE.finditer(folded)
    ]
    numbers = [n for _, n in sorted(found, key=lambda f: f[0]) if n]
    return next((n for n in numbers if n <= MAX_ISSUE_NUMBER), None)


def issue_line(folded: str) -> bool:
    """A line of nothing but issue numbers in Chinese numerals and page counts (``第六三七号``,
    ``第一〇〇八期　今日四版``; folded, stripped): the masthead's issue line. (In Arabic digits
    the masthead pattern reads it: ``patterns.MASTHEAD_RE``.)"""
    return _CN_ISSUE_LINE_RE.match(folded) is not None and issue_number(folded) is not None


def printed_date(folded: str) -> str:
    """The ISO date a masthead line (``folded``) prints with any of its parts in Chinese
    numerals (:data:`_DATE_RE`), or ``""``: ``二〇二五年六月三日`` → ``2025-06-03``,
    ``中华民国三十六年十一月廿一日`` → ``1947-11-21`` (a Republic year N is 1911 + N,
    ``民国一〇八年`` → 2019). None taken from a day no calendar has (二月三十日), a year outside
    1800–2099 (``四七年``: which century is not said) or a lunar date (no 年 in figures before
    its month: 乙巳年六月廿二 is not matched)."""
    for match in _DATE_RE.finditer(folded):
        year, month, day = (_number(match.group(part)) for part in ("y", "m", "d"))
        if year is None or month is None or day is None:
            continue
        if match.group("roc"):
            year = 1911 + year if 1 <= year <= 200 else None
        if year not in _YEARS:
            continue
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            continue
    return ""


def masthead_facts(folded: str, meta: dict, *, issue: bool = True) -> None:
    """Record in ``meta`` (first value wins) the issue number (``issue_number``,
    :func:`issue_number`) and the date (``date``, ISO, :func:`printed_date`) that ``folded``, a
    masthead line at the top of a page, prints. ``issue``: False for a line whose number may be a section's own count (a
    supplement's header: 读书周刊　第386期), for which the date alone is recorded."""
    if issue and ("期" in folded or "号" in folded):
        number = issue_number(folded)
        if number is not None:
            meta.setdefault("issue_number", number)
    if "年" in folded and "月" in folded:
        printed = printed_date(folded)
        if printed:
            meta.setdefault("date", printed)


_FOUNDED_RE = re.compile(rf"\s*{FOUNDED}")


def header_date(match: re.Match, meta: dict) -> bool:
    """Record in ``meta`` (first value wins) the date a header line's date piece says (``match``:
    :data:`~articles.parsing.header_patterns.HEADER_DATE_RE`); whether it said one. In figures
    (a Republic year counts from 1912: 民國114年 is 2025) or with a part in Chinese numerals
    (一九七八年十二月二十六日, 中華民國一〇八年…: :func:`printed_date`), wherever the header line
    stands: a running head a PDF's frame order puts below the page's first story prints its
    date in either form, and a wrong one is refused either way when the page is imported. (A
    header line is two pieces of a head at least and nothing else: a story's or a notice's date
    stands in a sentence, or alone.) Never the day the paper was founded (1949年10月1日创刊):
    False, for the caller to try the line's next date."""
    if _FOUNDED_RE.match(match.string, match.end()):
        return False
    year, month, day = match.group("y") or match.group("y2"), match.group("m"), match.group("d")
    if match.group("roc"):
        year = str(int(match.group("roc")) + 1911)
    month, day = month or match.group("m2"), day or match.group("d2")
    if year and month.isdigit() and day.isdigit():
        y, m, d = int(year), int(month), int(day)
        if 1 <= m <= 12 and 1 <= d <= 31:
            meta.setdefault("date", f"{y:04d}-{m:02d}-{d:02d}")
            return True
        return False
    printed = printed_date(match.group()) if month else ""
    if printed:
        meta.setdefault("date", printed)
    return bool(printed)


# A date read along with a section's name (一九五七年四月十八日, 2008年3月7日): no page's name.
_SECTION_DATE_RE = re.compile(
    r"^[〇零一二三四五六七八九十\d]{2,4}年[一二三四五六七八九十\d]{1,3}月[一二三四五六七八九十廿卅\d]{1,3}日$"
)
# The words of a section's name as recorded, parted by a run of spaces (综合　长岭日报).
_SECTION_WORDS_RE = re.compile(r"[ \u3000\t]+")


def section_without_furniture(section: str, paper: str) -> str:
    """The page's section name ``section`` as a header line gave it, without the furniture read
    along with it: the paper's name (``综合　长岭日报`` → ``综合``, ``社區新聞　楓港華人週報`` →
    ``社區新聞``: ``paper``, the page's paper if known, or any name of a paper,
    :data:`~articles.parsing.patterns.PAPER_NAME_RE`) and a masthead's circulation words
    (``免費贈閱``: :data:`CIRCULATION_WORD_RE`) and a date, which name no page. ``""`` when nothing else is
    left. Compared folded (traditional and simplified alike); what is kept is as printed."""
    words = [word for word in _SECTION_WORDS_RE.split(section.strip()) if word]
    own = fold(paper).replace(" ", "") if paper else ""
    kept = [
        word
        for word in words
        if not (
            (own and fold(word) == own)
            or PAPER_NAME_RE.match(fold(word))
            or CIRCULATION_WORD_RE.match(fold(word))
            or _SECTION_DATE_RE.match(fold(word))
        )
    ]
    if len(kept) == len(words):
        return section
    gap = _SECTION_WORDS_RE.search(section.strip())
    return (gap.group() if gap else "\u3000").join(kept)
