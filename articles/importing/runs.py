"""The desk's upload imported in the background (导入任务): a run made from the confirmed preview,
then executed by the task worker page by page, reporting as it goes.

* :func:`run_create` records the run (:class:`articles.models.ImportRun`: who, the files as the
  preview left them in storage, the options); :mod:`articles.tasks` queues it.
* :func:`run_execute` is what the worker runs: each page is imported as its own one-page upload
  (:func:`articles.importing.upload.upload_run`: the page, its jumps, its PDF's image and zones,
  and publishing its new stories if asked, in one transaction), then its result is recorded
  with a heartbeat. A worker killed mid-page leaves whole pages: that page's transaction never
  commits. Running it again (:func:`run_rerun`) skips the pages already done and imports the
  rest; a page already imported with the same bytes is ``unchanged`` (checksum) as always.
  The pages are imported with the permissions of whoever runs it (``ImportRun.run_by``: the
  uploader, then whoever clicked 重新运行): an editor re-running a chief editor's run of a
  published page on a paper that requires sign-off is refused as the editor's own upload is.
* A task for an older attempt (a worker thought dead that comes back) stops at its next page:
  every write is conditioned on the run's ``attempt``.

The files under ``imports/`` are removed when a run finishes with every page imported.
"""

from __future__ import annotations

import re
from datetime import timedelta

from django.core.files.storage import default_storage
from django.db import OperationalError, transaction
from django.utils import timezone

from articles.importing.handedits import hand_edits_refusal, hand_edits_since
from articles.importing.previewedpages import pages_changed_refusal, pages_changed_since
from articles.importing.reportlines import new_paper_line
from articles.importing.settling import reports_settle
from articles.importing.upload import (
    UploadError,
    UploadOutcome,
    conflict_text,
    for_editors,
    report_text,
    upload_run,
    visibility_again,
    warning_text,
)
from articles.importing.uploaditems import WAITING_DIR, UploadItem, waiting_names
from articles.models import ImportRun, ImportRunState
from newsroom.dbcheck import database_busy_message, is_database_locked


class RunBusy(Exception):
    """The run is being imported right now (its worker reports); it cannot be run again yet."""


def run_create(items: list[dict], *, overwrite_edited: bool, publish_new: bool, user) -> ImportRun:
    """A queued run of ``items`` (:meth:`UploadItem.as_session` dicts, files in storage)."""
    user = user if user is not None and user.is_authenticated else None
    return ImportRun.objects.create(
        created_by=user,
        run_by=user,
        items=list(items),
        results=[None] * len(items),
        overwrite_edited=overwrite_edited,
        publish_new=publish_new,
    )


def run_done(
    outcomes: list[UploadOutcome], *, overwrite_edited: bool, publish_new: bool, user, started
) -> ImportRun:
    """An upload imported at once in the request (a few text pages) recorded as a finished run,
    as the worker records one (each page's result: :func:`outcome_entry`), so that the desk's
    recent actions and the issue's 历史 list it with who and when
    (:mod:`articles.activity`) and 最近导入 names who imported its pages; its progress page
    shows what each page did. ``started``: when the import began. Its items keep no stored
    file (nothing is left to import: every page is done)."""
    user = user if user is not None and user.is_authenticated else None
    items = [
        {
            "name": outcome.item.name,
            "paper_name": outcome.item.paper_name,
            "paper_slug": outcome.item.paper_slug,
            "issue_date": outcome.item.issue_date.isoformat(),
            "label": outcome.item.label,
        }
        for outcome in outcomes
    ]
    now = timezone.now()
    return ImportRun.objects.create(
        created_by=user,
        run_by=user,
        items=items,
        results=[
            {"name": i["name"], "label": i["label"], "date": i["issue_date"], **outcome_entry(o)}
            for i, o in zip(items, outcomes, strict=True)
        ],
        overwrite_edited=overwrite_edited,
        publish_new=publish_new,
        state=ImportRunState.DONE,
        started_at=started,
        heartbeat_at=now,
        finished_at=now,
    )


def run_rerun(run: ImportRun, *, user=None) -> ImportRun:
    """Queue ``run`` again (a new attempt) for ``user`` (who clicked 重新运行; recorded as the
    run's ``run_by``, whose permissions its pages are imported with): the pages not yet
    imported are imported. Raises :class:`RunBusy` while its worker is alive (running and
    reporting)."""
    with transaction.atomic():
        locked = ImportRun.objects.select_for_update().get(pk=run.pk)
        if locked.state == ImportRunState.RUNNING and not locked.interrupted:
            raise RunBusy(f"{locked} 正在导入，不能重新运行")
        locked.attempt += 1
        locked.run_by = user if user is not None and user.is_authenticated else None
        locked.state = ImportRunState.QUEUED
        locked.current = ""
        locked.error = ""
        locked.finished_at = None
        locked.results = [r if r and r.get("ok") else None for r in _padded(locked)]
        locked.save()
    return locked


def run_stop(run: ImportRun, *, user=None) -> ImportRun:
    """停止导入: ``run``, not finished, ends as 有失败 with why; the pages it has imported stay,
    the rest are not imported (重新运行 imports them later). Its worker stops at its next page
    (the attempt moves on, as when it is run again); a page it is writing then is kept whole."""
    with transaction.atomic():
        locked = ImportRun.objects.select_for_update().get(pk=run.pk)
        if locked.finished:
            return locked
        who = f"{user} " if user is not None and user.is_authenticated else ""
        locked.attempt += 1
        locked.state = ImportRunState.FAILED
        locked.current = ""
        locked.error = (
            f"已停止：{who}停止了导入。已导入的版面保留，其余的没有导入；要接着导入，点“重新运行”。"
        )
        locked.finished_at = timezone.now()
        locked.save()
    return locked


def run_execute(run_id: int, attempt: int) -> dict:
    """Import the run's pages not yet done, one transaction each, recording each page's result
    and a heartbeat as it goes; returns ``{"state", "done", "failed"}`` (or ``{"skipped": why}``
    when this attempt is not the run's current one). An unexpected error marks the run failed
    and is raised again (the task's own result records it)."""
    with transaction.atomic():
        run = ImportRun.objects.select_for_update().filter(pk=run_id).first()
        if run is None or run.attempt != attempt or run.finished:
            return {"skipped": "not the current attempt, or finished"}
        now = timezone.now()
        run.state = ImportRunState.RUNNING
        run.started_at = run.started_at or now
        run.heartbeat_at = now
        run.save(update_fields=["state", "started_at", "heartbeat_at"])
    try:
        return _pages_import(run, attempt)
    except Exception as exc:
        _update(run_id, attempt, state=ImportRunState.FAILED, error=str(exc)[:2000], current="")
        raise


def _pages_import(run: ImportRun, attempt: int) -> dict:
    results = _padded(run)
    started = timezone.now()
    outcomes: dict[int, UploadOutcome] = {}
    for n, data in enumerate(run.items):
        if results[n] and results[n].get("ok"):
            continue  # imported by an earlier attempt
        where = f"{data['label']}版（{data['name']}）"
        if not _update(run.pk, attempt, current=where):
            return {"skipped": "a newer attempt took over"}
        results[n], outcome = _page_import(run, data)
        if outcome is not None:
            outcomes[n] = outcome
        if not _update(run.pk, attempt, results=results):
            return {"skipped": "a newer attempt took over"}
    if outcomes:  # each page's result as the whole run left it
        _outcomes_settle(outcomes, since=started)
        for n, outcome in outcomes.items():
            results[n] = {**results[n], **outcome_entry(outcome)}
        if not _update(run.pk, attempt, results=results):
            return {"skipped": "a newer attempt took over"}
    failed = sum(1 for r in results if not r["ok"])
    state = ImportRunState.FAILED if failed else ImportRunState.DONE
    _update(run.pk, attempt, state=state, current="", finished_at=timezone.now())
    if not failed:
        _files_remove(run)
    return {"state": state, "done": len(results) - failed, "failed": failed}


def _outcomes_settle(outcomes: dict[int, UploadOutcome], *, since) -> None:
    """The run's pages as the whole run left them: each page is imported in its own
    transaction, so a page's line and what readers see of it were worked out before the pages
    after it (A10's 上接A9版 waiting, A9 later in the run). Its report's clauses that depend on
    other pages (:func:`~articles.importing.settling.reports_settle`) and its
    :class:`~articles.importing.visibility.Visibility` are worked out again (what was published
    with it stays named as published)."""
    reports_settle([outcome.report for outcome in outcomes.values()])
    for outcome in outcomes.values():
        if outcome.visibility is not None:
            published = outcome.visibility.published_now
            outcome.visibility = visibility_again(outcome, since=since, published_now=published)


def _page_import(run: ImportRun, data: dict) -> tuple[dict, UploadOutcome | None]:
    """One page, in one transaction: its result entry (JSON), and its outcome (None when it
    failed)."""
    entry = {"name": data["name"], "label": data["label"], "date": data["issue_date"]}
    try:
        item = UploadItem.from_session(data)
    except OSError:
        return {
            **entry,
            "ok": False,
            "error": f"{data['name']}：上传的文件已不在存储中（可能已被清理）；请重新上传这一版。",
        }, None
    seen = data.get("hand_edits")  # None: a run queued before runs carried them

    def hand_edits_check() -> None:  # in the page's transaction, the page parsed before it
        since = hand_edits_since([item], seen) if run.overwrite_edited and seen is not None else []
        if since:  # hand edits its preview did not see are never overwritten
            raise UploadError(hand_edits_refusal(since, background=True))
        changed = pages_changed_since([item], [data.get("page_state")])
        if any(not change.same for change in changed):  # nor a page changed since its preview
            raise UploadError(pages_changed_refusal(changed, background=True))

    try:
        [outcome] = upload_run(
            [item],
            dry_run=False,
            overwrite_edited=run.overwrite_edited,
            publish_new=run.publish_new,
            user=run.run_by,
            before_write=hand_edits_check,
        )
    except UploadError as exc:
        return {**entry, "ok": False, "error": str(exc)}, None
    except OperationalError as exc:  # SQLite's write lock held elsewhere: this page only
        if not is_database_locked(exc):
            raise
        then = "其余版面照常导入；稍后点“重新运行”导入这一版"
        return {**entry, "ok": False, "error": database_busy_message("这一版", then)}, None
    return {**entry, **outcome_entry(outcome)}, outcome


def outcome_entry(outcome: UploadOutcome) -> dict:
    """What the desk shows of one imported page (JSON): the report line, conflicts, warnings,
    what readers see, the new drafts' ids; ``new_paper``: the line the command prints of the
    paper this page's import made or named (:func:`~articles.importing.reportlines.new_paper_line`),
    else ``""``, and ``paper_slug`` the page's paper's slug."""
    report = outcome.report
    lines = [f"冲突：{conflict_text(c)}" for c in report.conflicts]
    lines += [f"覆盖：{for_editors(line)}" for line in report.overwritten]
    lines += [f"续文：{line}" for line in report.dropped_continuations]
    lines += [warning_text(w) for w in report.warnings]
    visibility = outcome.visibility
    if visibility is not None:
        lines.append(visibility.summary)
    return {
        "ok": True,
        "action": report.action,
        "summary": report_text(report),
        "lines": lines,
        "page_id": report.page_id,
        "drafts": visibility.new_draft_ids if visibility else [],
        "new_paper": new_paper_line(report),
        "paper_slug": report.paper_slug,
        # the stories whose page text changed under a hand edit: the desk links each to its
        # 采用版面文本 notice (story id, and the conflict line's start naming it)
        "page_text": [
            {"story": story, "name": conflict_name(line)}
            for line, story in report.page_text_stories.items()
        ]
        + [  # (a photo's: articles.admin.phototext)
            {"photo": photo, "name": conflict_name(line)}
            for line, photo in report.page_text_photos.items()
        ],
        # photos kept that the page no longer prints (an upload, hand edits): the desk links
        # each to its 删除 page (articles.admin.phototext.photo_delete_url)
        "left_photos": [
            {"photo": photo, "name": conflict_name(line)}
            for line, photo in report.left_photos.items()
        ],
    }


#: A conflict line's start naming its story or photo whole: up to its quoted name's closing
#: quote (the quotes a name prints inside are single: ``storynames.quoted``).
_QUOTED_NAME = re.compile(r"[^“：]*“[^”]*”")


def conflict_name(line: str) -> str:
    """The start of conflict ``line`` as the desk says it (:func:`conflict_text`) naming its
    story or photo: ``A1版 第2位的图片“图为：游客…”`` whole (a caption or title may print a
    ``：``), or up to the first ``：`` when it names none in quotes (``A1版 第1位的图片``)."""
    text = conflict_text(line)
    named = _QUOTED_NAME.match(text)
    return named.group(0) if named else text.split("：", 1)[0]


def _padded(run: ImportRun) -> list:
    results = list(run.results or [])
    return results + [None] * (len(run.items) - len(results))


def _update(run_id: int, attempt: int, **fields) -> bool:
    """Write ``fields`` and a heartbeat, if ``attempt`` is still the run's; whether it was."""
    return bool(
        ImportRun.objects.filter(pk=run_id, attempt=attempt).update(
            heartbeat_at=timezone.now(), **fields
        )
    )


def _files_remove(run: ImportRun) -> None:
    waiting_discard(run.items, exclude=run.pk)


def waiting_discard(
    items: list[dict], *, keep: list[dict] = (), exclude: int | None = None
) -> None:
    """Remove the waiting files of ``items`` (session dicts) that neither ``keep`` nor a run not
    yet done (other than run ``exclude``) needs."""
    names = {name for data in items for name in waiting_names(data)}
    names -= {name for data in keep for name in waiting_names(data)}
    if not names:
        return
    for other in ImportRun.objects.exclude(pk=exclude).exclude(state=ImportRunState.DONE):
        names -= {name for data in other.items for name in waiting_names(data)}
    for name in names:
        default_storage.delete(name)


#: How long a previewed upload's files wait under ``imports/`` for their confirmation: older
#: ones whose preview was never confirmed nor replaced (the editor closed the tab) are removed.
WAITING_MAX_AGE = timedelta(days=1)


def waiting_prune(keep: list[dict] = (), max_age: timedelta = WAITING_MAX_AGE) -> int:
    """Remove the files under ``imports/`` older than ``max_age`` that neither ``keep`` (the
    session items of the preview just made: a file stored once before is used again, whatever
    its age) nor a run not yet done needs: those of previews never confirmed nor replaced.
    Returns how many were removed. A storage that cannot list or date its files is left alone.
    Called when a preview is made, so the folder holds at most a day of abandoned previews."""
    cutoff = timezone.now() - max_age
    needed = {name for data in keep for name in waiting_names(data)} | {
        name
        for run in ImportRun.objects.exclude(state=ImportRunState.DONE)
        for data in run.items
        for name in waiting_names(data)
    }
    removed = 0
    try:
        folders = default_storage.listdir(WAITING_DIR)[0]
    except (FileNotFoundError, NotImplementedError):
        return 0
    for folder in folders:
        for file in default_storage.listdir(f"{WAITING_DIR}/{folder}")[1]:
            name = f"{WAITING_DIR}/{folder}/{file}"
            try:
                old = name not in needed and default_storage.get_modified_time(name) < cutoff
            except (NotImplementedError, OSError):
                continue
            if old:
                default_storage.delete(name)
                removed += 1
    return removed
