#!/usr/bin/env python
"""Does a change leave the import's database as it was? Import every edition with this tree's code
and with another tree's, into two fresh SQLite databases, and compare every table's rows.

    python bench/import_identity.py OTHER_ROOT [--workers N] [--keep FOLDER]

``OTHER_ROOT``: another checkout of the project (a worktree of main, say), imported with its own
code. Both trees import the same pages: every edition under this tree's tests/data/fidelity and
tests/data/fidelity-* (``bench/import_bench.py --editions``'s pages, in its order), each with
``pages_import`` as ``import_bench.py`` runs it (``--workers 0`` by default), then
``reports_settle`` over the run's reports, as ``import_pages`` does before its last lines.

Compared: every table of both databases (the full-text index's own tables too), row by row in
rowid order, every column but the times a run stamps (a column declared ``datetime``: created,
updated, imported, indexed, history dates and the like; both trees read this tree's files, so a
page's ``source_name``, its file's path, is the same); and each page's report (every attribute:
its counts, its warnings, what it says of other pages). Prints the counts, the columns left out
and the first differing row of each table that differs; exits 1 when anything differs.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Run in each tree (its own code, with this tree's pages): import, settle, keep the reports.
_IMPORT = """
import json, sys
from pathlib import Path
sys.path.insert(0, {root!r})
from bench._support import setup_django
setup_django("sqlite:///" + {database!r})
from bench.import_bench import edition_pages
from articles.importing import PageInput, pages_import
from articles.importing.reports import PageImportReport
from articles.importing.settling import reports_settle
from articles.importing.sources import read_page_file
folders = [Path(f) for f in {folders!r}]
pages = edition_pages(folders)
items = (PageInput(**f, data=read_page_file(p, max_bytes=10**8)) for f, p in pages)
results = list(pages_import(items, workers={workers}))
reports_settle([r for r in results if isinstance(r, PageImportReport)])
Path({database!r} + ".json").write_text(json.dumps(
    [vars(r) if isinstance(r, PageImportReport) else str(r) for r in results],
    ensure_ascii=False, default=str, sort_keys=True))
"""


def import_into(root: Path, database: Path, folders: list[Path], workers: int) -> None:
    """Import the editions in ``folders`` with ``root``'s code into a new SQLite ``database``
    (its reports beside it, ``<database>.json``). Raises SystemExit when the import fails."""
    script = _IMPORT.format(
        root=str(root), database=str(database), folders=[str(f) for f in folders], workers=workers
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"import_identity: the import with {root} failed")


def table_rows(database: Path) -> dict[str, tuple[list[str], list[str], list[tuple]]]:
    """Every table's compared columns, the columns left out (the run's times) and its rows in
    rowid order."""
    tables = {}
    with sqlite3.connect(database) as db:
        names = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for name in sorted(names):
            columns = db.execute(f'PRAGMA table_info("{name}")').fetchall()
            kept = [column[1] for column in columns if (column[2] or "").lower() != "datetime"]
            chosen = ", ".join(f'"{column}"' for column in kept) or "1"
            try:
                rows = db.execute(f'SELECT {chosen} FROM "{name}" ORDER BY rowid').fetchall()
            except sqlite3.OperationalError:  # (a table without rowid)
                rows = sorted(db.execute(f'SELECT {chosen} FROM "{name}"').fetchall(), key=repr)
            left_out = [column[1] for column in columns if column[1] not in kept]
            tables[name] = (kept, left_out, rows)
    return tables


def differences(ours: dict, theirs: dict) -> tuple[int, list[str]]:
    """How many rows differ between two :func:`table_rows` results, and a line per table that
    differs (with its first differing rows)."""
    count, lines = 0, []
    for name in sorted(set(ours) | set(theirs)):
        if name not in ours or name not in theirs:
            count += 1
            lines.append(f"{name}: only in {'this tree' if name in ours else 'the other'}")
            continue
        (columns, _, rows), (other_columns, _, other_rows) = ours[name], theirs[name]
        if columns != other_columns:
            count += 1
            lines.append(f"{name}: columns differ ({columns} vs {other_columns})")
            continue
        differ = [(a, b) for a, b in zip(rows, other_rows, strict=False) if a != b]
        n = len(differ) + abs(len(rows) - len(other_rows))
        if n:
            count += n
            lines.append(f"{name}: {n} rows differ ({len(rows)} vs {len(other_rows)} rows)")
            if differ:
                lines.append(f"    this tree: {repr(differ[0][0])[:300]}")
                lines.append(f"    the other: {repr(differ[0][1])[:300]}")
    return count, lines


def main() -> int:
    from bench.import_bench import default_edition_folders

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("other", type=Path, help="another checkout of the project")
    parser.add_argument("--workers", type=int, default=0, help="parsing workers (default 0)")
    parser.add_argument("--keep", type=Path, help="keep the two databases in this folder")
    args = parser.parse_args()
    other = args.other.resolve()
    folders = default_edition_folders()
    with tempfile.TemporaryDirectory(prefix="import-identity-") as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        databases = [folder / "this.sqlite3", folder / "other.sqlite3"]
        for root, database in zip((ROOT, other), databases, strict=True):
            database.unlink(missing_ok=True)
            import_into(root, database, folders, args.workers)
        ours, theirs = (table_rows(d) for d in databases)
        count, lines = differences(ours, theirs)
        reports = [json.loads(Path(f"{d}.json").read_text()) for d in databases]
    reported = sum(a != b for a, b in zip(*reports, strict=False))
    reported += abs(len(reports[0]) - len(reports[1]))
    rows = sum(len(table[2]) for table in ours.values())
    for line in lines:
        print(line)
    print(f"{len(ours)} tables, {rows:,} rows compared: {count} differ")
    print(f"{len(reports[0])} page reports compared: {reported} differ")
    left_out = sorted(f"{name}.{c}" for name, table in ours.items() for c in table[1])
    print(f"columns not compared (times a run stamps): {', '.join(left_out)}")
    return 1 if count or reported else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
