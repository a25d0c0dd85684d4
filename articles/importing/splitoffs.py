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
text, a split-off its own (:func:`split_off_rows`), the last split off a story holds its 下转
marker as the page prints it now, and the page's places stay the split's. :func:`split_page` makes one query (the history
records); :func:`split_offs_place` writes the split-offs' places at an import (inside its
transaction).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from articles import parsing
from articles.importing.dropped import article_name
from articles.importing.pagetext import changes, imported_version
from articles.importing.rows import JumpRow, StoryRows, clip, match_key
from articles.models import Article
from articles.splitcuts import MADE_BY_SPLIT, owned_blocks, plain, split_start

if TYPE_CHECKING:
    from articles.importing.reports import PageImportReport
    from articles.models import ArticlePart, Page
    from articles.parsing import ParsedArticle, ParsedPage


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
    #: its headline as the page prints it (the split took it from the text), else ``""``
    title: str = ""
    #: whether it holds the end of the printed story (the last split off it): its 下转 marker,
    #: as the page prints it now (``jumps``: the story's forward :class:`JumpRow`, if any)
    holds_end: bool = False
    jumps: tuple[JumpRow, ...] = ()


def head_blocks(blocks: list[dict], splits: list[SplitOff]) -> list[dict]:
    """``blocks`` (of a story ``splits`` were split off) up to the first split-off."""
    return owned_blocks(blocks, [split.made for split in splits])


@dataclass(frozen=True)
class PrintedCredits:
    """What the split-off text prints as a story's 电头 and 署名 (``""`` when nothing), and the
    reporters' names that byline gives (``Person`` names)."""

    dateline: str = ""
    byline: str = ""
    reporters: tuple[str, ...] = ()
    #: its byline lines as printed apart from the text (not kept as paragraphs by an import)
    lines: tuple[str, ...] = ()


def printed_credits(headline: str, blocks: list[dict]) -> PrintedCredits:
    """The dateline and byline ``blocks`` open with (under ``headline``), as the importer reads
    a story printed so (:func:`articles.parsing.parse_page`, :class:`~articles.importing.rows.StoryRows`);
    empty when none. Parses a few lines (well under a millisecond a paragraph)."""
    text = "\n".join(
        [headline, *(b["text"] for b in blocks)] if headline else [b["text"] for b in blocks]
    )
    try:
        parsed = parsing.parse_page(text + "\n")
    except parsing.ParseError:
        return PrintedCredits()
    if not parsed.articles:
        return PrintedCredits()
    first = parsed.articles[0]
    rows = StoryRows.of(first)
    return PrintedCredits(
        rows.article["dateline"],
        rows.article["byline"],
        tuple(rows.byline_names),
        tuple(line.strip() for line in first.byline_lines),
    )


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
        history_change_reason__startswith=MADE_BY_SPLIT,
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
    ends = {
        a.position: tuple(j for j in StoryRows.of(a).jumps if j.direction == "forward")
        for a in parsed.articles
    }
    splits, starts = _placed(found, printed, moved, ends)
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
    found: list, printed: dict[int, list[dict]], moved, ends: dict[int, tuple[JumpRow, ...]]
) -> tuple[list[SplitOff], dict[int, list[int]]]:
    """Each split-off ``found`` (``(story's position, start, split-off)``, in page order) with
    its place (after its story and the split-offs of it before it), what the page prints of
    it (``printed``: each story's blocks by position) and, for the last of a story's, the
    story's 下转 marker (``ends``: each story's forward jumps by position); and the starts of
    each story's split-offs, by the story's position."""
    starts: dict[int, list[int]] = {}
    for position, start, _ in found:
        starts.setdefault(position, []).append(start)
    splits = []
    for position, start, split in found:
        cuts = starts[position]
        n = cuts.index(start)
        shown = printed[position][start : cuts[n + 1] if n + 1 < len(cuts) else None]
        title, printed_title = plain(" ".join(split.made["title_lines"])), ""
        if title and shown and plain(shown[0]["text"]) == title:
            printed_title, shown = shown[0]["text"].strip(), shown[1:]  # (taken from the text)
        last = n + 1 == len(cuts)
        splits.append(
            replace(
                split,
                origin=moved(position),
                position=moved(position) + n + 1,
                blocks=shown,
                title=printed_title,
                holds_end=last,
                jumps=ends.get(position, ()) if last else (),
            )
        )
    return splits, starts


def split_off_rows(split: SplitOff, number: int = 0) -> StoryRows:
    """What the page prints of ``split`` (a split-off :func:`split_page` found) as a story's
    rows, read as its split read them (:func:`articles.storysplit.printed_credits`): its
    headline when printed, the 电头 and 署名 its text opens with and the byline's reporters
    (a byline line printed apart left out of its text), its 下转 marker when it holds the
    printed story's end. ``number``: its 第N位 on the page. Parses a few lines."""
    credits = printed_credits(split.title, split.blocks)
    blocks = [_kind_text(b) for b in split.blocks]
    while blocks and credits.lines and blocks[0]["text"].strip() in credits.lines:
        blocks = blocks[1:]
    return StoryRows(
        position=split.position,
        number=number,
        article={
            "kicker": "",
            "headline": clip(split.title, 300),
            "subheadline": "",
            "dateline": clip(credits.dateline, 100),
            "byline": clip(credits.byline, 200),
        },
        part={
            "title_lines": [split.title] if split.title else [],
            "blocks": blocks,
            "continued_from": "",
        },
        reporters=credits.reporters,
        jumps=split.jumps,
    )


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
    write_jumps: Callable[[ArticlePart, SplitOff], None],
) -> None:
    """At a re-import of ``page``: each story an editor split off at its place after the story
    it came from (``parts``: the page's parts as written, by position; the page's rows were
    moved out of the way before), the 下转 marker of the one that holds the printed story's
    end as the page prints it now (``write_jumps(part, split)``: the importer's, as for any
    story), and a conflict line, linked to 采用版面文本, when the page prints its text otherwise
    than when it was split or its page text last taken (the text stays the editor's;
    覆盖人工修改 rebuilds the story whole from the page text). One query a split-off."""
    for split in splits:
        part = split.part
        part.position = split.position
        part.save(update_fields=["position"])
        Article.objects.filter(pk=part.article_id, page=page).update(position=split.position)
        if split.holds_end:
            write_jumps(part, split)
        before = imported_version(part.article_id, part.pk, is_home=False)
        made = before["blocks"] if before else split.made["blocks"]  # (the page's text then)
        said = changes(
            {"title_lines": [], "blocks": [_kind_text(b) for b in made]},
            {"title_lines": [], "blocks": split_off_rows(split).part["blocks"]},
        )
        if not said:
            continue
        origin = parts.get(split.origin)
        came_from = article_name(origin.article, origin) if origin is not None else "“”"
        more = f" 等，另有 {len(said) - 3} 处" if len(said) > 3 else ""
        line = (
            f"{page.label} #{numbers[split.position]} {article_name(part.article, part)}: split by "
            f"an editor from {came_from}, left as the editor saved it; page text changed since: "
            + "；".join(said[:3])
            + more
        )
        report.page_text_said(line, part.article_id)  # (the desk offers to take it: pagetake)
        report.conflicts.append(line)


def _kind_text(block: dict) -> dict:
    return {"kind": block.get("kind", "paragraph"), "text": block.get("text", "")}
