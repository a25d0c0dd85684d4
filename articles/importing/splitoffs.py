"""Stories an editor split off (从这里拆开, :mod:`articles.storysplit`) as the page's text meets
them again: the text prints one story where the desk keeps two (or more). Its twin for a merge
is :mod:`articles.importing.mergedstories`.

:func:`split_page` reads a parse of a page against the page's stored parts: a part a split made
(:func:`split_made`: edited by hand, a story starting on the page, whose first history record
is its split's and holds its text as split) whose opening paragraphs, as split, a printed story
holds further down, and that opens no printed story itself, is that story's *split-off*; it is
found so however the editor edited it since. The parse is then given as the desk has it: the
printed story holds only its part before the first split-off (its 下转 marker went with the
last split-off, so it holds none), and every later story, photo and teaser moves down one place
per split-off before it, so that each split-off keeps its place right after the story it was
split from (:func:`articles.storysplit.story_split` moved them so). The import
(:mod:`articles.importing.writer`), a re-parse (:mod:`articles.importing.reparse`), the page's
zones (:mod:`articles.importing.storedparse`) and 采用版面文本 (:mod:`articles.importing.pagetake`)
read the page through it: the story split from compares and takes only its part of the page's
text, and the page's places stay the split's. :func:`split_page` makes one query (the history
records); :func:`split_offs_place` writes the split-offs' places at an import (inside its
transaction).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from articles.importing.dropped import article_name
from articles.importing.mergedstories import plain
from articles.importing.pagetext import MADE_BY_SPLIT, changes
from articles.importing.rows import match_key
from articles.models import Article

if TYPE_CHECKING:
    from articles.importing.reports import PageImportReport
    from articles.models import ArticlePart, Page
    from articles.parsing import ParsedArticle, ParsedPage

#: How a split-off story's first history record's reason starts (articles.storysplit:
#: ``从这里拆开：从“…”拆出``); that record holds its text as the split made it.
_MADE_BY_SPLIT = MADE_BY_SPLIT
#: How many of a split-off's first paragraphs are looked for in the printed story (the page
#: may have corrected the first since).
_LOOKED_FOR = 3


@dataclass(frozen=True)
class SplitOff:
    """A stored part split off a printed story: ``part``; ``made``, its title lines and blocks
    as the split made them (``{"title_lines", "blocks"}``: the page's text then, whatever the
    editor changed since); ``origin``, the printed story's position and ``position``, the
    split-off's own, both as :func:`split_page` gives them; ``blocks``: what the page prints
    of it now (``[{"kind", "text"}]``, after its headline when the split took that from the
    text)."""

    part: ArticlePart
    made: dict
    origin: int = 0
    position: int = 0
    blocks: list[dict] = field(default_factory=list)


def split_start(blocks: list[dict], made: dict) -> int | None:
    """Where a story split off (``made``: its title lines and blocks as its split made them)
    starts in ``blocks`` (a printed story's, or a story's as last imported): the index of its
    headline when the split took it from the text (a block equal to its title line, right
    before its first paragraph), else of its first paragraph found there; never 0 (a story is
    split from its second block on). None when none of its first paragraphs is there."""
    printed = [plain(b.get("text", "")) for b in blocks]
    title = plain(" ".join(made["title_lines"]))
    for j, block in enumerate(made["blocks"][:_LOOKED_FOR]):
        text = plain(block.get("text", ""))
        if not text:
            continue
        for i in range(j + 1, len(printed)):
            if printed[i] != text:
                continue
            start = i - j
            if title and start >= 2 and printed[start - 1] == title:
                start -= 1
            return start if start >= 1 else None
    return None


def head_blocks(blocks: list[dict], splits: list[SplitOff]) -> list[dict]:
    """``blocks`` (of a story ``splits`` were split off) up to the first split-off."""
    starts = [s for s in (split_start(blocks, split.made) for split in splits) if s is not None]
    return blocks[: min(starts)] if starts else blocks


def split_made(parts: list[ArticlePart], page_id: int) -> list[SplitOff]:
    """The parts of ``parts`` (a page's, with their stories) that a split made: a story of its
    own starting on page ``page_id``, edited by hand, whose first history record is a split's;
    each with its text as the split made it. One query (none when no part may be one)."""
    candidates = {
        p.pk: p
        for p in parts
        if p.sequence == 0
        and not p.whole_copy
        and p.article.page_id == page_id
        and p.article.edited_at is not None
    }
    if not candidates:
        return []
    records = Article.history.filter(
        id__in={p.article_id for p in candidates.values()},
        history_type="+",
        history_change_reason__startswith=_MADE_BY_SPLIT,
    )
    found = []
    for story in records.values_list("story", flat=True):
        for made in (story or {}).get("parts", []):
            part = candidates.get(made.get("id"))
            if part is not None and made.get("blocks"):
                found.append(SplitOff(part=part, made=made))
    return sorted(found, key=lambda split: split.part.position)


def _as_dicts(article: ParsedArticle) -> list[dict]:
    return [{"kind": b.kind, "text": b.text} for b in article.blocks]


def split_page(
    parsed: ParsedPage, parts: list[ArticlePart], page_id: int
) -> tuple[ParsedPage, list[SplitOff]]:
    """``parsed`` as the desk has the page (see the module docstring), and its split-offs in
    page order. ``parts``: the page's stored parts, with their stories (``part.article``).
    ``parsed`` itself when there is none. One query (:func:`split_made`)."""
    opening = {match_key(list(a.title_lines), _as_dicts(a)) for a in parsed.articles}
    found: list[tuple[int, int, SplitOff]] = []  # (story's position, start, split-off)
    for split in split_made(parts, page_id):
        if match_key(split.part.title_lines, split.part.blocks) in opening:
            continue  # (the page prints it as a story of its own now)
        for article in parsed.articles:
            start = split_start(_as_dicts(article), split.made)
            if start is not None:
                found.append((article.position, start, split))
                break
    if not found:
        return parsed, []
    found.sort(key=lambda f: (f[0], f[1]))
    origins = [position for position, _, _ in found]

    def moved(position: int) -> int:
        return position + sum(1 for origin in origins if origin < position)

    printed = {a.position: _as_dicts(a) for a in parsed.articles}
    splits, starts = _placed(found, printed, moved)
    articles = []
    for article in parsed.articles:
        cuts = starts.get(article.position)
        if cuts:
            article = replace(
                article,
                blocks=article.blocks[: cuts[0]],
                markers=tuple(m for m in article.markers if m.direction != "forward"),
            )
        articles.append(replace(article, position=moved(article.position)))
    shifted = replace(
        parsed,
        articles=tuple(articles),
        photos=tuple(
            replace(
                p,
                position=moved(p.position),
                article_position=moved(p.article_position) if p.article_position else None,
            )
            for p in parsed.photos
        ),
        teasers=tuple(replace(t, position=moved(t.position)) for t in parsed.teasers),
    )
    return shifted, splits


def _placed(
    found: list, printed: dict[int, list[dict]], moved
) -> tuple[list[SplitOff], dict[int, list[int]]]:
    """Each split-off ``found`` (``(story's position, start, split-off)``, in page order) with
    its place (after its story and the split-offs of it before it) and what the page prints of
    it (``printed``: each story's blocks by position); and the starts of each story's
    split-offs, by the story's position."""
    starts: dict[int, list[int]] = {}
    for position, start, _ in found:
        starts.setdefault(position, []).append(start)
    splits = []
    for position, start, split in found:
        cuts = starts[position]
        n = cuts.index(start)
        shown = printed[position][start : cuts[n + 1] if n + 1 < len(cuts) else None]
        title = plain(" ".join(split.made["title_lines"]))
        if title and shown and plain(shown[0]["text"]) == title:
            shown = shown[1:]  # (its headline, taken from the text)
        place = moved(position) + n + 1
        splits.append(replace(split, origin=moved(position), position=place, blocks=shown))
    return splits, starts


def story_numbers(positions: list[int], splits: list[SplitOff]) -> dict[int, int]:
    """第N位 of each story of the page by its position (``positions``: the printed stories'),
    the split-offs counted, as the desk counts the page's stories."""
    every = sorted({*positions, *(s.position for s in splits)})
    return {position: n for n, position in enumerate(every, 1)}


def split_offs_place(
    page: Page,
    splits: list[SplitOff],
    parts: dict[int, ArticlePart],
    numbers: dict[int, int],
    report: PageImportReport,
) -> None:
    """At a re-import of ``page``: each story an editor split off at its place after the story
    it came from (``parts``: the page's parts as written, by position; the page's rows were
    moved out of the way before), and a conflict line when the page prints its text otherwise
    than when it was split (the text stays the editor's; 覆盖人工修改 rebuilds the story whole
    from the page text)."""
    for split in splits:
        part = split.part
        part.position = split.position
        part.save(update_fields=["position"])
        Article.objects.filter(pk=part.article_id, page=page).update(position=split.position)
        made = [_kind_text(b) for b in split.made["blocks"]]  # (the page's text at the split)
        said = changes(
            {"title_lines": [], "blocks": made}, {"title_lines": [], "blocks": split.blocks}
        )
        if not said:
            continue
        origin = parts.get(split.origin)
        came_from = article_name(origin.article, origin) if origin is not None else "“”"
        more = f" 等，另有 {len(said) - 3} 处" if len(said) > 3 else ""
        report.conflicts.append(
            f"{page.label} #{numbers[split.position]} {article_name(part.article, part)}: split by "
            f"an editor from {came_from}, left as the editor saved it; page text changed since: "
            + "；".join(said[:3])
            + more
        )


def _kind_text(block: dict) -> dict:
    return {"kind": block.get("kind", "paragraph"), "text": block.get("text", "")}
