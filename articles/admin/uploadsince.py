"""The desk upload's confirmation checked against what changed since its preview.

A confirmation writes only over the pages as its preview saw them (README: The editors' desk,
上传版面): :func:`confirm_check` runs inside the import's transaction (or, for a background
import, before it is queued) and raises :class:`ChangedSince` naming what changed, nothing
written, or :class:`AlreadyImported` when the pages were imported since with this very upload
(the same preview confirmed in another tab): nothing to import and no overwrite to offer. The
rules are :mod:`articles.importing.handedits` and :mod:`articles.importing.previewedpages`.
"""

from __future__ import annotations

from articles.importing.handedits import hand_edits_refusal, hand_edits_since
from articles.importing.previewedpages import (
    already_imported_text,
    pages_changed_refusal,
    pages_changed_since,
    upload_held,
)


class ChangedSince(Exception):
    """A confirmation that would overwrite a change made since its preview (a hand edit its
    preview did not list, another import of a page, a removal: the message names it); nothing
    was written."""


class AlreadyImported(Exception):
    """A confirmation whose pages all hold already what it would write (the same preview
    confirmed in another tab): nothing to import, nothing written; the message says so
    (``1版已经导入（editor 12月7日 23:18），内容与这次上传相同，无需再导入。``)."""


def confirm_check(pending: dict) -> None:
    """Raise :class:`ChangedSince` when a page of the pending upload ``pending`` (its
    ``loaded`` items, their ``items`` JSON with each ``page_state``, ``overwrite_edited`` and
    the ``hand_edits`` its preview listed) is not as its preview saw it: the upload overwrites
    hand edits and one on its pages was edited since, or again (the preview did not list it);
    or a page was imported again, edited, merged or split, or removed since
    (:func:`~articles.importing.previewedpages.pages_changed_since`): the confirmation would
    write the preview's older page over it. A page imported since with what the upload brings
    is no such change; raise :class:`AlreadyImported` when every page of the upload holds so
    (nothing to import). Call it inside the import's transaction, the stories locked."""
    if pending["overwrite_edited"]:  # (else hand edits win: the import keeps them)
        since = hand_edits_since(pending["loaded"], pending.get("hand_edits", {}))
        if since:
            raise ChangedSince(hand_edits_refusal(since))
    states = [data.get("page_state") for data in pending["items"]]
    changed = pages_changed_since(pending["loaded"], states)
    if any(not change.same for change in changed):
        raise ChangedSince(pages_changed_refusal(changed))
    if changed and upload_held(pending["loaded"]):
        raise AlreadyImported(already_imported_text(changed))
