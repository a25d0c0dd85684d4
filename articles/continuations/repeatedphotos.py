"""A photo printed again beside a story's continuation goes with that story.

A paper repeats a story's photo on the page its text jumps to (A1's picture again on A2 beside
``（上接A1版）…``). The parser reads one page at a time: its caption on A2 may speak about as
much of the next story as of the continuation, and it goes with none (``图片说明…与前后两篇稿件
都对得上，没有归入任何一篇``). Once the continuation has joined its story
(:meth:`articles.continuations.merging.MergeContext.flush`), a photo of the continuation's page
linked to no story whose caption is, compared as
:func:`articles.samephotos.caption_key` compares it (folded, white space left out), the caption of a photo the story prints on another page is that story's — the same
picture printed twice (the public pages show it once: :mod:`articles.samephotos`). A photo an
editor edited (``edited_at``) is left as the editor has it.
"""

from __future__ import annotations

from articles.models import ArticlePart, Photo
from articles.queries import Prepared
from articles.samephotos import caption_key

# The three reads, built once per connection (:class:`articles.queries.Prepared`: the ORM built
# them anew on every join, ≈ 1 ms of CPU each against some 20 µs of SQL; bench/HISTORY.md, stop
# 70). The loose photos come first, through the parts' pages as a subquery: most joins have
# none, and then nothing else is read.
_LOOSE = Prepared(
    Photo,
    (list,),
    lambda parts: (
        Photo.objects.filter(
            page_id__in=ArticlePart.objects.filter(pk__in=parts).values("page_id"),
            article__isnull=True,
            edited_at__isnull=True,
        )
        .exclude(caption="")
        .values_list("pk", "page_id", "caption")
    ),
    primary=True,
)
_PART_PAGES = Prepared(
    ArticlePart,
    (list,),
    lambda parts: ArticlePart.objects.filter(pk__in=parts).values_list("pk", "page"),
    primary=True,
)
_PRINTED = Prepared(
    Photo,
    (list,),
    lambda stories: Photo.objects.filter(article_id__in=stories).values_list(
        "article_id", "page_id", "caption"
    ),
    primary=True,
)


def repeated_photos_follow(final: dict[int, int], held: dict[int, dict]) -> None:
    """After the emptied stories of a link gave their parts (``held[old]["parts"]``: part ids)
    to the stories in ``final`` ({emptied story id: the story it ended up in}): each photo on
    those parts' pages linked to no story, not edited by hand, whose caption key
    (:func:`articles.samephotos.caption_key`) is that of a photo of the story on another page,
    is the story's; ``held[old]["photos"]`` gets its id (a detach hands it to the continuation's
    story again). One query (statements built once) when no such page has an unlinked photo,
    three reads and an update a story given photos at most."""
    given = {pk: old for old, kept in held.items() for pk in kept.get("parts", ())}
    if not given:
        return
    loose = _LOOSE.rows(given)[1]
    if not loose:
        return
    pages: dict[int, list[int]] = {}  # page id → the emptied stories whose parts stand there
    for pk, page_id in _PART_PAGES.rows(given)[1]:
        pages.setdefault(page_id, []).append(given[pk])
    targets = {final[old] for olds in pages.values() for old in olds}
    printed: dict[tuple[int, str], set[int]] = {}  # (story, caption key) → its photos' pages
    for story, page_id, caption in _PRINTED.rows(targets)[1]:
        printed.setdefault((story, caption_key(caption)), set()).add(page_id)
    changes: dict[int, list[int]] = {}
    for pk, page_id, caption in loose:
        for old in pages[page_id]:
            story = final[old]
            if printed.get((story, caption_key(caption)), {page_id}) - {page_id}:
                changes.setdefault(story, []).append(pk)
                held[old].setdefault("photos", []).append(pk)
                break
    for story, photos in changes.items():
        Photo.objects.filter(pk__in=photos).update(article_id=story)
