"""Line ends converted twice: a page whose every line ends in ``\\r\\r\\n``.

A file with Windows line ends (CRLF) converted to them once more (an FTP transfer in text mode,
a script that writes ``\\r\\n`` for every ``\\n`` of a text that already had CRLF) ends each line
with CR CR LF. Split as the parser splits lines (:func:`str.splitlines`: a CR alone ends a line,
as on an old Mac) every line is followed by a blank one, and a blank line parts a story's
paragraphs from its headline: 747 of our 818 pages parsed otherwise when converted so, none now
(measured 2026-12-04 on every text page of tests/data, ../shared/realpages and
../shared/repros).

When that is the file's convention (:func:`doubled_line_ends`: :data:`DOUBLED_SHARE` of its line
ends or more are CR CR LF), each such line end is one line end
(:func:`single_line_ends`), so a page reads as the same page with LF; a file of CRLF whose
blank lines are ``\\r\\n\\r\\n`` keeps them, and so does a page with only a few such ends among
others. Wherever the stored raw text is read again by lines (the parser's
:func:`~articles.parsing.page.page_lines`, :func:`~articles.parsing.htmltext.printed_text`,
the import's flags and long-line warning, the check for a page re-saved with other line ends)
it is read through :func:`single_line_ends`, so line numbers agree; the raw text itself is
kept as it came. Pure; standard library only.
"""

from __future__ import annotations

import re

#: Share of a page's line ends that must be CR CR LF (or more CRs before the LF) for them to be
#: the file's convention: every line end of a file converted twice is one, and a few other line
#: ends pasted in later leave it so.
DOUBLED_SHARE = 0.9

# A line end converted twice or more: CRs before an LF.
_DOUBLED_RE = re.compile("\r\r+\n")
# Every line end str.splitlines() knows, CRs before an LF counted as one (so a CR CR LF file
# has as many line ends as lines).
_LINE_END_RE = re.compile("\r+\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def doubled_line_ends(text: str) -> bool:
    """Whether ``text``'s line ends are CR CR LF by convention: at least one, and
    :data:`DOUBLED_SHARE` of all its line ends (CRs before an LF counted as one). A text
    without two CRs in a row is told in one scan."""
    if "\r\r" not in text:
        return False
    doubled = len(_DOUBLED_RE.findall(text))
    return bool(doubled) and doubled >= DOUBLED_SHARE * len(_LINE_END_RE.findall(text))


def single_line_ends(text: str) -> str:
    """``text`` with each CR CR LF line end (CRs before an LF) as one LF when they are its
    convention (:func:`doubled_line_ends`); else ``text`` itself. For reading lines only: the
    raw text is kept as it came."""
    return _DOUBLED_RE.sub("\n", text) if doubled_line_ends(text) else text
