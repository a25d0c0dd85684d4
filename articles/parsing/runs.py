"""A line holding several paragraphs, cut into them (used by :mod:`~articles.parsing.reader`).

Web archives and app or e-paper dumps print a story on one line, its paragraphs parted by runs of
spaces, sometimes its headline glued in front of its dateline (:func:`split_paragraph_runs`).
See INPUT.md, "Encoding and layout" and "Headlines".
"""

from __future__ import annotations

from collections.abc import Iterator

from articles.parsing.datelines import dateline_match, dateline_span
from articles.parsing.letterspacing import letter_spaced
from articles.parsing.names import looks_like_author_line
from articles.parsing.patterns import CLOSING_MARKS, GAP_RE, is_heading_like

_PARAGRAPHS_LINE = 50  # characters: a shorter line is not a story on one line
_PARAGRAPH_PIECE = 15  # characters: the pieces of a split line are paragraphs this long on average
_GUTTER = 6  # spaces: a wider gap is the gutter between two OCR'd columns
_PARAGRAPH_END = set("。！？!?…")
_ITEM_BULLETS = "●■◆★☆○□◇•"  # marks that open the items of a box of briefs
# ... and before a headless brief's dateline also a triangle (△本报讯　…, ▲新华社…电): a caption's
# ▲ points at a picture, never at a dateline, so before one it is the brief's mark.
_DATELINE_BULLETS = _ITEM_BULLETS + "▲△"
_HEAD_MAX = 40  # characters: a headline glued at a line's head ends within them
_DATELINE_SPAN = 80  # characters: a dateline opening a text is read within them
_SPACING_LOOK = 200  # characters of a line's head read for its letter spacing


def bullet_before_dateline(text: str) -> int:
    """The length of the bullet opening ``text`` (a line, stripped), the spaces after it
    included, when a dateline follows it (``■本报讯　市邮电局…``, ``△新华社北京6月1日电…``): a box
    of briefs marks each headless brief so, and the dateline opens its story (INPUT.md,
    "Headlines": a dateline starts a story). 0 otherwise. Constant time but for the dateline's
    match at the line's head."""
    if not text or text[0] not in _DATELINE_BULLETS:
        return 0
    rest = text.lstrip(_DATELINE_BULLETS).lstrip()
    if not rest or dateline_match(rest) is None:
        return 0
    return len(text) - len(rest)


def _ends_paragraph_at(text: str, index: int) -> bool:
    """True when ``text[:index]`` ends with sentence punctuation (closing quotes allowed)."""
    if index <= 0:
        return False
    last = text[index - 1]
    if last in CLOSING_MARKS and index >= 2:
        last = text[index - 2]
    return last in _PARAGRAPH_END


def _single_spaced(text: str, end: int) -> bool:
    """True when the line ``text`` after ``end`` parts its paragraphs by single spaces (a
    sentence's end then one space: ``…问题。 与会代表…``): there one space is gap enough."""
    return any(text.find(mark + " ", end) != -1 for mark in "。！？")


def _gap_width(text: str, begin: int, end: int) -> int:
    """The printed width of the gap ``text[begin:end]`` in half-width spaces: a full-width
    space (``\u3000``, the gap of a Chinese setting) is as wide as two."""
    return end - begin + text.count("\u3000", begin, end)


def _headline_glued(text: str, begin: int, end: int) -> bool:
    """True when the line ``text`` opens with a story's headline glued to its text by the gap
    ``text[begin:end]`` (app and e-paper dumps print a story on one line: ``外卖骑手救起落水儿童
    本报讯（记者 …）9月7日…``): the gap is two spaces or more (one, on a line that parts its
    paragraphs by single spaces: :func:`_single_spaced`), the piece before it is title-like
    and at most 40 characters, and a dateline opens the text after it (a dateline starts a
    story, so what stands before it is its headline: INPUT.md, "Headlines"). A bullet opening
    the title-like piece (``●南湖公园新增夜跑道  记者从…``) does as well as a dateline: a box of
    briefs prints each brief's title after its bullet, its text after a gap of two spaces or
    more on the same line. (A full-width space is two spaces wide: ``■老街改造完成　本报讯…``,
    the usual 简讯 setting, runs the head in before its dateline.) Constant time but for the first 40 characters' gaps (a line of
    thousands of gaps is looked at for a headline at its head only, never sliced at each)."""
    if begin > _HEAD_MAX:
        return False  # (before the slice: slicing the line's head at every gap is quadratic)
    head = text[:begin]
    if not is_heading_like(head) or dateline_match(head.lstrip(_ITEM_BULLETS)):
        return False  # (■本报讯　…: a bulleted brief's dateline, no title)
    if _dateline_across(text, begin):
        return False  # (岭阳　国民社十六日电　…: the dateline's place, no title)
    wide = _gap_width(text, begin, end) >= 2
    if head[0] in _ITEM_BULLETS and wide:
        return not _half_before_dateline(text, end)  # (a brief's bulleted title: see above)
    return dateline_match(text[end:]) is not None and (wide or _single_spaced(text, end))


def _dateline_across(text: str, begin: int) -> bool:
    """True when a dateline opens the line ``text`` (its bullet aside) and runs on past
    ``begin``, the gap after the line's first piece: a dateline printed with its place first,
    set off by a space (``岭阳　国民社十六日电　…``, ``梧江　十六日专电　…``; INPUT.md, "Bylines,
    datelines, credits"), whose place is no headline glued to it. Constant time."""
    line = text.lstrip(_ITEM_BULLETS)
    match = dateline_match(line)
    return match is not None and dateline_span(match)[1] > begin - (len(text) - len(line))


def _half_before_dateline(text: str, end: int) -> bool:
    """True when the piece of ``text`` after ``end`` (up to the next gap, within the line's
    first 40 characters) is the second half of a head printed in two halves, glued to its
    dateline: title-like, then a gap of two spaces or more, then a dateline (``■城东公园开放  市民点赞
    本报讯（记者…）…``: INPUT.md, "Headlines": a headline may be printed as two halves
    separated by two spaces). The head runs on to that gap. Constant time."""
    gap = GAP_RE.search(text, end, min(len(text), _HEAD_MAX + 1))
    if gap is None or _gap_width(text, *gap.span()) < 2:
        return False
    half = text[end : gap.start()]
    return (
        is_heading_like(half)
        and dateline_match(half) is None
        and dateline_match(text[gap.end() : gap.end() + _DATELINE_SPAN]) is not None
    )


def _cut_at(text: str, start: int, gap: tuple[int, int], after_cut: bool) -> bool:
    """Whether ``text`` is cut into paragraphs at the gap ``gap`` (begin, end), the piece
    before it starting at ``start`` (``after_cut``: at a cut): after sentence punctuation, after
    an inline crosshead between two cuts, or after a headline glued to its dateline or an
    author field glued to the text (:func:`_author_field_glued`)."""
    begin, end = gap
    return (
        _ends_paragraph_at(text, begin)
        or (
            after_cut
            and begin - start <= 40
            and is_heading_like(text[start:begin])
            and not dateline_match(text[start:begin])
        )
        or (start == 0 and (_headline_glued(text, begin, end) or _author_field_glued(text, begin)))
    )


_AUTHOR_FIELD = 30  # characters: an author field at a line's head (label, country, names)


def _author_field_glued(text: str, begin: int) -> bool:
    """True when the line ``text`` opens with an author field glued to the text by the gap at
    ``begin`` (``作者：[德]埃里克·施密特 去年夏天，…``: a web archive prints a record on one
    line): ``作者：`` or ``撰文：`` and a name (:func:`~articles.parsing.names.
    looks_like_author_line`) within :data:`_AUTHOR_FIELD` characters: the byline, not the
    text's first words (INPUT.md, "Bylines, datelines, credits"). Constant time."""
    if begin > _AUTHOR_FIELD or text[:1] not in "作撰":
        return False
    head = text[:begin]
    return head.startswith(("作者", "撰文")) and looks_like_author_line(head)


def _gaps(text: str) -> Iterator[tuple[int, int]]:
    """The gaps of spaces in ``text`` (begin, end), but one space on a letter-spaced line
    (:func:`~articles.parsing.letterspacing.letter_spaced`): the spacing between its letters."""
    spaced = letter_spaced(text[:_SPACING_LOOK])
    for gap in GAP_RE.finditer(text):
        if not spaced or gap.end() - gap.start() >= 2:
            yield gap.span()


def split_paragraph_runs(text: str) -> list[str]:
    """A line holding several paragraphs (web archives and app pages print a story on one line,
    its paragraphs parted by runs of spaces) cut into them: at a gap after sentence punctuation,
    and after a title-like piece that stands between two such gaps (an inline crosshead:
    ``……势能。   找准定位，更好发挥效应   战略叠加……``). A line with no gap after a sentence
    is returned whole, so a headline printed as two halves (``上半句  下半句``) stays one line;
    on a letter-spaced line (:func:`~articles.parsing.letterspacing.letter_spaced`:
    ``线 路 。 调 整 后 ，``) one space is the spacing between its letters, never a gap.
    A brief's line opened by a bullet is looked at however short (:func:`_headline_glued`).
    Linear in the line's length."""
    if (len(text) < _PARAGRAPHS_LINE and text[:1] not in _ITEM_BULLETS) or (
        " " not in text and "\t" not in text and "\u3000" not in text
    ):
        return [text]
    pieces: list[str] = []
    start = 0
    after_cut = False
    cut_width = 0  # the width of the gap at the last cut
    for begin, end in _gaps(text):
        if end - begin >= _GUTTER:
            return [text]  # OCR of columns side by side, not paragraphs
        if begin == 0 or end == len(text) or begin <= start:
            continue
        following = text[end]
        if following.isascii() and following.isalpha():
            after_cut = False
            continue
        if after_cut and end - begin < 2 <= cut_width and not _ends_paragraph_at(text, begin):
            # One space inside a piece on a line that parts its paragraphs by runs of spaces
            # parts the two halves of one inline crosshead (``发放消费券 激活夜间经济``: a
            # headline may be printed as two halves, INPUT.md "Headlines"), not a crosshead
            # from its text: the piece goes on, still after a cut.
            continue
        # (the piece is sliced only when looked at: slicing it at every gap of a long line
        # with no cut in it would cost the line's length at every gap)
        if _cut_at(text, start, (begin, end), after_cut):
            pieces.append(text[start:begin])
            start = end
            after_cut = True
            cut_width = end - begin
        else:
            after_cut = False
    if not pieces:
        return [text]
    pieces.append(text[start:])
    # Paragraphs, not fragments: OCR of interleaved columns also has gaps after full stops.
    if sum(len(piece) for piece in pieces) < _PARAGRAPH_PIECE * len(pieces):
        return [text]
    return pieces
