"""What the import said of a page, on the page's form at the desk (导入提示): the warnings its
last import kept with it (``Page.import_warnings``: a printed date the editor said is wrong, a
masthead's other issue number or paper, a story with no text…), in the desk's words, so that an
editor who opens the page later sees them, not only who ran the import."""

from __future__ import annotations

from django.utils.html import format_html, format_html_join

from articles.importing import warning_text
from articles.models import Page


def import_notes_html(page: Page) -> str:
    """The page's stored import warnings as a list (alike ones once), or ``没有`` for none (a page
    imported before they were kept has none stored: ``—``)."""
    if page.import_warnings is None:
        return "—"
    notes = list(dict.fromkeys(warning_text(line) for line in page.import_warnings))
    if not notes:
        return "没有"
    return format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((n,) for n in notes)))
