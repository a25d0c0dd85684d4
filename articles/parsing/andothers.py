"""``等`` closing a byline's list of names: "and others" (``本报记者 王平等``, ``记者 王平 李明等``,
``本报讯（记者 王平等）``). The reporters are the names before it (王平, 李明); the byline as
printed keeps it. Stdlib only; the caller says what a name is (names.py's form test), so this
module imports nothing of the parser's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from articles.text import HAN

# The last name of a byline with 等 glued to it: two to four Han characters not glued to more
# before them, 等, then only spaces or closing brackets to the end (the byline's roles, credit
# suffixes such as 摄 and brackets already blanked by the caller). 等 inside a sentence, or
# followed by more words (等六人, 等单位), is never at the end of a byline.
_AND_OTHERS_RE = re.compile(rf"(?<![{HAN}·])(?P<name>[{HAN}]{{2,4}})等(?=[\s）)】〕\]」』]*$)")


def blank_and_others(masked: str, is_name: Callable[[str], bool]) -> str:
    """``masked`` (a byline with its roles blanked to spaces, same length as printed) with a
    closing ``等`` blanked when what it is glued to is a name by ``is_name`` (``王平等`` → ``王平``,
    ``李晓东等`` → ``李晓东``): "and others" after a list of names, as Chinese bylines print it.
    ``吴等`` stays: one character before 等 is a surname alone, no one's name, so the two
    characters are read as printed (a name, as 张平 is). Same length as ``masked``; unchanged
    when no name closes with 等."""
    match = _AND_OTHERS_RE.search(masked)
    if match is None or not is_name(match.group("name")):
        return masked
    return masked[: match.end("name")] + " " + masked[match.end("name") + 1 :]
