"""Slogans printed on a page beside its stories (INPUT.md, "Page furniture": mastheads and
slogans, boxes and slogans): a slogan over or under the masthead (``全世界无产者，联合起来！``,
``听党指挥　能打胜仗　作风优良``), the paper's name in Latin letters under it, and a slogan strip
of short phrases alone in its block over a deck (``抓革命  促生产``, ``学习大寨  赶大寨``), each set
aside, never a deck. Mixed into :class:`~articles.parsing.reader.Reader` through
:class:`~articles.parsing.readfurniture.FurnitureMixin`; uses the reader's ``lines``, ``flow``,
``set_aside``, ``flags``, ``seen_body`` and ``masthead_from``.
"""

from __future__ import annotations

import re

from articles.parsing.credits import CREDIT_RE
from articles.parsing.dashes import SUBTITLE_DASHES
from articles.parsing.datelines import dateline_match
from articles.parsing.furniture import MASTHEAD_REASONS, furniture_reason
from articles.parsing.header_patterns import LATIN_NAME_RE, SLOGAN_STRIP_RE, parallel_phrases
from articles.parsing.names import looks_like_author_line, looks_like_name
from articles.parsing.patterns import BYLINE_LINE_RE, is_heading_like
from articles.parsing.quotebox import drawn_box_end
from articles.parsing.results import Flag, SetAside
from articles.text import HAN, fold

# One half of a slogan set on two lines (自力更生 / 艰苦奋斗): two to five characters, nothing else.
_SLOGAN_HALF_RE = re.compile(rf"^[{HAN}]{{2,5}}$")
_SLOGAN = 16  # characters: a slogan over the masthead is at most this long
_CALL = 30  # characters: a call under the masthead (…为普及大寨县而奋斗！) is at most this long
# A call in phrases, no punctuation, parted by spaces (大干一百天　夺取夏收夏种全面胜利): two to four
# phrases of two to twelve characters, as a campaign's slogan is set under an old masthead.
_PHRASED_CALL_RE = re.compile(rf"^[{HAN}]{{2,12}}(?:[ \u3000]+[{HAN}]{{2,12}}){{1,3}}$")


# A line set letter-spaced, one character and a space (大 力 支 援 农 业): four characters at least.
_LETTER_SPACED_RE = re.compile(rf"^[{HAN}](?:[ \u3000]{{1,2}}[{HAN}]){{2,11}}$")
_SPACED_LINE = 36  # characters, spaces included
# A paper's name set letter-spaced across its masthead (鹞　岭　工　地, 晨　报): two to eight characters.
_SPACED_NAME_RE = re.compile(rf"^[{HAN}](?:[ \u3000]{{1,3}}[{HAN}]){{1,7}}$")

_BOX_CORNERS = "┌╔┏╭"
_VERTICAL_CHARACTERS = 4  # one-character lines a slogan printed down the margin has at least
# One-character lines that are no slogan's: a full stop, and the numerals that head a story's
# sections on lines of their own (一 / text / 二 / text …: INPUT.md, numbered sections).
_NOT_SLOGAN_CHARACTER = frozenset("。.一二三四五六七八九十〇零壹贰叁肆伍陆柒捌玖拾") | frozenset(
    "0123456789０１２３４５６７８９"
)


def vertical_slogan_lines(lines: list[str]) -> frozenset[int]:
    """The numbers (1-based) of the lines of a slogan printed down the page's margin, one
    character a line, that an OCR interleaves with a column's lines (抓 / headline / 革 / text
    / 命 / text / ，/ …): one-character lines (a Han character or a mark, not a full stop and
    not a numeral: ``一`` / text / ``二`` / text heads a story's sections) every other line, at least :data:`_VERTICAL_CHARACTERS` of them, the lines between them longer
    ones. Furniture (INPUT.md, "Page furniture": slogans), never a kicker or a word of the
    text. Linear in the page."""
    found: set[int] = set()
    chain: list[int] = []  # indexes (0-based) of the one-character lines of the run
    for index, raw in enumerate(lines):
        text = raw.strip()
        if len(text) != 1 or text in _NOT_SLOGAN_CHARACTER:
            continue
        if chain and chain[-1] == index - 2 and len(lines[index - 1].strip()) > 1:
            chain.append(index)
            continue
        if len(chain) >= _VERTICAL_CHARACTERS:
            found.update(n + 1 for n in chain)
        chain = [index]
    if len(chain) >= _VERTICAL_CHARACTERS:
        found.update(n + 1 for n in chain)
    return frozenset(found)


def _deck_below(lines: list[str], number: int, *, alone_will_do: bool = False) -> bool:
    """The next block under line ``number`` (1-based; past a drawn quotation box) is a deck: a
    title-like line (no subheadline cue, dateline or author line) with more of its block under
    it, or another slogan strip. A title line alone in its block is not enough (unless
    ``alone_will_do``: over a letter-spaced strip no headline prints its own subheadline): a
    page parting every line by blank lines prints a headline over its subheadline so."""
    at = _next_line(lines, number)
    if at is not None and lines[at].lstrip()[:1] in _BOX_CORNERS:
        at = _next_line(lines, number + _box_lines(lines, number))  # a drawn box between
    if at is None:
        return False
    below = lines[at].strip()
    if (
        below.startswith(SUBTITLE_DASHES)
        or not is_heading_like(below)
        or dateline_match(below) is not None
        or looks_like_author_line(below)
    ):
        return False
    return (
        alone_will_do
        or bool(at + 1 < len(lines) and lines[at + 1].strip())
        or bool(SLOGAN_STRIP_RE.match(below))
    )


def _strip_over_deck(lines: list[str], number: int, stripped: str, below: str) -> bool:
    """The letter-spaced line ``stripped`` (line ``number``, 1-based), with the line ``below``
    it when that is its strip's second line (:func:`_spaced_partner`), is alone in its block
    over a deck (:func:`_deck_below`). A line of three characters needs its partner."""
    paired = bool(below) and _spaced_partner(below, stripped)
    if _letters(stripped) <= 3 and not paired:
        return False  # (three characters alone: maybe a column's name)
    end = number + 1 if paired else number
    if end < len(lines) and lines[end].strip():
        return False
    return _deck_below(lines, end, alone_will_do=True)


def _spaced_partner(other: str, line: str) -> bool:
    """``other`` is a letter-spaced line (:data:`_LETTER_SPACED_RE`) that can stand with
    ``line`` in one slogan strip: any such line with a longer one; a line of three characters
    only with another of the same length."""
    if not _LETTER_SPACED_RE.match(other):
        return False
    if min(_letters(other), _letters(line)) <= 3:
        return _letters(other) == _letters(line)
    return True


def _letters(spaced: str) -> int:
    """The characters of a letter-spaced line, its spaces left out."""
    return len(spaced) - spaced.count(" ") - spaced.count("\u3000")


def _next_line(lines: list[str], number: int) -> int | None:
    """The index (0-based) of the first line after line ``number`` (1-based) that is not
    blank, looking at most 50 lines ahead; None when there is none."""
    for index in range(number, min(len(lines), number + 50)):
        if lines[index].strip():
            return index
    return None


def _box_lines(lines: list[str], number: int) -> int:
    """How many lines after line ``number`` (1-based) reach the end of the quotation box drawn
    next below it (blank lines before it included); 0 when it is no such box."""
    start = number
    while start < len(lines) and not lines[start].strip():
        start += 1
    end = drawn_box_end(lines, start + 1) if start < len(lines) else None
    return end - number if end is not None else 0


class SlogansMixin:
    """Reader methods that set slogans aside (see the module docstring)."""

    def _slogan_under_masthead(self, number: int, text: str) -> bool:
        """At the top of the page, a line of parallel phrases (:func:`parallel_phrases`:
        ``听党指挥　能打胜仗　作风优良``) printed right under a masthead or header line (no blank
        line between) is the masthead's slogan (INPUT.md, "Page furniture": mastheads and
        slogans), set aside as ``masthead``, not a deck. So is the paper's name in Latin letters
        there (:data:`~articles.parsing.header_patterns.LATIN_NAME_RE`: ``Huanan Economic
        Journal``, ``Kaiyuan Ribao``): mastheads print the name in English or pinyin under the
        Chinese one, and a Chinese story's kicker is never in Latin letters alone. An app's
        numbered list of the page's stories under the masthead's lines is navigation
        (:meth:`_title_navigation`). A slogan strip alone in its block over a deck
        (:meth:`_slogan_strip`) is set aside anywhere on the page."""
        if not (self.seen_body or self.flow) and (
            self._masthead_slogan(number, text)
            or self._slogan_in_two_lines(number, text)
            or self._called_slogan(number, text)
        ):
            return True
        return self._slogan_strip(number, text) or self._letter_spaced_slogan(number, text)

    def _letter_spaced_slogan(self, number: int, text: str) -> bool:
        """A block of one or two letter-spaced lines, a character and a space each (``大 力 支
        援 农 业`` / ``为 全 年 丰 收 而 奋 斗``: :data:`_LETTER_SPACED_RE`), alone in its block (a
        blank line or furniture above it, a blank line under it) over a deck
        (:func:`_deck_below`): a slogan strip set wide across the page (INPUT.md, "Page
        furniture": slogans), set aside as ``slogan``, never a deck: a headline stands over
        its own text, a kicker right on its headline. Its second line follows the first set
        aside. Lines of three characters only as a pair of one length (``抓 革 命`` /
        ``促 生 产``: two parallel phrases, as slogans are printed): one such line alone may be a
        column's name over its headline."""
        stripped = text.strip()
        if len(stripped) > _SPACED_LINE or not _LETTER_SPACED_RE.match(stripped):
            return False  # (the cheap test first: every short line comes here)
        lines, last = self.lines, self.set_aside[-1] if self.set_aside else None
        below = lines[number].strip() if number < len(lines) else ""
        if last is not None and last.line == number - 1 and last.reason == "slogan":
            if below or not _spaced_partner(last.text.strip(), stripped):
                return False  # (the second line, under the first set aside)
        else:
            above = lines[number - 2].strip() if number > 1 else ""
            if above and not (last is not None and last.line == number - 1):
                return False
            if not _strip_over_deck(lines, number, stripped, below):
                return False
        self.set_aside.append(SetAside(number, text, "slogan"))
        return True

    def _called_slogan(self, number: int, text: str) -> bool:
        """At the top of the page (no story begun), a call ending in ``！`` (at most
        :data:`_CALL` characters, no full stop: ``全党动员，大办农业，为普及大寨县而奋斗！``) or
        set as phrases parted by spaces (``大干一百天　夺取夏收夏种全面胜利``: :data:`_PHRASED_CALL_RE`,
        no person named) alone in its block (blank lines round it) right under the masthead's
        furniture and over a deck (:func:`_deck_below`): the masthead's slogan (INPUT.md, "Page
        furniture": mastheads and slogans), set aside as ``slogan``, never a story: a story's
        text is not an exclamation alone over a headline, and a kicker sits right on its
        headline, with no blank line between."""
        stripped = text.strip()
        if len(stripped) > _CALL or "。" in stripped:
            return False  # (the cheap test first)
        phrased = stripped[-1:] not in "！!"
        if phrased and (
            not _PHRASED_CALL_RE.match(stripped)
            or SLOGAN_STRIP_RE.match(stripped)  # (short phrases: the strip's rule, _slogan_strip)
            or any(looks_like_name(phrase) for phrase in stripped.split())
        ):
            return False
        lines = self.lines
        if not self.set_aside or self.set_aside[-1].reason not in MASTHEAD_REASONS:
            return False
        if number > 1 and lines[number - 2].strip():
            return False
        if number < len(lines) and lines[number].strip():
            return False
        if not _deck_below(lines, number):
            return False
        self.set_aside.append(SetAside(number, text, "slogan"))
        if phrased:  # (phrases without a call's ！: a kicker set apart would read so too)
            self._flag_slogan(number, stripped)
        return True

    def _flag_slogan(self, number: int, stripped: str) -> None:
        self.flags.append(
            Flag(
                number,
                "slogan",
                f"“{stripped}”单独成行、下面接着是标题，按版面上的标语处理，已放在一边；"
                "如果它其实是标题或引题，请改回稿件。",
            )
        )

    def _slogan_in_two_lines(self, number: int, text: str) -> bool:
        """At the top of the page (no story begun), a slogan set as two lines of one length, two
        to five characters each, no punctuation (``自力更生`` / ``艰苦奋斗``), alone in its block
        right under the masthead's furniture (its header lines or another slogan, a blank line
        between at most) and over a deck (:func:`_deck_below`): the masthead's slogan (INPUT.md,
        "Page furniture": mastheads and slogans), set aside as ``slogan``, both lines. A
        headline of two such halves is printed over its own text, never over another deck."""
        stripped = text.strip()
        if not _SLOGAN_HALF_RE.match(stripped) or not self.set_aside:
            return False  # (the cheap test first)
        lines, last = self.lines, self.set_aside[-1]
        if last.line == number - 1 and last.reason == "slogan":
            first = last.text.strip()  # the second half, right under the first
            pair = _SLOGAN_HALF_RE.match(first) and len(first) == len(stripped)
            if not pair or (number < len(lines) and lines[number].strip()):
                return False
        else:
            above = lines[number - 2].strip() if number > 1 else ""
            if above and last.line != number - 1:
                return False
            if last.reason not in MASTHEAD_REASONS and last.reason != "slogan":
                return False
            below = lines[number].strip() if number < len(lines) else ""
            if len(below) != len(stripped) or not _SLOGAN_HALF_RE.match(below):
                return False
            if number + 1 < len(lines) and lines[number + 1].strip():
                return False
            if not _deck_below(lines, number + 1):
                return False
        self.set_aside.append(SetAside(number, text, "slogan"))
        return True

    def _masthead_slogan(self, number: int, text: str) -> bool:
        """The masthead's slogan, Latin name or list of stories (see
        :meth:`_slogan_under_masthead`), at the top of the page."""
        if not self.set_aside:
            return self._slogan_over_masthead(number, text) or self._spaced_name_over_masthead(
                number, text
            )
        if self._title_navigation(number, text):
            return True
        last = self.set_aside[-1]
        if (
            last.line != number - 1
            or last.reason not in MASTHEAD_REASONS
            or not (parallel_phrases(text) or LATIN_NAME_RE.match(text.strip()))
        ):
            return False
        self.set_aside.append(SetAside(number, text, "masthead"))
        return True

    def _slogan_strip(self, number: int, text: str) -> bool:
        """A line of two to five short phrases parted by spaces, no punctuation
        (:data:`~articles.parsing.header_patterns.SLOGAN_STRIP_RE`: ``抓革命  促生产``,
        ``学习大寨  赶大寨``, ``誠信 公正 服務僑社``), standing alone in its block (a blank line
        or a line set aside as furniture above it, a blank line under it) over a block that is
        a deck (a title-like line, no dateline, byline or subheadline cue, with more of its
        block under it or another slogan strip; a drawn quotation box between them is passed
        over): a slogan strip
        (INPUT.md, "Page furniture": mastheads and slogans, boxes and slogans), set aside as
        ``slogan`` and flagged. A headline of two halves (``深挖渠道  引水上山``) stands over
        its own subheadline or text, never alone over another deck; a kicker of two halves
        sits right on its headline, with no blank line between. A byline, a credit or a line
        naming a person (``河东村  李青``) is none."""
        stripped = text.strip()
        if (
            len(stripped) > 30
            or (" " not in stripped and "\u3000" not in stripped)
            or not SLOGAN_STRIP_RE.match(stripped)
        ):
            return False  # (the cheap test first: every short line comes here)
        folded = fold(stripped)
        if (
            BYLINE_LINE_RE.match(folded)
            or CREDIT_RE.match(folded)
            or any(looks_like_name(phrase) for phrase in stripped.split())
        ):
            return False  # a byline, a credit, a signature (河东村 李青): people, no slogan
        lines = self.lines
        above = lines[number - 2].strip() if number > 1 else ""
        if above and not (self.set_aside and self.set_aside[-1].line == number - 1):
            return False
        if number < len(lines) and lines[number].strip():
            return False
        if not _deck_below(lines, number):
            return False
        self.set_aside.append(SetAside(number, text, "slogan"))
        self._flag_slogan(number, stripped)
        return True

    def _spaced_name_over_masthead(self, number: int, text: str) -> bool:
        """The page's first line, two to eight characters set letter-spaced (``鹞　岭　工　地``),
        printed right above a masthead line (no blank line between: the issue line
        ``第三十七期　今日四版``, the publisher, the date): the paper's name as an old masthead
        sets it wide (INPUT.md, "Page furniture": mastheads), set aside as ``masthead``, never
        a headline. A letter-spaced title stands over its own text or deck, not over an issue
        line."""
        stripped = text.strip()
        if len(stripped) > _SPACED_LINE or not _SPACED_NAME_RE.match(stripped):
            return False  # (the cheap test first)
        if any(line.strip() for line in self.lines[: number - 1]) or number >= len(self.lines):
            return False
        below = self.lines[number].strip()
        reason = below and furniture_reason(below, fold(below), {}, top=True, first=True)
        if reason not in MASTHEAD_REASONS:
            return False
        self.set_aside.append(SetAside(number, text, "masthead"))
        self.masthead_from = number
        return True

    def _slogan_over_masthead(self, number: int, text: str) -> bool:
        """The page's first line, a short slogan ending in ``！`` (``全世界无产者，联合起来！``),
        printed right above the paper's name (no blank line between): old pages print the
        slogan over the masthead (INPUT.md, "Page furniture": mastheads and slogans); set
        aside as ``masthead``, not a story."""
        stripped = text.strip()
        if len(stripped) > _SLOGAN or stripped[-1] not in "！!" or "。" in stripped:
            return False
        if any(line.strip() for line in self.lines[: number - 1]) or number >= len(self.lines):
            return False
        below = self.lines[number].strip()
        reason = below and furniture_reason(below, fold(below), {}, top=True)
        if reason not in MASTHEAD_REASONS:
            return False
        self.set_aside.append(SetAside(number, text, "masthead"))
        self.masthead_from = number
        return True
