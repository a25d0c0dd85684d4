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
names it with how to take it back (:func:`scrap_stories`): every caller shows that.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from articles.changes import content_changed
from articles.continuations import JumpProblem, held_jumps_resolve, jump_problems
from articles.editing import history_baseline
from articles.models import Article, ArticlePart, Issue, Photo, Status, Teaser
from articles.scraps import PrintedStory, page_scrap, scrap_shown
from articles.signoff import may_publish, publish_refusal

PUBLISH_REASON = "发布"
# The reason when ``manage.py publish_issue`` publishes (no user: the history says who did).
COMMAND_PUBLISH_REASON = "发布（命令行）"
UNPUBLISH_REASON = "撤回发布"


class IssuePublishError(Exception):
    """The issue cannot be published; the message says why and what to do."""

    def __init__(self, message: str, problems: list[JumpProblem] | None = None):
        super().__init__(message)
        self.problems = problems or []


@dataclass
class IssuePublishReport:
    issue: str
    articles_published: int = 0
    articles_total: int = 0
    acknowledged: list[str] = field(default_factory=list)
    # Stories left unpublished because an editor took them down after publication (as the desk
    # names them: 版次 and headline).
    withdrawn: list[str] = field(default_factory=list)
    # Stories published now that are a scrap of a page (:func:`scrap_stories`: 版次, number and
    # text), each warned about in :attr:`scrap_warnings`.
    scraps: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        text = f"{self.issue} 已发布：共 {self.articles_total} 篇稿件，本次新发布 {self.articles_published} 篇"
        if self.acknowledged:
            text += f"；已知悉 {len(self.acknowledged)} 处未接好的转版"
        if self.withdrawn:
            shown = "、".join(self.withdrawn[:5]) + ("等" if len(self.withdrawn) > 5 else "")
            text += (
                f"；{len(self.withdrawn)} 篇发布后被撤回的稿件仍是草稿（{shown}）：要重新发布，"
                "请在稿件列表里选中它们，用“发布所选稿件”"
            )
        if self.scraps:
            shown = "、".join(self.scraps[:5]) + ("等" if len(self.scraps) > 5 else "")
            text += (
                f"；其中 {len(self.scraps)} 篇没有标题、只有零星文字（{shown}），导入时已提示核对："
                "不该发布的，请在稿件列表里用“撤回所选稿件”撤下"
            )
        return text

    @property
    def scrap_warnings(self) -> list[str]:
        """One warning for each scrap story published (:attr:`scraps`): which it is, and how to
        withdraw or delete it (:data:`SCRAP_FIX`)."""
        return [
            f"{story}已发布：这一版只有这点没有标题的文字，导入时已提示核对；{SCRAP_FIX}"
            for story in self.scraps
        ]


def withdrawn_ids(articles: list[Article]) -> set[int]:
    """The ids of those of ``articles`` that are not published now but were once (a history
    record of the story with status 已发布): an editor took them down after publication
    (撤回发布, or the status set back by hand), so publishing their issue again leaves them as
    they are. One query, none when every story is published."""
    waiting = [a.pk for a in articles if a.status != Status.PUBLISHED]
    if not waiting:
        return set()
    return set(
        Article.history.filter(id__in=waiting, status=Status.PUBLISHED)
        .values_list("id", flat=True)
        .distinct()
    )


#: How a scrap story published is taken back, after :func:`scrap_stories`' line names it.
SCRAP_FIX = (
    "若不该发布，请在稿件列表里选中它，用“撤回所选稿件”撤下；若是导出不全，"
    "请在这一版的版面页用“撤销本版导入”删去，重新导出后再导入"
)


def scrap_stories(articles: list[Article]) -> list[str]:
    """Those of ``articles`` (stories with their ``page``, about to be published) that are a
    scrap: each starts on a page whose only content is a scrap of untitled text, by the import's
    rule (:func:`articles.scraps.page_scrap`, read from the rows as editors left them: a story
    given a headline or its text since is none). Each as the desk names it: page, number on the
    page (as the desk numbers them) and text (``A2版 第1篇（无标题）“本报讯”``). No query when
    every story has a title, else three."""
    untitled = [a for a in articles if not a.title]
    if not untitled:
        return []
    page_ids = {a.page_id for a in untitled}
    parts: dict[int, list[ArticlePart]] = {page_id: [] for page_id in page_ids}
    for part in (
        ArticlePart.objects.filter(page_id__in=page_ids)
        .select_related("article")
        .order_by("page_id", "position")
    ):
        parts[part.page_id].append(part)
    furnished = {
        *Photo.objects.filter(page_id__in=page_ids).values_list("page_id", flat=True),
        *Teaser.objects.filter(page_id__in=page_ids).values_list("page_id", flat=True),
    }
    scraps = []
    for article in untitled:
        printed = parts[article.page_id]
        stories = (PrintedStory(p.article.title, p.is_continuation, p.text()) for p in printed)
        if page_scrap(stories, photos_or_teasers=article.page_id in furnished) is None:
            continue
        number, text = next(
            ((n, p.text()) for n, p in enumerate(printed, 1) if p.article_id == article.pk),
            (article.position, ""),  # (a story without a part on its page prints nothing)
        )
        scraps.append(f"{article.page.label}版 第{number}篇（无标题）“{scrap_shown(text)}”")
    return scraps


def _unsigned_text(article: Article, numbers: dict[tuple[int, int], int]) -> str:
    number = numbers.get((article.page_id, article.position), article.position)
    return (
        f"{article.page.label}版 第{number}篇“{article.title or '无标题'}”"
        f"（{article.get_status_display()}）"
    )


def _broken_chains(
    issue: Issue, articles: list[Article], withdrawn: set[int] | None
) -> tuple[list[JumpProblem], set[int] | None]:
    """The broken chains of ``issue`` that publishing its ``articles`` leaves broken: a link
    held until its jumping story is published (``held``) is made by publishing that story, so
    it is not one of them unless that story was withdrawn (``withdrawn``, read here when needed
    and not given). Returns them and ``withdrawn`` (None when it was not needed)."""
    problems = jump_problems([issue])
    if not any(p.kind == "held" for p in problems):
        return problems, withdrawn
    if withdrawn is None:
        withdrawn = withdrawn_ids(articles)
    publishing = {a.pk for a in articles if a.status != Status.PUBLISHED and a.pk not in withdrawn}
    kept = [p for p in problems if not (p.kind == "held" and p.waits_for in publishing)]
    return kept, withdrawn


def issue_publish_check(
    issue: Issue,
    articles: list[Article],
    *,
    user,
    acknowledge_broken: bool,
    override_reason: str,
    withdrawn: set[int] | None = None,
) -> tuple[list[JumpProblem], list[Article]]:
    """What stands between ``issue`` (with its ``articles``) and publication, as
    :class:`IssuePublishError` (raised): no stories; broken chains not acknowledged; on a paper
    that requires sign-off (``articles.signoff``), a ``user`` who may not publish there, or
    stories not signed off without an ``override_reason`` (stories taken down after publication,
    ``withdrawn``, by default :func:`withdrawn_ids`, are not published and not asked about).
    Returns the acknowledged problems and the stories published without sign-off (the
    override). A link held for sign-off (``held``) whose jumping story this publication publishes
    is not a broken chain: publishing makes it (:func:`issue_publish`). Reads only; scheduling
    runs it too."""
    if not articles:
        raise IssuePublishError(f"{issue} 还没有任何稿件，不能发布；请先导入本期的版面。")
    publication = issue.publication
    if not may_publish(user, publication):
        raise IssuePublishError(publish_refusal(publication))
    problems, withdrawn = _broken_chains(issue, articles, withdrawn)
    if problems and not acknowledge_broken:
        lines = "\n".join(f"· {p.text}" for p in problems)
        raise IssuePublishError(
            f"{issue} 有 {len(problems)} 处转版未接好，未发布：\n{lines}\n"
            "请先在“转版标记”里处理（选定接续、断开或补导版面），"
            "或确认已知悉后勾选“已知悉未接好的转版，仍然发布”。",
            problems,
        )
    unsigned = []
    if publication.review_required:
        if withdrawn is None:
            withdrawn = withdrawn_ids(articles)
        unsigned = [
            a
            for a in articles
            if a.status not in (Status.SIGNED_OFF, Status.PUBLISHED) and a.pk not in withdrawn
        ]
    if unsigned and not override_reason.strip():
        numbers = ArticlePart.objects.story_numbers_at({a.page_id for a in unsigned[:20]})
        lines = "\n".join(f"· {_unsigned_text(a, numbers)}" for a in unsigned[:20])
        more = f"\n……共 {len(unsigned)} 篇" if len(unsigned) > 20 else ""
        raise IssuePublishError(
            f"{issue} 有 {len(unsigned)} 篇稿件尚未签发，未发布：\n{lines}{more}\n"
            "请先签发这些稿件；确需破例发布时，由总编辑填写“未签发破例发布的理由”"
            "（记入修改历史）。"
        )
    return problems, unsigned


def history_reason(text: str) -> str:
    """A history record's reason fits its column (100 characters)."""
    return text if len(text) <= 100 else text[:99] + "…"


@transaction.atomic
def issue_publish(
    *,
    issue: Issue,
    user=None,
    acknowledge_broken: bool = False,
    override_reason: str = "",
    reason: str = PUBLISH_REASON,
) -> IssuePublishReport:
    """Publish ``issue`` and its stories. Raises :class:`IssuePublishError` (nothing written)
    when :func:`issue_publish_check` refuses. ``override_reason``: a chief editor publishes
    stories not signed off, and says why (it goes into every history record this writes);
    ``reason``: the history records' reason otherwise (``定时发布`` from the scheduler). A
    scheduled publication of the issue is done with it (cleared).

    Every story not yet published is published, except one an editor took down after it was
    published (:func:`withdrawn_ids`): it stays as it is, and the report names it (publish it
    again on its own, :func:`stories_publish`). So publishing an issue again after late pages
    publishes their new stories and brings back nothing that was withdrawn."""
    issue = Issue.objects.select_for_update().select_related("publication").get(pk=issue.pk)
    articles = list(issue.articles.select_related("page"))
    withdrawn = withdrawn_ids(articles)
    problems, unsigned = issue_publish_check(
        issue,
        articles,
        user=user,
        acknowledge_broken=acknowledge_broken,
        override_reason=override_reason,
        withdrawn=withdrawn,
    )
    if unsigned:
        reason = history_reason(f"{reason}（未签发破例：{override_reason.strip()}）")
    drafts = [a for a in articles if a.status != Status.PUBLISHED and a.pk not in withdrawn]
    report = IssuePublishReport(
        issue=str(issue),
        articles_published=len(drafts),
        articles_total=len(articles),
        acknowledged=[p.text for p in problems],
        withdrawn=[
            f"{a.page.label}版“{a.title or '无标题'}”"
            for a in sorted(articles, key=lambda a: (a.page_id, a.position))
            if a.pk in withdrawn
        ],
        scraps=scrap_stories(drafts),
    )
    if issue.status == Status.PUBLISHED and not drafts and issue.publish_at is None:
        return report  # already public as it is: publishing again changes nothing
    history_baseline(drafts)
    for article in drafts:
        article.status = Status.PUBLISHED
        article.publish_at, article.publish_by = None, None
    if drafts:
        bulk_update_with_history(
            drafts,
            Article,
            ["status", "publish_at", "publish_by"],
            default_user=user,
            default_change_reason=reason,
        )
    if issue.status != Status.PUBLISHED or issue.published_at is None:
        issue.published_at = timezone.now()  # first publication; later ones add stories
    issue.status = Status.PUBLISHED
    clear_issue_schedule(issue)
    _record_user(issue, user)
    issue._change_reason = reason
    issue.save(update_fields=["status", "published_at", *ISSUE_SCHEDULE_FIELDS, "updated_at"])
    content_changed(issues=[issue.pk])  # bulk_update sends no post_save
    held_jumps_resolve(a.pk for a in drafts)  # a published continuation waited for one of them
    return report


#: The fields of an issue's scheduled publication (articles.scheduling).
ISSUE_SCHEDULE_FIELDS = [
    "publish_at",
    "publish_by",
    "publish_acknowledge_broken",
    "publish_override",
]


def clear_issue_schedule(issue: Issue) -> None:
    """Forget ``issue``'s scheduled publication (the caller saves :data:`ISSUE_SCHEDULE_FIELDS`)."""
    issue.publish_at, issue.publish_by = None, None
    issue.publish_acknowledge_broken, issue.publish_override = False, ""


@transaction.atomic
def issue_unpublish(*, issue: Issue, user=None) -> None:
    """Take ``issue`` off the public site (its stories keep their own state for next time)."""
    issue = Issue.objects.select_for_update().get(pk=issue.pk)
    if issue.status == Status.DRAFT:
        return
    issue.status = Status.DRAFT
    _record_user(issue, user)
    issue._change_reason = UNPUBLISH_REASON
    issue.save(update_fields=["status", "updated_at"])
    content_changed(issues=[issue.pk])


@dataclass
class StoriesPublishReport:
    """What a story-level publish or withdrawal changed. ``changed``: stories whose status
    changed; ``unchanged``: already in that state; ``waiting``: published stories whose issue is
    still a draft (readers see them once the issue is published)."""

    published: bool
    changed: int = 0
    unchanged: int = 0
    waiting: list[str] = field(default_factory=list)

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
        return text + "。"


class StoriesPublishError(Exception):
    """Stories cannot be published (sign-off, see ``articles.signoff``); nothing was written."""


def stories_publish_refusals(rows: list[Article], user) -> list[str]:
    """Why each of ``rows`` (with ``issue__publication`` loaded) may not be published by
    ``user``: on a paper that requires sign-off, only a chief editor publishes, and only
    signed-off stories."""
    refusals = []
    for article in rows:
        publication = article.issue.publication
        if article.status == Status.PUBLISHED or not publication.review_required:
            continue
        if not may_publish(user, publication):
            refusals.append(f"“{article}”：{publish_refusal(publication)}")
        elif article.status != Status.SIGNED_OFF:
            refusals.append(f"“{article}”尚未签发（{article.get_status_display()}），请先签发。")
    return refusals


def _stories_set_status(articles, status: str, user, reason: str) -> StoriesPublishReport:
    rows = list(
        Article.objects.select_for_update()
        .filter(pk__in=[a.pk for a in articles])
        .select_related("issue__publication")
    )
    if status == Status.PUBLISHED and (refusals := stories_publish_refusals(rows, user)):
        raise StoriesPublishError("没有发布任何稿件：" + "；".join(refusals))
    changing = [a for a in rows if a.status != status]
    report = StoriesPublishReport(
        published=status == Status.PUBLISHED,
        changed=len(changing),
        unchanged=len(rows) - len(changing),
    )
    if status == Status.PUBLISHED:
        report.waiting = [str(a.issue) for a in changing if a.issue.status != Status.PUBLISHED]
    if not changing:
        return report
    history_baseline(changing)
    for article in changing:
        article.status = status
        article.publish_at, article.publish_by = None, None  # a schedule is done or moot
        if status == Status.DRAFT:
            article.signed_off_by, article.signed_off_at = None, None
    bulk_update_with_history(
        changing,
        Article,
        ["status", "publish_at", "publish_by", "signed_off_by", "signed_off_at"],
        default_user=user,
        default_change_reason=reason,
    )
    content_changed()  # bulk_update sends no post_save
    # A link held apart from or to one of them (a published continuation and a story not
    # published) is decided anew: published, they join; withdrawn, a continuation joins too.
    held_jumps_resolve(a.pk for a in changing)
    return report


@transaction.atomic
def stories_publish(*, articles, user=None, reason: str = PUBLISH_REASON) -> StoriesPublishReport:
    """Publish single stories (``articles``: stories or a queryset of them), with a history
    record each (who, ``reason``). A story is public when it and its issue are published: the
    report says which still wait for their issue. On a paper that requires sign-off, raises
    :class:`StoriesPublishError` (nothing written) unless :func:`stories_publish_refusals` has
    nothing to say."""
    return _stories_set_status(articles, Status.PUBLISHED, user, reason)


@transaction.atomic
def stories_unpublish(*, articles, user=None) -> StoriesPublishReport:
    """Take single stories off the public site (back to draft), with a history record each."""
    return _stories_set_status(articles, Status.DRAFT, user, UNPUBLISH_REASON)


def story_status_follow(sender, article: Article, before: str, **kwargs) -> None:
    """The receiver of :data:`~articles.models.stories.story_status_changed` (a story's save
    changed its 状态: the story form, a spreadsheet row, a history revert, the shell): a link
    held apart from or to it is decided again, in the transaction that saved it, as
    :func:`stories_publish` and :func:`stories_unpublish` do for the stories they change in
    bulk (``held_jumps_resolve``: one query when none was held). Those send nothing, so a
    story is decided once whichever way it changed."""
    held_jumps_resolve([article.pk])


def _record_user(instance, user) -> None:
    """Name ``user`` in the history record (without one, the request's user is used, if any)."""
    if user is not None:
        instance._history_user = user
