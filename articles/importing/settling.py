"""A page's report clauses that depend on other pages, worked out once the pages they depend on
are imported: its open jumps (待接, and whether the page a jump waits for is imported), its new
stories still drafts and the continuations among them not linked yet, the published
continuations on other pages its stories now lead to (joined, or held apart for sign-off), and
the stories it printed whole that another page printed too, and those it printed with a small
edit (:func:`copy_edits_said`), and whether it repeats another page's whole text (a page imported
twice under two labels: :func:`_repeated_pages`).

A page's line is true only when these are worked out after every page imported with it: A1's
下转A2版 is 待接 until A2 is in, and A10's 上接A9版 waits until A9 is. :func:`reports_settle` works
them out again from the database as it is now; the pipeline calls it for a batch's pages after
the batch's jumps are resolved, and again for every page of the run at its end (the desk's
upload, the background run and ``import_pages`` print the lines after that)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from django.db.models import F

from articles.continuations import CopyEdit, weighed_parts
from articles.continuations.crosscopies import copied_on
from articles.continuations.labelforms import (
    gap_of,
    gap_state,
    gap_warning,
    is_gap_warning,
    label_gaps,
)
from articles.continuations.matching import page_find
from articles.continuations.merging import MERGE_PUBLISH_REASON
from articles.continuations.unlinkedmarks import desk_decided_labels
from articles.continuations.unmarked import page_repeats
from articles.importing.dropped import article_name
from articles.importing.linkedlines import linked_jumps_said, print_order_links_said
from articles.importing.reportlines import (
    HELD,
    LABEL_FORM,
    ORPHAN,
    copy_differs_line,
    published_merge_line,
    story_name,
)
from articles.importing.reports import PageImportReport, pending_jump
from articles.importing.samefile import same_file_warn
from articles.importing.settlereads import copies_of_stories, open_filter, open_jumps
from articles.labels import label_parts
from articles.models import (
    Article,
    ArticlePart,
    Jump,
    JumpDirection,
    JumpState,
    Page,
    Status,
    held_links,
)
from articles.queries import Prepared

# Pages settled per round of queries (a run of 10,000 pages: about 20 rounds of five queries).
SETTLE_PAGES = 500


def reports_settle(reports: Iterable[PageImportReport]) -> None:
    """Work out again, from the database as it is now, the clauses of ``reports`` that depend on
    other pages (in place): ``pending_jumps`` (with the jumps in ``reopened_jumps``),
    ``new_drafts`` and ``waiting_continuations`` (of the stories in ``new_story_ids``: one
    published since is in neither, one stitched into the story it continues is gone),
    ``published_merges`` and ``cross_page``. Reports without a page (``page_id`` None) are left alone; a page given twice
    (imported twice in a run) is settled in its last report, the earlier ones as the last."""
    chunk: dict[int, PageImportReport] = {}
    for report in reports:
        if report.page_id is None:
            continue
        if report.page_id in chunk:
            _settle(chunk)
            chunk = {}
        chunk[report.page_id] = report
        if len(chunk) >= SETTLE_PAGES:
            _settle(chunk)
            chunk = {}
    if chunk:
        _settle(chunk)


def _settle(reports: dict[int, PageImportReport]) -> None:
    issues = _IssuePages(reports)  # (read once for the checks below: they only read)
    _label_outliers(reports, issues)
    _label_gaps(reports, issues)
    _repeated_pages(reports)
    same_file_warn(reports)  # (a page of another issue, the same file: the wrong date)
    _open_jumps(reports, issues)
    linked_jumps_said(reports)
    print_order_links_said(reports)
    _drafts(reports)
    _published_merges(reports)
    for report in reports.values():
        report.cross_page = []
    copied = copied_on(list(reports))  # (cross_page_copies' stories: most batches, none)
    for copy in copies_of_stories(copied) if copied else ():
        for page_id in dict.fromkeys(copy.page_ids):
            if page_id in reports:
                report = reports[page_id]  # a dry run (the desk's preview) has saved nothing
                message = (
                    copy.message.replace("已作为", "将作为") if report.dry_run else copy.message
                )
                report.cross_page.append(message)


# The imported pages of issues, in print order (:meth:`_IssuePages.labels`), built once.
_ISSUES_PAGES = Prepared(
    Page,
    (list,),
    lambda ids: Page.objects.filter(issue_id__in=ids).values_list(
        "pk", "issue_id", "label", "source_name"
    ),
    primary=True,
)

# Each page's issue (page ids), built once.
_ISSUE_OF = Prepared(
    Page,
    (list,),
    lambda ids: Page.objects.filter(pk__in=ids).values_list("pk", "issue_id").order_by(),
    primary=True,
)


class _IssuePages:
    """What :func:`_settle`'s checks read of the issues of its pages, read once for them all
    (they only read: the database does not change while they run): each page's issue
    (``issue_of``), and as asked, the imported pages of an issue (:meth:`labels`) and its label
    gaps (:meth:`gaps`)."""

    def __init__(self, reports: dict[int, PageImportReport]) -> None:
        self.issue_of = dict(_ISSUE_OF.rows(list(reports))[1])
        self._ids: dict[int, dict[str, int]] = {}
        self._files: dict[int, dict[str, str]] = {}
        self._gaps: dict[int, list] = {}
        self._read: set[int] = set()
        self._gapped: set[int] = set()

    def labels(self, issues: set[int]) -> dict[int, dict[str, int]]:
        """The imported pages of ``issues``: their ids by issue id and label, in print order (one
        query for the issues not read yet; only whether a label is there is asked,
        :func:`page_find`)."""
        unread = issues - self._read
        if unread:
            for pk, issue_id, label, source in _ISSUES_PAGES.rows(unread)[1]:
                self._ids.setdefault(issue_id, {})[label] = pk
                self._files.setdefault(issue_id, {})[label] = source or ""
            self._read |= unread
        return {pk: self._ids[pk] for pk in issues if pk in self._ids}

    def gaps(self, issues: set[int]) -> dict[int, list]:
        """:func:`~articles.continuations.labelforms.label_gaps` of ``issues``."""
        todo = issues - self._gapped
        if todo:
            self.labels(todo)
            files = {pk: self._files[pk] for pk in todo if pk in self._files}
            self._gaps.update(label_gaps(todo, pages=files))
            self._gapped |= todo
        return {pk: self._gaps[pk] for pk in issues if pk in self._gaps}


#: A page number is far beyond the issue's others (a likely typo, A9999 for A9) when it is above
#: both of these: a fixed floor (an edition's supplements reach 16–20 pages) and this many times
#: the highest other page of its section. With no other page of its section, above 99.
OUTLIER_FLOOR = 20
OUTLIER_TIMES = 4
OUTLIER_ALONE = 99
OUTLIER_WARNING = "版次“{label}”比本期同一叠的其他版面（{others}）大得多，是否打错了？"
OUTLIER_ALONE_WARNING = (
    "版次“{label}”大得异常（本期还没有同一叠的其他版面，一叠很少超过 {alone} 版），是否打错了？"
)


def label_outlier(label: str, others: Iterable[str]) -> str:
    """The warning for page ``label`` when its number is far beyond the issue's other pages of
    the same section letters (``others``: their labels, normalised; ``label`` itself ignored),
    else ``""``. A page imported as A9999 for A9 would otherwise only show as thousands of
    missing pages; nothing is refused (a paper may print a page 120). Thresholds:
    :data:`OUTLIER_FLOOR`, :data:`OUTLIER_TIMES`, :data:`OUTLIER_ALONE`."""
    prefix, number = label_parts(label)
    same = [n for p, n in map(label_parts, others) if p == prefix and n != number]
    if same:
        highest = max(same)
        if number <= max(OUTLIER_FLOOR, OUTLIER_TIMES * highest):
            return ""
        said = OUTLIER_WARNING.format(label=label, others=f"最大 {prefix}{highest}")
    elif number <= OUTLIER_ALONE:
        return ""
    else:
        said = OUTLIER_ALONE_WARNING.format(label=label, alone=OUTLIER_ALONE)
    return (
        said
        + "若打错了，请在版面页“撤销本版导入”，把文件改用正确的版次重新导入；若没打错，不用理会"
    )


def _label_outliers(reports: dict[int, PageImportReport], issues: _IssuePages) -> None:
    """Each report's label-outlier warning (:func:`label_outlier`) against its issue's pages as
    imported now; worked out again on every settling, so a page that later pages fill up to is
    no longer warned about."""
    labels = issues.labels(set(issues.issue_of.values()))
    for page_id, report in reports.items():
        report.warnings = [w for w in report.warnings if not _is_outlier_warning(w)]
        others = labels.get(issues.issue_of.get(page_id), {})
        line = label_outlier(report.label, [label for label in others if label != report.label])
        if line:
            report.warnings.append(line)


def _is_outlier_warning(line: str) -> bool:
    return line.startswith("版次“") and "比本期同一叠的其他版面" in line


REPEATED_PAGE_WARNING = (
    "本版{stories}的文字与{others}版的一字不差，可能是同一个版面用两个版次各导入了一次，"
    "所以没有把两版的稿件合并为一篇。请核对两版的原文件和版次：若本版版次有误，请在版面页"
    "“撤销本版导入”，再用正确的版次重新导入；若两个版面确实印了相同的内容，不用理会"
)
NEARLY_REPEATED_PAGE_WARNING = (
    "本版各篇稿件与{others}版的几乎一样（{of} 篇中有 {same} 篇文字一字不差），可能是同一个版面用两个"
    "版次各导入了一次（其间改过几处），所以没有把两版的稿件合并为一篇。请核对两版的原文件和版次："
    "若本版版次有误，请在版面页“撤销本版导入”，再用正确的版次重新导入；若两个版面确实印了这些稿件，不用理会"
)


def _repeated_pages(reports: dict[int, PageImportReport]) -> None:
    """Each report's warning that its page repeats another page's text, every story of it, one
    story or many (:func:`~articles.continuations.unmarked.repeated_pages`: a page imported twice under two
    labels; its stories are not joined as copies). Worked out again on every settling, so a
    page undone or imported again under its right label is no longer warned about."""
    repeats = page_repeats(list(reports))
    for page_id, report in reports.items():
        report.warnings = [w for w in report.warnings if not _is_repeated_warning(w)]
        others = repeats.get(page_id, [])
        whole = [r for r in others if r.same == r.of]
        if whole:
            stories = "各篇稿件" if whole[0].of > 1 else "稿件"  # (a one-story page: its story)
            labels = "、".join(r.label for r in whole)
            report.warnings.append(REPEATED_PAGE_WARNING.format(stories=stories, others=labels))
        for near in (r for r in others if r.same < r.of):
            report.warnings.append(
                NEARLY_REPEATED_PAGE_WARNING.format(others=near.label, of=near.of, same=near.same)
            )


def _is_repeated_warning(line: str) -> bool:
    return line.startswith("本版") and "各导入了一次" in line and "撤销本版导入" in line


def _held(page_ids):
    """The forward jumps of these pages held apart from a published continuation (pending with
    a confidence: :func:`~articles.continuations.merging.jump_hold`)."""
    return Jump.objects.filter(
        part__page_id__in=page_ids,
        direction=JumpDirection.FORWARD,
        state=JumpState.PENDING,
        confidence__isnull=False,
    )


# Asked once a batch of an import, most often of nothing: built once (articles.queries), the
# jumps with their parts and pages read only when there are some.
_ANY_OPEN = Prepared(
    Jump,
    (list, list),
    lambda pages, jumps: open_filter(pages, jumps).values_list("pk"),
    primary=True,
)
_ANY_HELD = Prepared(Jump, (list,), lambda pages: _held(pages).values_list("pk"), primary=True)
_PAGES_WRITTEN = Prepared(
    Page,
    (list,),
    lambda ids: Page.objects.filter(pk__in=ids).values_list("pk", "imported_at"),
    primary=True,
)
_MERGES_PUBLISHED = Prepared(
    Article.history.model,
    (list,),
    lambda ids: Article.history.filter(
        page_id__in=ids, history_change_reason=MERGE_PUBLISH_REASON
    ).values_list("id", "page_id", "history_date"),
    primary=True,
)


def _open_jumps(reports: dict[int, PageImportReport], issues: _IssuePages) -> None:
    """Each report's page's open jumps, with the jumps of other pages its dropped continuations
    opened again (``reopened_jumps``), and whether each one's target page is imported."""
    # A jump of another page opened again by a continuation this page dropped: listed here too.
    reopened = {pk: r for r in reports.values() for pk in r.reopened_jumps}
    for report in reports.values():
        report.pending_jumps = []
    jumps = (
        open_jumps(reports, reopened)  # (with their parts and pages: a statement built once)
        if _ANY_OPEN.rows(list(reports), list(reopened))[1]  # (most batches have none)
        else []
    )
    imported = issues.labels({j.part.page.issue_id for j in jumps})
    held = held_links(jumps)  # why a link is held, as the desk and check_jumps say it
    gaps = issues.gaps(set(imported))  # labels written two ways: A1's 下转A2版 beside page 2
    # A 上接 an ambiguous 下转 may take (on a page imported before, too) is 有歧义, not orphaned.
    weighed = weighed_parts(j.part_id for j in jumps if j.direction == JumpDirection.BACKWARD)
    # A 上接 whose 下转 an editor linked elsewhere or unlinked: said so, not "no 下转 leads here".
    decided = desk_decided_labels([j for j in jumps if j.part_id not in weighed])
    for j in jumps:
        report = reports.get(j.part.page_id) or reopened[j.pk]
        has_target = page_find(imported.get(j.part.page.issue_id, {}), j.target_label) is not None
        pending = pending_jump(j, target_imported=has_target, held=held.get(j.pk, ""))
        if pending.state == ORPHAN and j.part_id in weighed:  # a 下转 there may lead here
            pending = replace(
                pending, state=JumpState.AMBIGUOUS, state_label=JumpState.AMBIGUOUS.label
            )
        elif pending.state == ORPHAN and j.pk in decided:
            pending = replace(pending, state_label=decided[j.pk])
        gap = gap_of(pending.page, j.direction, j.target_label, gaps.get(j.part.page.issue_id, []))
        if gap and pending.state != HELD:
            pending = replace(pending, state=LABEL_FORM, state_label=gap_state(pending.page, gap))
        report.pending_jumps.append(pending)


def _label_gaps(reports: dict[int, PageImportReport], issues: _IssuePages) -> None:
    """Each report's warnings of the jumps its issue cannot link because page labels are
    written two ways (:func:`~articles.continuations.labelforms.gap_warning`), on the page of
    the marker and on the page of the other form alike; worked out again on every settling,
    so a page undone and imported under its right label is no longer warned about."""
    gaps = issues.gaps(set(issues.issue_of.values()))
    for page_id, report in reports.items():
        report.warnings = [w for w in report.warnings if not is_gap_warning(w)]
        for gap in gaps.get(issues.issue_of.get(page_id), []):
            line = gap_warning(gap)
            if report.label in (gap.page, gap.twin) and line not in report.warnings:
                report.warnings.append(line)


def _drafts(reports: dict[int, PageImportReport]) -> None:
    """``new_drafts`` and ``waiting_continuations`` of the reports' new stories as they are now:
    a continuation (上接) not linked is waiting; linked, it was stitched into the story it
    continues (gone); published since, it is neither."""
    ids = [pk for r in reports.values() for pk in r.new_story_ids]
    for report in reports.values():
        if report.new_story_ids:
            report.new_drafts, report.waiting_continuations = [], []
    if not ids:
        return
    articles = list(
        Article.objects.filter(pk__in=ids)
        .exclude(status=Status.PUBLISHED)
        .order_by("page_id", "position")
    )
    waiting = dict(
        Jump.objects.filter(
            part__article__in=articles,
            part__page_id=F("part__article__page_id"),
            direction=JumpDirection.BACKWARD,
        )
        .exclude(state__in=[JumpState.LINKED, JumpState.MANUAL])
        .values_list("part__article_id", "target_label")
    )
    for article in articles:
        report = reports.get(article.page_id)
        if report is None:
            continue
        if article.pk in waiting:
            name = f"{article_name(article)}（上接{waiting[article.pk]}版）"
            report.waiting_continuations.append(name)
        else:
            report.new_drafts.append(article_name(article))


def _published_merges(reports: dict[int, PageImportReport]) -> None:
    """Each report's ``published_merges``: the stories of its page that a published
    continuation on another page joined in this import (published with it: a history record
    :data:`~articles.continuations.merging.MERGE_PUBLISH_REASON` since the page was written),
    and its forward jumps held apart from one (``pending`` with a confidence: the resolver's
    :func:`~articles.continuations.merging.jump_hold`; for sign-off, or on a paper without it
    because the story was withdrawn). One query (the held jumps), two more when a page was
    written (not unchanged), and two more per page that has any."""
    for report in reports.values():
        report.published_merges = []
    # An unchanged page's merges were an earlier import's, said then: only the others are read
    # (nothing is when every page is unchanged, as when a folder is imported again).
    changed = [pk for pk, report in reports.items() if report.action != "unchanged"]
    joined = _merged_into(changed) if changed else set()
    held = (
        list(
            _held(reports)
            .select_related("part__article", "part__page__issue__publication")
            .defer("part__page__raw_text", "part__page__parser_flags")
            .order_by("part__position")
        )
        if _ANY_HELD.rows(list(reports))[1]  # (most batches have none)
        else []
    )
    published = Article.objects.filter(pk__in=joined, status=Status.PUBLISHED) if joined else None
    for article in published.select_related("page") if published is not None else ():
        later = (
            article.parts.exclude(page_id=article.page_id)
            .select_related("page")
            .only("blocks", "page__label", "sequence")
            .order_by("sequence")
            .first()
        )
        if later is not None:
            _merge_said(reports[article.page_id], article, later, held=False)
    for jump in held:
        part = jump.candidates.select_related("page").only("blocks", "page__label").first()
        if part is not None:
            # Held on a paper without sign-off: the story was published and withdrawn.
            withdrawn = not jump.part.page.issue.publication.review_required
            _merge_said(
                reports[jump.part.page_id],
                jump.part.article,
                part,
                held=True,
                withdrawn=withdrawn,
            )


def _merged_into(page_ids: list[int]) -> set[int]:
    """The stories of these pages a published continuation joined since the page was written (a
    history record :data:`~articles.continuations.merging.MERGE_PUBLISH_REASON`)."""
    written = dict(_PAGES_WRITTEN.rows(page_ids)[1])
    return {
        pk
        for pk, page_id, when in _MERGES_PUBLISHED.rows(list(written))[1]
        if written[page_id] is not None and when >= written[page_id]
    }


def _merge_said(
    report: PageImportReport,
    article: Article,
    part: ArticlePart,
    *,
    held: bool,
    withdrawn: bool = False,
) -> None:
    opening = next((b.get("text") or "" for b in part.blocks or [] if b.get("text")), "")
    page = Page.objects.only("imported_at").get(pk=article.page_id)
    report.published_merges.append(
        published_merge_line(
            label=part.page.label,
            continuation=story_name("", opening=opening),
            home=report.label,
            name=article_name(article),
            new=page.imported_at is not None and article.created_at >= page.imported_at,
            held=held,
            withdrawn=withdrawn,
            dry_run=report.dry_run,
        )
    )


def copy_edits_said(edits: list[CopyEdit], changed: Iterable) -> None:
    """Warn of each whole copy the resolution of a batch joined to its story although its page
    printed it with a small edit (``edits``: :func:`~articles.continuations.jumps_resolve`; a
    figure printed differently on the two pages), in the words of a re-import's
    (:func:`~articles.importing.reportlines.copy_differs_line`: both printings quoted, so an
    editor checks which is right). ``changed``: the batch's pages with new text (each with its
    ``page`` and ``report``); the line goes to the copy's page's report, else to its home
    page's (the page of this batch that made them one story). One query an edit."""
    reports = {p.page.pk: p.report for p in changed}
    for edit in edits:
        report = reports.get(edit.page_id) or reports.get(edit.home_page_id)
        if report is None:
            continue
        part = ArticlePart.objects.select_related("article").get(pk=edit.part_id)
        name = article_name(part.article)
        line = copy_differs_line(
            edit.label,
            edit.position,
            name,
            edit.home,
            edit.differences,
            joined=True,
            dry_run=report.dry_run,
        )
        report.warnings.append(line)
