"""Bylines and author lines of story bodies: a name under a title is the byline (INPUT.md,
"Bylines, datelines, credits"), a poem's stanzas are its body, a letter's salutation its first
paragraph; and a finished body's dateline, byline and reporters (:func:`dateline_and_byline`).
Used by :mod:`~articles.parsing.bodies` (which splits them off before segmenting) and
:mod:`~articles.parsing.page`.
"""

from __future__ import annotations

import itertools
import re

from articles.labels import CN_NUMERAL
from articles.parsing.closings import closing_credit
from articles.parsing.creditlines import credit_only, credit_reporters
from articles.parsing.cutdatelines import cut_datelines_joined
from articles.parsing.datelinenames import dateline_reporters
from articles.parsing.datelines import dateline_match, dateline_span, reporter_dateline_names
from articles.parsing.deskends import agency_close
from articles.parsing.englishbylines import (
    english_byline,
    english_byline_names,
    english_credentials,
)
from articles.parsing.letternames import lettered
from articles.parsing.letterspacing import spaced_dateline
from articles.parsing.namepieces import redacted_name
from articles.parsing.names import (
    SPACED_PAIR_RE,
    glued_byline,
    looks_like_author_line,
    looks_like_name,
    name_by_form,
    names_only,
    parse_names,
    spaced_name,
)
from articles.parsing.noticesigners import without_signers
from articles.parsing.patterns import (
    APPENDIX_HEAD_RE,
    AUTHOR_NOTE_RE,
    BYLINE_BRACKET_RE,
    COLUMN_RE,
    END_DATELINE_RE,
    LEADING_BYLINE_RE,
    LOOSE_BYLINE_RE,
    ROLE_WORD_RE,
    SALUTATION_RE,
    SHORT_LINE,
    SPACE_RUN_RE,
    editor_note,
)
from articles.parsing.poemblocks import poems_taken
from articles.parsing.reader import Heading, Para, Special
from articles.parsing.reportlines import byline_names, posted_byline
from articles.parsing.results import Flag
from articles.parsing.serials import CHAPTER_HEAD_RE
from articles.parsing.signoffs import (
    bracketed_contributor,
    end_credit,
    end_pen_name,
    end_sign_off,
    glued_end_dateline,
    signed_last_paragraph,
)
from articles.parsing.unitauthors import group_author_line, unit_author_line, work_author_line
from articles.parsing.units import Body
from articles.parsing.verses import (  # noqa: F401 (COLUMN_GENRES, next_flow: read here)
    COLUMN_GENRES,
    next_flow,
    poet_over_verse,
    stanzas_between_verse,
    verse_end,
)
from articles.text import HAN, fold, get_posseg

_DECK_CONTEXT = 3000  # characters at each end of a story that its deck is matched against


# A page's staff line taken with a story's byline lines (``责任编辑  钟秀英`` under the last story):
# it names who edited the page, not who wrote the story; so does an illustrator's credit
# (``插图  周某``, ``题图：某某``): who drew the picture beside it.
_STAFF_BYLINE_RE = re.compile(
    r"^\s*(?:本版|本期)?(?:责任编辑|责编|编辑|美编|美术编辑|校对|责任校对|版式设计|图片编辑|"
    r"值班编辑|插图|题图|配图|插画|漫画)\s*[:：/／\s]"
)


def is_column_name(line: str) -> bool:
    """A column's name in brackets (``（人民论坛）``), not a section number (``（三）``)."""
    match = COLUMN_RE.search(fold(line.strip()))
    if not match or APPENDIX_HEAD_RE.match(fold(line.strip())):
        return False  # (【相关链接】 is a story's own appendix head)
    inner = match.group("a") or match.group("b")
    return any(ch not in CN_NUMERAL for ch in inner)


def authors_split_off(flow: list, flags: list[Flag] | None = None) -> list:
    """A title with its author's name on the next line before the text (INPUT.md, "Headlines":
    ``…（东风论坛）`` / ``林  舒``; ``杨德清``, ``□ 张三``, ``文/李四``, ``[美]丹尼尔·格林``; also over its
    author note ``（作者单位：…）``, which then opens the text): the name is the byline, not a
    headline line. A letter's salutation under its title (``编辑同志：``) is its first line of
    text. A poem under its title and author (short lines without sentence punctuation, in
    stanzas) is its text, not a deck (:func:`~articles.parsing.verses.verse_end`)."""
    names = _NameChecks()
    flow = stanzas_between_verse(cut_datelines_joined(flow), names)
    result: list = []
    index = 0
    while index < len(flow):
        unit = flow[index]
        following = flow[index + 1] if index + 1 < len(flow) else None
        index += 1
        after_poems = poems_taken(unit, _as_text(following), flow, index, result, names)
        if after_poems >= 0:  # (a block of short lines: poems, the next item's head under them)
            index = after_poems
            continue
        titled = isinstance(unit, Heading) and (
            len(unit.lines) >= 2 or bool(result and isinstance(result[-1], Heading))
        )
        if not titled or not isinstance(_as_text(following), Para | Heading):
            result.append(unit)
            continue
        if isinstance(following, Para) and _salutation(unit):
            result.append(Heading(unit.line, unit.lines[:-1], unit.after_blank, unit.after_photo))
            result.append(Para(unit.line + len(unit.lines) - 1, unit.lines[-1]))
            continue
        deck = [line for u in result[-3:] if isinstance(u, Heading) for line in u.lines]
        above = list(deck)
        deck += unit.lines[:-1]
        if not _author_or_poet(unit, deck, flags, names, (flow, index)):
            # (title / 钟  瑜 / 【案情】 / text: the author's line, then the text's first section)
            result.extend(_author_over_section_head(unit, above, flags, names))
            continue
        flow[index] = _as_text(following)  # (index < len(flow): text follows)
        line = unit.line + len(unit.lines) - 1
        if len(unit.lines) > 1:
            result.append(Heading(unit.line, unit.lines[:-1], unit.after_blank, unit.after_photo))
        result.append(Special(line, "byline", unit.lines[-1]))
        index += _credentials_taken(result, unit.lines[-1], flow[index])  # (By … / Class of …)
        if isinstance(following, Heading):
            index = _stanzas_taken(flow, index, result, names)
    return result


def _stanzas_taken(flow: list, index: int, result: list, names: _NameChecks) -> int:
    """A poem's stanzas from ``flow[index]`` under its title and author (:func:`~articles.
    parsing.verses.verse_end`) put in ``result``, one paragraph a line as printed, a break
    after them (the poem ends its story); the index to read on from."""
    end = verse_end(flow, index, names)
    for heading in flow[index:end]:
        result.extend(
            Para(heading.line + offset, text) for offset, text in enumerate(heading.lines)
        )
    if end > index and end < len(flow):
        result.append(Special(result[-1].line, "break", ""))
    return end


def _author_or_poet(
    unit: Heading, deck: list[str], flags: list[Flag] | None, names: _NameChecks, at: tuple
) -> bool:
    """The last line of the title block ``unit`` (under the title lines ``deck``) is its
    author's (:func:`_author_line`), or a poet's bare name over the poem that starts at
    ``at`` = (flow, index) (:func:`~articles.parsing.verses.poet_over_verse`)."""
    name, line = unit.lines[-1], unit.line + len(unit.lines) - 1
    return _author_line(name, deck, flags, line, names) or poet_over_verse(name, deck, *at, names)


# A section's label in square brackets (【案情】, 〔审理〕, [说法]) or a serial's chapter head, folded.
_SECTION_LABEL_RE = re.compile(r"^[【〔\[]\s*[^\W\d_]{2,8}\s*[】〕\]]$|" + CHAPTER_HEAD_RE.pattern)


def _credentials_taken(result: list, byline: str, unit) -> int:
    """1 when ``unit``, printed right under the author's line ``byline``, says who an English
    byline's writer is (``By Elena Marchetti`` / ``Class of 2022, School of International
    Business``: :func:`~articles.parsing.englishbylines.english_credentials`): part of the
    byline, put in ``result`` as a byline line of its own; else 0, ``result`` unchanged."""
    if not isinstance(unit, Para) or not english_byline(byline):
        return 0
    if not english_credentials(unit.text):
        return 0
    result.append(Special(unit.line, "byline", unit.text))
    return 1


def _author_over_section_head(
    unit: Heading, deck: list[str], flags: list[Flag] | None, names: _NameChecks
) -> list:
    """A title block ending in a section's label in square brackets (``【案情】``) or a serial's
    chapter head (``第五回　…``: :data:`~articles.parsing.serials.CHAPTER_HEAD_RE`), the line
    before it the author's (``钟  瑜``, :func:`_author_line`): the name is the byline and the
    label the text's first section head, neither a title line (INPUT.md, "Headlines"). Title,
    byline and head as units of the flow; ``[unit]`` otherwise."""
    if len(unit.lines) < 3 or not _SECTION_LABEL_RE.match(fold(unit.lines[-1].strip())):
        return [unit]
    line = unit.line + len(unit.lines) - 2
    if not _author_line(unit.lines[-2], deck + unit.lines[:-2], flags, line, names):
        return [unit]
    return [
        Heading(unit.line, unit.lines[:-2], unit.after_blank, unit.after_photo),
        Special(line, "byline", unit.lines[-2]),
        Heading(line + 1, unit.lines[-1:]),
    ]


def _as_text(unit):
    """An author note under an author's name (``（作者单位：…）``) opens the text: a paragraph,
    which ends no story (a note closing a story does); any other unit as it is."""
    if isinstance(unit, Special) and AUTHOR_NOTE_RE.match(fold(unit.text)):
        return Para(unit.line, unit.text)
    return unit


def _salutation(unit: Heading) -> bool:
    """The last line of a title block is a letter's salutation (``编辑同志：``)."""
    return len(unit.lines) >= 2 and SALUTATION_RE.match(fold(unit.lines[-1].strip())) is not None


_PLAIN_NAME_CHECKS = 200  # jieba readings of a name per page: a page has far fewer titles


class _NameChecks:
    """Author lines by form, and as many jieba readings of plain names per page as
    :data:`_PLAIN_NAME_CHECKS` (a reading costs up to milliseconds; hostile pages of thousands
    of name-like lines stay linear and fast)."""

    def __init__(self) -> None:
        self.left = _PLAIN_NAME_CHECKS

    def spend(self) -> bool:
        self.left -= 1
        return self.left >= 0

    def author(self, text: str) -> bool:
        if looks_like_author_line(text, plain=False):
            return True
        return self.spend() and looks_like_author_line(text)


def _author_line(
    name: str, deck: list[str], flags: list[Flag] | None, line: int, names: _NameChecks
) -> bool:
    """``name``, printed under the title lines ``deck``, is the author's line: a name by its
    mark or form (:func:`~articles.parsing.names.looks_like_author_line`) or a credit line as a
    story's end prints it (:func:`~articles.parsing.closings.closing_credit`), under a title that
    does not run on into it (a title ending in ``——`` or ``：`` goes on on the next line). A
    plain name without mark, spaces or column name (``杨德清``) is flagged: a short title can read
    as a name (``金秋``)."""
    if not deck or deck[-1].rstrip().endswith(("——", "：", ":")):
        return False
    stripped = name.strip()
    if looks_like_author_line(stripped, plain=False) or posted_byline(stripped):
        return True
    if english_byline(stripped) or redacted_name(stripped):
        return True  # (By Elena Marchetti; 陈×华: a name printed with a character withheld)
    if unit_author_line(stripped) or group_author_line(stripped) or work_author_line(name, deck):
        return True  # (省教育厅　孙维德: the writer's unit, then the name; 某队党支部: a body)
    if closing_credit([stripped]) is not None:
        return True  # (文/周明 图/钱立, 钱立 编译, 周明 口述 钱立 整理: as a closing line credits)
    if not names.spend():
        return False
    # (the spaced forms first: they ask jieba's dictionary only, never its segmenter)
    if spaced_name(stripped) or _spaced_pen_name(stripped):
        return True
    spaced = SPACE_RUN_RE.search(stripped) is not None
    if (spaced or any(is_column_name(d) for d in deck)) and looks_like_name(
        SPACE_RUN_RE.sub("", stripped)
    ):
        return True
    if not looks_like_author_line(stripped):
        return False
    if flags is not None:
        flags.append(
            Flag(
                line,
                "author-line",
                f"标题下单独一行的“{stripped}”按作者署名处理，没有算作副题；如果它是标题的一部分，请改回标题。",
            )
        )
    return True


# Where a letter's writer lives, before the name (〔美國三藩市〕譚錫林).
_PLACE_RE = re.compile(r"^[〔［\[【][\u4e00-\u9fff]{2,10}[〕］\]】]\s*")
_WIDE_GAP_RE = re.compile("\u3000| {2,}")  # a name's two characters set the width of three apart


def _spaced_pen_name(text: str) -> bool:
    """Two characters spaced out to the width of three or more (``秋  声``) that jieba's
    dictionary holds as a person's name or not at all: a pen name, which need not start with a
    common surname (:func:`spaced_name`); a column's label spaced so (``短  评``, ``简  讯``) is a
    word of the dictionary. One half-width space is OCR's stray space in a text (``說 放``, cut
    from ``他說 放假``), no such width (:data:`_WIDE_GAP_RE`). A look-up, not a segmentation."""
    folded = fold(text.strip())
    if SPACED_PAIR_RE.fullmatch(folded) is None or _WIDE_GAP_RE.search(folded) is None:
        return False
    pair = SPACE_RUN_RE.sub("", folded)
    posseg = get_posseg()
    tag = posseg.dt.word_tag_tab.get(pair)
    return tag is None or tag.startswith("nr")


def dateline_and_byline(body: Body) -> tuple[str, str, tuple[str, ...]]:
    """(dateline, byline, reporters) of a story: from its first paragraph (``本报讯（记者朱文君）``),
    its byline lines, or the end datelines, closing credits (whom they credit:
    :func:`~articles.parsing.closings.closing_credit`) and pen names printed after it."""
    first = _opening_paragraph(body)
    dateline, byline = _opening_dateline(first)
    lines = [line for line in body.byline_lines if not _STAFF_BYLINE_RE.match(fold(line))]
    # 文/周明 at the end, or 周明 口述 钱立 整理 alone under the title: its writers (not 图/钱立)
    closing = None if byline or len(lines) > 1 else closing_credit(lines or body.end_lines)
    # byline lines beside a dateline's byline (本报记者 张海 under the title, 本报讯（记者 周涛）):
    # kept in the byline as printed, never lost; the reporters are the dateline's
    beside = _beside_dateline_byline(lines, byline)
    byline = byline or " ".join(lines) or (closing.text if closing else "")
    if not byline and not dateline:
        byline = _leading_byline(first)
    if not dateline:
        dateline, byline = _end_dateline(body, byline)
    reporters = closing.writers if closing else _reporters(body, byline, dateline)
    reporters = without_signers(body, byline, dateline, reporters)  # (尋人啟事 … 王德全　謹啟)
    byline = f"{beside} {byline}" if beside else byline
    return dateline or glued_end_dateline(body), end_credit(body, byline, reporters), reporters


def _beside_dateline_byline(lines: list[str], byline: str) -> str:
    """The story's byline lines (``lines``) joined, when its dateline brackets a ``byline`` too
    and they name someone it does not (``本报记者 张海`` over ``本报讯（记者 周涛）``): printed, so kept
    in the byline, never lost. ``""`` otherwise (``作者：本报记者 钟原`` over ``本报讯（记者钟原）``
    names the same person twice)."""
    beside = " ".join(lines) if byline and lines else ""
    if beside and set(parse_names(beside)) <= set(parse_names(byline)):
        return ""
    return beside


def _end_dateline(body: Body, byline: str) -> tuple[str, str]:
    """(dateline, byline) from the first end dateline among the closing lines (``（新华社北京6月1日电
    记者 周明）``, an agency's close: :func:`agency_close`), the byline kept; ``("", byline)`` if none."""
    for line in body.end_lines:
        end = END_DATELINE_RE.match(fold(line))
        if end and not AUTHOR_NOTE_RE.match(fold(line)):
            cut = end.start("endbyline") if end.group("endbyline") else len(line)
            return line[:cut].strip("（）() "), byline or line[cut:].strip("）) ")
        if agency_close(fold(line.strip())):  # （中央社台北7日電）, (AP)
            return line.strip().strip("（）() "), byline
    return "", byline


def _opening_dateline(first: str) -> tuple[str, str]:
    """(dateline, byline) opening the story's ``first`` paragraph (``本报讯（记者朱文君）``); a
    letter-spaced one read as if unspaced, cut from the printed text (:func:`spaced_dateline`)."""
    match = dateline_match(first)
    if not match:
        return spaced_dateline(first, _opening_dateline)
    dateline = first[slice(*dateline_span(match))]
    if credit_only(match):  # (澎湃新闻记者 周涛 …: a byline in the dateline's place)
        return "", dateline.strip()
    printed_rest = first[match.end() : match.end() + SHORT_LINE]
    rest = fold(printed_rest)
    bracket = BYLINE_BRACKET_RE.match(rest)
    inside = printed_rest[slice(*bracket.span("byline"))] if bracket else ""
    if bracket and (ROLE_WORD_RE.search(bracket.group("byline")) or parse_names(inside)):
        return dateline, inside.strip()
    loose = LOOSE_BYLINE_RE.match(rest)
    if loose and _LATIN_RE.search(loose.group(1)) and not parse_names(loose.group(1)):
        loose = None  # (记者 The Paper: words in letters naming no one)
    if loose:
        glued = _last_name_glued_to_text(printed_rest, loose.end(1), dateline)
        return dateline, printed_rest[slice(*loose.span(1))] + glued
    glued = glued_byline(printed_rest)
    return dateline, printed_rest[:glued].strip() if glued else ""


_LATIN_RE = re.compile("[A-Za-z]")
# A gap of spaces (or a full-width one) after a byline's names, then Han text.
_NAME_GAP_RE = re.compile(r"(?:[ \t]+|\u3000[ \t\u3000]*)(?=[\u4e00-\u9fff])")
_GLUED_NAME_SPAN = 8  # characters of text read after the gap to find a name glued to it
_NAME_PIECE_TAGS = ("nr", "m")  # jieba's tags of the pieces of a name it does not know
_SPACED_GLUED_NAME_RE = re.compile(r"([\u4e00-\u9fff])[ \u3000]{1,3}([\u4e00-\u9fff])")  # 方  远


def _last_name_glued_to_text(printed: str, end: int, dateline: str = "") -> str:
    """A byline line's last name glued to the text under it (``记者陈默 许一凡``/``在…``), with its
    gap; ``""`` if none (``记者 王芳  今天…``): a short name spaced out (``方  远``; INPUT.md), else
    the longest run of jieba's first words (≤ 3 characters, pieces of a name or numeral: 苏子|墨,
    许一|凡, never 高温|下) that is a name by form (INPUT.md: ``记者 X 通讯员 Y``)."""
    gap = _NAME_GAP_RE.match(printed, end)
    if gap is None:
        return ""
    spaced = _SPACED_GLUED_NAME_RE.match(printed, gap.end())
    if spaced and name_by_form(spaced.group(1) + spaced.group(2)):
        return printed[end : spaced.end()]
    posseg = get_posseg()
    words = posseg.lcut(printed[gap.end() : gap.end() + _GLUED_NAME_SPAN])
    name, prefix = "", ""
    for word in words[:3]:
        if len(word.word) > 1 and not word.flag.startswith(_NAME_PIECE_TAGS):
            break
        prefix += word.word
        # (the text opening with the dateline's place keeps its first character: 石岚|乌沙市…
        # under 新华社乌沙…电 is 石岚, not 石岚乌)
        start = gap.end() + len(prefix) - 1
        if printed[start : start + 2] in dateline and len(prefix) > 2:
            break
        if 2 <= len(prefix) <= 3 and name_by_form(prefix):
            name = prefix
    return printed[end : gap.end() + len(name)] if name else ""


def _leading_byline(first: str) -> str:
    """The byline opening the story's first paragraph, parted from its text by a run of spaces
    (``本报记者 钱晓蕾   小微企业是…``: an app page prints a story on one line, its byline first;
    INPUT.md, "Encoding and layout"), when it names names (:func:`name_by_form`); else ``""``."""
    match = LEADING_BYLINE_RE.match(fold(first[:SHORT_LINE]))
    if match is None:
        return _leading_spaced_byline(first)
    gap = first[slice(*match.span("gap"))]
    if len(gap) < 2 and "\u3000" not in gap:
        return _leading_spaced_byline(first)
    byline = first[slice(*match.span("byline"))]
    names = names_only(byline)
    named = names and all(name_by_form(name) or lettered(fold(name)) for name in names)
    return byline if named else ""


_LEAD_PIECE_RE = re.compile(r"\S+")
_LEAD_WORD_RE = re.compile(rf"[{HAN}·]{{1,8}}")  # a role word (本报记者) or a name's piece
_LEAD_LOOK = 40  # characters at the paragraph's start where such a byline stands
_LEAD_PIECES = 10  # pieces at most: a role and a few names spaced out


def _leading_spaced_byline(first: str) -> str:
    """The byline opening the story's first paragraph with its names spaced out, as a paper
    prints a two-character name to the width of three (``本报记者  梁  舟  苏  禾   1月6日清晨…``,
    ``记者  苗  青      入夜…``, a columnist's ``岳  言   天冷了…``; INPUT.md: ``本报记者  彭  波``,
    an app page prints a story on one line, its byline first), parted from the text by a run of
    spaces at least as wide as any inside it; ``""`` otherwise. The pieces before the gap are Han
    words only (a role word, names, single characters of spaced names) and hold at least one lone
    character; all of it must read as names (:func:`names_only`, the same names
    :func:`parse_names` reads: ``王  平  摄`` is a credit) and, without a role word, be names
    spaced out character by character (``岳  言``), never a sentence's first words."""
    head = fold(first[:_LEAD_LOOK])
    pieces = []
    for piece in _LEAD_PIECE_RE.finditer(head):
        if not _LEAD_WORD_RE.fullmatch(piece.group()):
            break
        pieces.append(piece)
    else:
        return ""  # (no text after the pieces within the look: a line of names, not a byline)
    if not pieces or len(pieces) > _LEAD_PIECES:
        return ""
    gaps = [b.start() - a.end() for a, b in itertools.pairwise(pieces)]
    gap = piece.start() - pieces[-1].end()
    if gap < 2 or any(inner > gap for inner in gaps):
        return ""
    if not any(len(p.group()) == 1 for p in pieces):
        return ""  # (本报记者 钱晓蕾: LEADING_BYLINE_RE's, names printed whole)
    byline = first[pieces[0].start() : pieces[-1].end()]
    names = names_only(byline)
    if not names or parse_names(byline) != names:
        return ""
    if not ROLE_WORD_RE.search(fold(byline)) and any(len(p.group()) != 1 for p in pieces):
        return ""
    return byline


def _opening_paragraph(body: Body) -> str:
    """The story's first paragraph, where its dateline stands; after the editor's note over a
    feature it introduces (``编者按：…本报今天摘登…``), the one after the note."""
    paragraphs = (b.text for b in body.blocks if b.kind == "paragraph")
    first = next(paragraphs, "")
    return next(paragraphs, "") if editor_note(first) else first


def _reporters(body: Body, byline: str, dateline: str = "") -> tuple[str, ...]:
    """The names in ``byline``, else the reporters the dateline names (``記者王小明／台北報導``),
    else a sign-off glued to the end of its text (:func:`end_sign_off`), else a pen name
    printed after the story. Names printed without a space between them
    (``陈玲玲林娟``) are two names when both read as names."""
    names = byline_names(_PLACE_RE.sub("", byline)) if byline else ()
    names = names or english_byline_names(body.byline_lines)
    names = tuple(
        part for name in names for part in ((len(name) >= 4 and names_only(name)) or (name,))
    )
    if not names and dateline:
        names = (
            credit_reporters(dateline)
            or dateline_reporters(dateline)
            or reporter_dateline_names(dateline)
        )
    if not names:
        names = end_sign_off(body)
    if not names:
        names = end_pen_name(body)
    if not names:
        names = signed_last_paragraph(body)
    if not names:
        names = bracketed_contributor(body)
    return names
