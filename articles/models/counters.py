"""The count of committed content changes behind the public cache (see :mod:`articles.caching`)."""

from __future__ import annotations

from django.db import models


class ContentChangeCounter(models.Model):
    """One slot of the count of committed content changes (the count is the sum of all slots).

    Kept by :mod:`articles.caching` in the same transaction as every content change, so a public
    page is rendered only from a database that has seen every change its cache version counts
    (read replicas that lag are skipped; see that module)."""

    changes = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "内容变更计数"
        verbose_name_plural = "内容变更计数"

    def __str__(self) -> str:
        return f"slot {self.pk}: {self.changes}"
