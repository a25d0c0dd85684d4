"""HTML left in a web page's text, read as what the page printed: before the reader sees a line.

Text scraped from a web or e-paper page keeps the site's HTML remnants (INPUT.md, "Encoding and
layout": ``<br/>``). Its character references (``&ldquo;``, ``&nbsp;``, ``&#8220;``, ``&amp;``)
stand for characters the reader saw, and the tags are the site's markup, never printed: block tags
(``<p>``, ``</div>``, ``<br/>``) end a line of what the browser shows (``<p><strong>标题</strong>
<br/>本报讯…</p>`` is a headline's line and a paragraph's), inline tags (``<b>``,
``<span class="x">``) only dress their text. :func:`printed_lines` reads the lines so, each
keeping the number of the page line it comes from (flags and set-asides name the page's lines;
the raw text is kept verbatim elsewhere); the reader sets the tags aside
(:meth:`~articles.parsing.meta_lines.MetaLinesMixin._html_breaks`).

Only real references are read (``&name;`` of HTML5's table, ``&#NNN;``, ``&#xHH;``, each with its
semicolon: a printed ``AT&T``, ``R&D`` or ``&c`` stays), with the standard library's table
(:mod:`html.entities`, :func:`html.unescape`); tags only of names HTML knows, and only on a page
that carries tags (a block tag, a closing tag or a tag with attributes somewhere on it), and
only written as HTML writes them (attributes of ASCII names after the tag's name): a printed
``<10``, ``a<b``, ``当x<a 时，y>0`` or ``<<三国演义>>`` stays. Linear in the page's length: every pattern
is anchored on ``<`` or ``&`` and stops at the next one.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.entities import html5

from articles.parsing.lineends import single_line_ends

# A tag: <p>, </P>, <br/>, <p class="x">, <o:p>, <font face=宋体>. Its name is at most 10 ASCII
# letters and digits (and an XML prefix), then its '>' right away (or after '/'), or white space
# and attributes as HTML writes them: an ASCII name, alone or with '=' and a value (quoted: any
# characters but its quote, '<' and '>'; unquoted: no space, quote, '=', '<', '>' or '`'), each
# after white space. A printed ``当x<a 时，y>0`` has a CJK character where an attribute would be:
# no tag. Every repetition is atomic and no part matches '<': a match stops at the next '<' and
# never backtracks over the line.
_ATTRIBUTE = (
    r"""[A-Za-z_:][-A-Za-z0-9_:.]*+(?>\s*+=\s*+(?>"[^"<>]*+"|'[^'<>]*+'|[^\s"'<>=`]++))?+"""
)
_TAG_RE = re.compile(
    r"<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9]{0,9}+(?::[A-Za-z][A-Za-z0-9]{0,9}+)?+)"
    rf"(?P<rest>(?>\s++{_ATTRIBUTE})*+\s*+/?)>"
)
# Tags that end a block of text (a paragraph, a line, a cell): the browser shows the text on each
# side of them on lines of its own, and so does :func:`printed_lines`; a table's cells (td, th),
# side by side on their row, are parted like an app page's paragraphs on one line (:data:`GAP`).
# fmt: off
_BLOCK_TAGS = frozenset({
    "p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "blockquote", "pre", "center",
    "section", "article", "header", "footer", "figure", "figcaption", "address", "nav", "aside",
    "main",
})
_CELL_TAGS = frozenset({"td", "th"})
# Tags that only dress their text: dropped, their text kept.
_INLINE_TAGS = frozenset({
    "b", "strong", "i", "em", "u", "s", "strike", "span", "font", "a", "sup", "sub", "small",
    "big", "img", "mark", "ins", "del", "tt", "code", "abbr", "cite", "q", "label", "wbr", "nobr",
    "o:p",
})
# Elements a browser shows nothing of (INPUT.md, "Encoding and layout": the site's markup is
# never printed): their tags and everything between them, over any number of lines.
_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "head"})
# fmt: on
# A piece of markup a browser shows nothing of: (start, end, whether it ends a block).
_Span = tuple[int, int, bool]
# A tag may run over lines (a pretty-printed page's ``<img src="…"`` / ``alt="…" />``): read as
# one tag when its '>' comes within this many lines after its '<' and this many characters.
_WRAPPED_LINES = 4
_WRAPPED_CHARS = 400
_COMMENT_OPEN = "<!--"
_COMMENT_CLOSE = "-->"
_CLOSING_RES = {name: re.compile(rf"</{name}\s*+>", re.IGNORECASE) for name in sorted(_HIDDEN_TAGS)}
# A character reference: &name; (checked against HTML5's table), &#NNN; or &#xHH;, semicolon
# and all (a printed & followed by letters is no reference).
_REFERENCE_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# The white space references stand for, as the page's spacing reads them: an em space or an
# ideographic space is a full-width space (two of them indent a paragraph); the others (&nbsp;,
# &ensp;, &thinsp;, a line feed inside the markup) are one space.
_FULL_WIDTH_SPACES = frozenset("\u2003\u3000")
# The places of block tags while a line is read (page_lines has dropped every control
# character, so the page holds none): a line break, and a cell's edge; the gap a run of cell
# edges leaves inside a line: two full-width spaces, as an app page parts paragraphs on one line.
_BREAK = "\x00"
_CELL = "\x01"
_CELLS_RE = re.compile(_CELL + "+")
# The tail of a tag a scraper broke, left at the head of a line the browser shows (``">乡村振兴开新局``,
# ``"/>``, ``' />``, ``/>``, ``" target="_blank">``): an attribute's closing quote (ASCII), any
# further attributes as HTML writes them (:data:`_ATTRIBUTE`, each after white space), or the
# tag's '/', then its '>'. Never printed text: a printed quote mark is followed neither by '>'
# nor by an ASCII attribute and '>' (``"乡村振兴"``, ``"乡村" 振兴>`` stay).
_TAG_TAIL_RE = re.compile(
    rf"""(?:^|(?<={_BREAK}))(?P<indent>[ \t\u3000]*+)"""
    rf"""(?P<tail>["'](?>[ \t]++{_ATTRIBUTE})*+[ \t]*+/?[ \t]*+>|/[ \t]*+>)"""
)
GAP = "\u3000\u3000"


@dataclass(frozen=True)
class HtmlLines:
    """:func:`printed_lines`'s result. ``lines``: the page's lines as printed, in order (a line
    parted by block tags is the lines the browser shows: more lines than the page's);
    ``source``: the page's line number (1-based) each of them was read from, ascending (flags
    and set-asides name the page's lines: :meth:`page_line`); ``tags``: number in ``lines``
    (1-based) → the tags dropped from its page line (on its first piece), as printed one after
    the other (``<p></p>``), for the set-aside; ``tags_only``: numbers in ``lines`` of the page
    lines that hold nothing but tags (and spaces), left as they were for the reader to set aside
    whole."""

    lines: list[str]
    source: list[int]
    tags: dict[int, str] = field(default_factory=dict)
    tags_only: frozenset[int] = frozenset()

    def page_line(self, number: int) -> int:
        """The page's line number of ``lines``' line ``number`` (both 1-based); a number past
        the end (the reader's end of page) is the page's last line."""
        if not self.source or number < 1:
            return number
        return self.source[min(number, len(self.source)) - 1]


def printed_lines(lines: list[str]) -> HtmlLines:
    """The page's ``lines`` (as :func:`~articles.parsing.page.page_lines` split them) with their
    HTML remnants read (see the module docstring): character references become the characters
    they stand for (:func:`read_references`); on a page that carries tags (:func:`carries_tags`)
    inline tags are dropped and block tags part the line into the lines the browser shows
    (:func:`_pieces`): ``<p><strong>标题</strong><br/>本报讯…</p>`` is a headline's line and a
    paragraph's, as a page of plain text prints them. A broken tag's tail at the head of a line
    (``">乡村振兴开新局``, on any page: :func:`_drop_tag_tails`) is dropped as a tag. What a browser shows nothing of is
    dropped too, over as many lines as it runs (:func:`_markup_spans`): a comment, a
    ``<script>``'s or ``<style>``'s code, a tag wrapped over lines. A line of nothing but tags
    (or such markup) and spaces is left as it is and listed in ``tags_only``; every page line
    is one line or more of ``lines`` (``source`` ascending). Lines without ``<``, ``>`` or ``&``
    (and no markup run over them) are the same objects, untouched."""
    tagged = carries_tags(lines)
    markup = _line_spans(lines) if tagged else {}
    out: list[str] = []
    source: list[int] = []
    dropped: dict[int, str] = {}
    tags_only: set[int] = set()
    for number, line in enumerate(lines, start=1):
        spans = markup.get(number - 1, ())
        if not spans and "&" not in line and "<" not in line and ">" not in line:
            out.append(line)
            source.append(number)
            continue
        text, tags = _drop_tags(line, spans) if tagged and ("<" in line or spans) else (line, "")
        if ">" in text:
            text, tails = _drop_tag_tails(text)
            tags += tails
        text = read_references(text)
        if tags and not text.replace(_BREAK, "").replace(_CELL, "").strip():
            tags_only.add(len(out) + 1)
            out.append(line)
            source.append(number)
            continue
        if tags:
            dropped[len(out) + 1] = tags
        pieces = _pieces(text) if tags else [text]
        out.extend(pieces)
        source.extend([number] * len(pieces))
    return HtmlLines(out, source, dropped, frozenset(tags_only))


def _drop_tag_tails(text: str) -> tuple[str, str]:
    """``text`` (a page line, its tags dropped) without the broken tags' tails at the head of
    each line the browser shows of it (:data:`_TAG_TAIL_RE`: ``">乡村振兴开新局`` reads
    ``乡村振兴开新局``; the line's indent stays), and the tails dropped, one after the other
    ("" when none was). On any page: a scraper that broke the tag may have dropped every other
    tag. Linear in the line."""
    tails: list[str] = []

    def drop(match: re.Match[str]) -> str:
        tails.append(match.group("tail"))
        return match.group("indent")

    return _TAG_TAIL_RE.sub(drop, text), "".join(tails)


def carries_tags(lines: list[str]) -> bool:
    """Whether the page's text carries HTML tags: a block tag (``<p>``, ``<br/>``), a closing tag
    (``</b>``, ``</script>``) or a tag with attributes (``<span class="x">``) of a name HTML
    knows somewhere on it, or a comment closed on its line (``<!-- 广告 -->``) or within the
    bound of a tag wrapped over lines (``<!--`` / ``广告位 开始`` / ``-->``:
    :func:`_comment_closes_below`). A lone ``<b>`` in ordinary text is not enough."""
    for index, line in enumerate(lines):
        if "<" not in line:
            continue
        opens = line.find(_COMMENT_OPEN)
        if opens != -1 and (
            line.find(_COMMENT_CLOSE, opens + 2) != -1 or _comment_closes_below(lines, index, opens)
        ):
            return True
        for match in _TAG_RE.finditer(line):
            name = match.group("name").lower()
            if name in _BLOCK_TAGS or (
                (name in _INLINE_TAGS or name in _HIDDEN_TAGS)
                and (match.group("close") or "=" in match.group("rest"))
            ):
                return True
    return False


def _comment_closes_below(lines: list[str], index: int, opens: int) -> bool:
    """Whether the comment opened at ``opens`` on ``lines[index]`` closes (``-->``) within the
    next :data:`_WRAPPED_LINES` lines and :data:`_WRAPPED_CHARS` characters from its opening, as a
    CMS writes one over lines (``<!--`` / ``广告位 开始`` / ``-->``); the bound keeps the look
    short, so a page of stray ``<!--`` is read in linear time."""
    budget = _WRAPPED_CHARS - (len(lines[index]) - opens)
    for line in lines[index + 1 : index + 1 + _WRAPPED_LINES]:
        if budget < len(_COMMENT_CLOSE):
            return False
        if line.find(_COMMENT_CLOSE, 0, budget) != -1:
            return True
        budget -= len(line) + 1
    return False


def _drop_tags(line: str, spans: tuple[_Span, ...] | list[_Span] = ()) -> tuple[str, str]:
    """``line`` without its tags of names HTML knows (unknown ones stay: ``<新华社>`` never
    matches, ``<y>`` stays) and without ``spans`` (its pieces of markup run over lines or
    hidden: :func:`_line_spans`), a block tag's place marked (:data:`_BREAK`, :data:`_CELL`),
    and the tags dropped, one after the other ("" when none was)."""
    pieces: list[str] = []
    tags: list[str] = []
    at = 0
    for start, end, block in (*spans, (len(line), len(line), False)):
        for match in _TAG_RE.finditer(line, at, start):
            name = match.group("name").lower()
            block_tag = name in _BLOCK_TAGS
            if not block_tag and name not in _INLINE_TAGS and name not in _HIDDEN_TAGS:
                continue
            pieces.append(line[at : match.start()])
            if block_tag:
                pieces.append(_CELL if name in _CELL_TAGS else _BREAK)
            tags.append(match.group())
            at = match.end()
        if start < end:
            pieces.append(line[at:start])
            if block:
                pieces.append(_BREAK)
            tags.append(line[start:end])
            at = end
    if not tags:
        return line, ""
    pieces.append(line[at:])
    return "".join(pieces), "".join(tags)


def _line_spans(lines: list[str]) -> dict[int, list[_Span]]:
    """:func:`_markup_spans` of the page's text, cut at its lines: line index (0-based) → the
    pieces of markup on that line, in order, in the line's own offsets (a line all inside a
    ``<script>`` is one piece; an empty line inside one has none)."""
    text = "\n".join(lines)
    if "<" not in text:
        return {}
    starts: list[int] = []
    offset = 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    by_line: dict[int, list[_Span]] = {}
    index = 0
    for start, end, block in _markup_spans(text):
        while index + 1 < len(starts) and starts[index + 1] <= start:
            index += 1
        line = index
        while line < len(lines) and starts[line] < end:
            head = starts[line]
            piece = (max(start, head) - head, min(end, head + len(lines[line])) - head)
            if piece[0] < piece[1]:
                by_line.setdefault(line, []).append((*piece, block))
            line += 1
        index = max(index, line - 1)
    return by_line


def _markup_spans(text: str) -> list[_Span]:
    """The pieces of the page's ``text`` (its lines joined by ``\\n``) that a browser shows
    nothing of and that a line-by-line reading of tags misses, in order: a comment
    (``<!-- … -->``), an element whose content is never shown (:data:`_HIDDEN_TAGS`:
    ``<script …>…</script>``, ``<style>``, ``<noscript>``, ``<template>``, ``<head>``), tags,
    content and all, when its closing tag comes (an unclosed one hides nothing: its tag alone
    is dropped), and a tag of a name HTML knows wrapped over lines (its '>' within
    :data:`_WRAPPED_LINES` lines and :data:`_WRAPPED_CHARS` characters, its attributes as HTML
    writes them: ``当x<a`` / ``时，y>0`` is no tag). Linear: each '<' is read once, a tag's
    match stops at the next '<', a closing tag or ``-->`` that never comes is looked for once."""
    spans: list[_Span] = []
    never: set[str] = set()  # (closings looked for and missing to the end of the text)
    end_of_line = greater = -1
    at = text.find("<")
    while at != -1:
        if end_of_line < at:
            end_of_line = text.find("\n", at)
            end_of_line = len(text) if end_of_line == -1 else end_of_line
        if greater < at:
            greater = text.find(">", at)
            greater = len(text) if greater == -1 else greater
        span, after = _markup_at(text, at, end_of_line, greater, never)
        if span is not None:
            spans.append(span)
        at = text.find("<", after)
    return spans


def _markup_at(
    text: str, at: int, end_of_line: int, greater: int, never: set[str]
) -> tuple[_Span | None, int]:
    """The piece of markup :func:`_markup_spans` reads at the '<' at ``at`` (None: none), and
    where reading goes on. ``end_of_line``: where its line ends; ``greater``: the first '>'
    from ``at``; ``never``: the closings known to be missing (see :func:`_closing`)."""
    if text.startswith(_COMMENT_OPEN, at):
        end = _closing(text, at + 2, "--", never)
        return ((at, end, False), end) if end != -1 else (None, at + 1)
    if greater < end_of_line:
        match = _TAG_RE.match(text, at, end_of_line)
        wrapped = False
    elif end_of_line < len(text):  # (no '>' on the line: a tag wrapped over lines?)
        match = _TAG_RE.match(text, at, min(len(text), at + _WRAPPED_CHARS))
        wrapped = match is not None and match.group().count("\n") <= _WRAPPED_LINES
        match = match if wrapped else None
    else:
        return None, at + 1
    if match is None:
        return None, at + 1
    name = match.group("name").lower()
    if name in _HIDDEN_TAGS and not match.group("close") and not match.group("rest").endswith("/"):
        end = _closing(text, match.end(), name, never)
        if end != -1:
            return (at, end, False), end
    if wrapped and (name in _BLOCK_TAGS or name in _INLINE_TAGS or name in _HIDDEN_TAGS):
        return (at, match.end(), name in _BLOCK_TAGS), match.end()
    return None, match.end()


def _closing(text: str, start: int, name: str, never: set[str]) -> int:
    """Where the closing tag of the hidden element ``name`` (``--``: a comment's ``-->``) first
    found from ``start`` ends, or -1 when it never comes (remembered in ``never``: it is looked
    for once, and the text stays linear)."""
    if name in never:
        return -1
    if name == "--":
        close = text.find(_COMMENT_CLOSE, start)
        end = -1 if close == -1 else close + len(_COMMENT_CLOSE)
    else:
        found = _CLOSING_RES[name].search(text, start)
        end = -1 if found is None else found.end()
    if end == -1:
        never.add(name)
    return end


def _pieces(text: str) -> list[str]:
    """The lines a browser shows of ``text`` (a line with its block tags' places marked, holding
    some printed text): it is parted at each line break's mark; a piece of nothing but spaces
    between two of them is no line (a run of block tags parts the text once: no blank line is
    made), the spaces before the first mark are the first line's indent, and a table's cells on
    one line are parted by :data:`GAP` (nothing at the line's ends). One line or more, each
    with printed text."""
    if _BREAK not in text:
        return [_cells(text)]
    parts = [_cells(part) for part in text.split(_BREAK)]
    lines = [part for part in parts if part.strip()]
    if not parts[0].strip():
        lines[0] = parts[0] + lines[0]  # (the line's own indent, before its <p>)
    return lines


def _cells(text: str) -> str:
    """Each run of cell edges' marks in ``text`` becomes :data:`GAP` inside the line and nothing
    at its ends (with the spaces around them: the line's own indent stays)."""
    if _CELL not in text:
        return text
    start, end = 0, len(text)
    while start < end and (text[start] == _CELL or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] == _CELL or text[end - 1].isspace()):
        end -= 1
    head = text[:start].replace(_CELL, "")
    tail = text[end:].replace(_CELL, "")
    return head + _CELLS_RE.sub(GAP, text[start:end]) + tail


def read_references(text: str) -> str:
    """``text`` with each character reference read as the character it stands for
    (``&ldquo;`` → ``“``, ``&#x201C;`` → ``“``, ``&amp;`` → ``&``); a reference standing for
    white space is a space (a full-width one for ``&emsp;``: :data:`_FULL_WIDTH_SPACES`). An
    unknown name (``&foo;``), a number HTML reads as no character (``&#0;``, ``&#1;``) and
    anything without its semicolon stay as printed. One pass: ``&amp;lt;`` is ``&lt;``."""
    if "&" not in text or ";" not in text:
        return text
    return _REFERENCE_RE.sub(_reference, text)


def _reference(match: re.Match[str]) -> str:
    reference = match.group()
    if reference[1] == "#":
        value = html.unescape(reference)
        if not value or (value == "\ufffd" and _number(reference) != 0xFFFD):
            return reference  # (no character: NUL, a surrogate, a C0 control, past U+10FFFF)
    else:
        value = html5.get(reference[1:])
        if value is None:
            return reference
    if value.isspace():
        return "\u3000" if value in _FULL_WIDTH_SPACES else " "
    return value


def _number(reference: str) -> int:
    digits = reference[2:-1]
    return int(digits[1:], 16) if digits[:1] in "xX" else int(digits)


# The line breaks but LF that str.splitlines() (the parser's page_lines) ends a line at: an old
# Mac's CR, Windows' CRLF, a word processor's VT and FF, the file/group/record separators, NEL,
# U+2028 and U+2029.
_OTHER_BREAKS_RE = re.compile("\r\n?|[\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def printed_text(raw: str) -> str:
    """A page's raw text (``Page.raw_text``) with its HTML remnants read as the parser reads
    them (:func:`printed_lines`), for code that reads the raw text again to match it with what
    the parser stored (a continuation's repeated title, a merged marker pair): its lines as the
    parser reads them, each ended by ``\\n`` (an old Mac's CR, CRLF, U+2028 and the other
    breaks the parser splits at are ``\\n`` here, and so is CR CR LF in a file whose line ends
    were converted twice: :func:`~articles.parsing.lineends.single_line_ends`; such code splits
    at ``\\n`` only), a line parted by block tags on lines of its own, a line of nothing but
    tags left blank. For matching only: the raw text itself is kept verbatim. A text without
    ``<``, ``>`` or ``&`` and no break but ``\\n`` is returned as it is."""
    raw = _OTHER_BREAKS_RE.sub("\n", single_line_ends(raw))
    if "<" not in raw and "&" not in raw and ">" not in raw:
        return raw
    html = printed_lines(raw.split("\n"))
    return "\n".join(
        "" if number in html.tags_only else line for number, line in enumerate(html.lines, start=1)
    )
