"""The desk's page upload as a service: preview (a dry run of the whole batch), then confirm.

The upload form (:class:`articles.forms.PageUploadForm`) checks what the editor gave and turns
it into :class:`~articles.importing.uploaditems.UploadItem` objects; :func:`upload_run` imports them with the pipeline, all or
nothing, and says in Chinese what happened (:func:`report_text`, the jump lines). Each page is
decoded and parsed once: the preview shows the parse the dry run wrote.

A page may come with its PDF (``A1.pdf`` beside ``A1.txt``, or alone: its text is then the PDF's
text layer, read by the form); the PDF's image and zones are attached after the page is written
(:class:`articles.importing.pdfs.PdfAttacher`). Between the preview and the confirmation, and
for the background import (:mod:`articles.importing.runs`), the files wait in Django's default
storage under ``imports/`` (named by their SHA-256: :mod:`articles.importing.uploaditems`): the
session and the run keep only names.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from types import SimpleNamespace

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from articles import parsing
from articles.changes import content_changed
from articles.continuations import held_jumps_resolve
from articles.editing import history_baseline
from articles.importing.jumplines import jump_lines
from articles.importing.pdfmismatch import BOX, page_story_texts, pdf_questioned
from articles.importing.pdfprepare import PdfPreparer
from articles.importing.pdfreport import dry_run_action, dry_run_line
from articles.importing.pdfs import PdfAttacher, PdfPage, pdf_limits
from articles.importing.pdfsources import pdf_read_ahead
from articles.importing.pdfunreadable import unreadable_said
from articles.importing.pipeline import page_import_parsed
from articles.importing.preparing import prepared_or_error
from articles.importing.previewpictures import pictures_to_come
from articles.importing.previewrows import as_stored, hand_edits_kept
from articles.importing.publishedface import face_refusal, page_face, shown_refusal
from articles.importing.rematch import stored_pdf_rezone
from articles.importing.reportlines import DRY_RUN_ACTION_WORDS, page_line
from articles.importing.reports import (
    PageImportError,
    PageImportReport,
    conflict_in_chinese,
    previewing,
    warning_in_chinese,
)
from articles.importing.settling import reports_settle
from articles.importing.stamps import (
    DATE_WRONG_BOX,
    DATE_WRONG_FLAG,
    LABEL_WRONG_BOX,
    LABEL_WRONG_FLAG,
)
from articles.importing.textkept import pdf_attached, text_kept_line
from articles.importing.uploaditems import UploadItem
from articles.importing.visibility import Visibility, page_visibility, seen_before
from articles.models import (
    Article,
    Page,
    PageImage,
    Status,
)
from articles.signoff import may_publish, publish_refusal, published_reimport_refusal
from articles.zonechecks import to_come_line

# The history record's reason when an upload publishes the new stories of a late page.
PUBLISH_NEW_REASON = "发布（随补导的版面）"
# The same on a paper that requires sign-off: a chief editor's publishing signs the story off.
SIGNOFF_PUBLISH_NEW_REASON = "签发并发布（随补导的版面）"

#: The desk's box that deletes a published story a re-sent page no longer has (the command's
#: --overwrite-edited does that too; the desk asks apart: PageInput.remove_published).
REMOVE_PUBLISHED_BOX = "删去版面文本里已没有的已发布稿件"

_FLAG_NAMES = {
    # A published story kept or removed: the desk's own box, not 覆盖人工修改 (first: longest).
    "确要删去，加上 --overwrite-edited 再导入一次本版": f"确要删去，勾选“{REMOVE_PUBLISHED_BOX}”再导入一次本版",
    "：新的版面文本里已没有它，按 --overwrite-edited": f"：新的版面文本里已没有它，按“{REMOVE_PUBLISHED_BOX}”",
    "请加上 --replace-unrelated 再导入": "请在预览下方勾选“确是本版的新文本，替换本版”再确认",
    "请加上 --attach-unmatched-pdf 再导入": "请在预览下方勾选“确是本版的 PDF，照样挂上”再确认",
    f"请加上 {LABEL_WRONG_FLAG} 按": f"请勾选“{LABEL_WRONG_BOX}”，按",  # (stamps.stamp_check)
    "加上 --overwrite-edited": "勾选“覆盖人工修改”",  # a conflict line (reports._CONFLICTS)
    "--date": "“出版日期”",
    "--page": "“版次”",
    "--paper": "“报纸”",
    "--overwrite-edited": "“覆盖人工修改”",
}


# What the desk says instead of the command's --encoding advice (the form has no such field).
_ENCODING_ADVICE = re.compile(
    r"若是，请用 --encoding \S+ 导入，或|请给出正确的 --encoding，或不给，让系统自动识别"
)


# What the desk says instead of the command's advice on a page stamp's date: an upload has no
# folder; its date is the 出版日期 field or the file's name (preparing.stamp_check).
_STAMP_DATE_ADVICE = re.compile(r"请给出 --date (\S+)（日期取自文件夹名的，改正文件夹名）；")
# ... and on a print that is wrong: the form's date with its tick box (stamps.DATE_WRONG_BOX).
_DATE_WRONG_ADVICE = re.compile(rf"请加上 --date (\S+) {DATE_WRONG_FLAG} ")


def for_editors(message: str) -> str:
    """A service message with the command-line flags it mentions named as the form's fields
    (and advice on a folder or ``--encoding``, which an upload has not, said for the form)."""
    message = _ENCODING_ADVICE.sub("请", message)
    message = _STAMP_DATE_ADVICE.sub(
        r"请把“出版日期”填为 \1（文件名里带日期的，请改正文件名里的日期）；", message
    )
    message = _DATE_WRONG_ADVICE.sub(rf"请把“出版日期”填为 \1，勾选“{DATE_WRONG_BOX}”，", message)
    for flag, name in _FLAG_NAMES.items():
        message = message.replace(flag, name)
    return message


def _reason(exc: PageImportError, item: UploadItem) -> str:
    """Why ``item`` cannot be imported, for the desk: the error without the file name the
    service puts first (the desk names the file itself)."""
    text = str(exc)
    for prefix in (f"{item.name}: ", f"{item.label}: "):
        if text.startswith(prefix):
            text = text[len(prefix) :]
            break
    return for_editors(text)


def warning_text(line: str) -> str:
    """A warning of an import report as the desk says it: in Chinese
    (:func:`~articles.importing.reports.warning_in_chinese`), flags named as the form's fields."""
    return for_editors(warning_in_chinese(line))


def conflict_text(line: str, *, dry_run: bool = False) -> str:
    """A conflict line of an import report as the desk says it (see :func:`warning_text`); a
    dry run's (the preview) says what the import will do (将保留)."""
    return for_editors(conflict_in_chinese(line, dry_run=dry_run))


@dataclass
class UploadOutcome:
    """One page of an upload: its report, the page as parsed, and (a preview) ``shown``: the
    page as the import stores it (:func:`~articles.importing.previewrows.as_stored`: a
    continuation's repeated headline taken off its text by the jump resolution), and ``kept``:
    the positions of its stories edited by hand that the import keeps as the editor saved them
    (:func:`~articles.importing.previewrows.hand_edits_kept`)."""

    item: UploadItem
    report: PageImportReport
    parsed: parsing.ParsedPage | None = None
    shown: parsing.ParsedPage | None = None
    jumps: list[str] = field(default_factory=list)
    visibility: Visibility | None = None
    kept: tuple[int, ...] = ()
    seen: Visibility | None = None


class UploadError(Exception):
    """An upload that cannot be imported; nothing of it was written."""


class _Rollback(Exception):
    pass


def upload_run(
    items: list[UploadItem],
    *,
    dry_run: bool,
    overwrite_edited: bool = False,
    publish_new: bool = False,
    user=None,
    failed: list[str] | None = None,
    before_write: Callable[[], None] | None = None,
    after_write: Callable[..., object] | None = None,
) -> list[UploadOutcome]:
    """Import ``items`` with the import service, all or nothing.

    Every page is decoded, parsed and checked first, and its PDF read and rendered (a real
    run's: :func:`_pdf_ahead`), outside any transaction (seconds for a large page); only then
    is the transaction opened and the batch written (and, in a dry run, rolled back): on SQLite
    a transaction holds the one write lock from its start (``BEGIN IMMEDIATE``), so a preview
    never blocks another import, the background worker or an editor's save while it parses. ``before_write``: called first inside that transaction
    (the confirmation's check of the hand edits its preview saw, on locked rows);
    ``after_write``: called last in it with the outcomes, the options, ``user`` and ``started``
    (when the run began), a real run's only (the desk's record of it: ``runs.run_done``).

    A dry run imports the whole batch inside a transaction and rolls it back, so the preview
    shows what the batch would do together (a jump from A1 linked to A2 uploaded with it), and
    what readers would see of each page (:class:`Visibility`); its reports are dry runs'
    (:func:`~articles.importing.reports.previewing`: 将删去, 将被覆盖, as ``--dry-run`` says).
    ``publish_new``: the stories the upload creates in an issue already published are published
    too, in the same transaction, with ``user`` in their history; on a paper that requires
    sign-off only by a user who may sign off (:func:`new_stories_publish`: else
    :class:`UploadError`, nothing written).

    ``failed``: a page that cannot be imported (undecodable, cut off, binary, a stamp that
    contradicts its date…) raises :class:`UploadError` naming it, nothing written; given a
    list, it is appended there instead (``无法导入 A3.txt：…``, one line a page, the page's
    own writing rolled back) and the other pages go on, as ``import_pages`` goes on past a
    bad file: the preview shows the good pages and names every bad one at once.
    """
    outcomes: list[UploadOutcome] = []
    started = timezone.now()
    attaching = not dry_run and any(item.pdf for item in items)
    with PdfPreparer(pdf_limits()) if attaching else nullcontext() as preparer:
        # No transaction open: each page parsed, its PDF (a real run's) read and rendered.
        parsed = [
            (item, prepared_or_error(item.as_input()), _pdf_ahead(item, preparer)) for item in items
        ]
        try:
            with previewing() if dry_run else nullcontext(), transaction.atomic():
                if before_write is not None:
                    before_write()
                _batch_import(parsed, outcomes, dry_run, overwrite_edited, started, failed, user)
                if publish_new:
                    _publish_new(outcomes, user=user, since=started)
                if dry_run:
                    raise _Rollback
                if after_write is not None:
                    options = {"overwrite_edited": overwrite_edited, "publish_new": publish_new}
                    after_write(outcomes, **options, user=user, started=started)
        except _Rollback:
            pass  # the preview's reports say what the import will do (made inside ``previewing``)
    return outcomes


def _pdf_ahead(item: UploadItem, preparer: PdfPreparer | None) -> PdfPage | None:
    """``item``'s PDF read before the upload's transaction opens
    (:func:`~articles.importing.pdfsources.pdf_read_ahead`); None for none, or without a
    ``preparer`` (a preview, which attaches nothing)."""
    if preparer is None or not item.pdf:
        return None
    page = SimpleNamespace(
        paper_name=item.paper_name,
        paper_slug=item.paper_slug,
        date=item.issue_date,
        label=item.label,
    )
    return pdf_read_ahead(item.pdf, item.pdf_name, page, preparer)


def _batch_import(
    parsed, outcomes, dry_run: bool, overwrite_edited: bool, started, failed: list[str] | None, user
) -> None:
    """Import ``parsed`` (an item, its page parsed or its error, and its PDF read:
    :func:`upload_run` made them; inside its transaction), appending each one's
    :class:`UploadOutcome` to ``outcomes``; its jumps and visibility after the whole batch. A
    page that cannot be imported goes to ``failed`` (each page is written in a savepoint of
    its own: nothing of it stays), or raises :class:`UploadError` when ``failed`` is None.
    What readers saw of each published page before it is written (``seen``) goes with its
    outcome: a preview and a real run alike say what changed of it (``读者已看到改动：1 张图片``,
    pictures compared by content) and what stays (照旧), as ``import_pages`` does."""
    before = {}  # (what readers saw of each page before, by page id)
    pictures: dict[int, dict] = {}  # (and the pictures its PDF will give its photos)
    with PdfAttacher() as attacher:
        for item, prepared, pdf in parsed:
            seen = seen_before(item, since=started)  # (a published page's: compared after)
            try:
                with transaction.atomic():  # ``user`` may not change a published story: undone
                    face = page_face(item, user)  # nor what readers see beside its stories
                    report, page = page_import_parsed(prepared, overwrite_edited=overwrite_edited)
                    refusal = (
                        published_reimport_refusal(
                            report.page_id,
                            item.label,
                            user,
                            since=started,
                            new=report.action == "created",
                        )
                        or face_refusal(face, item.label, item.pdf)
                        or shown_refusal(face, report.page_id, item.label, user)
                    )
                    if refusal:
                        raise PageImportError(refusal)
            except PageImportError as exc:
                if failed is None:
                    raise UploadError(f"无法导入 {item.name}：{_reason(exc, item)}") from None
                failed.append(f"无法导入 {item.name}：{_reason(exc, item)}")
                continue
            if item.pdf and dry_run:  # the preview says what the import will do with it
                row = Page.objects.get(pk=report.page_id)
                pictures[report.page_id] = _pdf_checked(report, item, row, seen=seen is not None)
            elif item.pdf:
                _attached(
                    attacher.add(
                        (item, report),
                        Page.objects.get(pk=report.page_id),
                        pdf,
                        text_changed=report.action != "unchanged",
                        unmatched_ok=item.attach_unmatched_pdf,
                    )
                )
            else:  # its text alone: zones matched again from its stored PDF (a preview: said)
                stored_pdf_rezone(report)
            outcomes.append(UploadOutcome(item=item, report=report, parsed=page))
            before[report.page_id] = seen
        _attached(attacher.finish())
    # After the whole batch: what each page's line says of other pages (A1's 下转A2版 answered
    # by A2 uploaded with it), its jumps and what readers see.
    reports_settle([outcome.report for outcome in outcomes])
    for outcome in outcomes:
        outcome.jumps = jump_lines(outcome.report.page_id)
        outcome.seen = before.get(outcome.report.page_id)
        outcome.visibility = page_visibility(
            outcome.report.page_id,
            since=started,
            dry_run=dry_run,
            before=outcome.seen,
            pictures=pictures.get(outcome.report.page_id, {}) if dry_run else _stored(outcome),
        )
        if dry_run and outcome.parsed is not None:  # the preview's rows: what is stored
            outcome.shown, outcome.kept = hand_edits_kept(
                as_stored(outcome.parsed, outcome.report.page_id),
                outcome.report.page_id,
                overwrite_edited=overwrite_edited,
            )


def _attached(done: list) -> None:
    """What attaching the pages' PDFs did (:class:`PdfAttacher`), in each page's report's
    warnings. Raises :class:`UploadError` for a PDF that cannot be used."""
    for (item, report), outcome in done:
        if isinstance(outcome, Exception):
            raise UploadError(f"无法导入 {item.pdf_name or item.name}：{for_editors(str(outcome))}")
        pdf_attached(report, item.pdf_name, outcome)


def _pdf_checked(
    report: PageImportReport, item: UploadItem, page: Page, *, seen: bool
) -> dict[int, str]:
    """A preview's page (``page``, as the preview wrote it) with its PDF: what the import will
    do with it (new, updated or unchanged, against the PDF kept for the page:
    :func:`dry_run_action`), in its report; a PDF on which few of its stories are found said
    so (:func:`~articles.importing.pdfmismatch.pdf_questioned`), as is one whose text layer
    cannot be read (:func:`~articles.importing.pdfunreadable.unreadable_said`). Returns the pictures a changed
    PDF will give the photos of a page readers see (``seen``), by photo id
    (:func:`~articles.importing.previewpictures.pictures_to_come`); else {}."""
    current = PageImage.objects.filter(page_id=report.page_id).only("pdf_checksum", "pdf_page")
    checksum = hashlib.sha256(item.pdf).hexdigest()
    report.pdf_action = dry_run_action(checksum, 0, current.first())
    report.pdf_line = dry_run_line(report.pdf_action)
    if report.pdf_action == "updated" and (line := to_come_line(report.page_id)):
        report.warnings.append(line)  # (its hand zones: on the old picture once it is in)
    if report.text_kept_from:
        report.pdf_line = text_kept_line(report, item.pdf_name, None)
    questioned = item.name != item.pdf_name or report.text_kept_from  # (text not from it)
    if report.pdf_action == "unchanged":
        return {}
    layout = PdfPage(item.pdf).read_layout(pdf_limits())
    unreadable_said(report, layout, desk=True)  # (its text layer cannot be read: said, asked)
    if questioned:  # its text not read from this PDF: are its stories on it?
        pdf_questioned(report, layout, page_story_texts(page), desk=True)
    return pictures_to_come(page, item.pdf, layout, pdf_limits()) if seen else {}


def _publish_new(outcomes: list[UploadOutcome], *, user, since) -> None:
    """Publish the new draft stories of pages going into published issues (history kept), and
    say again what readers see of every page: a story published starts on one page and may go
    on on another (A10's 上接A9版 part is public once A9's story is)."""
    ids = [pk for o in outcomes if o.visibility for pk in o.visibility.new_draft_ids]
    if new_stories_publish(ids, user=user):
        # Publishing them made the links held for them (a published continuation waiting for
        # its head's sign-off): the lines that said 暂不合并 are untrue now.
        reports_settle([outcome.report for outcome in outcomes])
    for outcome in outcomes:
        if outcome.visibility is None:
            continue
        published = [title for _, title in outcome.visibility.drafts]
        outcome.visibility = visibility_again(outcome, since=since, published_now=published)
        if published:
            outcome.report.new_drafts = []  # published: the report no longer says they are drafts


def _stored(outcome: UploadOutcome) -> dict | None:
    """How a real run compares the photos of ``outcome``'s page with what readers saw before
    it (``outcome.seen``): by what is in their stored pictures ({}: the preview's and
    ``import_pages``' comparison, :func:`~articles.importing.visibility.page_visibility`);
    None (by words) for a page readers saw nothing of."""
    return {} if outcome.seen is not None else None


def visibility_again(outcome: UploadOutcome, *, since, published_now: list[str]) -> Visibility:
    """What readers see of ``outcome``'s page now (:func:`page_visibility`), naming
    ``published_now`` (titles) as the stories the upload published with it; what they saw
    of it before the upload (``outcome.seen``) said apart, its pictures compared by content."""
    visibility = page_visibility(
        outcome.report.page_id, since=since, before=outcome.seen, pictures=_stored(outcome)
    )
    visibility.published_now = list(published_now)
    return visibility


def new_stories_refusal(publications, user) -> str:
    """Why ``user`` may not publish the new stories of an upload into ``publications`` (the
    papers of its pages), or ``""``: on a paper that requires sign-off
    (``Publication.review_required``) only a chief editor publishes
    (:func:`articles.signoff.may_publish`, the rule of every publish path)."""
    for publication in publications:
        if not may_publish(user, publication):
            return publish_refusal(publication)
    return ""


@transaction.atomic
def new_stories_publish(ids, *, user=None) -> list[Article]:
    """Publish the draft stories ``ids`` that are in published issues (the new stories of a
    page imported late); others are left as they are. Returns the stories published, each with
    a history record naming ``user`` and :data:`PUBLISH_NEW_REASON`.

    On a paper that requires sign-off, only a user who may sign off publishes (else
    :class:`UploadError`, nothing written: :func:`new_stories_refusal`), and publishing signs
    the stories off too: ``signed_off_by`` is ``user``, ``signed_off_at`` now, the history's
    reason :data:`SIGNOFF_PUBLISH_NEW_REASON`."""
    articles = list(
        Article.objects.select_for_update()
        .filter(pk__in=list(ids), status=Status.DRAFT, issue__status=Status.PUBLISHED)
        .select_related("issue__publication")
        .order_by("pk")
    )
    if not articles:
        return []
    refusal = new_stories_refusal({a.issue.publication for a in articles}, user)
    if refusal:
        raise UploadError(f"没有发布任何稿件：{refusal}")
    history_baseline(articles)
    now = timezone.now()
    for reviewed in (False, True):
        group = [a for a in articles if a.issue.publication.review_required == reviewed]
        for article in group:
            article.status = Status.PUBLISHED
            if reviewed:
                article.signed_off_by, article.signed_off_at = user, now
        if group:
            bulk_update_with_history(
                group,
                Article,
                ["status", "signed_off_by", "signed_off_at"] if reviewed else ["status"],
                default_user=user,
                default_change_reason=SIGNOFF_PUBLISH_NEW_REASON
                if reviewed
                else PUBLISH_NEW_REASON,
            )
    content_changed()  # bulk_update sends no post_save
    held_jumps_resolve(a.pk for a in articles)  # a published continuation waited for one
    return articles


def report_text(report: PageImportReport) -> str:
    """An import report's line as the desk says it: the command's line
    (:func:`~articles.importing.reportlines.page_line`: the same verb, counts and clauses), with
    what the page's PDF did before the encoding (``…；版面 PDF：已更新，3 个热区``). A preview's
    report (a dry run) says what the import will do (``将新建``); one whose PDF few of its
    stories are found on, that it waits for the tick box (:data:`pdfmismatch.BOX`)."""
    if report.dry_run and report.pdf_mismatch:
        done = DRY_RUN_ACTION_WORDS.get(report.outcome, report.outcome)
        verb = f"须勾选“{BOX}”才导入（勾选后{done}；不勾选，这次上传什么都不写入）"
        return page_line(report, with_pdf=True, verb=verb)
    return page_line(report, with_pdf=True)
