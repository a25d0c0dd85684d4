"""A page's stored raw text read again by the current parser, as its file was: for a re-parse
(:func:`stored_prepare`) and for matching its zones on its PDF by what it printed
(:func:`printed_texts`).
"""

from __future__ import annotations

from dataclasses import replace

from articles import parsing
from articles.importing.preparing import PageInput, Prepared, line_sizes_read, page_prepare
from articles.importing.reports import PageImportError
from articles.importing.rows import StoryRows, photo_fields
from articles.importing.splitoffs import split_page
from articles.models import ArticlePart, Page, Photo


def stored_prepare(page: Page) -> Prepared:
    """``page``'s stored raw text parsed by the current parser and checked as an import checks
    a file (:func:`~articles.importing.preparing.page_prepare`), as the page's file: its
    encoding (``parsed.encoding``, the report's and the row's) and checksum are the page's
    stored ones (a page stored before it had a checksum gets the text's), and the type sizes
    stored with a text read from a PDF (``Page.line_sizes``, by line of ``raw_text``) are
    passed to the parser, so its decks read as the import read them. Raises
    :class:`PageImportError` for a page without raw text, or one the parser or the checks
    refuse now."""
    if not page.raw_text:
        raise PageImportError(f"{page}: 没有保存这个版面的原始文本；请重新导入它的文件")
    prepared = page_prepare(
        PageInput(
            paper_name=page.issue.publication.name,
            paper_slug=page.issue.publication.slug,
            issue_date=page.issue.date,
            label=page.label,
            data=page.raw_text,  # as decoded from the file: decoded again it is itself
            source_name=page.source_name or f"{page} (stored text)",
            line_sizes=line_sizes_read(page.line_sizes),
            replace_unrelated=True,  # (its own stored text, read again)
            # (stored under its issue's date and its label: a mismatch is warned of)
            printed_date_wrong=True,
            printed_label_wrong=True,
        )
    )
    if page.raw_encoding:
        prepared.parsed = replace(prepared.parsed, encoding=page.raw_encoding)
    if page.checksum:
        prepared.checksum = page.checksum
    return prepared


def printed_texts(page: Page) -> dict[tuple[str, int], dict]:
    """What ``page`` printed of the rows an editor changed, for finding them on its PDF: a
    zone is found by its part's or photo's text (:mod:`articles.importing.pagezones`), and a
    caption or story an editor rewrote is no longer on the PDF in its new words (a reviewer's
    rewritten caption lost its zone at 重新匹配热区). Keys ``("part", position)`` and
    ``("photo", position)`` (positions on the page, as the import wrote them); values the
    printed fields: a part's ``title_lines``, ``blocks``, ``dateline`` and ``byline``, a
    photo's ``caption`` and ``credit_line``.

    ``{}`` (nothing parsed: a page's parse costs milliseconds, but none is needed) when no row
    of the page is edited by hand (``edited_at`` on the photo, or on the story of the part),
    when the page's rows were written by another parser version than the current one (its
    positions may differ until ``reparse_pages``), or when its stored text cannot be parsed
    now. Reads rows; call it with no transaction open (it parses)."""
    edited = (
        Photo.objects.filter(page=page, edited_at__isnull=False).exists()
        or ArticlePart.objects.filter(page=page, article__edited_at__isnull=False).exists()
    )
    if not edited or page.parser_version != parsing.PARSER_VERSION:
        return {}
    try:
        parsed = stored_prepare(page).parsed
    except PageImportError:
        return {}
    # (as the import wrote it: stories an editor split off keep their places)
    parsed, _ = split_page(parsed, list(page.parts.select_related("article")), page.pk)
    printed: dict[tuple[str, int], dict] = {}
    for article in parsed.articles:
        rows = StoryRows.of(article)
        printed[("part", rows.position)] = {
            **rows.part,
            "dateline": rows.article["dateline"],
            "byline": rows.article["byline"],
        }
    for photo in parsed.photos:
        printed[("photo", photo.position)] = photo_fields(photo)
    return printed
