"""Continuations, a 下转 printed in a front page's 导读 box: it leads to a story, not to a
continuation.

A teaser box on A1 may close an entry with the page it points to as a jump marker
(``城东大桥主桥今天合龙`` / ``经过两年多施工，…顺利合龙。（下转A3版）``, or a row
``老城区菜价一周回落（下转A3版）``). The parser reads such an entry as a short story of its own
with a forward marker: a line ending in a marker is a story's text cut off, no teaser. On A3 the
story it announces starts with its headline; no ``（上接A1版）`` answers it. When a story of A1
jumps to A3 too, its marker and the teaser's compete for A3's one continuation (two 下转, one
上接), and neither linked (有歧义).

:func:`teaser_marks` tells such markers from what the pages' rows already say, so the resolver
leaves them out of a contested group (:mod:`~articles.continuations.resolution`) and the real
pair links. A marker is a teaser's when its story is shaped as a teaser entry (one part on its
page, no dateline, no byline, at most :data:`TEASER_TEXT_MAX` characters of text in at most two
paragraphs) and

* it stands in the page's teaser box: printed right before or after a teaser of that page
  (``Teaser.position``, the one sequence of the page's items), or as the first entry under the
  box's label (``今日导读``, ``本期导读``: :func:`articles.parsing.teasers.teaser_box_label`, read
  in the page's raw text, which the parser sets aside as furniture); or
* its words announce a story that starts on the page it names (a head with no 上接: the teaser
  rule of :func:`~articles.continuations.matching.teaser_target`, a clear best by headline).

Only where markers outnumber the continuations that may answer them (:func:`dropped`), and
never more of them than the surplus: an entry shaped so but answered on A3 (a front-page
summary its paper continues with ``（上接A1版）``) is linked as any story.
"""

from __future__ import annotations

from django.db.models import Prefetch

from articles.continuations.matching import backward_matches, teaser_target
from articles.models import Article, ArticlePart, Jump, JumpDirection, Page, Teaser
from articles.parsing.teasers import teaser_box_label

# characters: a teaser entry's summary is a sentence or two, never a story's text.
TEASER_TEXT_MAX = 160


def dropped(
    jumps: list[Jump],
    candidates: dict[int, ArticlePart],
    backward: dict[int, Jump],
    stories: dict[int, tuple[Article, list[ArticlePart]]],
) -> set[int]:
    """The ids of ``jumps`` (open markers pointing at one page) that leave their group: per page
    they are printed on, where they outnumber the continuations that may answer them
    (``candidates``: part id → part; ``backward``: part id → its 上接), the teasers' markers
    (:func:`teaser_marks`), when they are no more than the surplus. Empty, with no query, when
    no marker is contested or none is shaped as a teaser entry."""
    contested: list[Jump] = []
    by_page: dict[int, list[Jump]] = {}
    for jump in jumps:
        by_page.setdefault(jump.part.page_id, []).append(jump)
    surplus: dict[int, int] = {}
    for page_id, printed in by_page.items():
        label = printed[0].part.page.label
        answers = sum(1 for pk in candidates if backward_matches(backward[pk].target_label, label))
        if len(printed) > answers:
            surplus[page_id] = len(printed) - answers
            contested.extend(j for j in printed if _shaped(j, stories))
    if not contested:
        return set()
    marks = teaser_marks(contested, stories)
    out: set[int] = set()
    for page_id, extra in surplus.items():
        found = {j.pk for j in by_page[page_id] if j.pk in marks}
        if len(found) <= extra:
            out |= found
    return out


def teaser_entries(jumps: list[Jump]) -> set[int]:
    """The ids of ``jumps`` (open 下转 with their part, page and story) that close a 导读 box's
    entry (:func:`_shaped` and :func:`teaser_marks`), for what editors read of them
    (:mod:`~articles.continuations.problems`). No query when none has a story of one part
    without dateline or byline; else one for their stories and three for the marks."""
    maybe = [j for j in jumps if not j.part.article.dateline and not j.part.article.byline]
    if not maybe:
        return set()
    stories = {
        a.pk: (a, list(a.parts.all()))
        for a in Article.objects.filter(pk__in={j.part.article_id for j in maybe}).prefetch_related(
            Prefetch("parts", queryset=ArticlePart.objects.order_by("sequence"))
        )
    }
    shaped = [j for j in maybe if _shaped(j, stories)]
    return teaser_marks(shaped, stories) if shaped else set()


def _shaped(jump: Jump, stories: dict[int, tuple[Article, list[ArticlePart]]]) -> bool:
    """Whether ``jump``'s story is shaped as a teaser entry: its one part, no dateline or byline,
    a short text (:data:`TEASER_TEXT_MAX`) in at most two paragraphs."""
    article, parts = stories[jump.part.article_id]
    if len(parts) != 1 or parts[0].pk != jump.part_id or article.dateline or article.byline:
        return False
    blocks = [b.get("text", "") for b in parts[0].blocks or [] if b.get("text", "").strip()]
    return 0 < len(blocks) <= 2 and sum(len(b) for b in blocks) <= TEASER_TEXT_MAX


def teaser_marks(
    jumps: list[Jump], stories: dict[int, tuple[Article, list[ArticlePart]]]
) -> set[int]:
    """The ids of ``jumps`` (each shaped as a teaser entry, :func:`_shaped`) printed in their
    page's teaser box or announcing a story that starts on the page they name. Three queries:
    the pages' teasers and raw text, the target pages' heads."""
    page_ids = {j.part.page_id for j in jumps}
    teasers: dict[int, set[int]] = {}
    for page_id, position in Teaser.objects.filter(page_id__in=page_ids).values_list(
        "page_id", "position"
    ):
        teasers.setdefault(page_id, set()).add(position)
    openings = {
        pk: _box_openings(text)
        for pk, text in Page.objects.filter(pk__in=page_ids).values_list("pk", "raw_text")
    }
    heads = _heads(jumps)
    found = set()
    for jump in jumps:
        part = stories[jump.part.article_id][1][0]
        near = teasers.get(part.page_id, set()) & {part.position - 1, part.position + 1}
        words = list(part.title_lines) or [_first_text(part)]
        if (
            near
            or _opens(part, openings.get(part.page_id, ()))
            or teaser_target(words, heads.get((jump.part.page.issue_id, jump.target_label), []))
        ):
            found.add(jump.pk)
    return found


def _heads(jumps: list[Jump]) -> dict[tuple[int, str], list[ArticlePart]]:
    """{(issue id, page label): the stories starting on that page with no 上接, their parts
    with their stories} for the pages ``jumps`` name."""
    issues = {j.part.page.issue_id for j in jumps}
    labels = {j.target_label for j in jumps}
    continued = Jump.objects.filter(
        direction=JumpDirection.BACKWARD, part__page__issue_id__in=issues
    ).values("part_id")
    heads: dict[tuple[int, str], list[ArticlePart]] = {}
    for part in (
        ArticlePart.objects.filter(
            page__issue_id__in=issues, page__label__in=labels, sequence=0, whole_copy=False
        )
        .exclude(pk__in=continued)
        .select_related("article", "page")
        .defer("page__raw_text", "page__parser_flags")
    ):
        heads.setdefault((part.page.issue_id, part.page.label), []).append(part)
    return heads


def _box_openings(text: str) -> tuple[str, ...]:
    """The first line under each teaser box's label in a page's raw ``text`` (stripped)."""
    lines = [line.strip() for line in text.splitlines()]
    found = []
    for at, line in enumerate(lines):
        if line and len(line) <= 20 and teaser_box_label(line):
            below = next((other for other in lines[at + 1 :] if other), "")
            if below:
                found.append(below)
    return tuple(found)


def _opens(part: ArticlePart, openings: tuple[str, ...]) -> bool:
    """Whether ``part`` is the first entry under a teaser box's label (its first title line,
    or its text's first words when it has none, is the line printed there)."""
    first = part.title_lines[0] if part.title_lines else _first_text(part)
    first = first.strip()
    return bool(first) and any(line.startswith(first[:12]) for line in openings)


def _first_text(part: ArticlePart) -> str:
    for block in part.blocks or []:
        if block.get("text", "").strip():
            return block["text"]
    return ""
