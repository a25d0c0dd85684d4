"""改版次: a page imported under the wrong label (``A3`` that was printed as ``A4``) gets its
printed label, and keeps everything else.

Before this the only way was 撤销本版导入 and a fresh import under the right label: the page's
stories came back as new drafts with new ids (the undo's return matches a page by its issue and
label, :mod:`articles.importing.undone`, so a page imported under another label is not "the
same page"), the old addresses led nowhere and hand-drawn zones were lost. A relabel changes
the one field instead (:func:`page_relabel`):

* the page keeps its id, stories, parts, photos, teasers, picture and zones, its raw text and
  import record; only ``label`` changes, and ``sequence`` with it (``Page.save``), so the page
  sits where its new label sorts in the issue;
* its old address (``/<paper>/<date>/A3/``, its picture's and its parts' addresses) redirects
  (301) to the new one by a :class:`~articles.models.PageRedirect` row, which
  :func:`articles.selectors.page_meant` follows as the story view follows an
  :class:`~articles.models.ArticleRedirect`;
* the issue's jumps are decided again (:func:`~articles.continuations.jumps_resolve`): a 下转A4版
  that waited for its page now finds it; a link the resolver made only because of the old label
  (a 下转A3版 that found the page, a 上接A3版 continuation of a 下转 printed on it) is reopened
  first (:func:`~articles.continuations.part_detach`, which gives a continuation back the
  story it was), so the resolver decides it as the print now reads; a link marked
  转版版次可能印错 whose marker names the new label is a plain link. Editors' links and unlinks
  (人工指定, 人工断开) stay. Teasers likewise. A continuation a reopened link leaves a story
  of its own is held back as a draft, as 撤销本版导入 holds one (readers never get a fragment
  story); relabelling back joins it again. The report lists each 下转 and 导读 whose state
  or target changed (before → after) and each continuation held back, saying what readers see;
* the confirmation page shows that report before anything is written
  (:func:`relabel_preview`: the relabel run in a transaction rolled back), so it lists every
  link the action changes, decided as the action decides it;
* the issue's history records it (``改版次（A3版→A4版）``, who) and the desk's activity shows
  that record; the page's save and the issue's invalidate their cached pages
  (:func:`articles.changes.row_changed`: the page, the issue's frame, which every page and story
  of the issue shows), and the stories whose parts a reopened link moved are indexed again.

A label already used by another page of the issue, a malformed one or the page's own is
refused (:class:`RelabelError`, saying how to fix it); nothing is written then.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import IntegrityError, transaction

from articles.changes import content_changed
from articles.continuations import backward_matches, jumps_resolve, page_find, part_detach
from articles.continuations.published import follow_when_changed
from articles.dates import local_text
from articles.editlocks import person_name
from articles.labels import LabelError, address_label
from articles.models import (
    Article,
    ArticlePart,
    Issue,
    Jump,
    JumpDirection,
    JumpState,
    Page,
    PageRedirect,
    Status,
    Teaser,
)

#: The issue's history reason (its start is what the desk's activity names).
RELABEL_REASON = "改版次"


class RelabelError(ValueError):
    """A relabel that cannot be done; the message says why and how to fix it (Chinese)."""


def relabel_reason(old: str, new: str) -> str:
    """``改版次（A3版→A4版）``: the issue's history reason and the desk's log line."""
    return f"{RELABEL_REASON}（{old}版→{new}版）"


def relabel_said(issue_id: int, old: str, new: str = "", *, fallback=None) -> str:
    """Who relabelled the page of issue ``issue_id`` from ``old`` (to ``new``; to any label
    when ``""``) and when, as the desk says it: ``编辑 张三 于 2026-11-20 10:05`` (the time
    alone for a relabel no user made), from the issue's newest history record of it (its
    reason, :func:`relabel_reason`); ``fallback`` (a time) when the record is gone, else ``""``.
    One query."""
    reason = relabel_reason(old, new) if new else f"{RELABEL_REASON}（{old}版→"
    record = (
        Issue.history.filter(id=issue_id, history_change_reason__startswith=reason)
        .select_related("history_user")
        .order_by("-history_date", "-history_id")
        .first()
    )
    when = record.history_date if record else fallback
    if when is None:
        return ""
    who = f"编辑 {person_name(record.history_user)} 于 " if record and record.history_user else ""
    return f"{who}{local_text(when)}"


def new_label_read(page: Page, raw: str) -> str:
    """The canonical label (:func:`articles.labels.address_label`: ``a4``, ``第四版``, ``Ａ４`` →
    ``A4``/``4``) ``raw`` gives ``page``, or :class:`RelabelError`: not a label, the page's own,
    or one another page of its issue has. One query."""
    try:
        label = address_label((raw or "").strip())
    except LabelError as exc:
        raise RelabelError(f"版次写得不对：{exc}。") from exc
    if len(label) > Page._meta.get_field("label").max_length:
        raise RelabelError(f"版次“{raw}”太长：请写字母加数字（A4、B12）。")
    if label == page.label:
        raise RelabelError(f"本版已经是{label}版：请填写要改成的版次。")
    if Page.objects.filter(issue_id=page.issue_id, label=label).exists():
        raise RelabelError(
            f"本期已经有{label}版，不能把{page.label}版改成{label}版。"
            f"如果那一版的版次也不对，请先把它改成别的版次；如果它是重复导入的同一版，"
            f"请先在那一版上“撤销本版导入”。"
        )
    return label


def _pages_with(page: Page, label: str) -> dict[str, Page]:
    """The issue's pages by label, ``page`` under ``label``."""
    pages = {p.label: p for p in Page.objects.filter(issue_id=page.issue_id) if p.pk != page.pk}
    pages[label] = page
    return pages


def _finds(pages: dict[str, Page], label: str, page: Page) -> bool:
    found = page_find(pages, label)
    return found is not None and found.pk == page.pk


@dataclass
class RelabelPlan:
    """What :func:`page_relabel` acts on when relabelling ``page`` from ``old`` to ``new``, read
    before it changes anything (the confirmation page shows the rehearsed result instead,
    :func:`relabel_preview`, which also lists the links the resolver then decides): ``finding``, the markers and teasers elsewhere in the issue
    printed with a label that finds the page only under ``new`` (``A1版（下转A4版）``);
    ``reopened``, the resolver's links that held only by ``old`` (:class:`Jump` s, decided
    again); ``teasers_open``, the teasers linked to a story there only by ``old``;
    ``misprints_plain``, links marked 转版版次可能印错 that ``new`` makes plain."""

    page: Page
    old: str
    new: str
    finding: list[str] = field(default_factory=list)
    reopened: list[Jump] = field(default_factory=list)
    teasers_open: list[Teaser] = field(default_factory=list)
    misprints_plain: list[Jump] = field(default_factory=list)


def relabel_plan(page: Page, new: str) -> RelabelPlan:
    """:class:`RelabelPlan` of relabelling ``page`` to ``new`` (canonical, :func:`new_label_read`).
    A few queries, whatever the issue holds."""
    before, after = _pages_with(page, page.label), _pages_with(page, new)
    plan = RelabelPlan(page=page, old=page.label, new=new)
    jumps = list(
        Jump.objects.filter(part__page__issue_id=page.issue_id).select_related(
            "part__page", "part__article", "to_part__page"
        )
    )
    backward = {j.part_id: j for j in jumps if j.direction == JumpDirection.BACKWARD}
    for jump in jumps:
        if jump.direction == JumpDirection.FORWARD:
            _jump_planned(plan, jump, backward, before, after)
    for teaser in Teaser.objects.filter(page__issue_id=page.issue_id).select_related("page"):
        was = _finds(before, teaser.target_label, page)
        now = _finds(after, teaser.target_label, page)
        if now and not was and teaser.target_article_id is None:
            plan.finding.append(f"{teaser.page.label}版导读“{teaser.marker}”")
        elif was and not now and teaser.target_article_id is not None:
            plan.teasers_open.append(teaser)
    return plan


def _jump_planned(plan: RelabelPlan, jump: Jump, backward: dict[int, Jump], before, after) -> None:
    """What the relabel does to the 下转 ``jump`` (``backward``: the issue's 上接 by part id;
    ``before``/``after``: the issue's pages by label, the page under its old and new label),
    added to ``plan``."""
    page = plan.page
    was, now = _finds(before, jump.target_label, page), _finds(after, jump.target_label, page)
    if jump.state != JumpState.LINKED:
        if now and not was and jump.state not in (JumpState.MANUAL, JumpState.UNLINKED):
            plan.finding.append(_marker_named(jump))
        return
    into = jump.to_part is not None and jump.to_part.page_id == page.pk
    if jump.page_misprinted:
        if into and now:
            plan.misprints_plain.append(jump)
        return
    if into and was and not now:
        plan.reopened.append(jump)  # its 下转 found the page by the old label
    elif jump.part.page_id == page.pk and jump.to_part_id in backward:
        said = backward[jump.to_part_id].target_label  # the continuation's 上接
        if backward_matches(said, plan.old) and not backward_matches(said, plan.new):
            plan.reopened.append(jump)


def _marker_named(jump: Jump) -> str:
    """``A1版《标题》的（下转A4版）``."""
    return f"{jump.part.page.label}版“{jump.part.article.name_for_editors()}”的{jump.marker}"


@dataclass
class RelabelReport:
    """What :func:`page_relabel` did: the labels; ``changes``, one line per 下转 or 导读 of
    the issue whose state or target changed (``A1版“…”的（下转A4版）：待目标版面 → 已接续（接在A4版）``,
    ``A1版导读“…”：链接到“…” → 未接上``); ``held``, one line per continuation a reopened link
    left a story of its own, held back as a draft (:func:`_continuations_hold`), saying what
    readers see."""

    page: Page
    old: str
    new: str
    changes: list[str] = field(default_factory=list)
    held: list[str] = field(default_factory=list)

    def summary(self) -> str:
        said = f"{self.old}版已改为{self.new}版，原网址转到新网址"
        if not self.changes:
            said = f"{said}；转版和导读没有变化"
        else:
            said = f"{said}；转版和导读的变化：" + "；".join(self.changes)
        return "；".join([said, *self.held])


def _forward_states(issue_id: int) -> dict[int, tuple]:
    rows = Jump.objects.filter(
        part__page__issue_id=issue_id, direction=JumpDirection.FORWARD
    ).values_list("pk", "state", "to_part_id", "page_misprinted")
    return {pk: rest for pk, *rest in rows}


def _teaser_targets(issue_id: int) -> dict[int, int | None]:
    rows = Teaser.objects.filter(page__issue_id=issue_id).values_list("pk", "target_article_id")
    return dict(rows)


def _changes(issue_id: int, jumps_before: dict, teasers_before: dict) -> list[str]:
    """One line per 下转 and 导读 of the issue whose state, target or misprint mark changed since
    ``jumps_before`` and ``teasers_before``, in print order."""
    after = _forward_states(issue_id)
    changed = [pk for pk, now in after.items() if jumps_before.get(pk) != now]
    lines = []
    states = dict(JumpState.choices)
    for jump in (
        Jump.objects.filter(pk__in=changed)
        .select_related("part__page", "part__article", "to_part__page")
        .order_by("part__page__sequence", "part__position")
    ):
        was = states.get(jumps_before[jump.pk][0], jumps_before[jump.pk][0])
        now = jump.get_state_display()
        if jump.to_part_id:
            now += f"（接在{jump.to_part.page.label}版）"
        if jump.page_misprinted:
            now += "，转版版次可能印错，请核对"
        elif jumps_before[jump.pk][2]:
            now += "，不再标为版次印错"
        lines.append(f"{_marker_named(jump)}：{was} → {now}")
    teasers_now = _teaser_targets(issue_id)
    moved = [pk for pk, target in teasers_now.items() if teasers_before.get(pk) != target]
    if not moved:
        return lines
    targets = {teasers_before.get(pk) for pk in moved} | {teasers_now[pk] for pk in moved}
    names = {
        a.pk: f"链接到“{a.name_for_editors()}”" for a in Article.objects.filter(pk__in=targets)
    }
    for teaser in Teaser.objects.filter(pk__in=moved).select_related("page"):
        was = names.get(teasers_before.get(teaser.pk), "未接上")
        now = names.get(teaser.target_article_id, "未接上")
        lines.append(f"{teaser.page.label}版导读“{teaser.marker}”：{was} → {now}")
    return lines


#: The history reason of a continuation a relabel split off its story, kept off the site.
HELD_REASON = "{reason}：这段续文所接的转版因改版次断开，暂不单独发布，等接回后随原稿件显示"


def _continuations_hold(reopened: list[Jump], heads: dict[int, Article], user, old: str, new: str):
    """The continuations the reopened links ``reopened`` split off (``heads``: each jump's story
    before, by jump id) that the resolver left stories of their own: held back as drafts (no
    schedule, sign-off ended), as 撤销本版导入 holds a continuation whose head went
    (:func:`articles.removal._waits`): readers never get a fragment story starting mid-sentence.
    Relabelling back (or 人工指定) joins it to its story again. One line per continuation, what
    readers see (``A3版续文“…”：不再接在“…”之后，存为草稿，读者看不到；读者看到的“…”停在（下转A2版）``)."""
    lines, reason = [], relabel_reason(old, new)
    for jump in reopened:
        part = ArticlePart.objects.select_related("article", "page").get(pk=jump.to_part_id)
        if part.sequence != 0:  # (joined again as the print now reads)
            continue
        story, head = part.article, heads[jump.pk]
        if story.status != Status.DRAFT or story.publish_at is not None:
            story.status, story.publish_at, story.publish_by = Status.DRAFT, None, None
            story.signed_off_by, story.signed_off_at = None, None
            story._change_reason = HELD_REASON.format(reason=reason)[:100]
            if user is not None:
                story._history_user = user
            story.save()
        line = (
            f"{part.page.label}版续文“{story.name_for_editors()}”：不再接在“{head.name_for_editors()}”"
            f"之后，存为草稿，不单独发布，读者看不到这段续文"
        )
        if head.status == Status.PUBLISHED:
            line += f"；读者看到的“{head.name_for_editors()}”停在{jump.marker}"
        lines.append(line + f"。改回{old}版或人工指定接续后自动接回")
    return lines


def page_relabel(*, page: Page, new_label: str, user=None) -> RelabelReport:
    """Change ``page``'s label to ``new_label`` (as typed: :func:`new_label_read` reads and
    checks it; :class:`RelabelError` when it is refused) as the module says, all in one
    transaction; ``user``: who, for the issue's history record. Returns what changed."""
    with transaction.atomic():
        page = Page.objects.select_for_update().select_related("issue").get(pk=page.pk)
        new = new_label_read(page, new_label)
        issue, old = page.issue, page.label
        plan = relabel_plan(page, new)
        jumps_before, teasers_before = _forward_states(issue.pk), _teaser_targets(issue.pk)
        page.label = new
        try:
            with transaction.atomic():  # (a page of that label imported meanwhile)
                page.save(update_fields=["label", "sequence"])
        except IntegrityError as exc:
            raise RelabelError(
                f"本期刚刚导入了{new}版，{old}版没有改。请看本期的版面后再决定改成哪一版。"
            ) from exc
        PageRedirect.objects.filter(issue=issue, old_label=new).delete()  # its own now
        PageRedirect.objects.update_or_create(issue=issue, old_label=old, defaults={"page": page})
        Teaser.objects.filter(pk__in=[t.pk for t in plan.teasers_open]).update(target_article=None)
        Jump.objects.filter(pk__in=[j.pk for j in plan.misprints_plain]).update(
            page_misprinted=False
        )
        stories = {j.part.article_id for j in plan.reopened}
        stories |= {j.to_part.article_id for j in plan.reopened}
        heads = {j.pk: Article.objects.get(pk=j.part.article_id) for j in plan.reopened}
        with follow_when_changed(stories):
            for jump in plan.reopened:
                jump.to_part.refresh_from_db()
                part_detach(jump.to_part)
            jumps_resolve([issue])
        held = _continuations_hold(plan.reopened, heads, user, old, new)
        issue._change_reason = relabel_reason(old, new)
        if user is not None:
            issue._history_user = user
        issue.save(update_fields=["updated_at"])
        content_changed(issue_id=issue.pk)  # (the stories whose parts a reopened link moved)
        changes = _changes(issue.pk, jumps_before, teasers_before)
        return RelabelReport(page=page, old=old, new=new, changes=changes, held=held)


class _Rehearsed(Exception):
    """Not an error: carries :func:`relabel_preview`'s report out of its rolled-back block."""

    def __init__(self, report: RelabelReport):
        self.report = report


def relabel_preview(*, page: Page, new_label: str) -> RelabelReport:
    """What :func:`page_relabel` would do, for the confirmation page: the relabel itself, run
    in a transaction rolled back (nothing written; the cache and the search index are told only
    at commit), so the page lists every link and teaser it changes and every continuation it
    holds back, decided as the action decides them. :class:`RelabelError` as the action."""
    try:
        with transaction.atomic():
            raise _Rehearsed(page_relabel(page=page, new_label=new_label))
    except _Rehearsed as done:
        return done.report
