"""The links ``check_jumps`` lists for an editor to check: made by the resolver, whole (so neither
broken nor changing the exit status), but the weaker kinds the desk marks 请核对.

* :func:`misprint_links` — a 下转 linked to a continuation on another page than it prints
  (``Jump.page_misprinted``: the rule is :mod:`~articles.continuations.misprints`; the desk's
  ``?broken=misprint``);
* :func:`print_order_links` — a 下转 linked by the order of print alone, the k-th 下转 of a page to
  the k-th 上接 of the page it names, nothing printed to tell the pairs apart
  (``Jump.by_print_order``: :mod:`~articles.continuations.assigning`; the desk's
  ``?broken=order``).

Each is listed in print order with where it is printed, the continuation it was linked to and
its jump's id (the fix page, 处理此转版, confirms it: 核对无误). An editor's link is neither.
"""

from __future__ import annotations

from dataclasses import dataclass

from articles.continuations.matching import backward_matches
from articles.models import MISPRINTED_PAGE_NOTE, ArticlePart, Jump, JumpDirection, JumpState
from articles.storynames import quoted

#: What an editor does about a weak link.
MISPRINT_FIX = "接错了在后台“转版标记”中点它的“处理此转版”，改选或断开"
#: Why a link made by the order of print alone is to be checked (as the import report says it:
#: ``articles.importing.reportlines``).
PRINT_ORDER_NOTE = "按版面顺序接上：没有重复的标题或相同的词语可据"


@dataclass(frozen=True)
class WeakLink:
    """A 下转 the resolver linked, as ``check_jumps`` lists it: ``page``/``number`` where the
    下转 is printed (stories counted as editors count them), ``linked_page``/``linked_number``
    the continuation it was linked to, ``jump_id`` its fix page's (处理此转版)."""

    issue: str
    page: str
    number: int
    title: str
    name: str
    marker: str
    linked_page: str
    linked_number: int
    jump_id: int

    def note(self) -> str:
        """Why it is to be checked (each kind's)."""
        raise NotImplementedError

    @property
    def message(self) -> str:
        """``已接 A2版 第1篇（<note>，请核对；接错了在后台…改选或断开）``."""
        where = f"{self.linked_page}版 第{self.linked_number}篇"
        return f"已接 {where}（{self.note()}，请核对；{MISPRINT_FIX}）"

    @property
    def line(self) -> str:
        """``南通日报 2020-07-09 A1版 第1篇“…”（下转A3版）已接 A2版 第1篇（…）``."""
        story = f"{self.page}版 第{self.number}篇{quoted(self.name)}{self.marker}"
        return f"{self.issue} {story}{self.message}"


@dataclass(frozen=True)
class MisprintLink(WeakLink):
    """Linked to a continuation on another page than it prints
    (:attr:`Jump.linked_to_other_page`); ``printed`` the page its marker names (``A3``)."""

    printed: str

    def note(self) -> str:
        """``印的是A3版，接续在A2版：转版版次可能印错``."""
        return MISPRINTED_PAGE_NOTE.format(printed=self.printed, found=self.linked_page)


@dataclass(frozen=True)
class PrintOrderLink(WeakLink):
    """Linked by the order of print alone (:attr:`Jump.linked_by_print_order`)."""

    def note(self) -> str:
        """:data:`PRINT_ORDER_NOTE`."""
        return PRINT_ORDER_NOTE


def _linked(issues, **mark) -> tuple[list[Jump], dict[int, int]]:
    """The 下转 of ``issues`` the resolver linked with ``mark`` (``page_misprinted=True``,
    ``by_print_order=True``), in print order, their parts, stories and continuations' pages
    read, and the story numbers of their pages (:meth:`ArticlePart.objects.story_numbers`).
    Two queries (one when there are none)."""
    jumps = list(
        Jump.objects.filter(
            part__page__issue__in=list(issues),
            direction=JumpDirection.FORWARD,
            state=JumpState.LINKED,
            **mark,
        )
        .select_related("part__page__issue__publication", "part__article", "to_part__page")
        .defer("part__page__raw_text", "part__page__parser_flags")
        .defer("to_part__page__raw_text", "to_part__page__parser_flags")
        .order_by("part__page__issue__date", "part__page__sequence", "part__position")
    )
    if not jumps:
        return [], {}
    numbers = ArticlePart.objects.story_numbers(
        {j.part.page_id for j in jumps} | {j.to_part.page_id for j in jumps}
    )
    return jumps, numbers


def _fields(jump: Jump, numbers: dict[int, int]) -> dict:
    part, issue = jump.part, jump.part.page.issue
    return {
        "issue": f"{issue.publication.name} {issue.date.isoformat()}",
        "page": part.page.label,
        "number": numbers.get(part.pk, part.position),
        "title": part.article.title,
        "name": part.article.name_for_editors(part),
        "marker": jump.marker,
        "linked_page": jump.to_part.page.label,
        "linked_number": numbers.get(jump.to_part_id, jump.to_part.position),
        "jump_id": jump.pk,
    }


def misprint_links(issues) -> list[MisprintLink]:
    """The links of ``issues`` to another page's continuation (``Jump.page_misprinted``: the
    desk's ``?broken=misprint``), in print order. Two queries (one when there are none)."""
    jumps, numbers = _linked(issues, page_misprinted=True)
    return [MisprintLink(**_fields(j, numbers), printed=j.target_label) for j in jumps]


def print_order_links(issues) -> list[PrintOrderLink]:
    """The links of ``issues`` made by the order of print alone (``Jump.by_print_order``: the
    desk's ``?broken=order``), in print order. Two queries (one when there are none)."""
    jumps, numbers = _linked(issues, by_print_order=True)
    return [PrintOrderLink(**_fields(j, numbers)) for j in jumps]


def confirmed_elsewhere(jumps: list[Jump]) -> dict[int, Jump]:
    """For the open 上接 among ``jumps`` that no 下转 leads to: those whose page's 下转 to this
    page an editor linked to a continuation on another page (核对无误, or picked by hand:
    ``manual``), each with that 下转 (its part, story and linked part's page at hand). One
    query, none when no 上接 is open."""
    backward = [j for j in jumps if j.direction == JumpDirection.BACKWARD]
    if not backward:
        return {}
    issues = {j.part.page.issue_id for j in backward}
    forward = list(
        Jump.objects.filter(
            part__page__issue_id__in=issues,
            direction=JumpDirection.FORWARD,
            state=JumpState.MANUAL,
            to_part__isnull=False,
        )
        .select_related("part__page", "part__article", "to_part__page")
        .defer("part__page__raw_text", "part__page__parser_flags")
        .defer("to_part__page__raw_text", "to_part__page__parser_flags")
    )
    found: dict[int, Jump] = {}
    for jump in backward:
        page = jump.part.page
        for link in forward:
            if (
                link.part.page.issue_id != page.issue_id
                or link.to_part.page_id == page.pk
                or not backward_matches(jump.target_label, link.part.page.label)
                or not backward_matches(link.target_label, page.label)
            ):
                continue
            found[jump.pk] = link
            break
    return found


def taken_elsewhere(jumps: list[Jump]) -> dict[int, str]:
    """For the open 上接 among ``jumps`` that no 下转 leads to: those whose page's 下转 to this
    page an editor linked to a continuation on another page (:func:`confirmed_elsewhere`), each
    with what to say (``A1版“夏粮收购”（下转A3版）已由编辑确认接在A2版…``) in place of "no 下转
    leads here", with its fix page's address (改选 or 交还自动匹配)."""
    from django.urls import reverse

    said: dict[int, str] = {}
    for pk, link in confirmed_elsewhere(jumps).items():
        name = quoted(link.part.article.name_for_editors(link.part))
        said[pk] = (
            f"{link.part.page.label}版{name}{link.marker}已由编辑确认接在"
            f"{link.to_part.page.label}版，所以没有“下转”接到这里；如果这一段才是它的下文，"
            f"请打开那处转版（处理此转版：{reverse('admin:articles_jump_fix', args=[link.pk])}）"
            "改选这一段，或点“交还自动匹配”"
        )
    return said
