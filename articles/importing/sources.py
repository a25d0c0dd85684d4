"""Where page files come from: paper, date and page label read from paths, manifests and flags.

No database here. A layout such as ``seeds/<paper>/<YYYY-MM-DD>/<PAGE>.txt`` names everything;
a ``paper.json`` in the paper's folder gives its printed name (``{"name": "南通日报", "slug":
"nantong-daily"}``); a ``manifest.json`` beside page files can give ``paper``, ``date`` and a
``pages`` map from file name to page label for files whose names say nothing (``000_4c36.txt``).
Flags given on the command line override all of these, but not what a file's own name states
(its date or page: a flag that contradicts it is refused, :mod:`articles.importing.filenames`).
The desk's upload has only a file's name (``2020-07-09_A1.txt``, or ``A1.txt`` with the date on
the form): :func:`file_name_parts` (:mod:`articles.importing.filenames`) reads it, and
``import_pages`` reads names by its rule.

What a file may say is checked here, before anything reaches the database, with the same rules
on every way in (folders, ``manifest.json``, ``paper.json``, flags, and the desk's upload form,
which calls :func:`check_paper` too): an issue date inside :func:`articles.dates.issue_date_range`,
and a paper name and slug that fit their columns (``Publication.name`` and ``.slug``: lengths and
validators are read from the model fields, never repeated here).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils.text import slugify

from articles.dates import IssueDateError, check_issue_date, date_problem
from articles.importing.datefolders import check_date_folders
from articles.importing.filenames import (
    FOLDER_DATE_RE,
    GARBLED_NAME,
    folder_date_hint,
    garbled_message,
    is_date_folder,
    name_date_agrees,
    name_label_agrees,
    name_not_utf8,
    name_split,
)
from articles.importing.filenames import file_name_parts as file_name_parts
from articles.importing.filenames import label_from_stem as label_from_stem
from articles.importing.filenames import name_date as name_date
from articles.importing.pagefacts import printed_facts, printed_paper_name
from articles.importing.pagefiles import PAGE_SUFFIXES as PAGE_SUFFIXES
from articles.importing.pagefiles import FileNameError as FileNameError
from articles.importing.pagefiles import SourceError as SourceError
from articles.importing.pagefiles import archive_refusal, one_page_only
from articles.importing.pagefiles import find_page_files as find_page_files
from articles.importing.pagefiles import read_page_file as read_page_file
from articles.labels import LabelError, normalize_label

_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


@dataclass(frozen=True)
class PageSource:
    path: Path
    paper_name: str
    paper_slug: str
    date: date
    label: str
    label_from_name: bool = False  # read from the file's name alone (no flag, no manifest)
    label_printed: bool = False  # read from what the page prints (its name gives none)

    @property
    def display(self) -> str:
        return str(self.path)


def parse_date(
    value: str, *, where: str, fix: str = "请检查月份和日子", folder: bool = False
) -> date:
    """``value`` (``YYYY-MM-DD``; a folder's name, ``folder``, or a flag's value, ``where``
    ``--date``, also ``YYYYMMDD`` as file names write it: :func:`~articles.importing.filenames.
    is_date_folder`) as a date. Raises :class:`SourceError` naming ``where`` when it is not a
    date or not one that exists (2 月 30 日), ending with ``fix``: how to put it right where the
    value came from (a flag, a manifest, a folder's name)."""
    compact = folder or where.startswith("--")
    match = (FOLDER_DATE_RE if compact else _DATE_RE).match(value.strip())
    if not match:
        raise SourceError(
            f"{where}: {value!r} 不是日期；请写成 年-月-日（YYYY-MM-DD），如 2020-07-09"
        )
    year, month, day = (part for part in match.groups() if part is not None)
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        why = date_problem(int(year), int(month), int(day))
        raise SourceError(f"{where}: {value!r} 不是真实存在的日期（{why}）；{fix}") from None


def parse_issue_date(
    value: str, *, where: str, fix: str = "请检查月份和日子", folder: bool = False
) -> date:
    """:func:`parse_date`, and the date must be one an issue may carry
    (:func:`articles.dates.check_issue_date`: 1815 to a year from today)."""
    found = parse_date(value, where=where, fix=fix, folder=folder)
    try:
        return check_issue_date(found)
    except IssueDateError as exc:
        raise SourceError(f"{where}: {exc}") from None


# How to put a folder's impossible date right (the date comes from its name).
_FOLDER_DATE_FIX = (
    "请把文件夹改名为真实的出版日期（YYYY-MM-DD 或 YYYYMMDD），或用 --date 指定出版日期"
)
_MANIFEST_DATE_FIX = '请改正 manifest.json 的 "date"，或用 --date 指定出版日期'


# Characters no paper name may hold: NUL (PostgreSQL refuses it in text, SQLite stores it) and
# the other control characters (they cannot appear in the site's XML feeds).
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _field(name: str):
    from articles.models import Publication  # models need the app registry; this module doesn't

    return Publication._meta.get_field(name)


def check_paper(name: str, slug: str = "") -> None:
    """Raise :class:`SourceError` if a paper's printed ``name`` or its URL ``slug`` (when given)
    would not fit ``Publication``: control characters (NUL) in either, longer than the column,
    or refused by the field's validators (a slug is ASCII letters, digits, ``-`` and ``_``, and
    not one the site's own URLs use). The message (Chinese) says what is wrong and what to do;
    the caller adds where the value came from."""
    problems = [p for p in (paper_name_problem(name), slug and paper_slug_problem(slug)) if p]
    if problems:
        raise SourceError("；".join(problems))


def paper_name_problem(name: str) -> str | None:
    """What is wrong with a paper's printed name (see :func:`check_paper`), or None."""
    if not name.strip():
        return "报名是空的；请写出报纸的名称，如“南通日报”"
    return _field_problem("name", name)


def paper_slug_problem(slug: str) -> str | None:
    """What is wrong with a paper's URL slug (see :func:`check_paper`), or None."""
    return _field_problem("slug", slug)


@functools.lru_cache(maxsize=4096)  # (asked for each page's paper; a run of many papers too)
def _field_problem(field_name: str, value: str) -> str | None:
    field = _field(field_name)
    shown = value if len(value) <= 20 else value[:20] + "…"
    if _CONTROL.search(value):
        return f"{field.verbose_name}{shown!r} 含有控制字符（如 NUL \\x00）；请删去这些字符"
    if len(value) > field.max_length:
        return (
            f"{field.verbose_name}“{shown}”有 {len(value)} 个字符，最多 {field.max_length} 个；"
            "请改短一些"
        )
    try:
        field.run_validators(value)
    except ValidationError as exc:
        if exc.error_list[0].code == "invalid":  # the slug's characters
            return (
                f"{field.verbose_name}“{shown}”只能由英文字母、数字、连字符（-）和下划线（_）"
                "组成；请换一个，如 nantong-daily"
            )
        return "".join(exc.messages).rstrip("。")
    return None


@functools.lru_cache(maxsize=1024)  # (an import asks for each batch's papers: the same few names)
def derived_slug(name: str) -> str:
    """The slug a new paper gets when none is given: ``slugify(name)`` cut to the column's length
    at a word break, or ``paper-<hash>`` for a name with no ASCII letters (``南通日报``)."""
    slug = slugify(name)
    limit = _field("slug").max_length
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0] if "-" in slug[:limit] else slug[:limit]
    return slug.strip("-_") or "paper-" + hashlib.sha1(name.encode()).hexdigest()[:8]


def _checked_paper(name: str, slug: str, *, where: str) -> tuple[str, str]:
    try:
        check_paper(name, slug)
    except SourceError as exc:
        raise SourceError(f"{where}: {exc}") from None
    return name, slug


def parse_label(value: str, *, where: str) -> str:
    try:
        return normalize_label(value)
    except LabelError as exc:
        raise SourceError(f"{where}: {exc}") from None


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise SourceError(f"{path}: 不是 UTF-8 编码的文本；请把它另存为 UTF-8") from None
    except json.JSONDecodeError as exc:
        raise SourceError(
            f"{path}: JSON 写法不对（第 {exc.lineno} 行第 {exc.colno} 列：{exc.msg}）；"
            '请改正，如 {"date": "2020-07-09", "pages": {"A1.txt": "A1"}}'
        ) from None
    except OSError as exc:
        raise SourceError(
            f"{path}: 读不了这个 JSON 文件（{exc.strerror or exc}）；请检查文件和权限"
        ) from None
    if not isinstance(data, dict):
        raise SourceError(f"{path}: 应是一个 JSON 对象（{{…}}）")
    return data


def _paper_from_layout(path: Path) -> tuple[str, str] | None:
    for folder in path.parents:
        info = folder / "paper.json"
        if info.is_file():
            data = _read_json(info)
            name = str(data.get("name", "")).strip()
            if not name:
                raise SourceError(f'{info}: 请用 "name" 写出报纸印出的名称')
            if "slug" in data:
                slug = str(data["slug"]).strip()
            else:  # the folder's name, if it can be one (else one is made from the name)
                slug = folder.name
                try:
                    check_paper(name, slug)
                except SourceError:
                    slug = ""
            return _checked_paper(name, slug, where=str(info))
    return None


def resolve_sources(
    paths: list[Path],
    *,
    paper: str | None = None,
    date_value: str | None = None,
    page: str | None = None,
    page_flag: str = "--page",
    passed_over: list[Path] | None = None,
    unread: list[str] | None = None,
    printed_date_wrong: bool = False,
) -> tuple[list[PageSource], list[str]]:
    """Resolve every page file to (paper, date, label). Returns sources and one error per bad file.

    Flag values are checked first (a bad flag is an error for the whole run), then ``--date``
    against the date folders, before any file is read (:mod:`~articles.importing.datefolders`).
    ``page`` is the page ``page_flag`` gave (``--page``, or the first of ``--pdf-pages``): named
    in the refusal of a file whose name states another page. ``passed_over`` and ``unread``: the
    folders' files that are no page files and what cannot be read as one (:func:`find_page_files`)."""
    flag_date = parse_issue_date(date_value, where="--date") if date_value else None
    flag_label = parse_label(page, where=page_flag) if page else None
    if paper:
        _checked_paper(paper.strip(), "", where="--paper")
    files = find_page_files(paths, passed_over=passed_over, unread=unread)
    check_date_folders(files, flag_date, printed_date_wrong=printed_date_wrong)
    if flag_label:
        one_page_only(files, page)
    sources: list[PageSource] = []
    errors: list[str] = []
    refused: set[Path] = set()  # folders whose manifest has problems (all listed at once)
    for folder in sorted({file.parent for file in files}):
        problems = manifest_problems(
            folder / "manifest.json", paper=paper, flag_date=flag_date, flag_label=flag_label
        )
        if problems:
            refused.add(folder)
            errors.extend(problems)
    for file in files:
        if file.parent in refused:
            continue
        not_utf8 = name_not_utf8(file) or archive_refusal(file)  # (a zip: unpack it first)
        if not_utf8:
            errors.append(not_utf8)
            continue
        try:
            sources.append(_resolve_one(file, paper, flag_date, (flag_label, page_flag)))
        except SourceError as exc:
            errors.append(str(exc))
    return sources, errors


def same_page_twice(sources: list[PageSource]) -> list[str]:
    """One message (Chinese) for each source naming a page that an earlier source of the same
    run already names: ``A9.txt`` and ``A09.txt`` in one folder, or manifest entries ``A8`` and
    ``A08``. One page comes from one file (its text and its PDF already paired,
    :func:`articles.importing.pdfs.pair_sources`); otherwise the second file would silently
    replace the first. Same rule as the admin upload's."""
    errors = []
    seen: dict[tuple, PageSource] = {}
    for source in sources:
        key = (source.paper_slug or source.paper_name, source.date, source.label)
        first = seen.setdefault(key, source)
        if first is not source:
            errors.append(
                f"{source.path} 和 {first.path} 都是 {source.paper_name} {source.date:%Y-%m-%d} "
                f"的 {source.label} 版；同一版只能导入一个文件，请去掉其中一个"
            )
    return errors


def manifest_problems(
    path: Path, *, paper: str | None = None, flag_date=None, flag_label: str | None = None
) -> list[str]:
    """Every problem of the manifest at ``path`` at once (none when there is no manifest), one
    message (Chinese) each: its ``"date"`` (an issue date, unless ``--date`` overrides it), its
    ``"paper"``/``"paper_slug"`` (fit their columns, unless ``--paper`` overrides them) and each
    entry of ``"pages"``: the key must be the name of a page file in the manifest's own folder
    (a path such as ``../A1.txt`` or a misspelt name would otherwise be ignored without a word
    and the file's label taken from its name), the value a page label (unless ``--page``). A
    manifest that cannot be read is one problem (the folder's files are not reported again)."""
    if not path.is_file():
        return []
    try:
        manifest = _read_json(path)
    except SourceError as exc:
        return [str(exc)]
    checks = []
    if flag_date is None and manifest.get("date"):
        checks.append(
            lambda: parse_issue_date(
                str(manifest["date"]), where=f'{path} ("date")', fix=_MANIFEST_DATE_FIX
            )
        )
    if not paper and manifest.get("paper"):
        name, slug = str(manifest["paper"]).strip(), str(manifest.get("paper_slug", "")).strip()
        checks.append(lambda: _checked_paper(name, slug, where=f'{path} ("paper", "paper_slug")'))
    problems = [str(exc) for exc in _failures(checks)]
    contradiction = _date_contradiction(path, manifest) if flag_date is None else None
    if contradiction:
        problems.append(contradiction)
    pages = manifest.get("pages") or {}
    if not isinstance(pages, dict):
        return [*problems, f'{path}: "pages" 应是“文件名: 版次”的 JSON 对象，如 {{"A1.txt": "A1"}}']
    for key, value in pages.items():
        if Path(key).name != key or not (path.parent / key).is_file():
            problems.append(
                f'{path}: "pages" 里的“{key}”不是这个文件夹里的文件；'
                '请只写同一文件夹里的文件名，如 "A1.txt"'
            )
        elif flag_label is None:
            try:
                parse_label(str(value), where=f"{path} ({key})")
            except SourceError as exc:
                problems.append(str(exc))
    return problems


def _date_contradiction(path: Path, manifest: dict) -> str | None:
    """A manifest's ``"date"`` that is not the date its folder is named for
    (``2020-07-16/manifest.json`` saying ``2020-07-17``): which one is right cannot be told, so
    neither wins without a word. ``None`` when they agree, or either is missing or unreadable
    (that is reported on its own)."""
    folder = path.parent.name
    if not manifest.get("date") or not is_date_folder(folder):
        return None
    try:
        said = parse_issue_date(str(manifest["date"]), where=f'{path} ("date")')
        named = parse_issue_date(folder, where=str(path.parent), folder=True)
    except SourceError:
        return None
    if said == named:
        return None
    return (
        f'{path} ("date"): 写的是 {said:%Y-%m-%d}，所在文件夹的名字却是 {named:%Y-%m-%d}；'
        "请改正其中一个，或用 --date 指定出版日期"
    )


def _failures(checks) -> list[SourceError]:
    """The :class:`SourceError` each check (a function of no argument) raises, in order."""
    failures = []
    for check in checks:
        try:
            check()
        except SourceError as exc:
            failures.append(exc)
    return failures


def _resolve_one(
    file: Path, paper: str | None, flag_date: date | None, flag_label: tuple[str | None, str]
) -> PageSource:
    manifest: dict = {}
    manifest_path = file.parent / "manifest.json"
    if manifest_path.is_file():
        manifest = _read_json(manifest_path)
    stem, named = name_split(file.name)  # the desk's rule for a file's name (file_name_parts)
    found_date = _source_date(file, manifest, manifest_path, flag_date, named=named)
    label, came = _source_label(file, manifest, manifest_path, flag_label, stem=stem)
    name, slug = _source_paper(file, manifest, manifest_path, paper)
    return PageSource(file, name, slug, found_date, label, came == "name", came == "printed")


def _source_date(
    file: Path, manifest: dict, manifest_path: Path, flag_date: date | None, *, named=None
) -> date:
    """The flag's date, the manifest's, the folder name's, the file name's (``named``: the
    match :func:`name_split` found, ``2020-07-09_A1.txt``), then the date the page prints. A
    file name's date that is not the one the flag, manifest or folder gives is refused
    (:func:`~articles.importing.filenames.name_date_agrees`)."""
    found_date, given = flag_date, "--date"
    if found_date is None and manifest.get("date"):
        found_date = parse_issue_date(
            str(manifest["date"]), where=f'{manifest_path} ("date")', fix=_MANIFEST_DATE_FIX
        )
        given = f'{manifest_path} 的 "date"'
    if found_date is None and is_date_folder(file.parent.name):
        found_date = parse_issue_date(
            file.parent.name, where=str(file), fix=_FOLDER_DATE_FIX, folder=True
        )
        given = "所在文件夹的名字"
    if named is not None:
        found_date = name_date_agrees(file, named, found_date, given=given)
    if found_date is None and printed_facts(file).date:
        found_date = parse_issue_date(printed_facts(file).date, where=f"{file}（版面上印的日期）")
    if found_date is None:
        raise SourceError(
            f"{file}: 看不出出版日期{folder_date_hint(file.parent.name)}；"
            "请给出 --date YYYY-MM-DD，或把文件放进以日期命名的文件夹"
            "（<报纸>/<YYYY-MM-DD>/<版次>.txt）"
        )
    return found_date


def _source_label(
    file: Path,
    manifest: dict,
    manifest_path: Path,
    flag_label: tuple[str | None, str],
    *,
    stem: str,
) -> tuple[str, str]:
    """The flag's label (``flag_label``: the label and the flag that gave it; refused when the
    file's name states another page, :func:`name_label_agrees`), the manifest's, the file
    name's (``stem``: the name without its suffix and date, :func:`name_split`), then the label
    the page prints; and where from: ``"name"`` (checked against the issue's pages: :mod:`labelmix
    <articles.importing.labelmix>`), ``"printed"`` (no ``--printed-label-wrong``), ``""`` given."""
    label, flag = flag_label
    if label is not None:
        return name_label_agrees(file, stem, label, given=flag), ""
    pages = manifest.get("pages") or {}
    if file.name in pages:
        return parse_label(str(pages[file.name]), where=f"{manifest_path} ({file.name})"), ""
    try:
        return label_from_stem(file.name, stem), "name"
    except FileNameError as exc:
        label = printed_facts(file).label or None  # (the page's own stamp or running head)
        if label is None and exc.reason == GARBLED_NAME:  # ╡┌╢■░µ.txt: unpacked wrongly
            raise SourceError(garbled_message(str(file), str(exc.found))) from None
        why = f"。{exc.found}" if stem else ""  # A0.txt: 版次从 1 开始, as --page A0 says
    if label is None and manifest_path.is_file():
        # The layout names its files in the manifest: renaming one would break it, and
        # --page names one page only (a folder of several is refused).
        raise SourceError(
            f'{file}: 同一文件夹的 manifest.json 的 "pages" 里没有这个文件，从文件名 '
            f'{file.name!r} 也看不出是哪一版；请在 {manifest_path} 的 "pages" 里加上它和它'
            f'的版次（如 "{file.name}": "A1"）{why}'
        )
    if label is None:
        raise SourceError(
            f"{file}: 从文件名 {file.name!r} 看不出是哪一版；请给出 --page 版次"
            f"（A1、2、第二版…），或按版次命名文件（A1.txt）{why}"
        )
    return label, "printed"


def _source_paper(
    file: Path, manifest: dict, manifest_path: Path, paper: str | None
) -> tuple[str, str]:
    """The flag's paper, the manifest's, a ``paper.json`` above, the folder above the date, then
    the paper the page's masthead prints."""
    if paper:
        return paper, ""
    if manifest.get("paper"):
        return _checked_paper(
            str(manifest["paper"]).strip(),
            str(manifest.get("paper_slug", "")).strip(),
            where=f'{manifest_path} ("paper", "paper_slug")',
        )
    layout = _paper_from_layout(file)
    if layout:
        return layout
    if is_date_folder(file.parent.name) and file.parent.parent.name:
        return _checked_paper(file.parent.parent.name, "", where=f"{file}（报纸的文件夹）")
    printed = printed_paper_name(printed_facts(file).paper)  # (南洲侨报电子版 → 南洲侨报)
    if printed:
        return _checked_paper(printed, "", where=f"{file}（版面上印的报名）")
    raise SourceError(
        f"{file}: 看不出是哪份报纸；请给出 --paper 报名，或按 <报纸>/<YYYY-MM-DD>/<版次>.txt 摆放"
    )
