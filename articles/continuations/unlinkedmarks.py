"""Continuations, a 下转 the desk unlinked (断开: ``unlinked``) as the 上接 it pointed at says it.

An editor's unlink says the 下转 has no continuation here (:func:`~articles.continuations.
editing.jump_unlink`); the 上接 it left open on the page it names was said to be one "no 下转
leads to" (``A1版没有转到本版的“下转”``, ``A1版上没有转到这里的稿件``), which was false: A1 prints
``（下转A2版）`` and an editor unlinked it. Such a 上接 says so instead, with who unlinked it (the
desk's log of the marker: :data:`UNLINK_LOGGED`, written by the fix page), when (the marker's
``resolved_at``) and how to link it again (its fix page), wherever it is said: ``check_jumps``
and the desk (:func:`unlinked_said`, :mod:`~articles.continuations.problems`), and an import's
page line (:func:`unlinked_labels`, ``articles.importing.settling``).
"""

from __future__ import annotations

from django.utils import timezone

from articles.continuations.matching import backward_matches
from articles.continuations.weaklinks import confirmed_elsewhere
from articles.models import Jump, JumpDirection, JumpState
from articles.storynames import quoted

#: How the desk's log (Django's admin log, on the marker) says an unlink: the fix page writes
#: it, :func:`unlinked_by` reads who did it by it.
UNLINK_LOGGED = "断开：这里没有接续"


def unlinked_pointing(jumps: list[Jump]) -> dict[int, list[Jump]]:
    """For the 上接 among ``jumps`` (with their parts and pages): the 下转 of their issue that
    the desk unlinked and that point at their page from the page they name (``（下转A2版）`` on
    A1 for a ``（上接A1版）`` on A2), each with its part, page and story; a 上接 with none is not
    listed. The caller says which 上接 are open. One query, none without a 上接."""
    backward = [j for j in jumps if j.direction == JumpDirection.BACKWARD]
    if not backward:
        return {}
    unlinked = list(
        Jump.objects.filter(
            part__page__issue_id__in={j.part.page.issue_id for j in backward},
            direction=JumpDirection.FORWARD,
            state=JumpState.UNLINKED,
        )
        .select_related("part__page", "part__article")
        .defer("part__page__raw_text", "part__page__parser_flags")
        .order_by("part__page__sequence", "part__position")
    )
    found: dict[int, list[Jump]] = {}
    for jump in backward:
        page = jump.part.page
        for link in unlinked:
            if (
                link.part.page.issue_id == page.issue_id
                and backward_matches(jump.target_label, link.part.page.label)
                and backward_matches(link.target_label, page.label)
            ):
                found.setdefault(jump.pk, []).append(link)
    return found


def unlinked_by(links: list[Jump]) -> dict[int, str]:
    """{下转 id: the desk's name of the editor who unlinked it last} for those of ``links`` the
    desk's log says were unlinked (:data:`UNLINK_LOGGED`); one unlinked otherwise (by a script)
    is not listed. One query, none without ``links``."""
    from django.contrib.admin.models import LogEntry
    from django.contrib.contenttypes.models import ContentType

    from articles.editlocks import person_name

    if not links:
        return {}
    entries = (
        LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Jump),
            object_id__in=[str(link.pk) for link in links],
            change_message__startswith=UNLINK_LOGGED,
        )
        .select_related("user")
        .order_by("action_time", "pk")
    )
    return {int(entry.object_id): person_name(entry.user) for entry in entries}


def _when(link: Jump) -> str:
    return f"{timezone.localtime(link.resolved_at):%Y-%m-%d %H:%M}" if link.resolved_at else ""


def _by(link: Jump, who: dict[int, str]) -> str:
    """``编辑 张三 于 2026-11-21 22:05``: who unlinked ``link`` and when, as far as is known."""
    said = "编辑" + (f" {who[link.pk]} " if link.pk in who else "")
    return said + (f"于 {_when(link)} " if link.resolved_at else "")


def unlinked_said(jumps: list[Jump]) -> dict[int, str]:
    """{上接 id: what ``check_jumps`` and the desk say of it} for the 上接 among ``jumps``
    that a 下转 the desk unlinked points at (:func:`unlinked_pointing`): that 下转, who unlinked
    it and when, and how to link it again (``A1版“供暖管网改造完工”（下转A2版）已由编辑 张三 于
    2026-11-21 22:05 断开…请打开那处转版（处理此转版：/admin/…/fix/）…``), in place of "no 下转
    leads here". Two queries, none without such a 上接."""
    from django.urls import reverse

    pointing = unlinked_pointing(jumps)
    who = unlinked_by([link for links in pointing.values() for link in links])
    said: dict[int, str] = {}
    for pk, links in pointing.items():
        named = "、".join(
            f"{link.part.page.label}版{quoted(link.part.article.name_for_editors(link.part))}"
            f"{link.marker}已由{_by(link, who)}断开（编辑判断那里没有接续）"
            for link in links
        )
        fixes = "、".join(reverse("admin:articles_jump_fix", args=[link.pk]) for link in links)
        said[pk] = (
            f"{named}，所以没有“下转”接到这里；如果这一段就是它的下文，请打开那处转版"
            f"（处理此转版：{fixes}），选中这一段后点“接续到所选分段”，或点“交还自动匹配”"
        )
    return said


def desk_decided_labels(jumps: list[Jump]) -> dict[int, str]:
    """{上接 id: its state as an import's page line says it} for the 上接 among ``jumps`` whose
    page's 下转 to this page an editor linked to a continuation elsewhere
    (:func:`~articles.continuations.weaklinks.confirmed_elsewhere`: ``A1版的“下转”已由编辑确认
    接在A3版``) or unlinked (:func:`unlinked_labels`), not ``A1版没有转到本版的“下转”``. The
    caller leaves out those an ambiguous 下转 may take. At most three queries."""
    printed = {j.pk: j.target_label for j in jumps}  # (the page as the 上接 prints it)
    said = {
        pk: f"{printed[pk]}版的“下转”已由编辑确认接在{link.to_part.page.label}版"
        for pk, link in confirmed_elsewhere(jumps).items()
    }
    return {**unlinked_labels([j for j in jumps if j.pk not in said]), **said}


def unlinked_labels(jumps: list[Jump]) -> dict[int, str]:
    """{上接 id: its state as an import's page line says it} for the 上接 among ``jumps`` that
    a 下转 the desk unlinked points at (:func:`unlinked_pointing`): ``A1版的“下转”已由编辑 张三
    断开（2026-11-21 22:05），要接上请在那处转版上重新选定``, not ``A1版没有转到本版的“下转”``.
    Two queries, none without such a 上接."""
    pointing = unlinked_pointing(jumps)
    who = unlinked_by([link for links in pointing.values() for link in links])
    said: dict[int, str] = {}
    for pk, links in pointing.items():
        link = links[0]
        by = f"编辑 {who[link.pk]} " if link.pk in who else "编辑"
        when = f"（{_when(link)}）" if link.resolved_at else ""
        said[pk] = (
            f"{link.part.page.label}版的“下转”已由{by}断开{when}，要接上请在那处转版上重新选定"
        )
    return said
