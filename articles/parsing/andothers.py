"""What is glued after the last name of a byline or credit and is no part of it: ``等``, "and
others" (``本报记者 王平等``, ``记者 王平 李明等``, ``本报讯（记者 王平等）``: the reporters are the
names before it, 王平 and 李明), and ``译``, "translated by" (``（刘敏译）``, a translator's credit:
刘敏). The byline as printed keeps the mark. Stdlib only; the caller says what a name is
(names.py's form test), so this module imports nothing of the parser's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from articles.text import HAN

# The last name of a byline with 等 or 译 glued to it: two to four Han characters not glued to
# more before them, the mark, then only spaces or closing brackets to the end (the byline's
# roles, credit suffixes such as 摄 and brackets already blanked by the caller). 等 inside a
# sentence, or followed by more words (等六人, 等单位), is never at the end of a byline.
_CLOSING_MARK_RE = re.compile(
    rf"(?<![{HAN}·])(?P<name>[{HAN}]{{2,4}})[等译](?=[\s）)】〕\]」』]*$)"
)


def blank_closing_mark(masked: str, is_name: Callable[[str], bool]) -> str:
    """``masked`` (a byline with its roles blanked to spaces, same length as printed) with a
    closing ``等`` or ``译`` blanked when what it is glued to is a name by ``is_name``
    (``王平等`` → ``王平``, ``李晓东等`` → ``李晓东``, ``刘敏译`` → ``刘敏``): "and others" after a
    list of names, "translated by" after a translator's, as Chinese bylines print them. ``吴等``
    stays: one character before the mark is a surname alone, no one's name, so the two characters
    are read as printed (a name, as 张平 is). Same length as ``masked``; unchanged when no name
    closes with a mark."""
    match = _CLOSING_MARK_RE.search(masked)
    if match is None or not is_name(match.group("name")):
        return masked
    return masked[: match.end("name")] + " " + masked[match.end("name") + 1 :]
