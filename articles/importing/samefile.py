"""A page whose file is a page of another issue (the same file imported under two dates, or into
two papers): most likely an earlier page imported into this issue by mistake, as when a folder
of yesterday's pages is given today's date. The import warns, on the page's report, naming the
other pages; nothing is refused (a paper may print the same page twice: a reprinted special
page). Pages of one issue that repeat each other are :mod:`articles.importing.settling`'s
``_repeated_pages``; a page imported again into its own issue is never warned about.

Two rules, each said as what it is:

* the same file, byte for byte (``Page.checksum``, SHA-256 of the file's bytes, indexed):
  :data:`SAME_FILE_WARNING`;
* the same text in another file (``Page.text_digest``, :func:`articles.textdigest.text_digest`,
  indexed): the page saved again with a BOM, CRLF line ends, or in another encoding
  (GB18030/GBK, UTF-16), as editors' tools do: :data:`SAME_TEXT_WARNING`, naming both files'
  encodings when they differ. A page matching one page by bytes and another by text gets both.

One query for both, on the two indexes."""

from __future__ import annotations

from typing import NamedTuple

from django.db.models import Q

from articles.importing.reports import PageImportReport, encoding_label
from articles.models import Page
from articles.queries import Prepared, StrList

_WHAT_TO_DO = (
    "可能把别的日期或别的报纸的版面导入到了这一期。"
    "请核对日期和报纸：若有误，请在版面页“撤销本版导入”，再按正确的日期重新导入；"
    "若两期确实印了同样的版面，不用理会"
)
SAME_FILE_WARNING = "本版的文件与{others}的一字不差（同一个文件），" + _WHAT_TO_DO
SAME_TEXT_WARNING = (
    "本版的文字与{others}的一字不差，只是文件另存过，不是同一个文件：{how}。" + _WHAT_TO_DO
)
#: Other pages named in the warning at most (the rest counted).
NAMED = 3


class _Row(NamedTuple):
    pk: int
    checksum: str
    digest: str
    issue_id: int
    date: object
    paper: str
    label: str
    encoding: str
    source_name: str


_COLUMNS = (
    "pk",
    "checksum",
    "text_digest",
    "issue_id",
    "issue__date",
    "issue__publication__name",
    "label",
    "raw_encoding",
    "source_name",
)
# The pages of a settling (every batch of an import) with a checksum or a text digest: built once.
_OWN = Prepared(
    Page,
    (list,),
    lambda ids: (
        Page.objects.filter(pk__in=ids).exclude(checksum="", text_digest="").values_list(*_COLUMNS)
    ),
    primary=True,
)

# Every page with one of the checksums or text digests, earliest first: built once too.
_SAME = Prepared(
    Page,
    (StrList, StrList),
    lambda checksums, digests: (
        Page.objects.filter(Q(checksum__in=checksums) | Q(text_digest__in=digests))
        .order_by("issue__date", "issue__publication__name", "sequence")
        .values_list(*_COLUMNS)
    ),
    primary=True,
)


def same_file_warn(reports: dict[int, PageImportReport]) -> None:
    """Add :data:`SAME_FILE_WARNING` to each report (by page id) whose page's file is another
    issue's page's, and :data:`SAME_TEXT_WARNING` to each whose text is another issue's page's
    in another file (not counting the pages of the first), naming those pages (paper, date,
    label; up to :data:`NAMED`, earliest first); the warnings of an earlier settling are taken
    off first. Two queries."""
    for report in reports.values():
        report.warnings = [w for w in report.warnings if not _is_same_file_warning(w)]
    own = {row.pk: row for row in map(_Row._make, _OWN.rows(list(reports))[1])}
    if not own:
        return
    checksums = {row.checksum for row in own.values()} - {""}
    digests = {row.digest for row in own.values()} - {""}
    by_checksum: dict[str, list[_Row]] = {}
    by_digest: dict[str, list[_Row]] = {}
    for row in map(_Row._make, _SAME.rows(StrList(checksums), StrList(digests))[1]):
        by_checksum.setdefault(row.checksum, []).append(row)
        by_digest.setdefault(row.digest, []).append(row)
    for page_id, page in own.items():
        same_file = [o for o in by_checksum.get(page.checksum, []) if o.issue_id != page.issue_id]
        if page.checksum and same_file:
            reports[page_id].warnings.append(SAME_FILE_WARNING.format(others=_named(same_file)))
        same_text = [
            o
            for o in by_digest.get(page.digest, [])
            if o.issue_id != page.issue_id and o.checksum != page.checksum
        ]
        if page.digest and same_text:
            reports[page_id].warnings.append(
                SAME_TEXT_WARNING.format(others=_named(same_text), how=_how_saved(page, same_text))
            )


def _named(others: list[_Row]) -> str:
    """``岚川日报 2021-05-06 1版``, up to :data:`NAMED` of ``others``, ``… 等 5 个版面`` beyond."""
    named = "、".join(f"{o.paper} {o.date.isoformat()} {o.label}版" for o in others[:NAMED])
    if len(others) > NAMED:
        named += f" 等 {len(others)} 个版面"
    return named


def _how_saved(page: _Row, others: list[_Row]) -> str:
    """How ``page``'s file differs from the files of ``others`` (its text theirs, its bytes
    not), by the encodings the import read them in (each as
    :func:`~articles.importing.reports.encoding_label` names it: a BOM is ``UTF-8（带 BOM）``):
    ``本版的文件是 GB18030（国标，含 GBK），那一版的是 UTF-8`` (``那几版的都是 …``; ``那几版依次是
    A、B`` for the named ones when theirs differ); the same encoding, what else a save changes
    (line ends, spaces at a line's end)."""
    ours = encoding_label(page.encoding, source_name=page.source_name)
    theirs = [encoding_label(o.encoding, source_name=o.source_name) for o in others]
    if set(theirs) == {ours}:
        return f"编码都是 {ours}，换行符或行尾空格等不同"
    if len(others) == 1:
        return f"本版的文件是 {ours}，那一版的是 {theirs[0]}"
    if len(set(theirs)) == 1:
        return f"本版的文件是 {ours}，那几版的都是 {theirs[0]}"
    return f"本版的文件是 {ours}，所列的那几版依次是 {'、'.join(theirs[:NAMED])}"


def _is_same_file_warning(line: str) -> bool:
    return (line.startswith("本版的文件与") and "（同一个文件）" in line) or (
        line.startswith("本版的文字与") and "，不是同一个文件：" in line
    )
