"""A whole web page given as a page's text, refused (:func:`refuse_web_page`).

An editor may save an e-paper's story page, or a "404 Not Found", from a browser and give it as
the page: a site's page holds navigation, scripts and other stories around what was printed,
none of it the printed page. Told by how browsers save a page: an HTML document (after an XML
declaration and comments such as IE's ``<!-- saved from url=… -->``: a doctype, ``<html>`` or
``<head>``) or a web archive (MHTML, Chrome's "single file": mail headers and a
``multipart/related`` body). Page text with some HTML left in it is no web page: it is read
(:mod:`articles.parsing.htmltext`). The message names the page's title (``<title>``, the
archive's ``Subject``) so the editor knows which file it was, and says what to do.
"""

from __future__ import annotations

import html
import re
from email.header import decode_header, make_header

from articles.parsing.results import ParseError

# A whole web page as browsers save it: after an XML declaration (XHTML) and comments
# (``<!-- saved from url=… -->``, IE and 360's mark) a doctype, ``<html>`` or ``<head>``. (A
# comment ends at its first ``-->``: no choice of ends to backtrack over.)
_HTML_DOCUMENT_RE = re.compile(
    r"\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--(?:(?!-->).){0,2000}-->\s*){0,5}"
    r"(?:<!doctype\s+html|<html[\s>]|<head[\s>])",
    re.IGNORECASE | re.DOTALL,
)
# A web page saved as one file with its pictures (MHTML, Chrome's "single file"): a mail
# message's headers, ``MIME-Version`` and a ``multipart/related`` body.
_WEB_ARCHIVE_RE = re.compile(
    r"\A(?:[\w-]{1,40}:[^\n]{0,400}\n){0,12}?MIME-Version:\s*1\.0\s*\n"
    r"Content-Type:\s*multipart/related",
    re.IGNORECASE,
)


def refuse_web_page(text: str) -> None:
    """Raise :class:`ParseError` when ``text`` (a decoded page, its BOM stripped) is a whole web
    page as a browser saves it (see the module's notes), naming its title."""
    if _HTML_DOCUMENT_RE.match(text) or _WEB_ARCHIVE_RE.match(text):
        raise ParseError(_web_page_message(text))


_TITLE_RE = re.compile(r"<title[^>]{0,200}>([^<]{1,400})", re.IGNORECASE)


def _web_page_message(text: str) -> str:
    """Why a whole HTML document (``<!DOCTYPE html>``, ``<html>``) is refused, naming its
    ``<title>`` when it has one: a site's page (an e-paper's story page, a "404 Not Found") holds
    navigation, scripts and other stories around what was printed, none of it the printed page.
    A page's text with HTML left in it is read (:mod:`articles.parsing.htmltext`)."""
    archive = _WEB_ARCHIVE_RE.match(text) is not None
    title = _archive_subject(text) if archive else _page_title(text)
    if len(title) > 60:
        title = title[:60] + "…"
    named = f"（网页标题“{title}”）" if title else ""
    kind = (
        "浏览器保存的网页存档（MHTML）"
        if archive
        else "一个完整的网页（HTML 文件，以 <!DOCTYPE html>、<html> 或 <head> 开头）"
    )
    return (
        f"这是{kind}{named}，不是版面文本："
        "网页里还有导航、脚本和别的稿件，不是版面上印的。请在浏览器里打开它，复制版面的文字，"
        "另存为纯文本（.txt）再导入；只夹着少量 HTML 标记的版面文本可以直接导入"
    )


def _page_title(text: str) -> str:
    """A web page's ``<title>`` as it reads (character references undone), "" for none."""
    found = _TITLE_RE.search(text[:20000])
    return " ".join(html.unescape(found.group(1)).split()) if found else ""


_SUBJECT_RE = re.compile(r"^Subject:[ \t]*([^\n]{1,400})", re.IGNORECASE | re.MULTILINE)


def _archive_subject(text: str) -> str:
    """A saved web archive's page title: its ``Subject`` header, decoded as mail headers are
    (``=?utf-8?Q?…?=``), "" for none or one that does not decode."""
    found = _SUBJECT_RE.search(text[:4000])
    if found is None:
        return ""
    try:
        return " ".join(str(make_header(decode_header(found.group(1).strip()))).split())
    except (LookupError, ValueError, UnicodeError):
        return ""
