"""The one hand-edit rule: what every writer on the desk does before it saves a row an editor
changed (the story, part, photo and page admins, history reverts, the spreadsheet import).

1. **A baseline in history.** The importer writes pages in bulk, which records no history; the
   stored state of a row is recorded (as "导入时的版本") before its first change, so the change
   can be diffed and reverted (:func:`history_baseline`).
2. **Marked as edited by hand.** A story or photo gets ``edited_at``: a re-import then leaves it
   alone and reports a conflict, unless ``--overwrite-edited``. A printed part is marked through
   its story (the caller passes the story too).
3. **Why and who**, for the history record: ``_change_reason`` and, when given, ``_history_user``
   (django-simple-history reads both when the row is saved).

Publishing uses :func:`history_baseline` alone: it changes status, not what was printed.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils import timezone

BASELINE_REASON = "导入时的版本"
EDIT_REASON = "编辑修改"
REVERT_REASON = "恢复到历史版本"
SPREADSHEET_REASON = "表格导入"


def history_baseline(objects: Iterable) -> None:
    """Record the stored state of rows that have no history yet, before they are changed.

    ``objects``: saved rows of one or several models with history (others are skipped); unsaved
    rows are skipped. One query per model to find which have history, one insert for the rest.
    """
    by_model: dict[type, list] = {}
    for obj in objects:
        if obj.pk is not None and hasattr(type(obj), "history"):
            by_model.setdefault(type(obj), []).append(obj)
    for model, rows in by_model.items():
        history = model.history
        recorded = set(
            history.filter(id__in=[o.pk for o in rows]).values_list("id", flat=True).distinct()
        )
        missing = [o.pk for o in rows if o.pk not in recorded]
        if not missing:
            continue
        stored = list(model.objects.filter(pk__in=missing))
        for row in stored:
            row._history_user = None  # written by the importer, not by whoever edits it now
        history.bulk_history_create(stored, default_change_reason=BASELINE_REASON)


def hand_edit(objects: Iterable, *, reason: str = EDIT_REASON, user=None) -> None:
    """Prepare rows an editor changed for saving (the caller saves them): a history baseline,
    ``edited_at`` on stories and photos, and the reason (and user) for their history records.

    ``objects``: model instances (stories, parts, photos, anything with history); ``reason``:
    one of this module's reasons, in Chinese; ``user``: the editor when the row is saved outside
    a request (the history middleware gives the request's user otherwise)."""
    objects = list(objects)
    history_baseline(objects)
    now = timezone.now()
    for obj in objects:
        if hasattr(obj, "edited_at"):
            obj.edited_at = now
        obj._change_reason = reason
        if user is not None:
            obj._history_user = user


def desk_reason(request) -> str:
    """Why a row is saved from the admin: a history revert (``…/history/<id>/``) or an edit."""
    return REVERT_REASON if "/history/" in request.path else EDIT_REASON
