"""Import printed-page text files: ``python manage.py import_pages PATH... [options]``."""

import codecs
import os
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from articles.importing import (
    ImportRun,
    PageImportError,
    PageImportReport,
    PageInput,
    pages_import,
    pdfs,
    pdfsources,
)
from articles.importing.filenames import shown_path
from articles.importing.pdfbefore import PdfsBeforeWrite
from articles.importing.pdfdryrun import dry_run_pdf_said, text_said
from articles.importing.pdfprepare import PdfPreparer, sigterm_as_exit
from articles.importing.readers import SeenBefore, readers_line, reports_readers
from articles.importing.rematch import stored_pdf_rezone
from articles.importing.reportlines import new_paper_line, waiting_continuations_line
from articles.importing.reports import conflict_in_chinese, flag_line, warnings_in_chinese
from articles.importing.settling import reports_settle
from articles.importing.sources import (
    SourceError,
    read_page_file,
)
from articles.importing.stamps import DATE_WRONG_FLAG, SAID_WRONG
from articles.importing.storedflags import flags_beside_warnings
from articles.importing.textkept import pdf_attached
from articles.management.commands._chinese_help import ChineseHelpMixin
from articles.management.commands._import_options import HELP, add_import_arguments
from articles.management.commands._import_sources import passed_over_line, run_sources
from articles.management.commands._import_stops import RunProgress, stops_said
from articles.management.commands._json_refusals import (
    JsonRefusalsMixin,
    report_document,
)
from articles.models import Page
from articles.pdfpages import PdfPageError
from articles.progress import advance, progress_bar


class Command(ChineseHelpMixin, JsonRefusalsMixin, BaseCommand):
    help = HELP

    def add_arguments(self, parser):
        add_import_arguments(parser)

    def handle(self, *args, **options):
        # Stopped by SIGTERM (timeout, systemd), it cleans up as after Ctrl-C: the PDFs'
        # temporary files removed, the batch being written rolled back. Ctrl-C and a full disk
        # end it in one line saying what is written and how to go on (_import_stops).
        self._progress = RunProgress(dry_run=options["dry_run"])
        with stops_said(self._progress), sigterm_as_exit():
            return self._import(*args, **options)

    def _import(self, *args, **options):
        workers = _checked_flags(options)
        encoding = _encoding_name(options["encoding"])
        passed_over: list[Path] = []  # a folder's files that are no page files
        unread: list[str] = []  # what a folder holds under a page's name that is none (failed)
        sources, pdf_refs, skipped = run_sources(options, passed_over=passed_over, unread=unread)
        run = _run_started(sources, pdf_refs, unread, skipped=skipped, dry_run=options["dry_run"])
        progress = progress_bar(
            len(sources), stream=self.stderr, unit="page", quiet=options["json"]
        )
        given = self._progress.given  # the sources handed to the service, in order: its
        # results come in that order (a run stopped halfway names the first without one)
        given_pdfs = []  # and their PDFs (or None)
        given_inputs = []  # and, in a dry run, the inputs of pages with a text beside their PDF

        max_bytes = settings.NEWSROOM_MAX_PAGE_BYTES
        # Each page's PDF read and rendered once, when it is checked (a dry run only checks).
        preparer = PdfPreparer(pdfs.pdf_limits(), dry_run=options["dry_run"])
        # A PDF beside its text: checked against the page as parsed, before it is written.
        checks = PdfsBeforeWrite(
            allowed=options["attach_unmatched_pdf"], dry_run=options["dry_run"], preparer=preparer
        )

        started = timezone.now()  # the stories created since are the run's new ones
        self._progress.started = started
        # What readers saw of the published pages before the run wrote them (readers' lines).
        seen = SeenBefore(since=started)

        def inputs():
            for source, ref in zip(sources, pdf_refs, strict=True):
                try:  # decoded once, by the import service
                    data, pdf = pdfsources.source_data(
                        source,
                        ref,
                        lambda path: read_page_file(path, max_bytes=max_bytes),
                        preparer=preparer,
                    )
                except PdfPageError as exc:
                    advance(progress, source.path.name)
                    run.failures.append(f"{ref.path}: {exc}")
                    continue
                except OSError as exc:
                    advance(progress, source.path.name)
                    run.failures.append(
                        f"{source.path}: 读不了这个文件（{exc.strerror or exc}）；请检查文件和权限"
                    )
                    continue
                except SourceError as exc:
                    advance(progress, source.path.name)
                    run.failures.append(str(exc))
                    continue
                given.append(source)
                given_pdfs.append(pdf)
                page_input = PageInput(
                    paper_name=source.paper_name,
                    paper_slug=source.paper_slug,
                    issue_date=source.date,
                    label=source.label,
                    data=data,
                    source_name=str(source.path),
                    encoding=encoding,
                    # A PDF alone: its headline lines' type sizes, read with its text (a
                    # page whose text came from a text file keeps it: importing.textkept).
                    line_sizes=pdf.line_sizes if pdf is not None else None,
                    pdf_text=ref is not None and source.path.suffix.lower() == ".pdf",
                    replace_unrelated=options["replace_unrelated"],
                    **{name: options[name] for name in SAID_WRONG},  # the print said wrong
                )
                # A dry run's page with a PDF beside its text: what ``checks`` found of its
                # stories on the PDF, as parsed, is said in its report (its rows rolled back).
                text_beside = pdf is not None and not page_input.pdf_text and options["dry_run"]
                given_inputs.append(page_input if text_beside else None)
                checks.add(page_input, pdf)
                if not options["dry_run"]:
                    seen.add(page_input)
                yield page_input

        results = pages_import(
            inputs(),
            dry_run=options["dry_run"],
            overwrite_edited=options["overwrite_edited"],
            batch_pages=options["batch_size"],
            workers=workers,
            check=checks,
        )
        # Pages with a PDF wait for it (PdfAttacher encodes a page's image while it reads the
        # next page); the reports go out in order.
        waiting: list[list] = []  # [result, its PDF still attaching, its number], in order

        printed: dict[int, str] = {}  # each page line printed as its page came in
        announced: set[str] = set()  # the new papers said (once each, before their first page)

        def report_ready() -> None:
            while waiting and not waiting[0][1]:
                result = waiting.pop(0)[0]
                run.add(result)
                if not options["json"] and not isinstance(result, PageImportError):
                    progress.clear()
                    said = new_paper_line(result)  # (a paper made or named by the run)
                    if said and result.paper_slug not in announced:
                        announced.add(result.paper_slug)
                        self.stdout.write(said)
                    self._print_report(result)
                    printed[id(result)] = result.summary

        def attached(done) -> None:
            for entry, outcome in done:
                entry[0] = self._attached(entry[0], given_pdfs[entry[2]], outcome)
                entry[1] = False
                given_pdfs[entry[2]] = None  # its bytes no longer needed
            report_ready()

        with pdfs.PdfAttacher() as attacher, preparer:
            for n, result in enumerate(results):  # each batch's PDFs checked as it is read
                self._progress.reported = n + 1
                advance(progress, given[n].path.name)
                pdf = given_pdfs[n]
                if pdf and not isinstance(result, PageImportError) and not result.dry_run:
                    entry = [result, True, n]
                    waiting.append(entry)
                    page = Page.objects.get(pk=result.page_id)
                    changed = result.action != "unchanged"
                    unmatched_ok = options["attach_unmatched_pdf"]
                    done = attacher.add(
                        entry, page, pdf, text_changed=changed, unmatched_ok=unmatched_ok
                    )
                    attached(done)
                else:
                    result = dry_run_pdf_said(result, pdf, given_inputs[n], checks)
                    given_pdfs[n] = None
                    stored_pdf_rezone(result)  # text alone: zones from its stored PDF
                    waiting.append([result, False, n])
                    report_ready()
            attached(attacher.finish())
        progress.close()

        # Each page's line is printed as its page comes in (a killed run has said what it
        # wrote). What a line says of other pages is worked out again once every page is in (a
        # dry run's were, before it rolled back): a line a later page made untrue (A1's
        # 下转A2版 待接, A2 coming in a later batch) is printed again as it stands at the end.
        if not options["dry_run"]:
            reports = [r for r in run.reports if isinstance(r, PageImportReport)]
            reports_settle(reports)
            for report in reports:
                if printed.get(id(report), report.summary) != report.summary:
                    self.stdout.write(f"全部版面导入后，{report.summary}")
            # A page of an issue already published is public at once, in part (its
            # continuations of published stories): said as the desk says it.
            reports_readers(reports, since=started, before=seen)
            if not options["json"]:
                for report in reports:
                    if report.readers:
                        self.stdout.write(readers_line(report))
        self._write_end(run, passed_over, as_json=options["json"])
        if run.has_errors():
            without_pdf = run.pdf_failures
            for failure in run.failures:
                said = "版面 PDF 未能附上" if failure in without_pdf else "导入失败"
                self.stderr.write(f"{said}：{failure}")
            raise CommandError(run.failure_summary)

    def _write_end(self, run: ImportRun, passed_over: list[Path], *, as_json: bool) -> None:
        """The run's end: its JSON document (with ``"passed_over"``: the folders' files that
        are no page files) or its summary line, after the line naming those files."""
        if as_json:
            document = report_document(run.as_dict(), failures=run.failures)
            document["passed_over"] = [shown_path(file)[0] for file in passed_over]
            self.write_json(document)
            return
        if passed_over:
            self.stdout.write(self.style.WARNING(f"注意：{passed_over_line(passed_over)}"))
        self.stdout.write(run.summary)

    def _attached(
        self, report: PageImportReport, pdf, outcome
    ) -> PageImportReport | PageImportError:
        """The page's report with what attaching its PDF did (``outcome``: a ``PdfReport``), or
        the page failed (``outcome``: the ``PdfPageError`` or ``OSError``). (A PDF beside a
        text that prints few of the page's stories failed the page before its text was written:
        :mod:`articles.importing.pdfbefore`.)"""
        if isinstance(outcome, Exception):
            # Its text was written before its PDF was attached (or was the same already): say
            # so, or the editor would take the page for missing.
            then = getattr(outcome, "then", "改好后重新导入即可补上")  # (pdfrecheck's: none to fix)
            said = (
                f"{pdf.source_name}: {outcome}（{text_said(report)}，只是没有附上版面 PDF；{then}）"
            )
            if report.action == "unchanged" or report.text_kept_from:
                return PageImportError(said)  # (nothing of the page written: a failure only)
            report.pdf_failure, report.pdf_line = said, "版面 PDF：未能附上（原因见文末）"
            return report
        pdf_attached(report, Path(pdf.source_name).name, outcome)
        return report

    def _print_report(self, report: PageImportReport) -> None:
        report_print(self, report)


def report_print(command: BaseCommand, report: PageImportReport) -> None:
    """Print ``report``'s page line on ``command``'s stdout, then one line for each thing it
    counts (its PDF, conflicts, overwritten edits, continuations, warnings, drafts, copies
    across pages, flags), warnings styled: what ``import_pages`` and ``reparse_pages`` print
    for a page."""
    out, style = command.stdout, command.style
    out.write(report.summary)
    if report.pdf_line:  # what the PDF did: not a warning
        out.write(f"  {report.pdf_line}")
    for line in report.conflicts:
        conflict = conflict_in_chinese(line, dry_run=report.dry_run)
        out.write(style.WARNING(f"  冲突：{conflict}"))
    for line in report.overwritten:
        out.write(style.WARNING(f"  覆盖：{line}"))
    for line in report.dropped_continuations:
        out.write(style.WARNING(f"  续文：{line}"))
    for line in warnings_in_chinese(report.warnings):  # alike ones once, counted
        out.write(f"  注意：{line}")
    if report.new_drafts:
        out.write(style.WARNING(f"  草稿：{new_drafts_line(report)}"))
    if report.waiting_continuations:
        line = waiting_continuations_line(report.waiting_continuations)
        out.write(style.WARNING(f"  草稿：{line}"))
    for line in report.cross_page:
        out.write(f"  跨版整篇重复：{line}")
    for flag in flags_beside_warnings(report.flags):  # (a stray marker: said above, once)
        out.write(f"  请先核对：{flag_line(flag)}")


def _run_started(sources, pdf_refs, unread: list[str], *, skipped: int, dry_run: bool) -> ImportRun:
    """The run's totals before its first page: the pages and files given (a ``.txt`` and its PDF
    one page; what a folder holds under a page's name that is none, ``unread``, a page and a
    file each, failed already), how many have a PDF and how many a PDF alone."""
    files = {s.path for s in sources} | {r.path for r in pdf_refs if r is not None}
    return ImportRun(
        pages=len(sources) + len(unread),
        dry_run=dry_run,
        files=len(files) + len(unread),
        with_pdf=sum(ref is not None for ref in pdf_refs),
        pdf_alone=sum(source.path.suffix.lower() == ".pdf" for source in sources),
        skipped=skipped,
        failures=unread,
    )


def _checked_flags(options) -> int:
    """The flags a run cannot start with, refused (:class:`CommandError`, in Chinese, saying
    what to give instead); returns the number of parsing workers to use."""
    if not options["paths"]:
        raise CommandError(
            "没有给出要导入的版面：请在命令后写上版面文件或文件夹，如 python manage.py import_pages "
            "版面/南通日报/2020-07-09/A1.txt，或 python manage.py import_pages 文件夹/ --paper 报名 "
            "--date 2020-07-09（文件夹按 <报纸>/<YYYY-MM-DD>/<版次>.txt 摆放时不必给出）"
        )
    for name in ("paper", "date", "page", "only_paper", "pdf_pages", "encoding"):
        value = options[name]
        if value is not None and not value.strip():
            # An empty value (``--page ""``, a shell variable left unset) is not "not given".
            flag = "--" + name.replace("_", "-")
            raise CommandError(f"{flag} 的值是空的：请在 {flag} 后面写上要用的值，或去掉 {flag}")
    if options["printed_date_wrong"] and not options["date"]:
        raise CommandError(
            f"{DATE_WRONG_FLAG} 要与 --date 一起用：请用 --date 写明这一版的出版日期（如 --date "
            "1949-10-02），版面上印的另一个日期才按它导入；只对这次给出的版面生效"
        )
    if options["batch_size"] < 1:
        raise CommandError(f"--batch-size 至少是 1，不能是 {options['batch_size']}")
    workers = options["workers"]
    if workers is None:
        workers = settings.NEWSROOM_IMPORT_WORKERS
    if workers < 0:
        raise CommandError(f"--workers 至少是 0，不能是 {workers}")
    if workers > _max_workers():
        raise CommandError(
            f"--workers 最多是 {_max_workers()}（这台机器 {os.cpu_count() or 1} 个 CPU 的两倍；"
            f"每个解析进程要两三百 MB 内存），不能是 {workers}；不写则用默认值"
        )
    if options["page"] and options["pdf_pages"]:
        raise CommandError(
            f"--page {options['page'].strip()} 和 --pdf-pages {options['pdf_pages'].strip()} 不能"
            "同时用：--pdf-pages 给出整份 PDF 每一页的版次，--page 只指一个版面。要导入整份 PDF，"
            "请去掉 --page；只要其中一版，请先把那一页从 PDF 中拆出来，再用 --page 导入它"
        )
    if options["only_paper"] and options["paper"]:
        raise CommandError(
            "--paper 把给出的全部文件都当作同一份报纸导入，--only-paper 从中挑出一份报纸的"
            "版面：两者只能用一个（只导入某份报纸，请只用 --only-paper）"
        )
    return workers


def _max_workers() -> int:
    """The most parsing processes a run may ask for: twice the machine's CPUs (at least 4)."""
    return max(4, 2 * (os.cpu_count() or 1))


def _encoding_name(name: str | None) -> str:
    """The codec name for ``--encoding`` (``""`` when not given); a text encoding Python knows."""
    if not name:
        return ""
    try:  # refuses names Python does not know and codecs that are not text (base64, rot13)
        name = codecs.lookup(name).name
        b"a".decode(name)
    except UnicodeError:
        pass
    except LookupError:
        raise CommandError(
            f"--encoding {name!r} 不是已知的文字编码；请写 utf-8、gb18030、big5 或 big5hkscs，"
            "或不写，让系统逐个文件识别"
        ) from None
    return name


def new_drafts_line(report: PageImportReport) -> str:
    """The new stories of a page of an issue already published: still drafts, and how to
    publish them (``publish_issue`` publishes only what was added since, or the desk; on a paper
    that requires sign-off, a chief editor, once they are signed off: ``articles.signoff``)."""
    names = "、".join(report.new_drafts)
    return (
        f"本期已发布，本版 {len(report.new_drafts)} 篇新稿件仍是草稿，读者看不到：{names}；"
        f"要发布它们，运行 publish_issue --paper {report.paper} --date {report.date}"
        "（只发布之后新加的稿件；本报若须经签发，先签发它们，再由总编辑发布），"
        "或在编辑台的“稿件”列表里逐篇发布"
    )
