"""Taking a page's text for one story edited by hand, keeping every other hand edit on the page.

A re-import leaves a story edited by hand as the editor saved it and says what the page text
changed in it (:mod:`articles.importing.pagetext`). Until now only ``--overwrite-edited``
(覆盖人工修改) brought the correction in, and it threw away every hand edit on the page; a
history revert to 导入时的版本 brought back the *first* import's text. Here the desk takes it for
one story (README: The editors' desk, “采用版面文本”):

* :func:`page_text_offers` — for a story edited by hand, each page whose stored text (parsed
  again now: :func:`~articles.importing.storedparse.stored_prepare`) prints its part otherwise
  than the story held as last imported: the changes, and a fingerprint of what was compared;
* :func:`page_text_take` — the story's part on that page (and, on its home page, its printed
  fields and reporters) becomes the page text, written by the importer's own code for one story
  (:func:`~articles.importing.writer.story_page_text`), recorded in history as
  ``采用版面文本（A1版）`` by the editor, under the editor's sign-off rule. A stale confirmation
  (the story or the page changed since it was shown) is refused with nothing written.

A story split off one the page prints it in takes its part of that story only
(:func:`~articles.importing.splitoffs.split_off_rows`) and stays edited by hand (the next
import finds it so); a headline the editor typed for a split-off, which the page never
printed, is kept and not listed as a change.

The story stays counted as edited by hand when another of its parts, or (taken on a
continuation's page) its own printed fields, still differ from what was last imported: the next
import of that page must not overwrite that edit silently; and while another of its pages still
offers its text (A1 and A2 both re-sent with corrections: taking A1's leaves A2's pending). Otherwise it is no longer edited: all
it prints is what its pages print, and the next correction of the page reaches it by itself.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from functools import partial

from django.db import transaction
from django.utils import timezone

from articles import parsing
from articles.continuations import jumps_resolve
from articles.continuations.lonetitles import kept_rows
from articles.continuations.restoring import own_reporters
from articles.correctionnotices import notices_find
from articles.importing.editmerge import (
    acknowledge,
    acknowledged,
    baseline_edited,
    merge_base,
    stored_version,
)
from articles.importing.handedits import story_fingerprint
from articles.importing.pagetext import (
    TAKE_REASON,
    PageTextRefused,
    changes,
    imported_version,
    printed_of_rows,
)
from articles.importing.reports import PageImportError
from articles.importing.rows import StoryRows
from articles.importing.splitoffs import head_blocks, split_off_rows, split_page, story_numbers
from articles.importing.storedparse import stored_prepare
from articles.importing.textmerge import merge_printed
from articles.importing.writer import story_page_text
from articles.models import Article, ArticlePart, Page
from articles.signoff import edit_reason, published_edit_refusal

STALE_MESSAGE = (
    "没有采用版面文本：确认页打开之后，这篇稿件或{label}版又有了改动（有人修改了稿件，或重新导入了"
    "这一版），什么都没有写入。请回到稿件页重新查看改动，再点“采用版面文本”。"
)
ACK_STALE_MESSAGE = (
    "没有标记为已核对：确认页打开之后，这篇稿件或{label}版又有了改动（有人修改了稿件，或重新导入了"
    "这一版），或者这些改动已经不再待采用。请回到稿件页重新查看改动。"
)
NOTHING_MESSAGE = (
    "没有采用版面文本：{label}版的版面文本与这篇稿件上次导入时相同，没有可采用的改动。"
)


@dataclass(frozen=True)
class PageTextOffer:
    """What ``page``'s stored text prints of ``article``'s ``part`` (``rows``) and how it differs
    from what the story held as last imported (``changes``, :func:`~articles.importing.pagetext.changes`'s
    lines; never empty); ``token``: the fingerprint of the story and page compared."""

    article: Article
    part: ArticlePart
    page: Page
    rows: StoryRows
    is_home: bool
    changes: list[str]
    token: str
    #: what taking it changes in the story as it is now (its editor's own edits and paragraphs
    #: merged into it undone too), in :func:`~articles.importing.pagetext.changes`' words
    replaced: tuple[str, ...] = ()
    #: a story split off one the page prints it in: it stays edited by hand once taken (how
    #: the next import knows it, :func:`~articles.importing.splitoffs.split_made`)
    keeps_edited: bool = False

    @property
    def notice(self) -> str:
        """``版面文本与这篇稿件不同（A1版 2026-12-05 07:30重新导入）``, in the site's time zone."""
        at = timezone.localtime(self.page.imported_at) if self.page.imported_at else None
        when = f" {at:%Y-%m-%d %H:%M}重新导入" if at else ""
        return f"版面文本与这篇稿件不同（{self.page.label}版{when}）"


def page_text_offers(article: Article) -> list[PageTextOffer]:
    """The pages whose text ``article`` (edited by hand) could take: one offer per part on a
    page whose stored text, parsed now, prints it otherwise than the story held as last
    imported. ``[]`` for a story not edited by hand (an import updates it itself), a whole
    copy, a page written by another parser version (its positions may differ until
    ``reparse_pages``) or one whose text cannot be parsed now. Parses each page of the story
    (milliseconds); call it with no transaction open."""
    if article.edited_at is None:
        return []
    offers = []
    parts = ArticlePart.objects.filter(article=article, whole_copy=False).select_related("page")
    for part in parts.order_by("sequence"):
        offer = _offer(article, part)
        if offer is not None:
            offers.append(offer)
    return offers


def _offer(article: Article, part: ArticlePart) -> PageTextOffer | None:
    page = part.page
    if page is None or page.parser_version != parsing.PARSER_VERSION:
        return None
    try:
        parsed = stored_prepare(page).parsed
    except PageImportError:
        return None
    # As the desk has the page: a story split keeps only its part, the split-offs their places.
    parsed, splits = split_page(parsed, list(page.parts.select_related("article")), page.pk)
    split_from = [s for s in splits if s.origin == part.position]
    split_off = next((s for s in splits if s.part.pk == part.pk), None)
    numbers = story_numbers([a.position for a in parsed.articles], splits)
    printed = {a.position: StoryRows.of(a, numbers[a.position]) for a in parsed.articles}
    if split_off is not None:  # (its part of the printed story the page prints it in)
        printed[part.position] = split_off_rows(split_off, numbers[split_off.position])
    rows = printed.get(part.position)
    if rows is None:  # (kept although the text lost it)
        return None
    rows = kept_rows(page, part, rows)
    is_home = article.page_id == page.pk
    before = merge_base(article.pk, part.pk, is_home=is_home)  # (as last imported or merged in)
    if before is None:
        return None
    if split_from:  # (its part as last imported: before what was split off)
        before["blocks"] = head_blocks(before["blocks"], split_from)
    if is_home:  # (a reporter a continuation's page signed is not this page's to change)
        before["reporters"] = own_reporters(article.pk, before["reporters"], rows.byline_names)
    mine = stored_version(article, part, is_home, rows.byline_names)
    # (only what the editor changed otherwise: the rest flowed in, or the story holds it)
    printed = printed_of_rows(rows, is_home=is_home)
    # (a split-off's part is kept by its import as the editor saved it, nothing merged into it:
    # :mod:`articles.importing.splitoffs`; a story whose imported version is the editor's: all
    # of it said)
    if split_off is not None or baseline_edited(article.pk):
        said = changes(before, printed)
    else:
        said = merge_printed(before, mine, printed).pending
    if not said or acknowledged(article.pk, page):
        return None
    rows = _typed_headline_kept(article, part, rows, typed=is_home and "headline" not in before)
    return PageTextOffer(
        article=article,
        part=part,
        page=page,
        rows=rows,
        is_home=is_home,
        changes=said,
        token=_fingerprint(article, page, rows),
        replaced=tuple(
            changes(
                mine,
                printed_of_rows(rows, is_home=is_home),
            )
        ),
        keeps_edited=split_off is not None,
    )


def _typed_headline_kept(
    article: Article, part: ArticlePart, rows: StoryRows, *, typed: bool
) -> StoryRows:
    """``rows`` as taking them writes them: a story split off with a headline the editor typed
    (``typed``: :func:`~articles.importing.pagetext.imported_version` leaves it out), which the
    page prints none for, keeps the headline it has now and its title lines (neither is the
    page's to change)."""
    if not typed or rows.article["headline"] or rows.part["title_lines"]:
        return rows
    return replace(
        rows,
        article={**rows.article, "headline": article.headline},
        part={**rows.part, "title_lines": list(part.title_lines)},
    )


def _fingerprint(article: Article, page: Page, rows: StoryRows) -> str:
    """The story as stored (:func:`~articles.importing.handedits.story_fingerprint`: edited
    and saved when, every part's text), the page's text and import, and what it prints of it."""
    value = (story_fingerprint(article), page.checksum, str(page.imported_at), repr(rows))
    return hashlib.sha256(repr(value).encode()).hexdigest()[:20]


def page_text_take(*, article_id: int, page_id: int, token: str, user) -> PageTextOffer:
    """Give story ``article_id`` what page ``page_id``'s text prints of it (the offer the
    editor confirmed, ``token`` its fingerprint), as described in the module's docstring; the
    offer taken is returned. Raises :class:`PageTextRefused` (nothing written) when the offer
    is gone or changed (``token`` stale), or when ``user`` may not change the story (a
    published story on a paper that requires sign-off: a chief editor's,
    :func:`~articles.signoff.published_edit_refusal`). Parses the page before its transaction
    opens."""
    article = Article.objects.select_related("issue__publication").get(pk=article_id)
    offers = page_text_offers(article)
    offer = next((o for o in offers if o.page.pk == page_id), None)
    label = offer.page.label if offer else Page.objects.get(pk=page_id).label
    if offer is None:
        changed = token and article.edited_at is not None
        raise PageTextRefused((STALE_MESSAGE if changed else NOTHING_MESSAGE).format(label=label))
    refusal = published_edit_refusal(article, user)
    if refusal:
        raise PageTextRefused(f"没有采用版面文本：{refusal}")
    with transaction.atomic():
        locked = Article.objects.select_for_update().get(pk=article_id)
        page = Page.objects.select_for_update().get(pk=page_id)
        if token != offer.token or _fingerprint(locked, page, offer.rows) != token:
            raise PageTextRefused(STALE_MESSAGE.format(label=label))
        others = any(o.page.pk != page_id for o in offers)
        _take(locked, page, offer, user, others_pending=others)
    return offer


def page_text_acknowledge(*, article_id: int, page_id: int, token: str, user) -> PageTextOffer:
    """Keep story ``article_id``'s text over what page ``page_id``'s text changed of it (the
    offer the editor looked at, ``token`` its fingerprint): recorded in its history
    (:func:`~articles.importing.editmerge.acknowledge`), the story otherwise unchanged, no
    longer pending until the page is re-sent. Refused as :func:`page_text_take` is (a stale
    token, an editor who may not change the story); the offer is returned."""
    article = Article.objects.select_related("issue__publication").get(pk=article_id)
    offer = next((o for o in page_text_offers(article) if o.page.pk == page_id), None)
    label = offer.page.label if offer else Page.objects.get(pk=page_id).label
    if offer is None or token != offer.token:
        raise PageTextRefused(ACK_STALE_MESSAGE.format(label=label))
    refusal = published_edit_refusal(article, user)
    if refusal:
        raise PageTextRefused(f"没有标记为已核对：{refusal}")
    with transaction.atomic():
        locked = Article.objects.select_for_update().get(pk=article_id)
        page = Page.objects.select_for_update().get(pk=page_id)
        if _fingerprint(locked, page, offer.rows) != token:
            raise PageTextRefused(ACK_STALE_MESSAGE.format(label=label))
        acknowledge(locked, page, offer.changes, user=user)
    return offer


def _take(
    article: Article, page: Page, offer: PageTextOffer, user, *, others_pending: bool
) -> None:
    """Write ``offer``; the story stays edited by hand while ``others_pending`` (another of its
    pages offers its text: a continuation's correction re-sent too) or it holds another edit."""
    part = ArticlePart.objects.select_related("article").get(pk=offer.part.pk)
    still_edited = offer.keeps_edited or others_pending or _edited_elsewhere(article, part)
    edited_at = article.edited_at
    why = TAKE_REASON.format(label=page.label)
    story = part.article
    for row in (story, part):
        row._history_user = user
        row._change_reason = why
    jumps = _jumps(part)
    story_page_text(page, part, offer.rows, why=why, rule=partial(edit_reason, user=user))
    Article.objects.filter(pk=article.pk).update(edited_at=edited_at if still_edited else None)
    if _jumps(part) != jumps:  # its markers changed: linked again, as an import links them
        jumps_resolve([page.issue])
    notices_find(articles=[article])  # a 更正 notice taken as printed, or a story one names


def _jumps(part: ArticlePart) -> list[tuple]:
    return list(part.jumps.order_by("direction").values_list("direction", "target_label", "marker"))


def _edited_elsewhere(article: Article, taken: ArticlePart) -> bool:
    """Whether ``article`` holds a hand edit besides its part ``taken``: another part (with,
    for its part on its home page, its printed fields and reporters) stored otherwise than last
    imported, or with no import of it recorded."""
    for part in ArticlePart.objects.filter(article=article).exclude(pk=taken.pk):
        is_home = part.page_id == article.page_id
        before = imported_version(article.pk, part.pk, is_home=is_home)
        printed = (before or {}).get("reporters", [])
        if before is None or stored_version(article, part, is_home, printed) != before:
            return True
    return False
