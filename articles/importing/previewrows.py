"""The desk's preview lists a page's stories as the import stores them, not only as parsed.

The preview promises what the import gives, but the parse is not all of it: the jump
resolution the import runs after writing a batch (:mod:`articles.continuations.headlines`)
takes a continuation's repeated headline off its text once the part is stitched to the story it
continues (``（上接A1版）全市冬季供暖今起全面启动`` with the text on the next line: the parser
glues the line into the first paragraph, since alone it cannot tell a repeated headline from the
words of a cut sentence), and puts one back when the evidence is gone. The preview's dry run
has done all that before it rolls back, so its rows are read back from what it wrote. So is a
story an editor changed by hand that the import keeps (覆盖人工修改 not ticked): its row is the
editor's deck and text, marked as kept (:func:`hand_edits_kept`), not the page's.
"""

from __future__ import annotations

from dataclasses import replace

from articles.models import ArticlePart
from articles.parsing import Block, ParsedPage


def as_stored(parsed: ParsedPage, page_id: int | None) -> ParsedPage:
    """``parsed`` (the page as parsed) with each continuation's title lines and text blocks as
    stored on page ``page_id`` (its part at the same position: the import keeps a story's
    printed position), inside the transaction that wrote them (the preview's dry run, before
    its rollback). The other stories are left as parsed (what an editor's hand edits keep of
    them the preview lists apart, as conflicts). Returns ``parsed`` itself when the page has no
    continuation; a new :class:`~articles.parsing.ParsedPage` otherwise. Raises nothing.
    Hand edits the import keeps: :func:`hand_edits_kept`."""
    continued = {a.position for a in parsed.articles if a.continued_from}
    if page_id is None or not continued:
        return parsed
    stored = {
        position: (
            tuple(title_lines),
            tuple(Block(kind=b.get("kind", "paragraph"), text=b.get("text", "")) for b in blocks),
        )
        for position, title_lines, blocks in ArticlePart.objects.filter(
            page_id=page_id, position__in=continued
        ).values_list("position", "title_lines", "blocks")
    }
    articles = tuple(
        replace(a, title_lines=stored[a.position][0], blocks=stored[a.position][1])
        if a.position in stored
        else a
        for a in parsed.articles
    )
    return replace(parsed, articles=articles)


def hand_edits_kept(
    shown: ParsedPage, page_id: int | None, *, overwrite_edited: bool
) -> tuple[ParsedPage, tuple[int, ...]]:
    """``shown`` (the page's rows so far) with each story edited by hand that the import kept
    as the editor saved it (its deck, for a story that starts on the page, and its part's text
    on page ``page_id``, read inside the preview's dry run), and the positions of those stories
    (the desk marks them kept). A story whose stored rows are the page's is left alone: the
    page and the edit agree there. Nothing is kept when ``overwrite_edited``: the page's text
    replaces the edits. Raises nothing."""
    if page_id is None or overwrite_edited:
        return shown, ()
    parts = {
        part.position: part
        for part in ArticlePart.objects.filter(
            page_id=page_id,
            position__in=[a.position for a in shown.articles],
            article__edited_at__isnull=False,
        ).select_related("article")
    }
    articles, kept = [], []
    for parsed in shown.articles:
        part = parts.get(parsed.position)
        stored = _as_kept(parsed, part) if part is not None else parsed
        if stored != parsed:
            kept.append(parsed.position)
        articles.append(stored)
    if not kept:
        return shown, ()
    return replace(shown, articles=tuple(articles)), tuple(kept)


def _as_kept(parsed, part: ArticlePart):
    """``parsed`` with the deck (on its home page) and the text of ``part`` as stored."""
    blocks = tuple(
        Block(kind=b.get("kind", "paragraph"), text=b.get("text", "")) for b in part.blocks
    )
    article = part.article
    if article.page_id != part.page_id or part.sequence:  # a continuation: its deck is elsewhere
        return replace(parsed, blocks=blocks)
    deck = {
        "kicker": article.kicker,
        "headline": article.headline,
        "subheadline": article.subheadline,
    }
    return replace(parsed, blocks=blocks, **deck)


def stories_heading(printed: int, stored: int) -> str:
    """The heading of a preview's table of stories: ``稿件（3 篇）``, the stories of the new
    text (``printed``), which the page's line counts too when the import leaves the page with
    as many. When it leaves another number of parts (``stored``, what the line counts,
    :func:`~articles.importing.pagecounts.counts_fill`): stories the new text no longer has
    but the import keeps (published, edited by hand: listed above the table), or stories an
    editor merged, the heading says both, so that the table and the line agree:
    ``稿件（新的版面文本里 1 篇，导入后本版共 2 篇：另 1 篇是上面列出的、将保留的稿件）``."""
    if stored == printed:
        return f"稿件（{printed} 篇）"
    both = f"稿件（新的版面文本里 {printed} 篇，导入后本版共 {stored} 篇"
    if stored > printed:
        return f"{both}：另 {stored - printed} 篇是上面列出的、将保留的稿件）"
    return f"{both}：见上面的说明）"
