"""Writing what a page printed: its stories, photos, teasers and jumps (inside the caller's transaction).

Two ways, both through the one mapping of :mod:`articles.importing.rows`:
:func:`content_create` for pages seen for the first time (everything on all of them in one bulk
insert per table), and :func:`page_content_update` for a page imported before (its stories
matched to the new text by what they say first, then by identity, never by position alone:
:mod:`articles.importing.identity`; what an editor changed by hand is kept and reported as a
conflict unless ``overwrite_edited``; a story changed is saved once, its history saying why).
A whole copy of a story held on another page (``whole_copy``, :mod:`articles.continuations.copies`)
stays a copy while the page still gives that story's text: the text is never written twice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import F

from articles.bulk import insert_returning, insert_rows
from articles.continuations import part_detach
from articles.continuations.headlines import stitched_keys
from articles.continuations.lonetitles import kept_rows
from articles.continuations.restoring import reporters_kept
from articles.crediting import people_credited, people_for
from articles.importing.baselines import baselines_before_reimport
from articles.importing.dropped import article_name, copy_still_printed
from articles.importing.handkept import SAVED, hand_edit_kept, set_bylines, text_changed_said
from articles.importing.identity import alike_pairs
from articles.importing.leftovers import kept_place, leftovers_remove
from articles.importing.mergedstories import merge_kept, merged_into
from articles.importing.photowrite import assign, photos_write, to_save
from articles.importing.reports import REWRITTEN, PageImportReport, reimport_reason
from articles.importing.rows import (
    StoryRows,
    credit_names,
    match_key,
    photo_fields,
    teaser_fields,
)
from articles.importing.splitoffs import (
    SplitOff,
    split_offs_place,
    split_page,
    story_numbers,
)
from articles.importing.teaserwrite import teasers_write
from articles.importing.unrelated import unrelated_said
from articles.models import (
    Article,
    ArticlePart,
    Byline,
    Issue,
    Jump,
    JumpDirection,
    JumpState,
    Page,
    Person,
    Photo,
    PhotoCredit,
    Teaser,
)
from articles.people.namesakes import PHOTO_ROWS, STORY_ROWS
from articles.signoff import SIGNOFF_FIELDS, signoff_end_reason

# Existing rows are moved out of the way before new positions are written: the unique (page,
# position) constraints hold at every statement.
_POSITION_OFFSET = 1_000_000
#: In the stories to save of :func:`page_content_update`: one saved already.
_SAVED = SAVED


# --- Pages seen for the first time -----------------------------------------------------------


def content_create(fresh: list) -> list[int]:
    """Pages seen for the first time (each a prepared page with ``page``, ``issue`` and
    ``parsed``): everything on all of them in one bulk insert per table. Returns the stories' ids."""
    if not fresh:
        return []
    printed = [(p, StoryRows.of(pa)) for p in fresh for pa in p.parsed.articles]
    shown = [(p, pp) for p in fresh for pp in p.parsed.photos]
    named = [(p.report, rows.byline_names, p.issue, STORY_ROWS) for p, rows in printed]
    named += [(p.report, credit_names(pp), p.issue, PHOTO_ROWS) for p, pp in shown]
    people = people_credited(named)  # (namesakes: by each page's paper and date)
    article_ids = _stories_create(printed, people)
    story_at = {
        (p.page.pk, rows.position): pk for pk, (p, rows) in zip(article_ids, printed, strict=True)
    }
    _photos_create(shown, story_at, people)
    insert_returning(  # (bulk_create's rows, without a model object a row)
        Teaser,
        [
            {"page_id": p.page.pk, "position": pt.position, **teaser_fields(pt)}
            for p in fresh
            for pt in p.parsed.teasers
        ],
    )
    return article_ids


def _stories_create(printed: list, people: dict[int, dict[str, Person]]) -> list[int]:
    """The stories of new pages with their first parts, bylines and jumps, one insert per table
    (the rows ``bulk_create`` would write, without a model object each:
    :func:`~articles.bulk.insert_returning`). Returns the stories' ids, in order."""
    article_ids = insert_returning(
        Article,
        [
            {
                "issue_id": p.issue.pk,
                "page_id": p.page.pk,
                "position": rows.position,
                **rows.article,
            }
            for p, rows in printed
        ],
    )
    part_ids = insert_returning(
        ArticlePart,
        [
            {
                "article_id": pk,
                "page_id": p.page.pk,
                "position": rows.position,
                "sequence": 0,
                **rows.part,
            }
            for pk, (p, rows) in zip(article_ids, printed, strict=True)
        ],
    )
    # Bylines and jumps: their ids are never read back, so one executemany each (every column
    # bulk_create wrote, a new jump pending and unresolved).
    insert_rows(
        Byline,
        ("article_id", "person_id", "order"),
        [
            (pk, people[p.issue.pk][name].pk, order)
            for pk, (p, rows) in zip(article_ids, printed, strict=True)
            for order, name in enumerate(rows.byline_names)
        ],
    )
    insert_rows(
        Jump,
        _JUMP_COLUMNS,
        [
            (part_id, j.direction, j.target_label, j.marker, JumpState.PENDING, None, None, None)
            for part_id, (_, rows) in zip(part_ids, printed, strict=True)
            for j in rows.jumps
        ],
    )
    return article_ids


_JUMP_COLUMNS = ("part_id", "direction", "target_label", "marker", "state", "to_part_id")
_JUMP_COLUMNS += ("confidence", "resolved_at")


def _photos_create(shown: list, story_at: dict, people: dict[int, dict[str, Person]]) -> None:
    photo_ids = insert_returning(  # (bulk_create's rows, without a model object a row)
        Photo,
        [
            {
                "page_id": p.page.pk,
                "position": pp.position,
                "article_id": story_at.get((p.page.pk, pp.article_position)),
                **photo_fields(pp),
            }
            for p, pp in shown
        ],
    )
    credits = [
        (photo_id, people[p.issue.pk][name].pk, order)
        for photo_id, (p, pp) in zip(photo_ids, shown, strict=True)
        for order, name in enumerate(credit_names(pp))
    ]
    insert_rows(PhotoCredit, ["photo", "person", "order"], credits)


# --- A page imported before ------------------------------------------------------------------


def page_content_update(
    page: Page, issue: Issue, parsed, *, overwrite_edited: bool, report: PageImportReport
) -> None:
    """Bring what ``page`` holds in line with its new parse (see the module's docstring). A story
    a reader sees changed (a part's text, its reporters or fields, a photo) is saved once: its
    更新时间 moves and its history records the version, as an edit's save does; no other is."""
    saves: dict = {}  # story id → the story to save (None: not at hand), or _SAVED
    rewritten = report.action == REWRITTEN
    # (the parse as the desk has the page: stories an editor split off keep their places)
    part_by_position, parsed = _stories_write(page, issue, parsed, overwrite_edited, report, saves)
    photos_write(page, parsed, part_by_position, report, saves, overwrite_edited=overwrite_edited)
    if rewritten and report.overwritten:  # (an edited photo given the page text again)
        report.action = "updated"
    teasers_write(page, parsed, report, overwrite_edited=overwrite_edited)
    _saves_flush(saves, reimport_reason(page), signoff_end_reason)


def _saves_flush(saves: dict, why: str, rule: Callable[[Article, str], str]) -> None:
    """Save the stories ``saves`` holds still to save (their text changed elsewhere than in
    their own row), each once, its history saying ``rule(story, why)`` (the sign-off rule)."""
    missing = [pk for pk, story in saves.items() if story is None]
    found = Article.objects.in_bulk(missing) if missing else {}
    for story in (story or found.get(pk) for pk, story in saves.items() if story is not _SAVED):
        if story is not None:  # (a story the page no longer has is gone)
            story._change_reason = rule(story, why)
            story.save(update_fields=["updated_at", *SIGNOFF_FIELDS])


def story_page_text(
    page: Page, part: ArticlePart, rows: StoryRows, *, why: str, rule: Callable[[Article, str], str]
) -> None:
    """One story given what ``page``'s stored text prints of it (``rows``, parsed from it and
    matched to ``part``, the story's part on the page), as ``overwrite_edited`` gives a story
    at a re-import: the part's title lines, text and jumps, and when the page is the story's
    home its printed fields and reporters (``edited_at`` cleared). Nothing else on the page is
    touched. Saved once, its history saying ``rule(story, why)`` (the editor's sign-off rule:
    :func:`articles.signoff.edit_reason`). The desk's 采用版面文本
    (:mod:`articles.importing.pagetake`); call inside a transaction, the rows locked."""
    report = PageImportReport(source=page.source_name, paper="", date="", label=page.label)
    saves: dict = {}
    people = people_for(part.article, rows.byline_names)  # (namesakes: the ones it credits)
    _story_update(page, part, rows, people, True, report, saves, why=why, rule=rule)
    _write_jumps(part, rows)
    _saves_flush(saves, why, rule)


@dataclass
class _Matching:
    """The stored parts of a page, by the position of the new parse's story each is."""

    matched: dict[int, ArticlePart] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)
    removed: int = 0  # stored parts the new text no longer has, deleted
    by_text: int = 0  # of ``matched``, those found by what they say (not by place alone)

    def take(self, position: int, part: ArticlePart | None) -> None:
        if part is not None and position not in self.matched and part.pk not in self.used:
            self.matched[position] = part
            self.used.add(part.pk)


def _stories_write(
    page: Page, issue: Issue, parsed, overwrite_edited: bool, report: PageImportReport, saves: dict
) -> tuple[dict[int, ArticlePart], object]:
    """The page's stories as ``parsed`` prints them; returns the parts by position and the
    parse as written (:func:`~articles.importing.splitoffs.split_page`: the stories an editor
    split off keep their places after the story they came from, unless ``overwrite_edited``)."""
    # Lock the stories printed here: an editor's save that commits first is seen (and kept as a
    # conflict); one that comes later waits for this import (PostgreSQL; SQLite serialises writers).
    existing = list(
        page.parts.select_related("article").select_for_update(of=("self", "article"), no_key=True)
    )
    splits: list[SplitOff] = []
    if not overwrite_edited:
        parsed, splits = split_page(parsed, existing, page.pk)
    numbers = story_numbers([a.position for a in parsed.articles], splits)
    stories = [StoryRows.of(pa, numbers[pa.position]) for pa in parsed.articles]
    matching = _stories_match(existing, stories, reserved={s.part.pk for s in splits})
    unrelated_said(page.label, existing, len(stories), matching.by_text, report)
    baselines_before_reimport(page, existing, matching.matched, stories)  # (导入时的版本)
    # Parts kept although the text lost them stand after the printed stories, from here on.
    first_free = max({rows.position for rows in stories} | {s.position for s in splits} | {0}) + 1
    kept, removed = leftovers_remove(
        page, existing, matching.used, overwrite_edited, report, first_free, len(numbers) + 1
    )
    matching.removed += removed
    # A part removed: its story, if it stays, lost that text.
    to_save(saves, [part.article_id for part in existing if part.pk not in matching.used])

    Article.objects.filter(page=page).update(position=F("position") + _POSITION_OFFSET)
    ArticlePart.objects.filter(page=page).update(position=F("position") + _POSITION_OFFSET)

    named = [(report, rows.byline_names, issue, STORY_ROWS) for rows in stories]
    people = people_credited(named).get(issue.pk, {})  # (namesakes: by paper, or said)
    result: dict[int, ArticlePart] = {}
    for rows in stories:
        part = matching.matched.get(rows.position)
        holder = None if overwrite_edited or part else merged_into(rows, existing)
        if holder is not None:  # an editor merged it into another story: not made again
            result[rows.position] = merge_kept(page, rows, holder, report)
            continue
        split_from = [s for s in splits if s.origin == rows.position]
        result[rows.position] = _story_write(
            page, issue, part, rows, people, overwrite_edited, report, saves, split_from
        )
    split_offs_place(page, splits, result, numbers, report, _write_jumps)

    kept_place(page, kept, first_free)
    if report.action == REWRITTEN:  # the same text over hand edits: did it replace any?
        report.action = "updated" if report.overwritten or matching.removed else "unchanged"
    return result, parsed


def _stories_match(
    existing: list[ArticlePart], stories: list[StoryRows], *, reserved: set[int] = frozenset()
) -> _Matching:
    """Same story, maybe moved: matched by what it says first (a whole copy, which holds no
    text, by its title lines); then by identity (:mod:`articles.importing.identity`: much the
    same text, or the same headline over a related one: a corrected story keeps its row and
    address). Position alone matches only a whole copy and a story edited by hand (its stored
    text is the editor's, not what was printed: it stays a conflict at its place, as it always
    did); a different story now printed where a published one stood never takes that one's row.
    ``reserved``: parts none of them takes (stories an editor split off one of them)."""
    by_key = {match_key(p.title_lines, p.blocks): p for p in existing if not p.whole_copy}
    by_key = {**stitched_keys(existing, match_key), **by_key}  # a repeated headline cut off
    copies = {match_key(p.title_lines, []): p for p in existing if p.whole_copy}
    by_position = {p.position: p for p in existing if p.whole_copy or p.article.is_edited}
    matching = _Matching(used=set(reserved))
    for rows in stories:
        matching.take(rows.position, by_key.get(rows.match_key))
    for rows in stories:
        matching.take(rows.position, copies.get(match_key(rows.part["title_lines"], [])))
    old = [p for p in existing if not p.whole_copy and p.pk not in matching.used]
    for position, part in alike_pairs(
        old, [r for r in stories if r.position not in matching.matched]
    ):
        matching.take(position, part)
    matching.by_text = len(matching.matched)
    for rows in stories:
        matching.take(rows.position, by_position.get(rows.position))
    return matching


def _story_write(
    page, issue, part, rows, people, overwrite_edited, report, saves, split_from
) -> ArticlePart:
    """One printed story written: made (``part`` None) or its part updated, and its jumps."""
    new = part is None
    if new:
        part = _story_create(page, issue, rows, people)
    else:
        _story_update(
            page, part, rows, people, overwrite_edited, report, saves, split_from=split_from
        )
    _write_jumps(part, rows, new=new)
    return part


def _story_create(
    page: Page, issue: Issue, rows: StoryRows, people: dict[str, Person]
) -> ArticlePart:
    article = Article.objects.create(issue=issue, page=page, position=rows.position, **rows.article)
    part = ArticlePart.objects.create(
        article=article, page=page, position=rows.position, sequence=0, **rows.part
    )
    set_bylines(article, [people[n] for n in rows.byline_names], new=True)
    return part


def _story_update(
    page: Page,
    part: ArticlePart,
    rows: StoryRows,
    people: dict[str, Person],
    overwrite_edited: bool,
    report: PageImportReport,
    saves: dict,
    *,
    why: str = "",
    rule: Callable[[Article, str], str] = signoff_end_reason,
    split_from: list[SplitOff] = (),
) -> None:
    """``why``: the history's reason (a re-import's, :func:`reimport_reason`, when empty);
    ``rule``: the sign-off rule its save follows (:func:`story_page_text`); ``split_from``: the
    stories an editor split off this one (``rows`` holds only its part before them), so that
    what the page changed is compared with its part of the story as last imported."""
    rows = kept_rows(page, part, rows)  # a continuation: as the desk keeps its title lines
    if part.whole_copy:
        kept = part.article.is_edited and not overwrite_edited
        if copy_still_printed(page, part, rows, report, keep=kept):
            _copy_update(part, rows)
            return
        part = _copy_release(part)
    article = part.article
    is_home = article.page_id == page.pk
    if article.is_edited and not overwrite_edited and rows.differs_from(part, is_home=is_home):
        hand_edit_kept(page, part, rows, people, report, saves, split_from)
        return
    # Positions are always written: the page's rows were moved out of the way before.
    part.position = rows.position
    if assign(part, rows.part):  # its printed text changed: named on the page's line (更正：“…”)
        if not (overwrite_edited and article.is_edited):  # (said in report.overwritten)
            text_changed_said(report, article, part)
        part.save()
        saves[article.pk] = article  # saved below if it starts here, else once the page is written
    else:
        ArticlePart.objects.filter(pk=part.pk).update(position=rows.position)
    if is_home:
        if overwrite_edited and article.is_edited:
            report.overwritten.append(
                f"{page.label}版 第{rows.number}位的{article_name(article, part)}：编辑改过的内容"
                f"{'将换成' if report.dry_run else '已换成'}版面文本（按 --overwrite-edited）"
            )
        values = {**rows.article, "edited_at": None} if overwrite_edited else rows.article
        article.position = rows.position
        # Reporters before the story is saved (and its continuations' pages'): history keeps them.
        reporters = reporters_kept(article.pk, [people[n] for n in rows.byline_names])
        if set_bylines(article, reporters):
            saves[article.pk] = article
        article._change_reason = why or reimport_reason(page)
        _story_save(article, values, saves, rule)


def _story_save(article: Article, values: dict, saves: dict, rule) -> None:
    """Saved when ``values`` change it or ``saves`` holds it still to save; else its position."""
    if assign(article, values) or saves.get(article.pk, _SAVED) is not _SAVED:
        article._change_reason = rule(article, article._change_reason)
        article.save()  # its 更新时间 moves; its history records the version
        saves[article.pk] = _SAVED
    else:
        Article.objects.filter(pk=article.pk).update(position=article.position)


def _copy_update(part: ArticlePart, rows: StoryRows) -> None:
    """A whole copy the page still gives: its place and title lines as printed; no text. (Its
    position is always written: the page's rows were moved out of the way before.)"""
    fields = ["position"]
    if part.title_lines != rows.part["title_lines"]:
        part.title_lines = rows.part["title_lines"]
        fields.append("title_lines")
    part.position = rows.position
    part.save(update_fields=fields)


def _copy_release(part: ArticlePart) -> ArticlePart:
    """The page now gives other text where it gave a whole copy: the part is a story of its own
    again (its text is written next, as for any story)."""
    part.whole_copy = False
    part.save(update_fields=["whole_copy"])
    part_detach(part)
    part.refresh_from_db()
    return part


def _write_jumps(part: ArticlePart, rows: StoryRows, *, new: bool = False) -> None:
    """The part's jumps as the new text prints them (``new``: a part just created, none yet)."""
    wanted = {j.direction: j for j in rows.jumps}
    for jump in [] if new else list(part.jumps.all()):
        row = wanted.pop(jump.direction, None)
        if row is None:
            jump.delete()
            continue
        if jump.target_label != row.target_label or jump.marker != row.marker:
            jump.target_label = row.target_label
            jump.marker = row.marker
            if not jump.is_manual:
                jump.state = JumpState.PENDING
                jump.to_part = None
                jump.confidence = None
            jump.save()
    for direction, row in wanted.items():
        Jump.objects.create(
            part=part,
            direction=JumpDirection(direction),
            target_label=row.target_label,
            marker=row.marker,
        )
