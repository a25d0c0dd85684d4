"""How a change reads in the history pages: body diffs by paragraph, no bookkeeping noise.

History itself is django-simple-history (see the ``articles.models`` docstring for why): each
save writes a copy of the row with who and when; the admin lists the copies with their
differences and reverts by saving an old copy through the normal form (so a revert is itself a
hand edit, recorded and marked). Stories keep their body in printed parts, so a story's history
page lists the changes of its parts too, each with its own revert link.
"""

from __future__ import annotations

import difflib

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Q
from django.urls import reverse
from django.utils.html import format_html_join
from simple_history.models import ModelChange
from simple_history.template_utils import HistoricalRecordContextHelper

from articles.forms import text_from_blocks
from articles.models import ArticlePart

# Fields every save touches or that only the importer and resolver manage.
HIDDEN_FIELDS = {"edited_at", "resolved_at", "updated_at"}


def _paragraphs(field: str, value) -> list[str]:
    if field == "blocks":
        return [p for p in text_from_blocks(value or []).split("\n\n") if p]
    return list(value or [])


class DiffHelper(HistoricalRecordContextHelper):
    """Longer excerpts; bodies and title lines shown as the paragraphs that changed; fields
    every save touches left out."""

    def __init__(self, model, record):
        super().__init__(model, record, max_displayed_delta_change_chars=300)

    def context_for_delta_changes(self, delta):
        items = []
        for change in delta.changes:
            if change.field in HIDDEN_FIELDS:
                continue
            formatted = self.format_delta_change(change)
            items.append({"field": formatted.field, "old": formatted.old, "new": formatted.new})
        return items

    def format_delta_change(self, change: ModelChange) -> ModelChange:
        if change.field not in ("blocks", "title_lines"):
            return super().format_delta_change(change)
        old, new = _paragraphs(change.field, change.old), _paragraphs(change.field, change.new)
        removed = [line[2:] for line in difflib.ndiff(old, new) if line.startswith("- ")]
        added = [line[2:] for line in difflib.ndiff(old, new) if line.startswith("+ ")]
        return ModelChange(
            field=self.model._meta.get_field(change.field).verbose_name,
            old=format_html_join("", '<del class="diff-del">{}</del><br>', ((p,) for p in removed)),
            new=format_html_join("", '<ins class="diff-ins">{}</ins><br>', ((p,) for p in added)),
        )


def part_history(article) -> list[dict]:
    """Every recorded change to the printed parts of ``article``, newest first, with diffs."""
    part_ids = list(article.parts.values_list("pk", flat=True))
    records = list(
        ArticlePart.history.filter(Q(id__in=part_ids) | Q(article_id=article.pk))
        .select_related("history_user", "page")
        .order_by("id", "history_date", "history_id")
    )
    previous: dict[int, object] = {}
    entries = []
    for record in records:
        before = previous.get(record.id)
        changes = []
        if before is not None:
            delta = record.diff_against(before, included_fields=["title_lines", "blocks"])
            changes = DiffHelper(ArticlePart, record).context_for_delta_changes(delta)
        previous[record.id] = record
        if before is not None and not changes:
            continue  # a move between pages or positions, not a change of text
        revert_url = ""
        if record.id in part_ids:
            revert_url = reverse(
                "admin:articles_articlepart_simple_history", args=[record.id, record.history_id]
            )
        entries.append(
            {
                "record": record,
                "where": f"{_label(record)}版 第{record.position}篇（本稿第{record.sequence + 1}段）",
                "changes": changes,
                "revert_url": revert_url,
            }
        )
    entries.sort(key=lambda e: e["record"].history_date, reverse=True)
    return entries


def _label(record) -> str:
    try:
        return record.page.label
    except ObjectDoesNotExist:  # the page was deleted since
        return "?"
