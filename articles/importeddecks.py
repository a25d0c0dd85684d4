"""A story's deck as the import wrote it, for telling a deck field the desk cut short from the
printed one (:class:`articles.printeddeck.ImportedDeck`; 夜色里的新码头 → 新码头 reads as printed
otherwise: :mod:`articles.printeddeck`).

The importer writes in bulk and records no history; the first hand edit of a story (or its
publishing) first records the story as stored, the import's version (``导入时的版本``:
:func:`articles.editing.history_baseline`), with its parts' title lines
(:class:`~articles.models.stories.StoryVersionFields`). That record's deck is what the import
read from those lines. Only stories edited by hand (``edited_at``) whose deck may have been cut
short (:func:`articles.printeddeck.cut_maybe`) are asked: a story never edited reads as the
import wrote it."""

from __future__ import annotations

from collections.abc import Iterable

from articles.editing import BASELINE_REASON
from articles.models import Article
from articles.printeddeck import ImportedDeck, cut_maybe
from articles.queries import Prepared

# Which of some stories were edited by hand, through a statement built once per connection: an
# import asks for every batch's stories whose deck may be cut short, and almost never finds one
# edited (the ORM building the history read with its subquery cost ≈ 2 ms a batch, the answer
# ≈ 0.05 ms).
_EDITED = Prepared(
    Article,
    (list,),
    lambda ids: Article.objects.filter(pk__in=ids, edited_at__isnull=False).values_list("pk"),
)


def imported_decks(ids: Iterable[int]) -> dict[int, ImportedDeck]:
    """The deck each story of ``ids`` edited by hand had as imported, by id: its first history
    record's that the import made (:data:`~articles.editing.BASELINE_REASON`), with the title
    lines of its first printed part then. Stories not edited, and records without their parts
    (recorded before records kept them), are left out. One query when none of them was edited
    (none for no ids), two when some was."""
    ids = list(ids)
    if not ids or not _EDITED.rows(ids)[1]:
        return {}
    return _baseline_decks(ids)


def _baseline_decks(ids: list[int]) -> dict[int, ImportedDeck]:
    """:func:`imported_decks` without asking first whether any was edited. One query."""
    edited = Article.objects.filter(pk__in=ids, edited_at__isnull=False).values("pk")
    records = (
        Article.history.filter(id__in=edited, history_change_reason__startswith=BASELINE_REASON)
        .order_by("id", "history_date", "history_id")
        .values_list("id", "kicker", "headline", "subheadline", "story")
    )
    found: dict[int, ImportedDeck] = {}
    for pk, kicker, headline, subheadline, story in records:
        if pk in found or not story:
            continue
        first = [p for p in story.get("parts", []) if p.get("sequence") == 0]
        lines = tuple(first[0].get("title_lines") or ()) if first else ()
        found[pk] = ImportedDeck(kicker, headline, subheadline, lines)
    return found


def decks_maybe_cut(stories: Iterable[tuple]) -> dict[int, ImportedDeck]:
    """:func:`imported_decks` of the ``stories`` (``(id, first part's title lines, kicker,
    headline, subheadline)``) whose deck may have been cut short
    (:func:`~articles.printeddeck.cut_maybe`): a query only when one may."""
    return imported_decks(pk for pk, lines, *deck in stories if cut_maybe(lines, *deck))


def imported_deck(article: Article, title_lines) -> ImportedDeck | None:
    """:func:`imported_decks` of one story whose first part prints ``title_lines``, asked once
    per object: a query when it was edited by hand and its deck may have been cut short
    (:func:`~articles.printeddeck.cut_maybe`), none otherwise."""
    deck = (article.kicker, article.headline, article.subheadline)
    if not cut_maybe(title_lines, *deck) or not article.edited_at:  # (pure test first)
        return None
    if not hasattr(article, "_imported_deck"):
        article._imported_deck = _baseline_decks([article.pk]).get(article.pk)
    return article._imported_deck
