"""The questions a desk upload's preview asks that its confirmation must tick (a box each):
a page's new text sharing no story with it (:mod:`articles.importing.unrelated`), a page's PDF
on which few of its stories are found (:mod:`articles.importing.pdfmismatch`)."""

from __future__ import annotations

from articles.importing.pdfmismatch import mismatch_desk_refusal
from articles.importing.unrelated import unrelated_refusal

# Unrelated pages (a text sharing no story with the page as stored): the confirm form's tick box.
REPLACE_UNRELATED = "replace_unrelated"
# A PDF on which few of its page's stories are found (importing.pdfmismatch): its tick box.
ATTACH_UNMATCHED = "attach_unmatched_pdf"
# The preview's questions a confirmation must tick: (box, the pending key of its labels, refusal).
BOXES = (
    (REPLACE_UNRELATED, "unrelated", unrelated_refusal),
    (ATTACH_UNMATCHED, ATTACH_UNMATCHED, mismatch_desk_refusal),
)


def ticked(item: dict, pending: dict) -> dict:
    """A confirmed upload's ``item`` (as its session keeps it) with the preview's boxes its
    confirmation ticked for its page (checked by the confirmation): for the background run."""
    label = item["label"]
    return {
        REPLACE_UNRELATED: label in pending.get("unrelated", []),
        ATTACH_UNMATCHED: label in pending.get(ATTACH_UNMATCHED, []),
    }
