"""Import printed-page text files: ``python manage.py import_pages PATH... [options]``."""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.services import PageImportError, page_import
from articles.sources import SourceError, resolve_sources


class Command(BaseCommand):
    help = (
        "Import page text files (or folders laid out as <paper>/<YYYY-MM-DD>/<PAGE>.txt). "
        "Each page is written in its own transaction; re-importing the same file changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path, help="page files or folders of them")
        parser.add_argument("--paper", help="the paper's name or slug (overrides the layout)")
        parser.add_argument("--date", help="the issue date, YYYY-MM-DD (overrides the layout)")
        parser.add_argument("--page", help="the page label, e.g. A1 or 第二版 (one file only)")
        parser.add_argument("--dry-run", action="store_true", help="parse and check, write nothing")
        parser.add_argument("--json", action="store_true", help="print a JSON report")
        parser.add_argument(
            "--overwrite-edited",
            action="store_true",
            help="replace articles an editor changed by hand with the page text",
        )

    def handle(self, *args, **options):
        try:
            sources, errors = resolve_sources(
                options["paths"],
                paper=options["paper"],
                date_value=options["date"],
                page=options["page"],
            )
        except SourceError as exc:
            raise CommandError(str(exc)) from None
        if errors:
            # Not knowing what a file is, is a usage error: stop before writing anything.
            raise CommandError("nothing was imported:\n  " + "\n  ".join(errors))

        reports, failures = [], []
        progress = _Progress(len(sources), enabled=not options["json"] and sys.stderr.isatty())
        for source in sources:
            progress.step(source.path.name)
            try:
                report = page_import(
                    paper_name=source.paper_name,
                    paper_slug=source.paper_slug,
                    issue_date=source.date,
                    label=source.label,
                    data=source.path.read_bytes(),
                    source_name=str(source.path),
                    dry_run=options["dry_run"],
                    overwrite_edited=options["overwrite_edited"],
                )
            except (PageImportError, OSError) as exc:
                failures.append(str(exc))
                continue
            reports.append(report)
            if not options["json"]:
                progress.clear()
                self.stdout.write(report.summary)
                for line in report.conflicts:
                    self.stdout.write(self.style.WARNING(f"  conflict: {line}"))
                for line in report.warnings:
                    self.stdout.write(f"  warning: {line}")
        progress.clear()

        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {"pages": [r.as_dict() for r in reports], "failures": failures},
                    ensure_ascii=False,
                    indent=2,
                )
            )
        else:
            counts = {}
            for report in reports:
                counts[report.action] = counts.get(report.action, 0) + 1
            done = ", ".join(f"{n} {action}" for action, n in sorted(counts.items())) or "none"
            suffix = " (dry run: nothing written)" if options["dry_run"] else ""
            self.stdout.write(f"{len(reports)} of {len(sources)} pages imported: {done}{suffix}")
        if failures:
            for failure in failures:
                self.stderr.write(f"failed: {failure}")
            raise CommandError(f"{len(failures)} of {len(sources)} files failed (listed above)")


class _Progress:
    """A one-line progress bar on a terminal; silent otherwise."""

    def __init__(self, total: int, *, enabled: bool):
        self.total, self.done, self.enabled = total, 0, enabled and total > 1

    def step(self, name: str) -> None:
        self.done += 1
        if self.enabled:
            width = 30
            filled = width * self.done // self.total
            sys.stderr.write(
                f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {name[:40]:<40}"
            )
            sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 80 + "\r")
            sys.stderr.flush()
