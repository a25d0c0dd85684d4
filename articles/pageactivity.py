"""A page's imports and re-sends (本版的导入和重发 on its 历史), newest first: each desk run that
imported it, each import by ``import_pages`` its stories' records tell of (those of a
continuation's story, whose home page is another, included), and its latest import when neither
says it, each with who (the uploader; "" for the command: 系统), what it did (首次导入, 重发,
重发，无变化, 重发，保留人工修改), its report's lines and the stories it touched on the page. The
records are those :mod:`articles.activity` folds for the desk's and an issue's activity.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime

from django.db.models import Q, TextField
from django.db.models.functions import Cast

from articles.activity import (
    FIRST,
    READ_STORY_RECORDS,
    RESENT,
    RESENT_KEPT,
    RESENT_SAME,
    SAME_ACTION,
    Activity,
    _admin,
    _story_kind,
    _story_lines,
    _who,
    run_page_kind,
)
from articles.editing import BASELINE_REASON
from articles.models import Article, ArticlePart, ImportRun, Page, PageResend
from articles.storynames import quoted

#: How many of the desk's runs of a page's date a page's 历史 reads (a page is imported a few
#: times; a date's runs are those of its papers' pages).
READ_PAGE_RUNS = 200
#: Story records an import writes (:func:`_page_record_kind`'s start) and what each says it did to
#: the page: a story corrected (重新导入A2.txt…), the page's change merged into a story an editor
#: changed, whose own edits stay (并入A2版…), the page's change not taken into one (版面重新送来
#: （A2.txt），保留编辑的修改…), a story an import made (导入: a desk import's record, or the
#: version an import wrote, recorded before a story's first hand edit: ``导入时的版本``).
_IMPORT_RECORDS = (
    ("重新导入", RESENT),
    ("并入", RESENT_KEPT),
    ("版面重新送来", RESENT_KEPT),
    ("导入", FIRST),
)
#: Where a re-send's record names its page's file: ``重新导入A2.txt：…``, ``版面重新送来（A2.txt）…``.
_SOURCE_SAID = re.compile(r"^(?:重新导入(?P<a>[^：]*)：|版面重新送来（(?P<b>[^）]*)）)")
#: Lines of a run's result that say what the import changed (its page line is said first).
_CHANGE_LINES = ("冲突：", "覆盖：", "续文：")


def _page_record_kind(record) -> str | None:
    """:func:`_story_kind`, and ``导入`` for the version an import wrote, recorded (no user,
    dated at the import) before a story's first hand edit: ``import_pages`` keeps no other
    record of the stories it made (:func:`articles.editing.history_baseline`)."""
    baseline = record.history_type == "+" and record.history_change_reason == BASELINE_REASON
    return "导入" if baseline and record.history_user_id is None else _story_kind(record)


def _import_kind(record) -> str:
    """What ``record`` (a story's) says an import did to its page (:data:`_IMPORT_RECORDS`), or
    ``""`` for a record no import wrote."""
    said = _page_record_kind(record) or ""
    return next((kind for start, kind in _IMPORT_RECORDS if said.startswith(start)), "")


def _label_in(label: str, name: str) -> bool:
    """Whether file name ``name`` names page ``label`` (``A2`` in ``A2.txt``, ``0710A2.txt``,
    not in ``A12.txt`` nor ``BA2.txt``)."""
    return re.search(rf"(?<![A-Za-z]){re.escape(label)}(?![0-9])", name) is not None


def _of_page(record, page, pages: list[tuple[str, str]]) -> bool:
    """Whether an import's ``record`` (a story's) is about ``page``: a merge names its page
    (``并入A2版``); a re-send names its page's file (``重新导入A2.txt``: the page whose file or
    label it is, among ``pages``, the issue's (label, file name) — a continuation's story is
    corrected by its page's re-send, a story by its continuations' pages' too); a story made is
    its first page's (the continuations' are made by their pages' imports later)."""
    reason = record.history_change_reason or ""
    if reason.startswith("并入"):
        return reason.startswith(f"并入{page.label}版")
    found = _SOURCE_SAID.match(reason)
    if found is None:
        return record.page_id == page.pk
    source = found.group("a") if found.group("a") is not None else found.group("b")
    if source in (_file_name(page.source_name), f"{page.label}版"):
        return True
    if any(source in (name, f"{label}版") for label, name in pages):
        return False
    if _label_in(page.label, source):
        return True
    return not any(_label_in(label, source) for label, _ in pages) and record.page_id == page.pk


def _file_name(source_name: str) -> str:
    """A page's file (its ``source_name``) as an import's record names it (no folders)."""
    return (source_name or "").replace("\\", "/").rsplit("/", 1)[-1]


def _page_runs(page) -> list[tuple[ImportRun, dict]]:
    """The desk's runs that imported ``page`` (its id in a result), newest first, each with its
    result for the page. One query: the runs whose pages' date is the page's."""
    runs = (
        ImportRun.objects.annotate(listed=Cast("items", TextField()))
        .filter(listed__contains=page.issue.date.isoformat())
        .select_related("created_by", "run_by")
        .order_by("-created_at", "-pk")[:READ_PAGE_RUNS]
    )
    return [
        (run, result)
        for run in runs
        for result in run.results or []
        if result and result.get("ok") and result.get("page_id") == page.pk
    ]


def _run_window(run: ImportRun) -> tuple[datetime, datetime]:
    """When ``run`` wrote its records: from its start to its end (a page re-sent a minute after
    the last is another run; the records of each are written while it runs)."""
    return run.started_at or run.created_at, run.finished_at or run.created_at


def _named(stories: dict[int, str]) -> tuple[tuple[str, str], ...]:
    return tuple(
        (quoted(head or "（无标题）"), _admin("article_history", pk))
        for pk, head in stories.items()
    )


def _kept_stories(result: dict) -> list[int]:
    """The stories a run's result names in its conflicts (kept as an editor changed them)."""
    return [entry["story"] for entry in result.get("page_text", []) if entry.get("story")]


def _made(on_page: list[tuple[int, str, datetime]], start: datetime, end: datetime) -> dict:
    """The stories of ``on_page`` (the page's: id, headline, when made) made from ``start`` to
    ``end``: a desk run's, while it ran (no record says them)."""
    return {pk: head for pk, head, made in on_page if start <= made <= end}


def _run_line(
    run: ImportRun, result: dict, records: list, headlines: dict[int, str], on_page: list
) -> Activity:
    """A page's line for a run that imported it: what it did (:func:`run_page_kind`), who,
    when, its report's line and what it changed (conflicts, overwritten edits, continuations),
    the stories its records name (those written while it ran), those its conflicts name
    (``headlines``: theirs, by id; one gone since is not named) and those it made on the page
    (:func:`_made`: no record says them)."""
    start, end = _run_window(run)
    stories = _made(on_page, start, end)
    stories.update((r.id, r.headline) for r in records if start <= r.history_date <= end)
    stories.update((pk, headlines[pk]) for pk in _kept_stories(result) if pk in headlines)
    said = [line for line in result.get("lines", []) if line.startswith(_CHANGE_LINES)]
    return Activity(
        text=run_page_kind(result),
        user=_who(run.run_by or run.created_by),
        at=run.finished_at or run.created_at,
        url=_admin("page_upload_run", run.pk),
        stories=_named(stories),
        lines=(result.get("summary", ""), *said),
    )


def _record_lines(records: list) -> list[Activity]:
    """Imports no run recorded (``import_pages``): the stories' records (newest first) folded as
    the desk's activity folds them (:func:`_story_lines`), those of one import (one user, close
    in time: :data:`SAME_ACTION`, a first import or a re-send) one line, saying what its records
    say; what the import did is the strongest its records say (a merge into a story an editor
    changed: :data:`RESENT_KEPT`)."""
    lines: list[Activity] = []
    for line in _story_lines(records, [], kind_of=_page_record_kind):
        last = lines[-1] if lines else None
        first = line.text.startswith("导入")
        if (
            last is not None
            and last.user == line.user
            and last.at - line.at <= SAME_ACTION
            and last.lines[0].startswith("导入") == first
        ):
            last.lines += (line.text,)
            last.stories += tuple(s for s in line.stories if s not in last.stories)
        else:
            lines.append(dataclasses.replace(line, url="", lines=(line.text,)))
    for line in lines:
        said = {
            kind for start, kind in _IMPORT_RECORDS for text in line.lines if text.startswith(start)
        }
        line.text = next(kind for kind in (RESENT_KEPT, RESENT, FIRST) if kind in said)
        if line.text == FIRST:
            line.lines = ()  # (the version each story had then: its own 历史)
    return lines


def _made_named(lines: list[Activity], on_page: list, windows: list) -> None:
    """Name each story of ``on_page`` (id, headline, when made) that no desk run made (made
    outside its ``windows``) in the command's line (``lines``) closest to when it was made, within
    :data:`SAME_ACTION`: ``import_pages`` keeps no record of the stories it makes (a story's
    version as imported is recorded at its first hand edit, dated at its last save)."""
    for pk, head, made in on_page:
        near = min(lines, key=lambda line: abs(line.at - made), default=None)
        if near is None or abs(near.at - made) > SAME_ACTION:
            continue
        if not any(start <= made <= end for start, end in windows):
            named = {url for _, url in near.stories}
            near.stories += tuple(s for s in _named({pk: head}) if s[1] not in named)


def _resend_lines(page, windows: list) -> list[Activity]:
    """The page's text sent again unchanged (:class:`~articles.models.PageResend`, newest
    first, the last :data:`READ_PAGE_RUNS`) outside the desk's runs (``windows``: a run's line
    says its own): by ``import_pages``, 重发，无变化 by 系统, with the file it came as. One
    query."""
    resends = PageResend.objects.filter(page_id=page.pk).order_by("-at", "-pk")
    return [
        Activity(RESENT_SAME, "", at, lines=(f"来源文件：{name}",) if name else ())
        for at, name in resends.values_list("at", "source_name")[:READ_PAGE_RUNS]
        if not any(start <= at <= end for start, end in windows)
    ]


def page_activity(page, limit: int = 60) -> list[Activity]:
    """A page's imports and re-sends, newest first, for its 历史: each desk run that imported it
    (:func:`_run_line`), each import by ``import_pages`` that changed or made one of its stories
    (:func:`_record_lines`: the records of its stories, its continuations' included, that are
    about this page: :func:`_of_page`), each re-send of its text unchanged by ``import_pages``
    (:func:`_resend_lines`: it changes no story, and writes only that), and its latest import
    when none of these says it (an import that changed the page but none of its stories leaves
    only the page's ``imported_at``). Each line's ``text`` is what the import did (:data:`FIRST`,
    :data:`RESENT`, :data:`RESENT_SAME`, :data:`RESENT_KEPT`), ``user`` who ("" for the
    command), ``lines`` what changed as its report said it, ``stories`` the stories it names
    (their history). Five queries, a sixth when a run's conflicts name stories."""
    here = ArticlePart.objects.filter(page_id=page.pk).values("article_id")
    on_page = list(Article.objects.filter(pk__in=here).values_list("pk", "headline", "created_at"))
    pages = list(
        Page.objects.filter(issue_id=page.issue_id)
        .exclude(pk=page.pk)
        .values_list("label", "source_name")
    )
    pages = [(label, _file_name(name)) for label, name in pages]
    records = [
        record
        for record in Article.history.filter(
            Q(page_id=page.pk)
            | Q(id__in=[pk for pk, _, _ in on_page])
            | Q(issue_id=page.issue_id, history_change_reason__startswith=f"并入{page.label}版")
        )
        .select_related("history_user", "issue__publication", "page")
        .order_by("-history_date", "-history_id")[:READ_STORY_RECORDS]
        if _import_kind(record) and _of_page(record, page, pages)
    ]
    found = _page_runs(page)
    windows = [_run_window(run) for run, _ in found]
    alone = [r for r in records if not any(s <= r.history_date <= e for s, e in windows)]
    kept = {pk for _, result in found for pk in _kept_stories(result)}
    headlines = (
        dict(Article.objects.filter(pk__in=kept).values_list("pk", "headline")) if kept else {}
    )
    lines = [_run_line(run, result, records, headlines, on_page) for run, result in found]
    by_command = _record_lines(alone)
    when = page.imported_at
    said = when is None or any(s <= when <= e for s, e in windows)
    # (a run's line is another import: one by the command a minute after it is still said)
    if not said and not any(abs(line.at - when) <= SAME_ACTION for line in by_command):
        source = (f"来源文件：{page.source_name}",) if page.source_name else ()
        by_command.append(Activity("导入（最近一次）", "", when, lines=source))
    _made_named(by_command, on_page, windows)
    lines += by_command + _resend_lines(page, windows)
    return sorted(lines, key=lambda line: line.at, reverse=True)[:limit]
