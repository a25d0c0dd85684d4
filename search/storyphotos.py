"""What a story's photos add to finding the story: their captions and their credits.

A photo printed with a story has no index entry of its own (:mod:`search.photoindex`); it is
found through its story, by what it prints:

* **The text search.** The story's entry holds, after its paragraphs, each photo's caption and
  then its credit line as printed (``本报记者 林晓舟摄``: :func:`entry_texts`), so a word of the
  caption, or the photographer's name as credited, finds the story, as a reporter's name is
  found in its printed byline (in the text, or printed apart: :mod:`search.storycredits`,
  indexed before these). Keywords and related stories stay
  drawn from the story's own deck and text (:func:`search.indexing.index_articles`).
* **The 记者 filter** finds a story by its reporters (``Byline``) or by the photographers of
  its photos (``PhotoCredit``: :func:`photographed_by`), read when the search runs, as the
  reporters are: a credit added or removed at the desk, or a person renamed, needs no
  re-index.

Kept in step as the captions are: a photo saved at the desk (its caption, credit line or
story changed; the photo spreadsheet; the story form's photos) or deleted re-indexes the
stories it left and joined when the save commits (``articles.changes.row_changed`` →
:func:`search.indexing.queue_article`), a re-import the stories on its pages; an entry's
``source_hash`` covers these texts, so ``rebuild_search_index --changed`` re-indexes the
stories whose entry was built before credit lines were part of it (and only those).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.db.models import Exists, OuterRef, Q

from articles.models import Photo, PhotoCredit
from articles.queries import Prepared
from search.lookups import person_one_of

#: A photo as its story's entry reads it: ``(caption, credit line)``, as printed.
PhotoText = tuple[str, str]


def story_photo_texts(
    article_ids: Iterable[int], using: str | None = None
) -> dict[int, list[PhotoText]]:
    """``{story id: [(caption, credit line) of each of its photos, as printed]}``, in print
    order (page, then place on it), photos with neither left out; read from ``using`` (default:
    the router's). One query."""
    found: dict[int, list[PhotoText]] = defaultdict(list)
    if using is None:  # (the index's, a few times a batch of an import: built once)
        rows = _PHOTO_TEXTS.rows(article_ids)[1]
    else:
        rows = _photo_texts(Photo.objects.db_manager(using), list(article_ids))
    for article_id, caption, credit in rows:
        found[article_id].append((caption, credit))
    return found


def _photo_texts(photos, ids):
    return (
        photos.filter(article_id__in=ids)
        .exclude(caption="", credit_line="")
        .order_by("article_id", "page__sequence", "position")
        .values_list("article_id", "caption", "credit_line")
    )


_PHOTO_TEXTS = Prepared(Photo, (list,), lambda ids: _photo_texts(Photo.objects, ids))


def story_captions(article_ids: Iterable[int], using: str | None = None) -> dict[int, list[str]]:
    """``{story id: its photos' captions as printed}`` (:func:`story_photo_texts`' captions,
    none empty). One query."""
    return {
        pk: captions
        for pk, photos in story_photo_texts(article_ids, using).items()
        if (captions := [caption for caption, _ in photos if caption])
    }


def entry_texts(photos: Iterable[PhotoText]) -> list[str]:
    """The texts a story's ``photos`` (:func:`story_photo_texts`' of it) add to its entry's
    body after its paragraphs, in order: each caption, then its credit line; none empty. As
    printed: the indexer normalises each."""
    return [text for caption, credit in photos for text in (caption, credit) if text]


def photographed_by(names) -> Q:
    """Stories (``Article`` querysets) with a photo credited to one of ``names`` (a name's
    spellings, :func:`search.forms.spelled`, compared with :class:`search.lookups.OneOf` as the
    reporters' are): what the 记者 filter adds to the stories' reporters."""
    credits = PhotoCredit.objects.filter(person_one_of(names), photo__article=OuterRef("pk"))
    return Q(Exists(credits))
