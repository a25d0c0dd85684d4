"""Small HTML pieces the desks share: broken chains with fix links, jump panels, thumbnails."""

from __future__ import annotations

from django.contrib import admin
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from articles.admin.base import admin_url
from articles.continuations import JumpProblem, jumps_mark_held
from articles.labels import LabelError, label_parts
from articles.models import ArticlePart, Jump, JumpDirection, JumpState, Page, Photo, RenditionState


def problem_items(problems: list[JumpProblem]) -> list[dict]:
    """Each broken chain as text plus links to fix the marker and to open the story."""
    jumps = {
        j.pk: j
        for j in Jump.objects.filter(pk__in=[p.jump_id for p in problems]).select_related("part")
    }
    items = []
    for problem in problems:
        jump = jumps.get(problem.jump_id)
        items.append(
            {
                "text": problem.text,
                "kind": problem.kind,
                "fix_url": admin_url("jump_fix", problem.jump_id),
                "article_url": admin_url("article_change", jump.part.article_id) if jump else "",
            }
        )
    return items


def marker_example(problems: list[JumpProblem], issues=()) -> str:
    """A continuation marker as readers of these issues would meet one, for 发布本期's 已知悉
    tick (``IssuePublishForm``'s ``marker``): the first broken chain's marker as printed
    (``（下转第二版）`` on a paper that prints so); else one written in the form of the first
    page label of ``issues`` (``A1`` → ``（下转A2版）``, ``1`` → ``（下转2版）``). At most one
    query (the labels, when no problem has a marker)."""
    for problem in problems:
        if problem.marker.strip():
            return problem.marker.strip()
    pages = Page.objects.filter(issue__in=issues).order_by("issue", "sequence")
    label = pages.values_list("label", flat=True).first() if issues else None
    try:
        letters, number = label_parts(label or "A1")
    except LabelError:
        letters, number = "A", 1
    return f"（下转{letters}{number + 1}版）"


def problems_html(problems: list[JumpProblem]) -> SafeString:
    if not problems:
        return format_html('<span class="jump-ok">{}</span>', "所有转版均已接好")
    rows = format_html_join(
        "",
        '<li class="jump-problem jump-{}">{} <a href="{}">处理</a> · <a href="{}">打开稿件</a></li>',
        (
            (item["kind"], item["text"], item["fix_url"], item["article_url"])
            for item in problem_items(problems)
        ),
    )
    return format_html('<ul class="jump-problems">{}</ul>', rows)


def jump_line(jump: Jump, numbers: dict[int, int] | None = None) -> SafeString:
    """One marker: where it is, what it says, its state, what it links to, and a fix link.
    ``numbers``: story numbers by part id (:meth:`~articles.querysets.ArticlePartQuerySet.
    story_numbers`; photos take no number), the part's position where a part is not in it."""
    numbers = numbers or {}

    def number(part) -> int:
        return numbers.get(part.pk, part.position)

    target = ""
    if jump.to_part_id and jump.direction == JumpDirection.FORWARD:
        target = f"→ {jump.to_part.page.label}版 第{number(jump.to_part)}篇"
    elif jump.to_part_id:
        target = f"← 接自 {jump.to_part.page.label}版 第{number(jump.to_part)}篇"
    candidates = ""
    if jump.state == JumpState.AMBIGUOUS:
        candidates = "候选：" + "；".join(
            f"{c.page.label}版 第{number(c)}篇“{' '.join(c.title_lines) or c.article.title}”"
            for c in jump.candidates.all()
        )
    return format_html(
        '<li class="jump jump-{}">{}版 第{}篇 {} <strong>{}</strong> {} {} '
        '<a class="jump-fix" href="{}">{}</a></li>',
        jump.state,
        jump.part.page.label,
        number(jump.part),
        jump.marker,
        getattr(jump, "state_shown", None) or jump.plain_state_label(),
        target or getattr(jump, "held_note", ""),
        candidates,
        admin_url("jump_fix", jump.pk),
        "选定接续或断开" if jump.state == JumpState.AMBIGUOUS else "处理",
    )


def jumps_html(jumps) -> SafeString:
    jumps = list(jumps)
    if not jumps:
        return format_html("{}", "没有转版")
    pages = {j.part.page_id for j in jumps} | {j.to_part.page_id for j in jumps if j.to_part_id}
    pages |= {
        c.page_id for j in jumps if j.state == JumpState.AMBIGUOUS for c in j.candidates.all()
    }
    numbers = ArticlePart.objects.story_numbers(pages)
    jumps_mark_held(jumps)  # a link held for sign-off reads as held, not 待目标版面
    return format_html(
        '<ul class="jumps">{}</ul>',
        format_html_join("", "{}", ((jump_line(j, numbers),) for j in jumps)),
    )


class StoryJumpsColumn:
    """The story list's 转版 column (``jump_state`` in ``list_display``): each marker of the
    story's parts with its state as the desk says it (:func:`jumps_mark_held`: a link held for
    sign-off is not 待目标版面). Needs the parts and their jumps prefetched."""

    def get_changelist_instance(self, request):
        """The list, its shown stories' jumps marked (at most two queries for the page)."""
        changelist = super().get_changelist_instance(request)
        jumps_mark_held(
            j
            for article in changelist.result_list
            for part in article.parts.all()
            for j in part.jumps.all()
        )
        return changelist

    @admin.display(description="转版")
    def jump_state(self, article):
        states = [
            (j.get_direction_display(), j.target_label, j.state_label(), j.state)
            for part in article.parts.all()
            for j in part.jumps.all()
        ]
        if not states:
            return "—"
        return format_html_join(
            mark_safe("<br>"),
            '<span class="jump-state jump-{3}">{0}{1} {2}</span>',
            states,
        )


def thumbnail(photo: Photo | None, size: int = 80) -> SafeString:
    """A photo's thumbnail for the desk's lists and forms (``size``: its height in pixels, 60, 80
    or 240: the sizes articles/static/articles/desk.css has a rule for, no style attribute):
    the 400-pixel copy of an upload, never the original (a camera's file may be 100 million
    pixels); while the task worker makes the copies, 缩略图生成中, and when it failed, why
    (:class:`~articles.models.RenditionState`, :mod:`articles.photouploads`)."""
    if photo is None or not photo.image:
        return format_html('<span class="no-image">{}</span>', "（无图）")
    if photo.rendition_state == RenditionState.QUEUED:
        return format_html(
            '<span class="rendition-queued">{}</span><div class="help">{}</div>',
            "缩略图生成中",
            "后台任务正在生成阅读用图和缩略图，读者暂时看到的是原图；几分钟后仍未完成，"
            "请管理员确认后台任务（db_worker）在运行，或运行 manage.py photo_renditions",
        )
    if photo.rendition_state == RenditionState.FAILED:
        return format_html(
            '<strong class="rendition-failed">{}</strong><div class="help">{}</div>',
            "缩略图生成失败",
            photo.rendition_problem,
        )
    shown = photo.thumbnail or photo.image  # the 400-pixel copy of an upload, not the original
    return format_html(
        '<img class="thumbnail thumbnail-{}" src="{}" alt="{}">',  # sizes: desk.css
        size,
        shown.url,
        photo.caption[:40],
    )


def edited_mark(edited: bool) -> str:
    """The 人工修改 column: “已修改” for a row an editor changed, a dash otherwise (a red cross
    would read as an error, and not being edited is the normal state)."""
    return "已修改" if edited else "—"
