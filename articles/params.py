"""Everything read from a public address, in one place: numbers in the path or the query string,
and path segments made from printed text (section names, people's names, keywords).

- **Numbers** are ASCII digits only and range-checked. ``str.isdigit()`` is not enough: it
  accepts ``²`` and ``①``, which ``int()`` then refuses (a 500), and it accepts 10 KB of digits.
  In the path (:class:`articles.urls.IdConverter` …) a number that is not one is no match: a 404.
  In the query string (``?page=``) it is a 400 whose message says what to send
  (:class:`BadParameter`).
- **Text segments**: a section printed as ``..`` must not make ``/<paper>/sections/../``, which
  a browser reads as ``/<paper>/``. :func:`encode_segment` and :func:`decode_segment` are a
  round trip that never yields ``.``, ``..`` or a slash: ``..`` → ``~e..``, ``a/b`` → ``a~sb``
  (``%2E`` would not do: browsers read it as a dot too).
"""

from __future__ import annotations

from django.core.exceptions import BadRequest

# The largest id a URL may carry: a signed 64-bit column (BigAutoField) on every database.
MAX_ID = 2**63 - 1
# The largest ?page= we read: no list is a million pages long, and it keeps the value short.
MAX_PAGE = 999_999


class BadParameter(BadRequest):
    """A query-string value no link of the site makes; the message (Chinese) says what to send.

    A :class:`~django.core.exceptions.BadRequest`, so an uncaught one is a 400."""


def parse_int(text, *, minimum: int = 1, maximum: int = MAX_ID) -> int:
    """``text`` as an integer in ``minimum..maximum``, or ``ValueError``.

    ASCII digits only (no sign, no spaces, no ``²``/``①``/full-width digits), at most as many
    digits as ``maximum`` has, so no huge number is ever converted."""
    if not isinstance(text, str) or not (text.isascii() and text.isdigit()):
        raise ValueError(f"not a number: {text!r}")
    if len(text) > len(str(maximum)):
        raise ValueError(f"number too large: {text[:30]!r}")
    value = int(text)
    if not minimum <= value <= maximum:
        raise ValueError(f"number out of range {minimum}..{maximum}: {value}")
    return value


def page_number(request, name: str = "page") -> int | str | None:
    """The ``?page=`` of a list: ``None`` when absent, ``"last"``, or a number 1..:data:`MAX_PAGE`.

    Raises :class:`BadParameter` (a 400) for anything else: ``-1``, ``abc``, ``²``, ``①``,
    ``999999999999999999999``. A number past the last page is the list's business (a 404)."""
    value = request.GET.get(name)
    if value is None or value == "last":
        return value
    try:
        return parse_int(value, minimum=1, maximum=MAX_PAGE)
    except ValueError:
        raise BadParameter(
            f"页码“{value[:20]}”不对：?{name}= 只能是 1 到 {MAX_PAGE} 之间的整数（半角数字），"
            "或者去掉它从第一页看起"
        ) from None


# Path segments from printed text. "~" escapes: "~~" is "~", "~s" is "/", and "~e" (empty) starts
# a name made of dots alone ("~e.." is "..") so that it is not a dot segment.
_ESCAPE = "~"


def encode_segment(text: str) -> str:
    """A path segment for printed ``text`` (a section, a name, a keyword): never empty, never
    ``.``/``..``, never a slash; :func:`decode_segment` gives ``text`` back. Names without
    ``~``, ``/`` or only dots are unchanged (``要闻`` → ``要闻``); reverse() percent-encodes the
    rest."""
    out = text.replace(_ESCAPE, _ESCAPE * 2).replace("/", _ESCAPE + "s")
    if out.strip(".") == "":  # "", ".", "..", "...": none can be a segment of its own
        out = _ESCAPE + "e" + out
    return out


def decode_segment(segment: str) -> str:
    """The printed text a segment made by :func:`encode_segment` stands for; ``ValueError`` for a
    segment it never makes (a stray ``~``, or a non-canonical spelling), so each text has one
    address."""
    out, i = [], 0
    while i < len(segment):
        ch = segment[i]
        if ch != _ESCAPE:
            out.append(ch)
            i += 1
            continue
        code = segment[i + 1 : i + 2]
        if code not in ("~", "s", "e"):
            raise ValueError(f"not an encoded segment: {segment!r}")
        out.append({"~": "~", "s": "/", "e": ""}[code])
        i += 2
    text = "".join(out)
    if encode_segment(text) != segment:
        raise ValueError(f"not the canonical segment for {text!r}: {segment!r}")
    return text
