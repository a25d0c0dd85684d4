"""A row of a sheet exported before its page was relabelled (改版次: A3 printed as A4), refused
with what happened and how to fix the sheet, never written into another page.

A sheet names a page by its 版次 (stories and photos by 版次 and 位置). After 改版次 the page keeps
its id, its stories and photos, and takes the new label, so a row exported before names, by its
old 版次, either no page (:func:`relabelled_away_message`: ``A3版已改版次为A4版（编辑 张三 于 …）…``,
instead of ``没有 A3 版``) or another page that took the label since (two pages' labels
swapped: the row would have written into the wrong page, silently when its cells matched).
A ``v3`` 导出指纹 digests the page the row was exported from
(:mod:`~articles.spreadsheets.fingerprints`): :func:`relabel_check` refuses a row whose page is
not the one its 版次 names now, naming the page's new label, and takes a row whose 版次 the
editor changed to that new label, as the refusal asks (a ``v2`` row's too, when its exported
label was relabelled to the row's page: a :class:`~articles.models.PageRedirect`). What an
editor expects of a sheet: the page they exported, or a refusal saying why; nothing is written
unless every row is good (the resource's rule).
"""

from __future__ import annotations

from articles.models import Page, PageRedirect
from articles.relabel import relabel_said
from articles.spreadsheets.fingerprints import Exported, cell_digest, page_token

_FIX = "请把这一行的版次改成{new}再导入（或重新导出表格，在新表格里修改）"


def relabelled_away_message(issue, label: str) -> str:
    """For a 版次 ``label`` that no page of ``issue`` has: ``""``, unless a page was relabelled
    from it (:class:`~articles.models.PageRedirect`); then who did it, when, the page's label
    now and how to fix the row. One query, two for a relabelled label."""
    redirect = (
        PageRedirect.objects.filter(issue=issue, old_label=label).select_related("page").first()
    )
    if redirect is None:
        return ""
    new = redirect.page.label
    said = relabel_said(issue.pk, label, fallback=redirect.created_at)
    return (
        f"{label}版已改版次为{new}版（{said}），这一行是改版次之前导出的，没有导入："
        + _FIX.format(new=new)
    )


def relabel_check(resource, instance, exported: Exported, column: str) -> str | None:
    """For a row found as ``instance`` (its page: ``resource.row_page_id``) with a key
    fingerprint ``exported`` (``column``: the 版次 key column): the refusal of a row exported
    from another page of the issue than the one its 版次 names now (relabelled since); ``""`` for
    a row whose 版次 alone was changed, to the label its page was relabelled to (taken: its key
    cells are not checked further); None when no relabel is in question (the key cells are
    checked as ever). A few queries, only for such a row."""
    page_id = resource.row_page_id(instance)
    if page_id is None or exported.keys is None:
        return None
    now = dict(zip(resource.key_columns, resource.key_texts(instance), strict=True))
    was = dict(zip(resource.key_columns, exported.keys, strict=True))
    changed = [key for key in now if cell_digest(now[key]) != was[key]]
    if exported.page is None:  # (v2: by the labels the row's page was relabelled from)
        return "" if changed == [column] and _relabelled_from(page_id, was[column]) else None
    if cell_digest(page_token(page_id)) == exported.page:
        return "" if changed == [column] else None
    if changed:
        return None
    page = Page.objects.only("issue_id", "label").get(pk=page_id)
    pages = Page.objects.filter(issue_id=page.issue_id).values_list("pk", "label")
    new = next((label for pk, label in pages if cell_digest(page_token(pk)) == exported.page), "")
    if not new:  # (the page it was exported from is gone: an undo, imported again)
        return None
    said = relabel_said(page.issue_id, page.label)
    said = f"（{said}）" if said else ""
    return (
        f"这一行是从{page.label}版导出的，那一版之后已改版次为{new}版{said}；"
        f"现在的{page.label}版是另一版，这一行没有导入：" + _FIX.format(new=new)
    )


def _relabelled_from(page_id: int, digest: str) -> bool:
    """Whether page ``page_id`` was relabelled from a label whose cell digests as ``digest``."""
    labels = PageRedirect.objects.filter(page_id=page_id).values_list("old_label", flat=True)
    return any(cell_digest(label) == digest for label in labels)
