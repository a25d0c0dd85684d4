"""What stands between an issue and its publication (:func:`issue_publish_check`), read before
anything is written: by ``articles.publishing.issue_publish`` (publish now) and by
``articles.scheduling`` (setting a time, and again at that time).

Three kinds of story are not published with their issue, and are not asked about: one an
editor took down after it was published (:func:`withdrawn_ids`), one whose own scheduled
publication (定时发布) is later than the issue's (:func:`scheduled_later`: an embargo holds, and
``publish_scheduled`` publishes it at its time), and one already published.

Broken chains are acknowledged by the editor who publishes: now, for the chains the page showed;
for a scheduled publication, the chains broken when the time was set, remembered by a stable
identity (:func:`chain_key`), so a chain that breaks afterwards (a late page's jump to a page
that will never come) stops the publication at its time instead of going out acknowledged by
nobody; the same for a chain that breaks while the editor reads the confirmation page (its form
sends back the chains it listed: ``chains_shown``). Stories that are a scrap of a page are named
(:func:`scrap_stories`), and so are stories with a title and no text (:func:`empty_stories`)
and stories with proofreading findings (:func:`proofread_stories`): named, never held back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from articles.continuations import JumpProblem, jump_problems
from articles.continuations.matching import page_find
from articles.emptystories import OPEN_JUMP_NOTE, has_paragraph
from articles.headwaits import heads_awaited
from articles.models import (
    Article,
    ArticlePart,
    Issue,
    Jump,
    JumpDirection,
    JumpState,
    Photo,
    ProofreadingFinding,
    Status,
    Teaser,
)
from articles.proofreading import KIND_LABELS
from articles.scraps import PrintedStory, page_scrap, scrap_shown
from articles.signoff import may_publish, publish_refusal
from articles.storynames import quoted


class IssuePublishError(Exception):
    """The issue cannot be published; the message says why and what to do."""

    def __init__(self, message: str, problems: list[JumpProblem] | None = None):
        super().__init__(message)
        self.problems = problems or []


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


def empty_stories(articles: list[Article]) -> list[str]:
    """Those of ``articles`` (stories with their ``page``, about to be published) that have a
    title and not one paragraph in any of their parts (:mod:`articles.emptystories`, read from
    the rows as editors left them: a story given its text since is none), each as the desk
    names it: page, number on the page and title (``3版 第1篇“老人视力衰退趋升”``), in print
    order. One whose text waits beyond an open jump (a 下转 of its own not linked) says so
    (:data:`~articles.emptystories.OPEN_JUMP_NOTE`); one whose link is held until it is
    published (sign-off: publishing joins it, :attr:`Jump.is_held`) is not named. No query when
    no story has a title, else one, and two more when some are empty."""
    titled = {a.pk: a for a in articles if a.title}
    if not titled:
        return []
    with_text = {
        article_id
        for article_id, blocks in ArticlePart.objects.filter(article_id__in=titled).values_list(
            "article_id", "blocks"
        )
        if has_paragraph(blocks or ())
    }
    empty = sorted(
        (a for pk, a in titled.items() if pk not in with_text),
        key=lambda a: (a.page.sequence, a.position),
    )
    if not empty:
        return []
    open_jumps: dict[int, str] = {}
    held: set[int] = set()
    for article_id, marker, state, confidence in Jump.objects.filter(
        part__article_id__in=[a.pk for a in empty], direction=JumpDirection.FORWARD
    ).values_list("part__article_id", "marker", "state", "confidence"):
        if state == JumpState.PENDING and confidence is not None:
            held.add(article_id)  # (a held link: publishing the story joins it)
        elif state not in (JumpState.LINKED, JumpState.MANUAL, JumpState.UNLINKED):
            open_jumps.setdefault(article_id, marker)
    numbers = ArticlePart.objects.story_numbers_at({a.page_id for a in empty})
    return [
        f"{a.page.label}版 第{numbers.get((a.page_id, a.position), a.position)}篇“{a.title}”"
        + (OPEN_JUMP_NOTE.format(marker=open_jumps[a.pk]) if a.pk in open_jumps else "")
        for a in empty
        if a.pk not in held
    ]


#: What to do about a story published with proofreading findings, after its name.
PROOFREAD_FIX = (
    "请打开稿件看表单里的“校对提示”：真错的改正后保存（保存即重新校对），不是错的不必理会"
)


@dataclass(frozen=True)
class ProofreadStory:
    """A story with proofreading findings: its id (for a link to its form), its name as the
    desk names it (``A1版 第2篇“标题”``), how many findings and of which kinds."""

    article_id: int
    name: str
    findings: int
    by_kind: dict[str, int]

    @property
    def line(self) -> str:
        """``A1版 第2篇“标题”：2 处校对提示（重复字1处、标点1处）``."""
        kinds = "、".join(f"{KIND_LABELS.get(k, k)}{n}处" for k, n in self.by_kind.items())
        return f"{self.name}：{self.findings} 处校对提示（{kinds}）"


def proofread_stories(articles: list[Article]) -> list[ProofreadStory]:
    """Those of ``articles`` (stories with their ``page``) with proofreading findings, as the
    last check stored them (:class:`~articles.models.ProofreadingFinding`, written by
    :mod:`articles.proofing` on import and on every save: a story corrected since has none),
    in print order, each a :class:`ProofreadStory` (kinds in :data:`KIND_LABELS`' order).
    Findings are warnings: publishing names these stories and never holds them back. One
    query, two more when some have findings."""
    by_id = {a.pk: a for a in articles}
    kinds: dict[int, Counter] = {}
    for article_id, kind in ProofreadingFinding.objects.filter(
        article_id__in=list(by_id)
    ).values_list("article_id", "kind"):
        kinds.setdefault(article_id, Counter())[kind] += 1
    if not kinds:
        return []
    found = sorted((by_id[pk] for pk in kinds), key=lambda a: (a.page.sequence, a.position))
    numbers = ArticlePart.objects.story_numbers_at({a.page_id for a in found})
    return [
        ProofreadStory(
            article_id=a.pk,
            name=f"{a.page.label}版 第{numbers.get((a.page_id, a.position), a.position)}篇"
            f"{quoted(a.name_for_editors())}",
            findings=sum(kinds[a.pk].values()),
            by_kind=dict(sorted(kinds[a.pk].items(), key=lambda kv: _kind_order(kv[0]))),
        )
        for a in found
    ]


def _kind_order(kind: str) -> int:
    """Where a finding's kind comes in :data:`KIND_LABELS`' order (one it does not name last)."""
    order = list(KIND_LABELS)
    return order.index(kind) if kind in order else len(order)


def to_publish(
    articles: list[Article], later: set[int], *, issue_public: bool = True
) -> list[Article]:
    """Those of ``articles`` (an issue's stories with their ``page``) that publishing the issue
    makes public: not published yet, not withdrawn after publication (:func:`withdrawn_ids`)
    and not in ``later`` (:func:`scheduled_later`); and, when the issue is not public now
    (``issue_public`` False: never published, or taken back), its published stories too, which
    go public again with it (a reviewer's withdraw–fix–republish named none of its new typos).
    What the desk's 发布本期 asks about before the editor publishes (:func:`empty_stories`,
    :func:`proofread_stories`)."""
    waiting = [a for a in articles if a.status != Status.PUBLISHED and a.pk not in later]
    withdrawn = withdrawn_ids(waiting) | set(heads_awaited(waiting))  # (neither goes public)
    return [
        a
        for a in articles
        if (a in waiting and a.pk not in withdrawn)
        or (not issue_public and a.status == Status.PUBLISHED)
    ]


def _unsigned_text(article: Article, numbers: dict[tuple[int, int], int]) -> str:
    number = numbers.get((article.page_id, article.position), article.position)
    return (
        f"{article.page.label}版 第{number}篇{quoted(article.name_for_editors())}"
        f"（{article.get_status_display()}）"
    )


def unsigned_stories(
    articles: list[Article], *, withdrawn: set[int] | None = None, later: Collection[int] = ()
) -> list[Article]:
    """The stories of ``articles`` that publishing their issue would publish without sign-off:
    neither signed off nor published, not taken down after publication (``withdrawn``, by
    default :func:`withdrawn_ids`, and a continuation waiting for its undone head page, which
    is not published: :mod:`articles.headwaits`) and not scheduled for later (``later``, ids)."""
    if withdrawn is None:
        waiting = [a for a in articles if a.status != Status.PUBLISHED]
        withdrawn = withdrawn_ids(articles) | set(heads_awaited(waiting))
    return [
        a
        for a in articles
        if a.status not in (Status.SIGNED_OFF, Status.PUBLISHED)
        and a.pk not in withdrawn
        and a.pk not in later
    ]


def unsigned_lines(articles: list[Article]) -> list[str]:
    """Each story as the desk names it: ``A5版 第2篇“标题”（草稿）`` (its page loaded). One
    query."""
    numbers = ArticlePart.objects.story_numbers_at({a.page_id for a in articles})
    return [_unsigned_text(a, numbers) for a in articles]


def chain_key(problem: JumpProblem) -> str:
    """A broken chain's identity, kept while the issue waits for its scheduled publication:
    the page's label, the story's place on it (its natural key) and the marker, ``A1版#2（下转A2版）``.
    Not the jump's id (a re-import of the page writes its jumps again), nor the story's number
    or title (a photo placed or a headline edited changes them)."""
    return f"{problem.page}版#{problem.position}{problem.marker}"


def scheduled_later(articles: list[Article], at: datetime) -> set[int]:
    """The ids of those of ``articles`` not published whose own scheduled publication
    (``publish_at``, 定时发布) is after ``at`` (aware): publishing their issue at ``at`` leaves
    them waiting for their time (an embargo holds), and ``publish_scheduled`` publishes each
    then. A story whose time has come is published with its issue. No query."""
    return {
        a.pk
        for a in articles
        if a.status != Status.PUBLISHED and a.publish_at is not None and a.publish_at > at
    }


def _broken_chains(
    issue: Issue, articles: list[Article], withdrawn: set[int] | None, later: set[int]
) -> tuple[list[JumpProblem], set[int] | None]:
    """The broken chains of ``issue`` that publishing its ``articles`` leaves broken: a link
    held until its jumping story is published (``held``) is made by publishing that story, so
    it is not one of them unless that story was withdrawn (``withdrawn``, read here when needed
    and not given) or waits for a later time of its own (``later``). Returns them and
    ``withdrawn`` (None when it was not needed)."""
    problems = jump_problems([issue])
    if not any(p.kind == "held" for p in problems):
        return problems, withdrawn
    if withdrawn is None:
        withdrawn = withdrawn_ids(articles)
    kept_back = withdrawn | later
    publishing = {a.pk for a in articles if a.status != Status.PUBLISHED and a.pk not in kept_back}
    kept = [p for p in problems if not (p.kind == "held" and p.waits_for in publishing)]
    return kept, withdrawn


#: Why chains not acknowledged stop a publication whose editor acknowledged others (the head of
#: the refusal, with how many, then what to do): a scheduled publication's, broken after its time
#: was set, and 发布本期's, broken after the editor opened the confirmation page.
BROKEN_SINCE_SCHEDULED = (
    "设定定时发布之后又有 {n} 处转版未接好（设定时没有知悉）",
    "请先在“转版标记”里处理（选定接续、断开或补导版面），再重新设定定时发布；"
    "或在“发布本期”确认已知悉后发布。",
)
BROKEN_SINCE_SHOWN = (
    "打开发布页面之后又有 {n} 处转版未接好（页面上没有列出，没有知悉）",
    "请先在“转版标记”里处理（选定接续、断开或补导版面），"
    "或在发布页面上看过新列出的转版后再勾选“已知悉未接好的转版，仍然发布”。",
)


def _refuse_new(
    issue: Issue, problems: list[JumpProblem], known: Collection[str], words: tuple[str, str]
) -> None:
    """Raise :class:`IssuePublishError` for those of ``problems`` whose :func:`chain_key` is
    not in ``known`` (the chains acknowledged), said with ``words``
    (:data:`BROKEN_SINCE_SCHEDULED` or :data:`BROKEN_SINCE_SHOWN`)."""
    new = [p for p in problems if chain_key(p) not in known]
    if new:
        lines = "\n".join(f"· {p.text}" for p in new)
        head, fix = words
        raise IssuePublishError(f"{issue} {head.format(n=len(new))}，未发布：\n{lines}\n{fix}", new)


def _refuse_broken(
    issue: Issue,
    problems: list[JumpProblem],
    acknowledge_broken: bool,
    acknowledged_chains: Collection[str] | None,
    chains_shown: Collection[str] | None = None,
) -> None:
    """Raise :class:`IssuePublishError` for the broken chains not acknowledged: all of them
    without ``acknowledge_broken``; with ``acknowledged_chains`` (a scheduled publication),
    those not among them (:func:`chain_key`), which broke after the time was set; with
    ``acknowledge_broken`` and ``chains_shown`` (the chains the desk's confirmation page
    listed), those not among them, which broke after the editor opened the page."""
    if acknowledged_chains is not None:
        _refuse_new(issue, problems, acknowledged_chains, BROKEN_SINCE_SCHEDULED)
    elif problems and not acknowledge_broken:
        lines = "\n".join(f"· {p.text}" for p in problems)
        raise IssuePublishError(
            f"{issue} 有 {len(problems)} 处转版未接好，未发布：\n{lines}\n"
            "请先在“转版标记”里处理（选定接续、断开或补导版面），"
            "或确认已知悉后勾选“已知悉未接好的转版，仍然发布”。",
            problems,
        )
    elif chains_shown is not None:
        _refuse_new(issue, problems, chains_shown, BROKEN_SINCE_SHOWN)


def teasers_unanswered(issue: Issue) -> list[str]:
    """The 导读 of ``issue`` pointing to a page the issue has not got (■A4 when no A4 was
    imported, matched as a jump's target is: :func:`~articles.continuations.matching.page_find`),
    one line each: readers see such a teaser unlinked (``A4版 体育``). Never holds publishing
    back: the page may come later (a late page links it). Two queries."""
    pages = {page.label: page for page in issue.pages.only("pk", "label")}
    lines = []
    for teaser in Teaser.objects.filter(page__issue=issue).select_related("page"):
        if page_find(pages, teaser.target_label) is not None:
            continue
        title = "".join(teaser.title_lines) or teaser.marker
        shown = f"{teaser.target_label}版 {teaser.target_section}".strip()
        lines.append(
            f"{teaser.page.label}版的导读‘{title}’指向{teaser.target_label}版，本期没有这一版："
            f"读者看到的是不带链接的“{shown}”"
        )
    return lines


def standing_photos(issue: Issue) -> int:
    """How many photos of ``issue`` stand alone (printed in no story: picture news, a 摄影
    page, a picture supplement): public with their issue (``Photo.objects.public()``), so
    content enough to publish an issue without a story. One query."""
    return Photo.objects.filter(page__issue=issue, article__isnull=True).count()


def nothing_to_publish(issue: Issue) -> str:
    """Why ``issue``, which has no story, cannot be published ("" when it can): it has no page,
    or its pages print neither a story nor a photo (an issue of picture pages, photos standing
    alone, is published as one of stories is). Said in Chinese with what to do. Two queries."""
    labels = list(issue.pages.order_by("sequence").values_list("label", flat=True))
    if not labels:
        return f"{issue} 还没有任何版面，不能发布；请先导入本期的版面。"
    if standing_photos(issue):
        return ""
    return (
        f"{issue} 的 {len(labels)} 个版面（{'、'.join(f'{label}版' for label in labels)}）"
        "上既没有稿件也没有图片，不能发布；请核对这些版面的文本（是否导入了空白文件，"
        "或只有版头、导读的文件），改好后重新导入，或先导入本期有稿件或图片的版面。"
    )


def issue_publish_check(
    issue: Issue,
    articles: list[Article],
    *,
    user,
    acknowledge_broken: bool,
    override_reason: str,
    withdrawn: set[int] | None = None,
    acknowledged_chains: Collection[str] | None = None,
    chains_shown: Collection[str] | None = None,
    at: datetime | None = None,
) -> tuple[list[JumpProblem], list[Article]]:
    """What stands between ``issue`` (with its ``articles``) and publication at ``at`` (aware;
    default the clock), as :class:`IssuePublishError` (raised): nothing to publish (no stories
    and no photo standing alone: :func:`nothing_to_publish`); broken chains not
    acknowledged (:func:`_refuse_broken`: ``acknowledge_broken`` acknowledges every one, or
    with ``chains_shown`` those the confirmation page listed; ``acknowledged_chains`` only
    those; both by :func:`chain_key`); on a paper that requires
    sign-off (``articles.signoff``), a ``user`` who may not publish there, or stories not
    signed off without an ``override_reason``. Stories this publication leaves as they are —
    taken down after publication (``withdrawn``, by default :func:`withdrawn_ids`) or scheduled
    for later than ``at`` (:func:`scheduled_later`) — are not asked about. Returns the
    acknowledged problems and the stories published without sign-off (the override). A link
    held for sign-off (``held``) whose jumping story this publication publishes is not a broken
    chain: publishing makes it. Reads only; scheduling runs it too."""
    refusal = "" if articles else nothing_to_publish(issue)
    if refusal:
        raise IssuePublishError(refusal)
    publication = issue.publication
    if not may_publish(user, publication):
        raise IssuePublishError(publish_refusal(publication))
    later = scheduled_later(articles, at or timezone.now())
    problems, withdrawn = _broken_chains(issue, articles, withdrawn, later)
    _refuse_broken(issue, problems, acknowledge_broken, acknowledged_chains, chains_shown)
    unsigned = (
        unsigned_stories(articles, withdrawn=withdrawn, later=later)
        if publication.review_required
        else []
    )
    if unsigned and not override_reason.strip():
        lines = "\n".join(f"· {line}" for line in unsigned_lines(unsigned[:20]))
        more = f"\n……共 {len(unsigned)} 篇" if len(unsigned) > 20 else ""
        raise IssuePublishError(
            f"{issue} 有 {len(unsigned)} 篇稿件尚未签发，未发布：\n{lines}{more}\n"
            "请先签发这些稿件；确需破例发布时，由总编辑填写“未签发破例发布的理由”"
            "（记入修改历史）。"
        )
    return problems, unsigned
