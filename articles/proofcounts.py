"""Counting the stored proofreading findings, for the desk's home and the issue's form
(re-exported by :mod:`articles.proofing`, where callers have always found them). What the desk
dismissed (不是错的) is never stored (:func:`articles.proofmarks.settled`), so it is not counted."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from articles.models import ProofreadingFinding
from articles.proofreading import KIND_LABELS

# Counting, for the desk's home ---------------------------------------------------------------


@dataclass(frozen=True)
class IssueCounts:
    """What the checks found in one issue: ``findings`` in all, ``stories`` with any, and
    ``by_kind`` ({kind: count}, Chinese names in :data:`KIND_LABELS`)."""

    issue_id: int
    findings: int
    stories: int
    by_kind: dict[str, int]

    def kinds_text(self) -> str:
        return "、".join(f"{KIND_LABELS.get(k, k)}{n}处" for k, n in self.by_kind.items())


def proofreading_counts(issue_ids: Iterable[int] | None = None) -> dict[int, IssueCounts]:
    """{issue id: :class:`IssueCounts`} from the stored findings, for the desk's home: one
    query. ``issue_ids``: these issues (issues without findings are left out); None: all."""
    rows = ProofreadingFinding.objects.all()
    if issue_ids is not None:
        rows = rows.filter(article__issue_id__in=list(issue_ids))
    grouped = rows.values_list("article__issue_id", "article_id", "kind")
    kinds: dict[int, Counter] = defaultdict(Counter)
    stories: dict[int, set[int]] = defaultdict(set)
    for issue_id, article_id, kind in grouped.iterator():
        kinds[issue_id][kind] += 1
        stories[issue_id].add(article_id)
    order = list(KIND_LABELS)
    return {
        issue_id: IssueCounts(
            issue_id,
            sum(counter.values()),
            len(stories[issue_id]),
            dict(
                sorted(counter.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)
            ),
        )
        for issue_id, counter in kinds.items()
    }
