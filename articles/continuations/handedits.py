"""Continuations, a hand-edited continuation joining its story: the editor's edit stays an edit.

A continuation whose page came before the page it continues (上接A1版, A1 late) is a story of its
own for a while, and an editor may correct it at the desk meanwhile (its history: the import's
version, then the edit). When the jump is resolved (by the importer, or an editor's link) its
part moves into the story that jumped to it and its own row goes (:mod:`articles.continuations.
merging`). The story it joined kept no trace of the edit: not edited by hand, no record of the
part as imported, so the editor's text became, for every later comparison, the page's text —
a re-sent page overwrote it without a word, or, once the story had a history, the 版面文本
offered at the desk was compared with the editor's text (:mod:`articles.importing.pagetext`).

Now the joined story gets two history records (:func:`hand_edited_joins_record`): the part as its
page's import wrote it (:data:`~articles.continuations.published.HAND_EDITED_JOIN_REASON`, the
part's baseline), then the story as it is, with the editor's text, by that editor
(:data:`~articles.continuations.published.HAND_EDITED_KEPT_REASON`); and it is edited by hand
from the edit's time (``edited_at``), so a re-import keeps the edit and says what its page
changed, and the desk offers the page text (采用版面文本, or the import's version in history).
"""

from __future__ import annotations

from articles.continuations.published import HAND_EDITED_JOIN_REASON, HAND_EDITED_KEPT_REASON
from articles.editing import history_baseline, story_snapshot, story_versions
from articles.models import Article
from articles.queries import Prepared

#: The stories of a list edited by hand, with when (each batch an import links jumps in: built
#: once, :class:`~articles.queries.Prepared`).
_EDITED = Prepared(
    Article,
    (list,),
    lambda ids: Article.objects.filter(pk__in=ids, edited_at__isnull=False).values_list(
        "pk", "edited_at"
    ),
    primary=True,
)


def hand_edited_joins_record(final: dict[int, int]) -> None:
    """For each emptied story of ``final`` (``{emptied story id: the story it joined}``, its
    parts moved already, the story not deleted yet) that an editor edited by hand: the records
    and ``edited_at`` above on the story it joined. One query when none was edited."""
    edited = dict(_EDITED.rows(list(final))[1])
    for old, when in sorted(edited.items()):
        _join_record(old, final[old], when)


def _join_record(old: int, new: int, edited_at) -> None:
    # (imported here: the importing package's own start imports the continuations)
    from articles.importing.pagetext import imported_version

    versions = story_versions(old)
    if not versions or not versions[-1].parts:
        return
    brought = {part["id"] for part in versions[-1].parts}
    story = Article.objects.get(pk=new)
    if not story.history.exists():  # (its version before the join: without these parts)
        history_baseline([story])
        record = story.history.get()
        record.story = _without(record.story, brought)
        record.save(update_fields=["story"])
    now = story_snapshot(new)
    imported = {
        pk: imported_version(old, pk, is_home=False)
        for pk in brought
        if any(part["id"] == pk for part in now["parts"])
    }
    as_imported = {**now, "parts": [_as_imported(p, imported.get(p["id"])) for p in now["parts"]]}
    # (the editor of its newest hand edit: an import's records name nobody)
    editor = next(
        (v.record.history_user for v in reversed(versions) if v.record.history_user_id), None
    )
    edited_at = max(edited_at, story.edited_at or edited_at)
    _record(story, HAND_EDITED_JOIN_REASON, as_imported, user=None, edited_at=story.edited_at)
    _record(story, HAND_EDITED_KEPT_REASON, now, user=editor, edited_at=edited_at)
    Article.objects.filter(pk=new).update(edited_at=edited_at)


def _record(story: Article, reason: str, snapshot: dict, *, user, edited_at) -> None:
    """One history record of ``story`` as stored, with ``snapshot`` as its body, by ``user``."""
    story.edited_at = edited_at
    Article.history.bulk_history_create(
        [story], default_change_reason=reason, default_user=user, update=True
    )
    record = story.history.order_by("-history_date", "-history_id").first()
    record.story, record.history_user = snapshot, user  # (the import's: nobody's)
    record.save(update_fields=["story", "history_user"])


def _without(snapshot: dict | None, parts: set[int]) -> dict | None:
    if snapshot is None:
        return None
    return {**snapshot, "parts": [p for p in snapshot["parts"] if p["id"] not in parts]}


def _as_imported(part: dict, imported: dict | None) -> dict:
    if imported is None:
        return part
    return {**part, "title_lines": imported["title_lines"], "blocks": imported["blocks"]}
