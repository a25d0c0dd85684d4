"""Continuations, the problem report: every broken chain of some issues, in print order.

``check_jumps`` prints it (and exits non-zero unless it is empty), the desk lists it on an issue
and publishing an issue that has one needs an editor's acknowledgement. Each problem says what is wrong in words an
editor can act on: a page never imported, no continuation that fits, several that fit equally
(with the candidates), a loop, a continuation nothing leads to, or a link held until a story is
signed off and published (``held``: its continuation is published, on a paper that requires
sign-off; :func:`~articles.continuations.merging.jump_hold`), published again (withdrawn), or
published at its scheduled time (``articles.continuations.schedules``).

:func:`~articles.continuations.crosscopies.cross_page_copies` lists what is not a problem but an
editor should know: a story the e-paper served whole on two pages, kept as one story.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Prefetch

from articles.continuations.labelforms import gap_of, gap_problem, label_gaps
from articles.continuations.matching import page_find
from articles.continuations.merging import is_held
from articles.continuations.teasermarks import teaser_entries
from articles.continuations.unlinkedmarks import unlinked_said
from articles.continuations.weaklinks import taken_elsewhere
from articles.models import (
    HELD_LABELS,
    HELD_SCHEDULED,
    HELD_SIGNOFF,
    HELD_WITHDRAWN,
    OWN_PAGE_LABEL,
    ArticlePart,
    Jump,
    JumpDirection,
    JumpState,
    Page,
    held_links,
)
from articles.storynames import story_label


@dataclass(frozen=True)
class JumpProblem:
    issue: str
    page: str
    position: int
    title: str
    marker: str
    # missing-page | unmatched | ambiguous | loop | orphan | own-page | held | label-form (the
    # page it names is in the issue only without letters: continuations.labelforms)
    kind: str
    message: str
    jump_id: int
    candidates: tuple[str, ...] = ()
    number: int = 0  # the story's number among the page's stories (position counts photos too)
    # ``held``: the story whose publication makes the link (the jumping story), else None.
    waits_for: int | None = None
    # The story as editors read it (``Article.name_for_editors``: untitled, its opening words).
    name: str = ""
    # The page a 下转 names (``A9``, as printed) when it is not imported yet (missing-page;
    # what ``articles.importing.onway`` looks for among the pages a run still imports).
    target: str = ""
    # Which half of the jump: ``forward`` (下转) or ``backward`` (上接).
    direction: str = ""
    # The page the jump's marker names, as printed, whatever the problem and half (the page a
    # 下转 goes on to, the page a 上接 came from), as the line's message names it: the
    # ``target`` of ``check_jumps --json``.
    marker_page: str = ""

    @property
    def text(self) -> str:
        """The problem in Chinese as editors count stories: ``A1版 第2篇“标题”（下转A2版）：…``,
        with the candidates of an ambiguous match."""
        text = f"{self.page}版 第{self.number or self.position}篇“{self.name or story_label(self.title)}”{self.marker}：{self.message}"
        if self.candidates:
            text += "（候选：" + "；".join(self.candidates) + "）"
        return text

    @property
    def line(self) -> str:
        """:attr:`text` after the paper and date (``check_jumps``'s line)."""
        return f"{self.issue} {self.text}"


# How an ambiguous 下转 is fixed, after what makes it ambiguous ({target}: the page it names).
_AMBIGUOUS_FIX = (
    "重复的标题、共有的人名地名、句子的接缝和版面上的先后都定不下它接哪一段："
    "请在后台点它的“处理此转版”，选定它接续的那一段；"
    "{target}版上没有它的下文，就点“断开：这里没有接续”"
)


# What editors read of an unmatched 下转 that closes an entry of a 导读 box (teasermarks).
_TEASER_MARK = (
    "导读里的转版标记：它指向{target}版的稿件，不是续文（{target}版上没有接它的“上接{page}版”）；"
    "核对无误，就在后台点它的“处理此转版”，再点“断开：这里没有接续”"
)


def _part_ref(part: ArticlePart, numbers: dict[int, int]) -> str:
    """A candidate part as editors count it (``A2版 第3篇“标题”``: photos take no number)."""
    number = numbers.get(part.pk, part.position)
    return f"{part.page.label}版 第{number}篇“{part.article.name_for_editors(part)}”"


def held_forward_message(target: str, *, withdrawn: bool = False, scheduled: bool = False) -> str:
    """What editors read of a 下转 held (:func:`~articles.continuations.merging.jump_hold`)
    whose continuation is on page ``target``: why (the paper requires sign-off, ``withdrawn``:
    the story was published and withdrawn, ``scheduled``: one of the two is published and the
    other scheduled for later), and what makes the link."""
    if scheduled:
        return (
            f"这篇稿件和{target}版的续文一篇已发布、一篇定时发布：先不接上（定时的文字不提前上线，"
            "已发布的仍能读到）；到时发布后自动接上，要现在接上，请先发布定时的那篇或取消它的定时发布"
        )
    if withdrawn:
        return (
            f"{target}版的续文已经发布，这篇稿件发布后已撤回：先不接上（读者仍能读到已发布的"
            "续文）；要接上，请重新发布这篇稿件，发布后自动接上"
        )
    return (
        f"{target}版的续文已经发布，这篇稿件还没有：本报须经签发，先不接上"
        "（读者仍能读到已发布的续文）；请总编辑签发并发布这篇稿件，发布后自动接上"
    )


def held_backward_message(target: str, *, withdrawn: bool = False, scheduled: bool = False) -> str:
    """What editors read of a continuation's 上接 that a held 下转 on page ``target`` waits to
    join (``withdrawn``: held because that story was withdrawn; ``scheduled``: because one of
    the two is published and the other scheduled for later)."""
    if scheduled:
        return (
            f"{target}版转到这里的稿件和这段续文一篇已发布、一篇定时发布：先不接上（定时的文字不提前"
            "上线，已发布的仍能读到）；到时发布后自动接上"
        )
    if withdrawn:
        return (
            f"已发布，{target}版转到这里的稿件发布后已撤回：先不接上（读者仍能读到这段续文）；"
            f"要接上，请重新发布{target}版那篇，发布后自动接上"
        )
    return (
        f"已发布，{target}版转到这里的稿件还没有发布：本报须经签发，先不接上"
        f"（读者仍能读到这段续文）；{target}版那篇签发并发布后自动接上"
    )


def held_message(jump: Jump, kind: str) -> str:
    """What editors read of ``jump`` in a link held for ``kind`` (``held_links``' values)."""
    said = (
        held_forward_message if jump.direction == JumpDirection.FORWARD else held_backward_message
    )
    return said(
        jump.target_label, withdrawn=kind == HELD_WITHDRAWN, scheduled=kind == HELD_SCHEDULED
    )


def _held_text(jump: Jump, kinds: dict[int, str], issue) -> str:
    """:func:`held_message` of ``jump`` of ``issue``, held for ``kinds[jump.pk]`` (``held_links``)
    or, when that does not say, for its paper's sign-off, else because the story was withdrawn."""
    by_paper = HELD_SIGNOFF if issue.publication.review_required else HELD_WITHDRAWN
    return held_message(jump, kinds.get(jump.pk) or by_paper)


def held_notes(jumps) -> dict[int, tuple[str, str]]:
    """{jump id: (its state as the desk says it, what editors read of it)} for those of
    ``jumps`` in a held link (:func:`~articles.models.jumps.held_links`: a held 下转 and the 上接
    of the continuation it waits to join), as ``check_jumps`` says them (held because a story
    is scheduled for later; else for sign-off where the paper requires it, else because the
    story was withdrawn). At most two queries, none when no jump is held or open."""
    jumps = {j.pk: j for j in jumps}
    return {
        pk: (HELD_LABELS[kind], held_message(jumps[pk], kind))
        for pk, kind in held_links(jumps.values()).items()
    }


def jumps_mark_held(jumps) -> None:
    """Give each of ``jumps`` (Jump rows) ``held_note`` (:func:`held_notes`, ``""`` when it is
    not in a held link) and ``state_shown``, its state as the desk shows it (held, or the
    state's label)."""
    jumps = list(jumps)
    notes = held_notes(jumps)
    for jump in jumps:
        shown, jump.held_note = notes.get(jump.pk, ("", ""))
        jump.state_shown = shown or jump.plain_state_label()


def _own_page_text(target: str) -> str:
    """What editors read of a marker naming the page it is printed on (``（下转A1版）`` on A1):
    it can join nothing, and which page was meant is for the printed page to tell."""
    return (
        f"{OWN_PAGE_LABEL}（标记里的{target}版就是它所在的这一版，接不到任何稿件；多半是版次"
        "印错或读错了：请对照原版，在后台为它选定接续，或断开它）"
    )


def _weighed(jumps: list[Jump]) -> dict[int, list[str]]:
    """{continuation part id: the titles of the stories whose ambiguous 下转 may take it,
    quoted, each once} over ``jumps`` (their candidates prefetched)."""
    titles: dict[int, list[str]] = {}
    for jump in jumps:
        if jump.direction == JumpDirection.FORWARD and jump.state == JumpState.AMBIGUOUS:
            for candidate in jump.candidates.all():
                said = titles.setdefault(candidate.pk, [])
                title = f"“{jump.part.article.title or jump.marker}”"
                if title not in said:
                    said.append(title)
    return titles


def weighed_parts(part_ids: Iterable[int]) -> set[int]:
    """Those of the parts ``part_ids`` (continuations, under their 上接) that an ambiguous 下转
    may take (one of its candidates): one statement. Such a 上接 is 有歧义 where it is said (the
    import report's page line, the desk's preview), never that no 下转 leads to it; ``check_jumps``
    names the stories (:func:`_weighed`)."""
    ids = list(part_ids)
    if not ids:
        return set()
    return set(
        Jump.candidates.through.objects.filter(
            articlepart_id__in=ids,
            jump__state=JumpState.AMBIGUOUS,
            jump__direction=JumpDirection.FORWARD,
        ).values_list("articlepart_id", flat=True)
    )


def _backward_problem(
    jump: Jump,
    target_missing: bool,
    awaited: dict[int, int],
    kinds: dict[int, str],
    weighed: dict[int, list[str]] | None = None,
    taken: dict[int, str] | None = None,
) -> tuple[str, str, int | None]:
    """What is wrong with an open 上接 ``jump`` (:func:`jump_problems`): its kind, message and
    the jumping story it waits for (a held link's, else None). ``awaited``: the continuations a
    held link waits to join; ``kinds``: why each held link is held; ``weighed``: the
    continuations an ambiguous 下转 may take, with the titles of the stories that may take them
    (``“甲”、“乙”``); ``taken``: the continuations whose 下转 an editor linked elsewhere or
    unlinked, with what to say (:func:`~articles.continuations.weaklinks.taken_elsewhere`,
    :func:`~articles.continuations.unlinkedmarks.unlinked_said`)."""
    weighed, taken = weighed or {}, taken or {}
    target, part = jump.target_label, jump.part
    if target_missing:
        return "missing-page", f"目标版面尚未导入（它接自{target}版，{target}版还没有导入）", None
    if part.pk in awaited:
        return "held", _held_text(jump, kinds, part.page.issue), awaited[part.pk]
    if jump.points_to_own_page:
        return "own-page", _own_page_text(target), None
    if part.pk in weighed:
        titles = weighed[part.pk]
        who = (
            f"{target}版{titles[0]}的“下转”可能接到这里，也可能接到别的“上接”"
            if len(titles) == 1  # (one 下转, several 上接 it may take)
            else f"{target}版有几处“下转”都可能接到这里（{'、'.join(titles)}）"
        )
        return (
            "ambiguous",
            f"有歧义：{who}，文字不足以自动判断，需要编辑在后台为那边的“下转”选定接续（在{target}版"
            f"{'这篇' if len(titles) == 1 else '那几篇'}稿件的转版上点“处理此转版”，选中这一段）",
            None,
        )
    if jump.pk in taken:
        return "orphan", taken[jump.pk], None
    return (
        "orphan",
        f"有“上接”却找不到对应的“下转”（{target}版上没有转到这里的稿件）",
        None,
    )


def _forward_problem(
    jump: Jump,
    target_missing: bool,
    kinds: dict[int, str],
    numbers: dict[int, int],
    teasers: set[int] = frozenset(),
) -> tuple[str, str, tuple[str, ...], int | None]:
    """What is wrong with an open 下转 ``jump`` (:func:`jump_problems`): its kind, message,
    candidates (an ambiguous or held match's, as editors count them: ``numbers``) and the
    jumping story a held link waits for (``kinds``: why each held link is held; ``teasers``:
    the 下转 closing a 导读 box's entry, :func:`~articles.continuations.teasermarks.
    teaser_entries`)."""
    target, part = jump.target_label, jump.part
    if target_missing:
        return (
            "missing-page",
            f"目标版面尚未导入（{target}版还没有导入；导入后会自动接上）",
            (),
            None,
        )
    if jump.state == JumpState.AMBIGUOUS:
        candidates = tuple(_part_ref(c, numbers) for c in jump.candidates.all())
        message = "有歧义：有几段接续都可能是它的下文，" + _AMBIGUOUS_FIX.format(target=target)
        if len(candidates) == 1:  # one continuation, which another 下转 may take as well
            message = "有歧义：这段接续也可能是别的“下转”的下文，" + _AMBIGUOUS_FIX.format(
                target=target
            )
        return "ambiguous", message, candidates, None
    if is_held(jump):
        candidates = tuple(_part_ref(c, numbers) for c in jump.candidates.all())
        message = _held_text(jump, kinds, part.page.issue)
        return "held", message, candidates, part.article_id
    if jump.state == JumpState.LOOP:
        return "loop", "接续形成循环（对上的接续属于这篇稿件自己）", (), None
    if jump.points_to_own_page:
        return "own-page", _own_page_text(target), (), None
    if jump.pk in teasers:
        return "unmatched", _TEASER_MARK.format(target=target, page=part.page.label), (), None
    message = (
        f"目标版面上没有与之对应的接续（{target}版上没有以“上接{part.page.label}版”"
        "开头并对得上的稿件）"
    )
    return "unmatched", message, (), None


def jump_problems(issues) -> list[JumpProblem]:
    """Every broken chain in ``issues``, in print order. Empty means every jump is whole."""
    problems: list[JumpProblem] = []
    issues = list(issues)
    pages_by_issue: dict[int, dict[str, Page]] = {}
    for page in Page.objects.filter(issue__in=issues).defer("raw_text", "parser_flags"):
        pages_by_issue.setdefault(page.issue_id, {})[page.label] = page
    jumps = (
        Jump.objects.filter(part__page__issue__in=issues)
        .exclude(state__in=[JumpState.LINKED, JumpState.MANUAL, JumpState.UNLINKED])
        .select_related("part__page__issue__publication", "part__article")
        .defer("part__page__raw_text", "part__page__parser_flags")
        .prefetch_related(
            Prefetch(
                "candidates",
                queryset=ArticlePart.objects.select_related("page", "article")
                .defer("page__raw_text", "page__parser_flags")
                .order_by("page__sequence", "position"),
            )
        )
        .order_by("part__page__issue__date", "part__page__sequence", "part__position", "direction")
    )
    jumps = list(jumps)
    numbers = ArticlePart.objects.story_numbers(
        {jump.part.page_id for jump in jumps}
        | {c.page_id for jump in jumps for c in jump.candidates.all()}
    )
    # Continuations a held link waits to join (their 上接 is answered, not yet linked).
    # {continuation part id: the jumping story it waits for}.
    awaited = {
        c.pk: jump.part.article_id for jump in jumps if is_held(jump) for c in jump.candidates.all()
    }
    kinds = held_links(jumps) if awaited else {}  # why each is held
    weighed = _weighed(jumps)
    taken = {**unlinked_said(jumps), **taken_elsewhere(jumps)}  # (the desk's decisions)
    gaps = label_gaps({jump.part.page.issue_id for jump in jumps}) if jumps else {}
    teasers = teaser_entries(
        [
            j
            for j in jumps
            if j.direction == JumpDirection.FORWARD and j.state == JumpState.UNMATCHED
        ]
    )
    for jump in jumps:
        part = jump.part
        issue = part.page.issue
        pages = pages_by_issue.get(issue.pk, {})
        target_missing = page_find(pages, jump.target_label) is None
        candidates: tuple[str, ...] = ()
        waits_for = None
        target = jump.target_label
        if jump.direction == JumpDirection.FORWARD:
            kind, message, candidates, waits_for = _forward_problem(
                jump, target_missing, kinds, numbers, teasers
            )
        else:
            kind, message, waits_for = _backward_problem(
                jump, target_missing, awaited, kinds, weighed, taken
            )
        gap = gap_of(part.page.label, jump.direction, target, gaps.get(issue.pk, []))
        if gap and kind in ("missing-page", "orphan"):  # labels written two ways: say so
            kind, message = "label-form", gap_problem(part.page.label, gap)
        problems.append(
            JumpProblem(
                issue=f"{issue.publication.name} {issue.date.isoformat()}",
                page=part.page.label,
                position=part.position,
                number=numbers.get(part.pk, part.position),
                title=part.article.title,
                name=part.article.name_for_editors(part),
                marker=jump.marker,
                kind=kind,
                message=message,
                jump_id=jump.pk,
                candidates=candidates,
                waits_for=waits_for,
                target=target
                if (kind, jump.direction) == ("missing-page", JumpDirection.FORWARD)
                else "",
                direction=jump.direction,
                marker_page=target,
            )
        )
    return problems
