"""A page whose file is byte for byte a page of another issue (the same file imported under two
dates, or into two papers): most likely an earlier page imported into this issue by mistake, as
when a folder of yesterday's pages is given today's date. The import warns, on the page's report,
naming the other pages; nothing is refused (a paper may print the same page twice: a reprinted
special page). Pages of one issue that repeat each other are :mod:`articles.importing.settling`'s
``_repeated_pages``. One query on ``Page.checksum`` (SHA-256 of the file's bytes, indexed)."""

from __future__ import annotations

from articles.importing.reports import PageImportReport
from articles.models import Page

SAME_FILE_WARNING = (
    "本版的文件与{others}的一字不差（同一个文件），可能把别的日期或别的报纸的版面导入到了这一期。"
    "请核对日期和报纸：若有误，请在版面页“撤销本版导入”，再按正确的日期重新导入；"
    "若两期确实印了同样的版面，不用理会"
)
#: Other pages named in the warning at most (the rest counted).
NAMED = 3


def same_file_warn(reports: dict[int, PageImportReport]) -> None:
    """Add :data:`SAME_FILE_WARNING` to each report (by page id) whose page's file is another
    issue's page's, naming those pages (paper, date, label; up to :data:`NAMED`, earliest
    first); the warning of an earlier settling is taken off first. Two queries."""
    for report in reports.values():
        report.warnings = [w for w in report.warnings if not _is_same_file_warning(w)]
    own = {
        pk: (checksum, issue_id)
        for pk, checksum, issue_id in Page.objects.filter(pk__in=reports)
        .exclude(checksum="")
        .values_list("pk", "checksum", "issue_id")
    }
    if not own:
        return
    others: dict[str, list[tuple]] = {}
    for checksum, issue_id, date, paper, label in (
        Page.objects.filter(checksum__in={c for c, _ in own.values()})
        .order_by("issue__date", "issue__publication__name", "sequence")
        .values_list("checksum", "issue_id", "issue__date", "issue__publication__name", "label")
    ):
        others.setdefault(checksum, []).append((issue_id, date, paper, label))
    for page_id, (checksum, issue_id) in own.items():
        elsewhere = [o for o in others.get(checksum, []) if o[0] != issue_id]
        if not elsewhere:
            continue
        named = "、".join(
            f"{paper} {date.isoformat()} {label}版" for _, date, paper, label in elsewhere[:NAMED]
        )
        if len(elsewhere) > NAMED:
            named += f" 等 {len(elsewhere)} 个版面"
        reports[page_id].warnings.append(SAME_FILE_WARNING.format(others=named))


def _is_same_file_warning(line: str) -> bool:
    return line.startswith("本版的文件与") and "（同一个文件）" in line
