"""Who made a story's (or a photo's) hand edit: the history record that set its ``edited_at``.

A hand edit stamps ``edited_at`` (:meth:`articles.models.Article.mark_edited`); every later
record — a sign-off, a publication, a withdrawal — copies the stamp unchanged. So the latest
record with a user is often the chief who published the story, not the editor who changed
it; the record that made the edit is the *first* one carrying the current stamp. The removal's
list of hand edits it loses (删除本期, 撤销本版导入) and the import's ``（某人 … 修改）`` lines
credit that record's user.
"""

from __future__ import annotations

from datetime import datetime


def edit_record(history, pk: int, edited_at: datetime | None):
    """The history record (its ``history_user`` loaded) of the hand edit stamped ``edited_at``
    on row ``pk`` of the model whose ``history`` manager is given: the first record carrying
    that stamp; without a stamp, or when no record carries it (history pruned), the latest
    record with a user. None when there is neither. One or two queries."""
    records = history.filter(id=pk).select_related("history_user")
    if edited_at is not None:
        found = records.filter(edited_at=edited_at).order_by("history_date", "history_id").first()
        if found is not None:
            return found
    return records.filter(history_user__isnull=False).order_by("-history_date").first()
