"""The entry point: :func:`parse_page`, one printed page in, a :class:`ParsedPage` out.

The stages run in order: :mod:`~articles.parsing.decoding` (bytes to text),
:mod:`~articles.parsing.reader` (lines into units), :mod:`~articles.parsing.bodies` (units into
story bodies), :mod:`~articles.parsing.decks` (heading lines to bodies, and their roles); this
module numbers what they found in print order and builds the frozen results.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from articles.parsing.bodies import Body, segment
from articles.parsing.bylines import dateline_and_byline
from articles.parsing.creditpeople import credit_photographers
from articles.parsing.crossheads import joined_numbered_heads
from articles.parsing.decks import assign_decks, deck_roles
from articles.parsing.decoding import DEFAULT_MAX_BYTES, decode_page
from articles.parsing.dispatches import merge_second_dispatches
from articles.parsing.emoji import emoji_marked_lines, emoji_unmarked
from articles.parsing.furniture import folio_label
from articles.parsing.htmltext import HtmlLines, printed_lines
from articles.parsing.itemmarks import lone_marks_onto_titles
from articles.parsing.lineends import single_line_ends
from articles.parsing.mastheadfacts import section_without_furniture
from articles.parsing.ownpageteasers import own_page_teasers_set_aside
from articles.parsing.photolinks import link_photos, uncredited_photographers
from articles.parsing.reader import Heading, Reader
from articles.parsing.results import (
    Flag,
    PageMetadata,
    ParsedArticle,
    ParsedPage,
    ParsedPhoto,
    ParsedTeaser,
    ParseError,
    SetAside,
)
from articles.parsing.terminalcodes import TERMINAL_CODE, TERMINAL_CODE_RE
from articles.text import INVISIBLE, fold

# The warnings a page lists at most; past them one line says how many more there were.
MAX_WARNINGS = 50


def parse_page(
    data: bytes | str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    line_sizes: Mapping[int, float] | None = None,
    label: str = "",
) -> ParsedPage:
    """Parse one printed page. Raises :class:`ParseError` (and nothing else) on bad input.
    ``encoding``: the bytes' encoding when known (else it is detected, see :func:`decode_page`).
    ``label``: the page's own label, normalised (``A2``, ``2``: :func:`articles.labels.
    normalize_label`), when the caller knows it (the importer does): a forward and a backward
    marker printed together are a source's merged story only on one of the two pages they name
    (:meth:`~articles.parsing.readmarkers.MarkersMixin._pair_of_this_page`); ``""``: not known.

    ``line_sizes``: what a page's layout tells that its text does not, when the text was read
    from one (a PDF's text layer, :func:`articles.pdfpages.page_text_sizes`): the type size in
    points of lines of the page's text, by line number (1-based, the lines of ``data``); lines
    left out have no known size. A deck's lines are then read by their sizes before their words
    (the largest type is the headline: :func:`~articles.parsing.decks.deck_roles`). Without it
    (a page of text alone) the text decides everything."""
    text, encoding = decode_page(data, max_bytes=max_bytes, encoding=encoding)
    return parse_decoded(text, encoding, line_sizes=line_sizes, label=label)


def parse_decoded(
    text: str,
    encoding: str,
    *,
    line_sizes: Mapping[int, float] | None = None,
    label: str = "",
) -> ParsedPage:
    """:func:`parse_page` for a page already decoded by :func:`decode_page` (``text`` and
    ``encoding`` as it returned them), so that a caller keeping the text decodes it only once."""
    try:
        return _parse_text(text, encoding, line_sizes, label)
    except ParseError:
        raise
    except RecursionError as exc:  # pragma: no cover - defensive
        raise ParseError("版面的结构嵌套太深，读不出来；请把这个文件交给技术人员") from exc
    except Exception as exc:  # pragma: no cover - a bug; still honour the contract
        raise ParseError(
            f"解析程序在这个版面上出错（{type(exc).__name__}: {exc}）；请把这个文件交给技术人员"
        ) from exc


# Line breaks as Python's str.splitlines() knows them: a word processor's manual line break
# (\v), a form feed between pages (\f), the file/group/record separators, NEL and the Unicode
# line and paragraph separators end a line like \n does.
LINE_BREAK_RE = re.compile("\r\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_LINE_BREAKS = "\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029"  # (the last character of a break)
# Control characters nothing prints (C0 except tab and the line breaks above, DEL, C1): the
# page's raw text keeps them, the parsed text does not (they could not be saved or fed).
#: A terminal's colour or cursor code (``ESC [ 31 m``: text pasted from a terminal or a log,
#: :mod:`articles.parsing.terminalcodes`) goes whole, one control each, since its ``[31m``
#: after the ESC prints nothing either (it cut ``本报讯\x1b[31m（记者李明）`` from its reporter).
#: So do the direction controls that open or close a run of reordered text (embeddings and
#: overrides U+202A–202E, isolates U+2066–2069: :data:`BIDI_CONTROLS`), which a web page or a
#: copy from a right-to-left program leaves: unpaired, ``\u202e城东新建三座公园`` shows the
#: headline reversed in every view; the marks U+200E/U+200F (``&lrm;``) are kept, read as a space.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
UNPRINTED_RE = re.compile(
    TERMINAL_CODE + f"|[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f{BIDI_CONTROLS}]"
)
_BIDI_RE = re.compile(f"[{BIDI_CONTROLS}]")


def page_lines(text: str) -> tuple[list[str], list[Flag]]:
    """The page's lines (split at every line break :data:`LINE_BREAK_RE` knows, CR CR LF as one
    in a file whose line ends were converted twice: :func:`single_line_ends`) without the
    control characters nothing prints (:data:`UNPRINTED_RE`, a terminal's code one each), and a
    ``control-characters`` flag naming the first line that had any, how many were left out in
    all and how many of them were a terminal's codes."""
    # (str.splitlines splits at the same breaks, faster; it leaves out the empty line after a
    # last break, which the page's line count keeps; line ends converted twice, CR CR LF, are
    # one each when they are the file's: articles.parsing.lineends)
    text = single_line_ends(text)
    lines = text.splitlines()
    if not text or text[-1] in _LINE_BREAKS:
        lines.append("")
    flags: list[Flag] = []
    dropped = codes = 0
    first = 0
    bidi: tuple[int, str] | None = None  # the first direction control: its line, itself
    if UNPRINTED_RE.search(text) is None:  # (most pages: no line to clean)
        return lines, flags
    for index, line in enumerate(lines):
        cleaned, count = UNPRINTED_RE.subn("", line)
        if count:
            lines[index] = cleaned
            dropped += count
            codes += len(TERMINAL_CODE_RE.findall(line)) if "\x1b" in line else 0
            first = first or index + 1
            if bidi is None and (control := _BIDI_RE.search(line)) is not None:
                bidi = (index + 1, control.group())
    if dropped:
        message = _controls_message(dropped, codes, first, bidi)
        flags.append(Flag(first, "control-characters", message))
    return lines, flags


def _controls_message(
    dropped: int, codes: int, first: int, bidi: tuple[int, str] | None = None
) -> str:
    """The ``control-characters`` flag's words: ``dropped`` controls left out from line
    ``first`` on, ``codes`` of them a terminal's codes (:mod:`articles.parsing.terminalcodes`),
    named as such: an editor sees neither; ``bidi``, the line and character of the first
    direction control among them (:data:`BIDI_CONTROLS`), named by its code point."""
    if bidi is not None:
        line, char = bidi
        return (
            f"版面文本里有 {dropped} 个不可见的控制字符（第{first}行起；第{line}行有 U+{ord(char):04X}"
            "，是改变文字显示方向的控制符，会让标题或正文倒着显示），已从稿件中略去（原文照存）；"
            "若导出时出了错，请核对这几行"
        )
    if codes == dropped:
        what = (
            f"{codes} 个终端颜色代码（如 ESC[31m，从终端或日志里复制文字时带进来的不可见控制字符；"
            f"第{first}行起）"
        )
    elif codes:
        what = f"{dropped} 个不可见的控制字符（第{first}行起；其中 {codes} 个是终端颜色代码，如 ESC[31m）"
    else:
        what = f"{dropped} 个不可见的控制字符（第{first}行起）"
    return f"版面文本里有 {what}，印出来看不到，已从稿件中略去（原文照存）；若导出时出了错，请核对这几行"


_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
_INVISIBLE_ONLY_RE = re.compile(f"[\\s{INVISIBLE}]*[{INVISIBLE}][\\s{INVISIBLE}]*")


def invisible_lines_blank(lines: list[str]) -> list[str]:
    """``lines`` with every line that holds nothing but invisible characters
    (:data:`articles.text.INVISIBLE`: a zero-width space, joiner, word joiner, BOM, soft hyphen)
    and spaces made empty: a blank line, as a reader sees it. A web page's empty paragraph is
    often exactly one ``&#8203;`` (INPUT.md, web-archive and e-paper dumps), and left as it was
    it glued the headline under it to the paragraph above. Same count and order; the same list
    when no line has such a character. Stored text loses nothing printed: the raw text is kept
    verbatim."""
    if _INVISIBLE_RE.search("\n".join(lines)) is None:  # (most pages: one scan)
        return lines
    return ["" if _INVISIBLE_ONLY_RE.fullmatch(line) else line for line in lines]


def _reader_sizes(html: HtmlLines, line_sizes: Mapping[int, float] | None) -> dict[int, float]:
    """``line_sizes`` (by the page's line numbers) by the reader's line numbers: a page line
    the reader reads as several lines (block tags) tells no size for any of them."""
    if not line_sizes:
        return {}
    if not html.source:
        return dict(line_sizes)
    pieces = Counter(html.source)
    return {
        number: line_sizes[page_line]
        for number, page_line in enumerate(html.source, start=1)
        if pieces[page_line] == 1 and page_line in line_sizes
    }


def _parse_text(
    text: str, encoding: str, line_sizes: Mapping[int, float] | None = None, label: str = ""
) -> ParsedPage:
    lines, control_flags = page_lines(text)
    html = printed_lines(lines)  # character references and tags read: the lines as printed
    # A brief's title opened by an emoji read as one opened by ■ (🔹标题　正文), put back below.
    shown_lines = invisible_lines_blank(html.lines)
    read_lines, emoji_heads = emoji_marked_lines(lone_marks_onto_titles(shown_lines))
    reader = Reader(read_lines, page_label=label)
    reader.html = html
    reader.read()
    own_page_teasers_set_aside(
        reader.teasers,
        reader.set_aside,
        lines=read_lines,
        own_label=label or reader.meta.get("label", ""),
    )
    flags = list(reader.flags)  # (numbered on the reader's lines: the page's, see _on_page)
    flags.extend(joined_numbered_heads(reader.flow, read_lines))
    segments = segment(reader.flow, reader.blank_parts_blocks, flags)
    unplaced: list[Heading] = []
    sizes = _reader_sizes(html, line_sizes)
    bodies = merge_second_dispatches(assign_decks(segments, unplaced, flags, sizes), flags)
    bylines: dict[int, tuple] = {}  # each story's dateline and byline, read once
    stories = link_photos(reader.flow, reader.photos, reader.photo_places, bodies, flags, bylines)
    story_of = {id(photo): story for photo, story in zip(reader.photos, stories, strict=True)}

    # Positions follow print order: the first line of each item.
    items: list[tuple[int, str, object]] = []
    for body in bodies:
        start = min(body.first_line, body.deck_line or body.first_line)
        items.append((start, "article", body))
    for photo in reader.photos:
        items.append((photo.line, "photo", photo))
    for teaser in reader.teasers:
        items.append((teaser.line, "teaser", teaser))
    items.sort(key=lambda item: item[0])

    articles: list[ParsedArticle] = []
    photos: list[ParsedPhoto] = []
    teasers: list[ParsedTeaser] = []
    body_positions: dict[int, int] = {}
    photo_stories: list[Body | None] = []
    for position, (_, kind, item) in enumerate(items, start=1):
        if kind == "article":
            body_positions[id(item)] = position
            articles.append(_article(item, position, bylines.get(id(item))))
        elif kind == "photo":
            photo_stories.append(story_of[id(item)])
            photos.append(
                ParsedPhoto(
                    position=position,
                    caption=item.caption,
                    credit_line=item.credit,
                    photographers=credit_photographers(item.credit)
                    or uncredited_photographers(item, story_of[id(item)]),
                )
            )
        else:
            teasers.append(
                ParsedTeaser(
                    position=position,
                    title_lines=tuple(item.title_lines),
                    target_label=item.label,
                    target_section=item.section,
                    text=item.text,
                )
            )
    # A photo may be printed before the story it goes with: its position is known only now.
    photos = [
        replace(photo, article_position=body_positions[id(story)]) if story is not None else photo
        for photo, story in zip(photos, photo_stories, strict=True)
    ]
    set_aside = list(reader.set_aside)
    if emoji_heads:
        articles, set_aside = _emoji_restored(articles, set_aside, emoji_heads)
        set_aside = _emoji_marks_restored(set_aside, shown_lines, read_lines)
    unplaced = _folios_at_foot(unplaced, set_aside, reader.meta)
    lost = [(h.line, emoji_unmarked(line, emoji_heads)) for h in unplaced for line in h.lines]
    set_aside.extend(SetAside(number, line, "unplaced") for number, line in lost)
    warnings = _warnings_on_page(reader.warnings, html)
    if unplaced:
        warnings.append("title lines with no story to attach to: " + "、".join(t for _, t in lost))
    if len(warnings) > MAX_WARNINGS:  # a page of thousands of stray markers: list the first
        more = len(warnings) - MAX_WARNINGS
        warnings = [*warnings[:MAX_WARNINGS], f"{more} more warnings not listed"]
    meta = reader.meta
    flags.sort(key=lambda f: f.line)  # (in the reader's order, before they are numbered anew)
    return ParsedPage(
        encoding=encoding,
        articles=tuple(articles),
        photos=tuple(photos),
        teasers=tuple(teasers),
        set_aside=_on_page(sorted(set_aside, key=lambda s: s.line), html),
        metadata=PageMetadata(
            paper=meta.get("paper", ""),
            date=meta.get("date", ""),
            label=meta.get("label", ""),
            section=section_without_furniture(meta.get("section", ""), meta.get("paper", "")),
            issue_number=meta.get("issue_number"),
        ),
        warnings=tuple(warnings),
        flags=tuple(sorted(control_flags + list(_on_page(flags, html)), key=lambda f: f.line)),
    )


def _on_page(items: list, html: HtmlLines) -> tuple:
    """``items`` (set-asides or flags, numbered on the reader's lines) numbered on the page's
    lines: a line the browser shows in several (a web page's ``标题<br/>正文``, read by
    :func:`~articles.parsing.htmltext.printed_lines`) is one line of the page's text, the one
    a flag or set-aside names for the desk (the raw text is kept verbatim). Same order."""
    if html.source[-1:] == [len(html.source)]:
        return tuple(items)  # (no line was parted: the numbers are the page's)
    return tuple(replace(item, line=html.page_line(item.line)) for item in items)


# A reader's warning about one line opens with its number: "line 12: …".
_WARNING_LINE_RE = re.compile(r"line ([0-9]+):")


def _warnings_on_page(warnings: list[str], html: HtmlLines) -> list[str]:
    """The reader's ``warnings`` with the line number a warning opens with (``line 12: …``)
    the page's (see :func:`_on_page`)."""
    if html.source[-1:] == [len(html.source)]:
        return list(warnings)
    return [
        _WARNING_LINE_RE.sub(lambda m: f"line {html.page_line(int(m.group(1)))}:", text, count=1)
        if text.startswith("line ")
        else text
        for text in warnings
    ]


def _article(body: Body, position: int, read: tuple | None = None) -> ParsedArticle:
    """The story ``body`` as parsed; ``read``: its :func:`dateline_and_byline` when read
    already (linking the photos)."""
    kicker, headline, subheadline = deck_roles(body.deck, body.deck_sizes)
    dateline, byline, reporters = read or dateline_and_byline(body)
    return ParsedArticle(
        position=position,
        title_lines=tuple(line for block in body.deck for line in block),
        kicker=kicker,
        headline=headline,
        subheadline=subheadline,
        dateline=dateline,
        byline=byline,
        reporters=reporters,
        blocks=tuple(body.blocks),
        markers=tuple(body.markers),
        byline_lines=tuple(body.byline_lines),
    )


def _folios_at_foot(
    unplaced: list[Heading], set_aside: list[SetAside], meta: dict
) -> list[Heading]:
    """The title-like lines no story took, less the folios among them (``—4—``, :func:`folio_label`:
    a page's number at its foot), which go to ``set_aside`` as the page's label (recorded in
    ``meta`` when no label was read)."""
    left = []
    for heading in unplaced:
        labels = [folio_label(fold(line)) for line in heading.lines]
        if not all(labels):
            left.append(heading)
            continue
        meta.setdefault("label", labels[0])
        set_aside.extend(SetAside(heading.line, line, "page-label") for line in heading.lines)
    return left


def _emoji_marks_restored(
    set_aside: list[SetAside], shown: list[str], read: list[str]
) -> list[SetAside]:
    """``set_aside`` with a set-aside brief's mark alone (``■``, ``■■``: the reader took the
    marked line's head for a brief's bullet and its text for a paragraph) given back as the
    emoji printed on its line (``shown``: the page's lines, ``read``: them as the reader read
    them, 1-based ``SetAside.line``): stored text is what was printed. (A hostile-input
    property test's ``🀀本报北京4月29日电  （记者彭波）``.)"""
    restored = []
    for item in set_aside:
        text = item.text
        i = item.line - 1
        if text and set(text) == {"■"} and 0 <= i < len(read) and read[i] != shown[i]:
            printed, marked = shown[i].strip(), read[i].strip()
            if marked.startswith(text) and not printed.startswith(text):
                item = replace(item, text=printed[: len(text)])
        restored.append(item)
    return restored


def _emoji_restored(
    articles: list[ParsedArticle], set_aside: list[SetAside], heads: dict[str, str]
) -> tuple[list[ParsedArticle], list[SetAside]]:
    """``articles`` and ``set_aside`` with each emoji :func:`~articles.parsing.emoji.
    emoji_marked_lines` wrote as ``■`` put back in their title lines, crossheads and set-aside
    lines (:func:`~articles.parsing.emoji.emoji_unmarked`): stored text is what was printed."""
    restored = [
        replace(
            article,
            title_lines=tuple(emoji_unmarked(line, heads) for line in article.title_lines),
            blocks=tuple(
                replace(block, text=emoji_unmarked(block.text, heads)) for block in article.blocks
            ),
        )
        for article in articles
    ]
    asides = [replace(a, text=emoji_unmarked(a.text, heads)) for a in set_aside]
    return restored, asides
