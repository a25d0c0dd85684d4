"""Publishing an issue: the issue and its stories become public together, or not at all; and
publishing or withdrawing single stories (:func:`stories_publish`, :func:`stories_unpublish`).

``issue_publish`` is the one way an issue goes public (the admin's action and button and the
``publish_issue`` command and the scheduler all call it). It refuses while continuation chains
are broken — a reader would meet a story that stops mid-sentence at ``（下转A2版）`` — and lists
them, unless the editor acknowledges them; on a paper that requires sign-off
(``articles.signoff``) it publishes for a chief editor only, and only signed-off stories unless
the chief editor overrides that with a reason, recorded in history. The issue and every story in it are written in one transaction, with
history records saying who published, and the public site's cache version is bumped on commit.
Publishing an issue again (late pages imported after it went public) publishes the stories added
since, never one an editor took down after it was published (:func:`withdrawn_ids`). A story
whose link to a published continuation was held for sign-off
(:func:`articles.continuations.merging.jump_hold`) is joined to it once published. A story the
import warned was a scrap (:mod:`articles.scraps`) is published with the rest, and the report
names it with how to take it back (:func:`scrap_stories`): every caller shows that; so is a
story with proofreading findings (:func:`proofread_stories`), named with their count. What
stands in the way is read first, by :mod:`articles.publishchecks`.

**Scheduled stories (定时发布).** Publishing an issue leaves a story scheduled for later than now
to its own time (an embargo holds: ``publish_scheduled`` publishes it then) and names it with
its time; a story whose time has come is published with the rest. A schedule is an instruction
to publish once at that time: an editor who publishes or withdraws a story first, whichever
way (:func:`stories_publish`, :func:`stories_unpublish`, or any save that changes its 状态 to or
from 已发布: :func:`story_status_follow`), has decided instead, so its time ends, with a history
record saying so (:func:`schedule_ended_text`), and cron never undoes the decision.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from articles import caching
from articles.changes import content_changed
from articles.continuations import held_jumps_resolve
from articles.dates import local_text
from articles.editing import history_baseline
from articles.emptystories import EMPTY_FIX
from articles.headwaits import head_wait_text, heads_awaited
from articles.importing.onway import refuse_while_importing
from articles.models import Article, Issue, Status
from articles.public import papers_changed_by
from articles.publishchecks import (
    PROOFREAD_FIX,
    SCRAP_FIX,
    IssuePublishError,
    chain_key,
    empty_stories,
    issue_publish_check,
    proofread_stories,
    scheduled_later,
    scrap_stories,
    standing_photos,
    withdrawn_ids,
)
from articles.signoff import stories_publish_refusals
from articles.storynames import quoted

__all__ = [  # the checks are publishchecks', here too for the callers that publish
    "IssuePublishError",
    "chain_key",
    "empty_stories",
    "issue_publish_check",
    "proofread_stories",
    "scheduled_later",
    "scrap_stories",
    "withdrawn_ids",
]

PUBLISH_REASON = "发布"
#: The reason of a scheduled publication (``articles.scheduling.publish_due``).
SCHEDULED_REASON = "定时发布"
# The reason when ``manage.py publish_issue`` publishes (its ``--user`` the record's user, or
# none: the history lists then say 命令行发布), and what its 已核对 records say was done
# (``--keep-edited-text``: :data:`articles.pendingtext.ACKNOWLEDGED_REASON`).
COMMAND_PUBLISH_REASON = "发布（命令行）"
COMMAND_ACKNOWLEDGED_WHAT = "发布（命令 publish_issue）"
UNPUBLISH_REASON = "撤回发布"


@dataclass
class IssuePublishReport:
    issue: str
    articles_published: int = 0
    articles_total: int = 0
    # An issue of picture pages only (no story): its photos standing alone, which go public.
    photos_total: int = 0
    acknowledged: list[str] = field(default_factory=list)
    # Stories left unpublished because an editor took them down after publication (as the desk
    # names them: 版次 and headline).
    withdrawn: list[str] = field(default_factory=list)
    # Stories published now that are a scrap of a page (:func:`scrap_stories`: 版次, number and
    # text), each warned about in :attr:`scrap_warnings`.
    scraps: list[str] = field(default_factory=list)
    # Stories published now with a title and no text (:func:`empty_stories`: 版次, number and
    # title), each warned about in :attr:`empty_warnings`.
    empties: list[str] = field(default_factory=list)
    # Stories published now with proofreading findings (:func:`proofread_stories`' lines:
    # 版次, number, title and the findings' count by kind), each in :attr:`proofread_warnings`.
    proofread: list[str] = field(default_factory=list)
    # Stories left to their own later scheduled publication (:func:`scheduled_later`), each as
    # the desk names it with its time: ``A1版“标题”（2020-07-10 06:00 定时发布）``.
    scheduled: list[str] = field(default_factory=list)
    # Continuations waiting for their undone head page, not published (:mod:`articles.headwaits`):
    # ``A2版“标题”（上接的A1版已撤销导入）``.
    awaiting: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        text = f"{self.issue} 已发布：共 {self.articles_total} 篇稿件，本次新发布 {self.articles_published} 篇"
        if not self.articles_total:
            text = f"{self.issue} 已发布：没有文字稿件，共 {self.photos_total} 幅图片"
        if self.acknowledged:
            text += f"；已知悉 {len(self.acknowledged)} 处未接好的转版"
        if self.scheduled:
            shown = "、".join(self.scheduled[:5]) + ("等" if len(self.scheduled) > 5 else "")
            text += (
                f"；{len(self.scheduled)} 篇稿件定时发布，仍等到时自动发布（{shown}）：要现在发布，"
                "请在稿件列表里选中它们，用“发布所选稿件”"
            )
        if self.withdrawn:
            shown = "、".join(self.withdrawn[:5]) + ("等" if len(self.withdrawn) > 5 else "")
            text += (
                f"；{len(self.withdrawn)} 篇发布后被撤回的稿件仍是草稿（{shown}）：要重新发布，"
                "请在稿件列表里选中它们，用“发布所选稿件”"
            )
        if self.awaiting:
            text += f"；{len(self.awaiting)} 篇续文未发布：{head_wait_text(self.awaiting)[:-1]}"
        if self.scraps:
            shown = "、".join(self.scraps[:5]) + ("等" if len(self.scraps) > 5 else "")
            text += (
                f"；其中 {len(self.scraps)} 篇没有标题、只有零星文字（{shown}），导入时已提示核对："
                "不该发布的，请在稿件列表里用“撤回所选稿件”撤下"
            )
        if self.empties:
            shown = "、".join(self.empties[:5]) + ("等" if len(self.empties) > 5 else "")
            text += (
                f"；其中 {len(self.empties)} 篇只有标题、没有正文（{shown}）："
                "不该发布的，请在稿件列表里用“撤回所选稿件”撤下，漏了正文的请补上"
            )
        if self.proofread:
            shown = "、".join(self.proofread[:5]) + ("等" if len(self.proofread) > 5 else "")
            text += f"；其中 {len(self.proofread)} 篇有校对提示（{shown}），请核对"
        return text

    @property
    def scrap_warnings(self) -> list[str]:
        """One warning for each scrap story published (:attr:`scraps`): which it is, and how to
        withdraw or delete it (:data:`SCRAP_FIX`)."""
        return [
            f"{story}已发布：这一版只有这点没有标题的文字，导入时已提示核对；{SCRAP_FIX}"
            for story in self.scraps
        ]

    @property
    def empty_warnings(self) -> list[str]:
        """One warning for each story published with a title and no text (:attr:`empties`):
        which it is, and how to withdraw it or give it its text (:data:`EMPTY_FIX`)."""
        return [
            f"{story}已发布：只有标题，没有正文，读者只看到标题；{EMPTY_FIX}"
            for story in self.empties
        ]

    @property
    def proofread_warnings(self) -> list[str]:
        """One warning for each story published with proofreading findings
        (:attr:`proofread`): which, how many, and how to look at them (:data:`PROOFREAD_FIX`)."""
        return [f"已发布的{line}；{PROOFREAD_FIX}" for line in self.proofread]

    @property
    def warnings(self) -> list[str]:
        """What every caller shows after publishing, one line each: :attr:`scrap_warnings`,
        :attr:`empty_warnings`, then :attr:`proofread_warnings`."""
        return self.scrap_warnings + self.empty_warnings + self.proofread_warnings


def history_reason(text: str) -> str:
    """A history record's reason fits its column (100 characters)."""
    return text if len(text) <= 100 else text[:99] + "…"


def _desk_name(article: Article) -> str:
    return f"{article.page.label}版{quoted(article.name_for_editors())}"


@transaction.atomic
def issue_publish(
    *,
    issue: Issue,
    user=None,
    acknowledge_broken: bool = False,
    acknowledged_chains: Collection[str] | None = None,
    chains_shown: Collection[str] | None = None,
    override_reason: str = "",
    reason: str = PUBLISH_REASON,
    now: datetime | None = None,
) -> IssuePublishReport:
    """Publish ``issue`` and its stories at ``now`` (aware; default the clock). Raises
    :class:`IssuePublishError` (nothing written) when :func:`issue_publish_check` refuses
    (``acknowledged_chains``: the scheduler's, the broken chains acknowledged when the time
    was set; ``chains_shown``: the desk's, the broken chains its confirmation page listed, which
    ``acknowledge_broken`` acknowledges: one broken since is refused, by
    :func:`~articles.publishchecks.chain_key`). ``override_reason``: a chief editor publishes stories not signed off, and says
    why (it goes into every history record this writes); ``reason``: the history records'
    reason otherwise (``定时发布`` from the scheduler). A scheduled publication of the issue is
    done with it (cleared).

    Every story not yet published is published, except one an editor took down after it was
    published (:func:`withdrawn_ids`): it stays as it is, and the report names it (publish it
    again on its own, :func:`stories_publish`); and except one scheduled for later than
    ``now`` (:func:`~articles.publishchecks.scheduled_later`): it keeps its time, an embargo
    holds, and the report names it with its time. So publishing an issue again after late
    pages publishes their new stories and brings back nothing that was withdrawn."""
    now = now or timezone.now()
    issue = Issue.objects.select_for_update().select_related("publication").get(pk=issue.pk)
    refuse_while_importing(issue)  # its pages still coming would stay hidden drafts
    articles = list(issue.articles.select_related("page"))
    awaiting = heads_awaited([a for a in articles if a.status != Status.PUBLISHED])
    withdrawn = withdrawn_ids(articles) - set(awaiting)  # (a waiting fragment was not withdrawn)
    problems, unsigned = issue_publish_check(
        issue,
        articles,
        user=user,
        acknowledge_broken=acknowledge_broken,
        acknowledged_chains=acknowledged_chains,
        chains_shown=chains_shown,
        override_reason=override_reason,
        withdrawn=withdrawn | set(awaiting),  # (neither is published: nothing to ask of them)
        at=now,
    )
    # 破例 goes on the issue and the stories it was for, not on one signed off (a reviewer's).
    story_reason, unsigned_ids = reason, {a.pk for a in unsigned}
    if unsigned:
        reason = history_reason(f"{reason}（未签发破例：{override_reason.strip()}）")
    kept_back = withdrawn | scheduled_later(articles, now) | set(awaiting)
    drafts = [a for a in articles if a.status != Status.PUBLISHED and a.pk not in kept_back]
    report = _report(issue, articles, drafts, problems, withdrawn, kept_back - set(awaiting))
    report.awaiting = list(awaiting.values())
    if issue.status == Status.PUBLISHED and not drafts and issue.publish_at is None:
        return report  # already public as it is: publishing again changes nothing
    history_baseline(drafts)
    for article in drafts:
        article.status = Status.PUBLISHED
        article.publish_at, article.publish_by = None, None  # a time come is done
        if article.pk in unsigned_ids:
            article._change_reason = reason
    if drafts:
        bulk_update_with_history(
            drafts,
            Article,
            ["status", "publish_at", "publish_by"],
            default_user=user,
            default_change_reason=story_reason,
        )
    if issue.published_at is None:  # first publication: kept when published again after
        issue.published_at = now  # a withdrawal (corrections count from it; later ones add)
    new_paper = issue.status != Status.PUBLISHED and papers_changed_by(issue)
    issue.status = Status.PUBLISHED
    clear_issue_schedule(issue)
    _record_user(issue, user)
    issue._change_reason = reason
    issue.save(update_fields=["status", "published_at", *ISSUE_SCHEDULE_FIELDS, "updated_at"])
    # (bulk_update sends no post_save) The paper's first public issue: every page's list of
    # the group's papers names it (articles.public.public_papers), so the epoch moves.
    content_changed(issues=[issue.pk], tags=[caching.ALL] if new_paper else ())
    held_jumps_resolve(a.pk for a in drafts)  # a published continuation waited for one of them
    return report


def _report(issue, articles, drafts, problems, withdrawn, kept_back) -> IssuePublishReport:
    """What publishing ``issue`` (its ``articles``) does, read before it is written: the
    ``drafts`` it publishes, the broken chains acknowledged (``problems``), the stories left
    as they are (``withdrawn``; ``kept_back``, those and the ones scheduled for later), and the
    stories published to look at again (scraps, empty, with proofreading findings)."""
    in_order = sorted(articles, key=lambda a: (a.page_id, a.position))
    # What goes public now: the drafts published, and an issue taken back and published again
    # makes its published stories public again too (looked at again as new ones are).
    public = issue.status == Status.PUBLISHED
    shown = drafts + [a for a in articles if not public and a.status == Status.PUBLISHED]
    return IssuePublishReport(
        issue=str(issue),
        articles_published=len(drafts),
        articles_total=len(articles),
        photos_total=0 if articles else standing_photos(issue),
        acknowledged=[p.text for p in problems],
        withdrawn=[_desk_name(a) for a in in_order if a.pk in withdrawn],
        scraps=scrap_stories(shown),
        empties=empty_stories(shown),
        proofread=[story.line for story in proofread_stories(shown)],
        scheduled=[
            f"{_desk_name(a)}（{local_text(a.publish_at)} 定时发布）"
            for a in in_order
            if a.pk in kept_back and a.pk not in withdrawn
        ],
    )


#: The fields of an issue's scheduled publication (articles.scheduling).
ISSUE_SCHEDULE_FIELDS = [
    "publish_at",
    "publish_by",
    "publish_acknowledged_chains",
    "publish_override",
    "publish_acknowledged_texts",
]


def clear_issue_schedule(issue: Issue) -> None:
    """Forget ``issue``'s scheduled publication (the caller saves :data:`ISSUE_SCHEDULE_FIELDS`)."""
    issue.publish_at, issue.publish_by, issue.publish_override = None, None, ""
    issue.publish_acknowledged_chains, issue.publish_acknowledged_texts = [], []


@transaction.atomic
def issue_unpublish(*, issue: Issue, user=None) -> None:
    """Take ``issue`` off the public site (its stories keep their own state for next time)."""
    issue = Issue.objects.select_for_update().get(pk=issue.pk)
    if issue.status == Status.DRAFT:
        return
    paper_gone = papers_changed_by(issue)  # its last public issue: the paper leaves the list
    issue.status = Status.DRAFT
    _record_user(issue, user)
    issue._change_reason = UNPUBLISH_REASON
    issue.save(update_fields=["status", "updated_at"])
    content_changed(issues=[issue.pk], tags=[caching.ALL] if paper_gone else ())


@dataclass
class StoriesPublishReport:
    """What a story-level publish or withdrawal changed. ``changed``: stories whose status
    changed; ``unchanged``: already in that state; ``waiting``: published stories whose issue is
    still a draft (readers see them once the issue is published); ``schedules_ended``: the
    stories whose scheduled publication this publish or withdrawal ended
    (:func:`schedule_ended_text`), each as ``“标题”（原定 2020-07-10 06:00）``."""

    published: bool
    changed: int = 0
    unchanged: int = 0
    waiting: list[str] = field(default_factory=list)
    schedules_ended: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        verb = "发布" if self.published else "撤回（改回草稿）"
        text = f"已{verb} {self.changed} 篇稿件"
        if self.unchanged:
            text += f"；{self.unchanged} 篇本来就是{'已发布' if self.published else '草稿'}，未改动"
        if self.waiting:
            text += (
                f"；其中 {len(self.waiting)} 篇所在的期（{'、'.join(sorted(set(self.waiting)))}）"
                "还是草稿，读者要等这一期发布后才能看到"
            )
        elif not self.published and self.changed:
            text += "，读者已看不到它们"
        if self.schedules_ended:
            shown = "、".join(self.schedules_ended[:5])
            more = "等" if len(self.schedules_ended) > 5 else ""
            text += f"；{len(self.schedules_ended)} 篇原定的定时发布随之取消（{shown}{more}）"
        return text + "。"


def schedule_ended_text(at: datetime) -> str:
    """What a story's history record and the desk say when a deliberate change of its 状态
    ended its scheduled publication at ``at``: ``原定 2020-07-10 06:00 的定时发布随之取消``.

    The rule (README, 定时发布): a schedule is an instruction to publish once, at that time; an
    editor who publishes or withdraws the story before then (the list actions, the story form,
    a spreadsheet row, a history revert, the shell) has decided instead, so the time is cleared
    and cron never undoes the decision."""
    return f"原定 {local_text(at)} 的定时发布随之取消"


class StoriesPublishError(Exception):
    """Stories cannot be published (sign-off, see ``articles.signoff``); nothing was written."""


def _write_status(rows: list[Article], status: str, user, reason: str, *, scheduled: bool) -> None:
    """Write ``status`` to ``rows`` with a history record each (``reason``, or what ended the
    row's scheduled publication, unless ``scheduled``), their schedule cleared and, back to a
    draft, their sign-off."""
    history_baseline(rows)
    for article in rows:
        if article.publish_at is not None and not scheduled:
            text = f"{reason}；{schedule_ended_text(article.publish_at)}"
            article._change_reason = history_reason(text)
        article.status = status
        article.publish_at, article.publish_by = None, None  # a schedule is done or moot
        if status == Status.DRAFT:
            article.signed_off_by, article.signed_off_at = None, None
    bulk_update_with_history(
        rows,
        Article,
        ["status", "publish_at", "publish_by", "signed_off_by", "signed_off_at"],
        default_user=user,
        default_change_reason=reason,
    )


def _stories_set_status(
    articles, status: str, user, reason: str, *, scheduled: bool = False
) -> StoriesPublishReport:
    """Set ``articles`` to ``status``; every scheduled publication among them ends, those of the
    stories already in that state too (each history record says so: :func:`schedule_ended_text`),
    unless this is that publication (``scheduled``: ``publish_due``, its time is done)."""
    rows = list(
        Article.objects.select_for_update()
        .filter(pk__in=[a.pk for a in articles])
        .select_related("issue__publication")
    )
    if status == Status.PUBLISHED and (refusals := stories_publish_refusals(rows, user)):
        raise StoriesPublishError("没有发布任何稿件：" + "".join(refusals))
    changing = [a for a in rows if a.status != status]
    ending = [a for a in rows if a.publish_at is not None]
    report = StoriesPublishReport(
        published=status == Status.PUBLISHED,
        changed=len(changing),
        unchanged=len(rows) - len(changing),
    )
    if status == Status.PUBLISHED:
        report.waiting = [str(a.issue) for a in changing if a.issue.status != Status.PUBLISHED]
    if not scheduled:
        report.schedules_ended = [f"“{a}”（原定 {local_text(a.publish_at)}）" for a in ending]
    writing = changing + [a for a in ending if a.status == status]
    if not writing:
        return report
    _write_status(writing, status, user, reason, scheduled=scheduled)
    if not changing:
        return report  # only schedules ended: readers see nothing new
    content_changed()  # bulk_update sends no post_save
    # A link held apart from or to one of them (a published continuation and a story not
    # published) is decided anew: published, they join; withdrawn, a continuation joins too.
    held_jumps_resolve(a.pk for a in changing)
    return report


@transaction.atomic
def stories_publish(
    *, articles, user=None, reason: str = PUBLISH_REASON, scheduled: bool = False
) -> StoriesPublishReport:
    """Publish single stories (``articles``: stories or a queryset of them), with a history
    record each (who, ``reason``). A story is public when it and its issue are published: the
    report says which still wait for their issue. Publishing ends a story's scheduled
    publication, an already published one's too (:func:`schedule_ended_text`), unless this is
    it (``scheduled``, from ``articles.scheduling.publish_due``). On a paper that requires
    sign-off, raises :class:`StoriesPublishError` (nothing written) unless
    :func:`~articles.signoff.stories_publish_refusals` has nothing to say."""
    return _stories_set_status(articles, Status.PUBLISHED, user, reason, scheduled=scheduled)


@transaction.atomic
def stories_unpublish(*, articles, user=None) -> StoriesPublishReport:
    """Take single stories off the public site (back to draft), with a history record each; a
    scheduled publication of any of them ends (:func:`schedule_ended_text`), so cron does not
    put back what the editor took down."""
    return _stories_set_status(articles, Status.DRAFT, user, UNPUBLISH_REASON)


def story_status_follow(sender, article: Article, before: str, **kwargs) -> None:
    """The receiver of :data:`~articles.models.stories.story_status_changed` (a story's save
    changed its 状态: the story form, a spreadsheet row, a history revert, the shell), in the
    transaction that saved it. Published or withdrawn (to or from 已发布), its scheduled
    publication ends (:func:`story_schedule_end`); and a link held apart from or to it is
    decided again, as :func:`stories_publish` and :func:`stories_unpublish` do for the stories
    they change in bulk (``held_jumps_resolve``: one query when none was held). Those send
    nothing, so a story is decided once whichever way it changed."""
    if Status.PUBLISHED in (before, article.status):
        story_schedule_end(article)
    held_jumps_resolve([article.pk])


def story_schedule_end(article: Article) -> str:
    """End the scheduled publication of ``article``, just published or withdrawn by a save
    (:func:`story_status_follow`): its stored ``publish_at`` and ``publish_by`` are cleared by a
    save of their own, whose history record says why (``稿件已发布，原定 … 的定时发布随之取消``:
    :func:`schedule_ended_text`). Returns that text, also left on ``article.schedule_ended``
    for the desk to show, or ``""`` when no time was stored (one query)."""
    at = Article.objects.filter(pk=article.pk).values_list("publish_at", flat=True).first()
    if at is None:
        return ""
    verb = "发布" if article.status == Status.PUBLISHED else "撤回"
    note = f"稿件已{verb}，{schedule_ended_text(at)}"
    article.publish_at, article.publish_by = None, None
    article._change_reason = history_reason(note)
    article.save(update_fields=["publish_at", "publish_by", "updated_at"])
    article.schedule_ended = note
    return note


def _record_user(instance, user) -> None:
    """Name ``user`` in the history record (without one, the request's user is used, if any)."""
    if user is not None:
        instance._history_user = user
