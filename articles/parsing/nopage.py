"""Decoded text that holds no page to read, refused before the reader sees it.

:func:`~articles.parsing.decoding.decode_page` calls these once a page's bytes are text. Each
refusal is one :class:`~articles.parsing.results.ParseError` line saying what the file holds and
how to get the page's text instead:

- a page that prints nothing (:func:`refuse_blank`): only spaces and line breaks; only those and
  invisible characters (zero-width spaces and joiners, direction marks: ``articles.text.INVISIBLE``);
  only HTML markup that a browser shows nothing of (empty tags ``<p></p>``, ``<br/>``,
  ``<div> </div>``, character references of white space or invisible characters ``&nbsp;``,
  ``&#12288;``, ``&#8203;``, comments, a ``<script>``; read as
  :mod:`~articles.parsing.htmltext` reads a page, also when escaped once more:
  ``&lt;p&gt;&lt;/p&gt;``). An export that failed: stored, it would be an empty page. A page
  that prints some text among its markup is a page (INPUT.md, "Encoding and layout": HTML
  remnants), read as the browser showed it;
- a whole JSON document (:func:`refuse_data_dump`): a web site's or an app's data saved instead
  of the page's text (field names, quotes and ``\\n`` escapes among the words, often on one
  line); no reading of it is the page.
"""

from __future__ import annotations

import json
import re

from articles.parsing.htmltext import printed_lines
from articles.parsing.results import ParseError
from articles.text import INVISIBLE

# A character that prints: neither white space (str.isspace: spaces, line breaks, U+3000) nor an
# invisible format character. On a page of text the first one is found at once.
_PRINTED_RE = re.compile(f"[^\\s{INVISIBLE}]")
_DROP_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))
# Characters of the markup shown in a refusal: enough to tell <p></p> from &nbsp;.
_SHOWN = 40
_EXPORT_TEXT = (
    "请重新导出这一版的文字（在排版系统或电子报里把文字另存为纯文本 .txt，保存文字，而不是网页）"
    "再导入"
)


def refuse_blank(text: str, size: int) -> None:
    """Raise :class:`ParseError` if ``text`` (a page's decoded text, ``size`` bytes) prints
    nothing: only white space, only white space and invisible characters, or only HTML markup
    and character references that print nothing (see the module docstring). Returns None for
    a page that prints a character. Linear in the page; a page without ``<`` or ``&`` is done
    at its first printed character."""
    first = _PRINTED_RE.search(text)
    if first is None:
        if not text.strip():
            raise ParseError(
                f"版面只有空白（{size:,} 字节的空格和换行）：请检查版面文本是否导出成功"
            )
        raise ParseError(
            f"版面只有空白和不可见字符（{size:,} 字节：空格、换行、零宽空格之类）：请检查版面文本是否导出成功"
        )
    if ("<" not in text and "&" not in text) or not _prints_nothing(text.splitlines()):
        return
    shown = " ".join(text.translate(_DROP_INVISIBLE).split())
    if len(shown) > _SHOWN:
        shown = shown[:_SHOWN] + "…"
    raise ParseError(
        f"版面只有 HTML 标记和字符实体（{size:,} 字节，如“{shown}”），没有一个印出来的字："
        f"像是存下了网页的空白部分或网页代码，而不是版面的文字；{_EXPORT_TEXT}"
    )


def _prints_nothing(lines: list[str], again: bool = True) -> bool:
    """Whether the page's ``lines`` (split at every break, as the parser splits them) print
    nothing once their HTML is read as the parser reads it
    (:func:`~articles.parsing.htmltext.printed_lines`): each line the browser shows holds only
    white space and invisible characters, or is a line of nothing but tags. When what is left
    still holds ``<`` or ``&`` on every line (markup escaped once more: ``&lt;p&gt;`` shows as
    ``<p>``), it is read ``again``, once."""
    html = printed_lines(lines)
    left = [
        line
        for number, line in enumerate(html.lines, start=1)
        if number not in html.tags_only and _PRINTED_RE.search(line)
    ]
    if not left:
        return True
    if not again or any("<" not in line and "&" not in line for line in left):
        return False
    return _prints_nothing(left, again=False)


def refuse_data_dump(text: str, size: int) -> None:
    """Raise :class:`ParseError` if ``text`` (a page's decoded text, ``size`` bytes) is one
    whole JSON object or array (``{"title": …, "content": "…\\n…"}``): a web site's or an app's
    data saved instead of the page's text. No page of text is valid JSON: a printed page opening
    with ``[`` or ``{`` (``[本报讯]``) holds words outside quotes. Returns None otherwise; only a
    text that opens with ``{`` or ``[`` and ends with ``}`` or ``]`` is read as JSON."""
    body = text.strip()
    if body[:1] not in ("{", "[") or body[-1:] not in ("}", "]"):
        return
    try:
        json.loads(body)
    except (ValueError, RecursionError):  # (not JSON; nested deeper than the reader goes)
        return
    raise ParseError(
        f"这是一个 JSON 数据文件（{size:,} 字节，以“{body[0]}”开头的一整段数据），不是版面文本："
        "像是从网站或应用的数据接口存下来的原始数据，字段名、引号和转义符（如 \\n）夹在文字里；"
        "请从排版系统或电子报导出这一版的纯文本（.txt）再导入，或把其中的正文复制出来另存为纯文本"
    )
