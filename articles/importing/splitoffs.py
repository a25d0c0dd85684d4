"""Stories an editor split off (从这里拆开, :mod:`articles.storysplit`) as the page's text meets
them again: the text prints one story where the desk keeps two (or more). Its twin for a merge
is :mod:`articles.importing.mergedstories`.

:func:`split_page` reads a parse of a page against the page's stored parts: a part a split made
(edited by hand, a story starting on the page, whose text no story of the parse opens with)
whose opening paragraph a printed story holds further down is that story's *split-off*. The
parse is then given as the desk has it: the printed story holds only its part before the first
split-off (its 下转 marker went with the last split-off, so it holds none), and every later
story, photo and teaser moves down one place per split-off before it, so that each split-off
keeps its place right after the story it was split from. The import (:mod:`articles.importing.writer`),
the page's zones (:mod:`articles.importing.storedparse`) and 采用版面文本
(:mod:`articles.importing.pagetake`) read the page through it, so the story split from keeps
only its part of the page's text and the page's places are those :func:`articles.storysplit.story_split`
gave. :func:`split_page` is pure, over values and the parts given; :func:`split_offs_place`
writes the split-offs' places at an import (inside its transaction).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from articles.importing.dropped import article_name
from articles.importing.mergedstories import plain
from articles.importing.pagetext import changes
from articles.importing.rows import match_key
from articles.models import Article

if TYPE_CHECKING:
    from articles.importing.reports import PageImportReport
    from articles.models import ArticlePart, Page
    from articles.parsing import ParsedArticle, ParsedPage

#: How many of a split-off's first paragraphs are looked for in the printed story (the first
#: may have been corrected since).
_LOOKED_FOR = 3


@dataclass(frozen=True)
class SplitOff:
    """A stored part split off a printed story: ``part``; ``origin``, the printed story's
    position and ``position``, the split-off's own, both as :func:`split_page` gives them;
    ``blocks``: what the page prints of it now (``[{"kind", "text"}]``, from the paragraph
    after its headline when a split took the headline from the text)."""

    part: ArticlePart
    origin: int
    position: int
    blocks: list[dict]


def split_start(blocks: list[dict], part: ArticlePart) -> int | None:
    """Where ``part`` (a story split off) starts in ``blocks`` (a printed story's, or a story's
    as last imported): the index of its headline when the split took it from the text (a
    block equal to its title line, right before its first paragraph), else of its first
    paragraph found there; never 0 (a story is split from its second block on). None when
    none of its first paragraphs is there."""
    printed = [plain(b.get("text", "")) for b in blocks]
    title = plain(" ".join(part.title_lines))
    for j, block in enumerate(part.blocks[:_LOOKED_FOR]):
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


def head_blocks(blocks: list[dict], parts: list[ArticlePart]) -> list[dict]:
    """``blocks`` (of a story some ``parts`` were split off) up to the first split-off."""
    starts = [s for s in (split_start(blocks, p) for p in parts) if s is not None]
    return blocks[: min(starts)] if starts else blocks


def _candidates(parts: list[ArticlePart], page_id: int) -> list[ArticlePart]:
    """The page's parts a split may have made: a story of its own starting here, edited."""
    return [
        p
        for p in parts
        if p.sequence == 0
        and not p.whole_copy
        and not p.continued_from
        and p.blocks
        and p.article.page_id == page_id
        and p.article.edited_at is not None
    ]


def _as_dicts(article: ParsedArticle) -> list[dict]:
    return [{"kind": b.kind, "text": b.text} for b in article.blocks]


def split_page(
    parsed: ParsedPage, parts: list[ArticlePart], page_id: int
) -> tuple[ParsedPage, list[SplitOff]]:
    """``parsed`` as the desk has the page (see the module docstring), and its split-offs in
    page order. ``parts``: the page's stored parts, with their stories (``part.article``).
    ``parsed`` itself when there is none."""
    opening = {
        match_key(list(a.title_lines), _as_dicts(a)) for a in parsed.articles
    }  # a part that opens a printed story is that story, not a split-off
    found: list[tuple[int, int, ArticlePart]] = []  # (story's position, start, part)
    for part in _candidates(parts, page_id):
        if match_key(part.title_lines, part.blocks) in opening:
            continue
        for article in parsed.articles:
            start = split_start(_as_dicts(article), part)
            if start is not None:
                found.append((article.position, start, part))
                break
    if not found:
        return parsed, []
    found.sort(key=lambda f: (f[0], f[1]))
    origins = [position for position, _, _ in found]

    def moved(position: int) -> int:
        return position + sum(1 for origin in origins if origin < position)

    splits = []
    starts: dict[int, list[int]] = {}
    for position, start, part in found:
        starts.setdefault(position, []).append(start)
        placed = moved(position) + len(starts[position])
        splits.append(SplitOff(part=part, origin=moved(position), position=placed, blocks=[]))
    articles = []
    for article in parsed.articles:
        cuts = starts.get(article.position)
        if cuts:
            blocks = _as_dicts(article)
            ends = [*cuts[1:], len(blocks)]
            for n, (start, end) in enumerate(zip(cuts, ends, strict=True)):
                split = splits[origins.index(article.position) + n]
                shown = blocks[start:end]
                if (
                    split.part.title_lines
                    and shown
                    and plain(shown[0]["text"]) == plain(" ".join(split.part.title_lines))
                ):
                    shown = shown[1:]  # (its headline, taken from the text)
                splits[origins.index(article.position) + n] = replace(split, blocks=shown)
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
    than the editor keeps it (the text stays the editor's; 覆盖人工修改 rebuilds the story
    whole from the page text)."""
    for split in splits:
        part = split.part
        part.position = split.position
        part.save(update_fields=["position"])
        Article.objects.filter(pk=part.article_id, page=page).update(position=split.position)
        said = changes(
            {"title_lines": [], "blocks": [_kind_text(b) for b in part.blocks]},
            {"title_lines": [], "blocks": split.blocks},
        )
        if not said:
            continue
        origin = parts.get(split.origin)
        came_from = article_name(origin.article, origin) if origin is not None else "“”"
        more = f" 等，另有 {len(said) - 3} 处" if len(said) > 3 else ""
        report.conflicts.append(
            f"{page.label} #{numbers[split.position]} {article_name(part.article, part)}: split by "
            f"an editor from {came_from}, left as the editor saved it; page text: "
            + "；".join(said[:3])
            + more
        )


def _kind_text(block: dict) -> dict:
    return {"kind": block.get("kind", "paragraph"), "text": block.get("text", "")}
