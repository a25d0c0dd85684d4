"""The questions a desk upload's preview asks that its confirmation must tick (a box each):
a page's new text sharing no story with it (:mod:`articles.importing.unrelated`), a page's PDF
on which few of its stories are found (:mod:`articles.importing.pdfmismatch`)."""

from __future__ import annotations

from articles.importing.pdfmismatch import (
    mismatch_desk_refusal,
    mismatch_labels,
    questioned_pdfs,
    unchecked_pdfs,
)
from articles.importing.unrelated import unrelated_refusal

# Unrelated pages (a text sharing no story with the page as stored): the confirm form's tick box.
REPLACE_UNRELATED = "replace_unrelated"
# A PDF on which few of its page's stories are found (importing.pdfmismatch): its tick box.
ATTACH_UNMATCHED = "attach_unmatched_pdf"
# Of those, the pages whose PDF has no text layer that can be read: label -> why
# (pdfmismatch.unchecked_pdfs), so that the box and its refusal say so.
UNCHECKED_PDFS = "unchecked_pdfs"
# The preview's questions a confirmation must tick: (box, the pending key of its labels,
# refusal: a function of the pending upload).
BOXES = (
    (REPLACE_UNRELATED, "unrelated", lambda pending: unrelated_refusal(pending["unrelated"])),
    (
        ATTACH_UNMATCHED,
        ATTACH_UNMATCHED,
        lambda pending: mismatch_desk_refusal(
            pending[ATTACH_UNMATCHED], pending.get(UNCHECKED_PDFS)
        ),
    ),
)


def pdfs_asked(preview) -> dict:
    """A preview's (its outcomes') pending keys for the PDF box: the pages whose PDF it
    questions, and why, for those whose PDF has no text layer that can be read."""
    return {ATTACH_UNMATCHED: mismatch_labels(preview), UNCHECKED_PDFS: unchecked_pdfs(preview)}


def pdfs_asked_text(pending: dict) -> str:
    """Why the box is asked, as its label says it (``pending``: :func:`pdfs_asked`'s keys)."""
    return questioned_pdfs(pending[ATTACH_UNMATCHED], pending.get(UNCHECKED_PDFS))


def ticked(item: dict, pending: dict) -> dict:
    """A confirmed upload's ``item`` (as its session keeps it) with the preview's boxes its
    confirmation ticked for its page (checked by the confirmation): for the background run."""
    label = item["label"]
    return {
        REPLACE_UNRELATED: label in pending.get("unrelated", []),
        ATTACH_UNMATCHED: label in pending.get(ATTACH_UNMATCHED, []),
    }
