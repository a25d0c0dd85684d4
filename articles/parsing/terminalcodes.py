"""A terminal's codes pasted into a page: text copied from a terminal or a log keeps the escape
sequences that coloured it (ANSI/ECMA-48: ``ESC [ 31 m`` red, ``ESC [ 0 m`` plain, ``ESC ( B``
that ``tput sgr0`` writes, ``ESC ] 0 ; title BEL`` a window's title). None of it is printed
text: the parser leaves each code out whole (:data:`~articles.parsing.page.UNPRINTED_RE`), not
only its ESC, so ``本报讯\\x1b[31m（记者李明）`` keeps its reporter; the page is flagged with how
many there were, and its raw text is kept as it came. A file with such codes is no binary file
for them (:func:`~articles.parsing.decoding.decode_page`). Pure; standard library only.
"""

from __future__ import annotations

import re

#: One terminal code, as a regular expression (every alternative starts with ESC): a control
#: sequence (CSI: ``ESC [``, parameter bytes, intermediate bytes, a final byte: colours, cursor
#: moves, erasing a line), an operating-system command (OSC: ``ESC ]`` up to BEL or ``ESC \\``
#: on the same line: a window's title, a link), or a character set chosen (``ESC (`` and one
#: character). A lone ESC, or one before other text, is none: it is left out alone.
TERMINAL_CODE = (
    "\x1b\\[[0-?]*[ -/]*[@-~]|\x1b\\][^\x07\x1b\n\r]{0,2048}(?:\x07|\x1b\\\\)|\x1b[()*+][0-~]"
)
TERMINAL_CODE_RE = re.compile(TERMINAL_CODE)


def without_terminal_codes(text: str) -> str:
    """``text`` without its terminal codes (:data:`TERMINAL_CODE`); ``text`` itself when it has
    no ESC (one scan)."""
    return TERMINAL_CODE_RE.sub("", text) if "\x1b" in text else text
