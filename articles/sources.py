"""Where page files come from: paper, date and page label read from paths, manifests and flags.

No database here. A layout such as ``seeds/<paper>/<YYYY-MM-DD>/<PAGE>.txt`` names everything;
a ``paper.json`` in the paper's folder gives its printed name (``{"name": "南通日报", "slug":
"nantong-daily"}``); a ``manifest.json`` beside page files can give ``paper``, ``date`` and a
``pages`` map from file name to page label for files whose names say nothing (``000_4c36.txt``).
Flags given on the command line override all of these.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from articles.labels import LabelError, normalize_label

PAGE_SUFFIXES = (".txt", ".text")
_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


class SourceError(ValueError):
    """A path, manifest or flag that does not say which paper, date or page a file is."""


@dataclass(frozen=True)
class PageSource:
    path: Path
    paper_name: str
    paper_slug: str
    date: date
    label: str

    @property
    def display(self) -> str:
        return str(self.path)


def parse_date(value: str, *, where: str) -> date:
    match = _DATE_RE.match(value.strip())
    if not match:
        raise SourceError(
            f"{where}: {value!r} is not a date; write it as YYYY-MM-DD, e.g. 2020-07-09"
        )
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError as exc:
        raise SourceError(f"{where}: {value!r} is not a real date ({exc})") from None


def parse_label(value: str, *, where: str) -> str:
    try:
        return normalize_label(value)
    except LabelError as exc:
        raise SourceError(f"{where}: {exc}") from None


def find_page_files(paths: list[Path]) -> list[Path]:
    """Every page file under the given files and folders, in a stable order."""
    files: list[Path] = []
    for path in paths:
        if not path.exists():
            raise SourceError(f"{path}: no such file or folder")
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES
            )
            if not found:
                raise SourceError(
                    f"{path}: no page files (*.txt) in this folder or below it; "
                    "lay pages out as <paper>/<YYYY-MM-DD>/<PAGE>.txt"
                )
            files.extend(found)
        else:
            files.append(path)
    seen: set[Path] = set()
    return [f for f in files if not (f.resolve() in seen or seen.add(f.resolve()))]


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise SourceError(f"{path}: cannot read this JSON file ({exc})") from None
    if not isinstance(data, dict):
        raise SourceError(f"{path}: expected a JSON object")
    return data


def _paper_from_layout(path: Path) -> tuple[str, str] | None:
    for folder in path.parents:
        info = folder / "paper.json"
        if info.is_file():
            data = _read_json(info)
            name = str(data.get("name", "")).strip()
            slug = str(data.get("slug", folder.name)).strip()
            if not name:
                raise SourceError(f'{info}: give the paper\'s printed name as "name"')
            return name, slug
    return None


def resolve_sources(
    paths: list[Path],
    *,
    paper: str | None = None,
    date_value: str | None = None,
    page: str | None = None,
) -> tuple[list[PageSource], list[str]]:
    """Resolve every page file to (paper, date, label). Returns sources and one error per bad file.

    Flag values are checked first (a bad flag is an error for the whole run).
    """
    flag_date = parse_date(date_value, where="--date") if date_value else None
    flag_label = parse_label(page, where="--page") if page else None
    files = find_page_files(paths)
    if flag_label and len(files) > 1:
        raise SourceError(
            f"--page {page} names one page but {len(files)} files were given; "
            "import them one at a time or lay them out as <paper>/<YYYY-MM-DD>/<PAGE>.txt"
        )
    sources: list[PageSource] = []
    errors: list[str] = []
    for file in files:
        try:
            sources.append(_resolve_one(file, paper, flag_date, flag_label))
        except SourceError as exc:
            errors.append(str(exc))
    return sources, errors


def _resolve_one(
    file: Path, paper: str | None, flag_date: date | None, flag_label: str | None
) -> PageSource:
    manifest: dict = {}
    manifest_path = file.parent / "manifest.json"
    if manifest_path.is_file():
        manifest = _read_json(manifest_path)

    # Date: flag, manifest, then the folder name.
    found_date = flag_date
    if found_date is None and manifest.get("date"):
        found_date = parse_date(str(manifest["date"]), where=str(manifest_path))
    if found_date is None and _DATE_RE.match(file.parent.name):
        found_date = parse_date(file.parent.name, where=str(file.parent))
    if found_date is None:
        raise SourceError(
            f"{file}: cannot tell the issue date; give --date YYYY-MM-DD or put the file in a "
            "folder named for its date (<paper>/<YYYY-MM-DD>/<PAGE>.txt)"
        )

    # Page label: flag, manifest, then the file name.
    label = flag_label
    pages = manifest.get("pages") or {}
    if label is None and file.name in pages:
        label = parse_label(str(pages[file.name]), where=f"{manifest_path} ({file.name})")
    if label is None:
        try:
            label = normalize_label(file.stem)
        except LabelError:
            raise SourceError(
                f"{file}: cannot tell the page from the file name {file.name!r}; give --page LABEL "
                "(A1, 2, 第二版…) or name the file for its page (A1.txt)"
            ) from None

    # Paper: flag, manifest, paper.json in a parent folder, then the folder above the date.
    if paper:
        name, slug = paper, ""
    elif manifest.get("paper"):
        name, slug = str(manifest["paper"]), str(manifest.get("paper_slug", ""))
    else:
        layout = _paper_from_layout(file)
        if layout:
            name, slug = layout
        elif _DATE_RE.match(file.parent.name) and file.parent.parent.name:
            name, slug = file.parent.parent.name, ""
        else:
            raise SourceError(
                f"{file}: cannot tell which paper this is; give --paper NAME or lay files out "
                "as <paper>/<YYYY-MM-DD>/<PAGE>.txt"
            )
    return PageSource(path=file, paper_name=name, paper_slug=slug, date=found_date, label=label)
