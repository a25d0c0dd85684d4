"""文 in a byline: the role word (``文/周明``, ``彭雅 文``: written by) or a character of a name
spaced out (``通讯员 苟  文``, a pen name ``文  潜``; 文 is a surname and a common given name).
:func:`~articles.parsing.names.parse_names` blanks 文 standing alone as the role word; these put
it back where a spaced name would otherwise lose a character (INPUT.md, "Bylines, datelines,
credits": ``本报记者  彭  波``, names spaced out)."""

from __future__ import annotations

import re


def wen_of_name(masked: str, folded: str) -> str:
    """``masked`` (a byline with its role words blanked, same length as ``folded``, the folded
    byline) with a blanked 文 put back where it is a spaced name's character: the last one
    (:func:`_spaced_wen`), the first (:func:`_opening_wen`) or the middle one of three
    (:func:`_middle_wen`)."""
    return _middle_wen(_opening_wen(_spaced_wen(masked, folded), folded), folded)


_SPACED_TOKEN_RE = re.compile(r"[^\s\u3000]+")


def _middle_wen(masked: str, folded: str) -> str:
    """Puts back a 文 blanked as the role word when it is the middle character of a name of three
    spaced out (``李　文　清``): a run of exactly three lone characters, 文 the second; the role
    word stands first or last in its run (``文 周 明``, ``卓　远　文``), never between two halves of
    a name."""
    if "文" not in folded:
        return masked
    tokens = list(_SPACED_TOKEN_RE.finditer(folded))
    for i, token in enumerate(tokens):
        if token.group() != "文" or masked[token.start()] != " " or not 0 < i < len(tokens) - 1:
            continue
        run = [t for t in tokens[i - 1 : i + 2] if _lone(t.group())]
        outer = [tokens[j] for j in (i - 2, i + 2) if 0 <= j < len(tokens)]
        if len(run) == 3 and not any(_lone(t.group()) for t in outer):
            return masked[: token.start()] + "文" + masked[token.end() :]
    return masked


def _lone(token: str) -> bool:
    return len(token) == 1 and "\u4e00" <= token <= "\u9fff"


def _spaced_wen(masked: str, folded: str) -> str:
    """Puts back a last 文 blanked as the role word when it is the second character of a name
    spaced out to the width of three (``通讯员 苟  文``): an odd number of lone characters stands
    right before it, so one would be left without its partner (``卓　远　文``: two, 文 is the
    role word)."""
    end = len(folded.rstrip(" \u3000)）]】"))
    if not end or folded[end - 1] != "文" or masked[end - 1] != " ":
        return masked
    singles = 0
    for token in reversed(masked[: end - 1].split()):
        if len(token) != 1 or not "\u4e00" <= token <= "\u9fff":
            break
        singles += 1
    return masked[: end - 1] + "文" + masked[end:] if singles % 2 else masked


def _opening_wen(masked: str, folded: str) -> str:
    """Puts back a first 文 blanked as the role word when it is the first character of a name
    spaced out (``文  潜``, a columnist's pen name under a piece; 文 is a surname): set off from
    what follows by spaces (never 文/ or 文：, the role word's marks), with an odd number of lone
    characters after it, so one would be left without its partner (``文 周 明``: two, 文 is the
    role word: written by 周明; ``文 周明``: a name of its own after it)."""
    start = len(folded) - len(folded.lstrip(" \u3000(（"))  # (a sign-off's bracket: (文 瑜))
    if folded[start : start + 1] != "文" or masked[start] != " ":
        return masked
    if folded[start + 1 : start + 2] not in (" ", "\u3000"):
        return masked
    singles = 0
    for token in masked[start + 1 :].split():
        if len(token) != 1 or not "\u4e00" <= token <= "\u9fff":
            break
        singles += 1
    return masked[:start] + "文" + masked[start + 1 :] if singles % 2 else masked


def suffix_blank(match: re.Match, masked: str) -> str:
    """Blanks for a credit suffix (摄, 文/图, 报道) ending a byline. 文 and 图 alone are the role
    word (what the person did) only set off from the name by a space or a slash (``彭雅 文``);
    glued to a Han character they end the name (``本报记者　柯文``, ``记者黎绍文``): 文 is a common
    last character of a name, while 摄 is printed glued to the name it follows (``张三摄``,
    ``凤　川摄``)."""
    start = match.start()
    glued = masked[start - 1] if start else ""
    if match.group() in ("文", "图") and "\u4e00" <= glued <= "\u9fff":
        return match.group()
    return " " * len(match.group())
