"""The jumps a settling of page imports says were linked (:func:`linked_jumps_said`: a late page
joined to a waiting continuation) and the links made by the order of print alone
(:func:`print_order_links_said`, for an editor to check), each on its page's report
(:class:`~articles.importing.reports.PageImportReport`); called by
:func:`articles.importing.settling.reports_settle`."""

from __future__ import annotations

from django.db.models import Q

from articles.importing.reports import PageImportReport
from articles.importing.settlereads import linked_away, linked_away_filter, story_numbers
from articles.models import ArticlePart, Jump, JumpDirection, JumpState
from articles.queries import Prepared
from articles.storynames import quoted


def _print_order_links(page_ids):
    """The 下转 printed on or continued on these pages linked by the order of print alone or to
    another page than they print (:func:`print_order_links_said`). The parts on the pages are a
    subquery: joined, the two conditions' OR made SQLite read every jump of the archive."""
    parts = ArticlePart.objects.filter(page_id__in=page_ids)
    return Jump.objects.filter(
        Q(part__in=parts) | Q(to_part__in=parts),
        Q(by_print_order=True) | Q(page_misprinted=True),
        direction=JumpDirection.FORWARD,
        state=JumpState.LINKED,
    )


# Whether there are any, asked once a batch of an import (most batches have none): the same
# filters built once (articles.queries.Prepared), the jumps with their parts and pages read only
# when there are some.
_ANY_LINKED_AWAY = Prepared(
    Jump, (list,), lambda ids: linked_away_filter(ids).values_list("pk"), primary=True
)
_ANY_PRINT_ORDER_LINK = Prepared(
    Jump, (list,), lambda ids: _print_order_links(ids).values_list("pk"), primary=True
)
# The jumps linked now on some pages (ids): each one's page, direction and part linked to.
_LINKED_ON = Prepared(
    Jump,
    (list,),
    lambda ids: Jump.objects.filter(
        part__page_id__in=ids, state__in=[JumpState.LINKED, JumpState.MANUAL]
    ).values_list("part__page_id", "direction", "to_part_id"),
    primary=True,
)


def links_remember(reports: dict[int, PageImportReport]) -> None:
    """Before a batch writes its pages (``reports``: by page id): each page's jumps linked now,
    by direction and the part linked to (kept across a re-import that writes the page's
    parts anew), so that :func:`linked_jumps_said` tells a link this import makes from one it
    found made (a re-import of a page whose jump is already stitched: 已接好). One query, built
    once per connection."""
    for report in reports.values():
        report.__dict__["_linked_before"] = set()
    for page_id, direction, to_part in _LINKED_ON.rows(list(reports))[1]:
        reports[page_id].__dict__["_linked_before"].add((direction, to_part))


def linked_jumps_said(reports: dict[int, PageImportReport]) -> None:
    """Each report's page's jumps linked to a page not among ``reports`` (imported before: A1
    imported after A2 links A2's 上接第一版), as ``2版 第1篇`` (the desk's jump lines'
    ``接 2版 第1篇``), so the page's line says what its jump lines say: those this import
    linked in ``linked_jumps`` (将接上/已接上), those linked so before it
    (:func:`links_remember`) in ``kept_links`` (已接好); links between pages settled together
    are left unsaid (neither line says 待接)."""
    for report in reports.values():
        report.linked_jumps = []
        report.kept_links = []
    if not _ANY_LINKED_AWAY.rows(list(reports))[1]:
        return
    jumps = linked_away(reports)  # (with their parts and pages: statements built once)
    if not jumps:
        return
    numbers = story_numbers({j.to_part.page_id for j in jumps})
    for j in jumps:
        line = f"{j.to_part.page.label}版 第{numbers[j.to_part_id]}篇"
        report = reports[j.part.page_id]
        before = report.__dict__.get("_linked_before", set())
        (
            report.kept_links if (j.direction, j.to_part_id) in before else report.linked_jumps
        ).append(line)


def print_order_links_said(reports: dict[int, PageImportReport]) -> None:
    """Each report's :attr:`~PageImportReport.print_order_links`: the 下转 linked by the order of
    print alone (:attr:`Jump.linked_by_print_order`) printed on its page, or continued on its
    page when the 下转's page is not among ``reports``: said once, for an editor to check; and
    likewise its :attr:`~PageImportReport.misprint_links`, the 下转 linked to a continuation on
    another page than they print (:attr:`Jump.linked_to_other_page`), each a sentence. One
    query, built once (three when there are some)."""
    for report in reports.values():
        report.print_order_links = []
        report.misprint_links = []
    if not _ANY_PRINT_ORDER_LINK.rows(list(reports))[1]:
        return
    jumps = list(
        _print_order_links(reports)
        .select_related("part__page", "part__article", "to_part__page")
        .defer("part__page__raw_text", "part__page__parser_flags")
        .defer("to_part__page__raw_text", "to_part__page__parser_flags")
        .order_by("part__page__sequence", "part__position")
    )
    if not jumps:
        return
    numbers = ArticlePart.objects.story_numbers(
        {j.part.page_id for j in jumps} | {j.to_part.page_id for j in jumps}
    )
    for j in jumps:
        report = reports[j.part.page_id if j.part.page_id in reports else j.to_part.page_id]
        name = quoted(j.part.article.name_for_editors(j.part))
        head = f"{j.part.page.label}版 第{numbers[j.part_id]}篇{name}{j.marker}"
        where = f"{j.to_part.page.label}版 第{numbers[j.to_part_id]}篇"
        if j.by_print_order:
            report.print_order_links.append(f"{head}接 {where}")
        if j.page_misprinted:
            made = "将" if report.dry_run else "已"
            report.misprint_links.append(
                f"{head}{made}接 {where}（{j.misprint_note()}，请核对；接错了在“转版标记”中改选或断开）"
            )
