"""``--date`` against the date folders the run's files lie in (``<报纸>/<YYYY-MM-DD>/A1.txt``),
checked before any file is read. No database here.

``--date`` overrides the layout: a folder named otherwise, or for the wrong day, is imported
under the date given without renaming it (README, "Importing pages"). That holds for one date
folder. Two things it cannot mean, refused naming the folders and how to go on:

- files from date folders of several days (``2021-03-01/`` and ``2021-03-02/`` under one
  ``--date``): several issues would be filed as one;
- ``--printed-date-wrong`` (the print is wrong, the date given is right) with a file whose
  folder names another day: the folder agrees with the print, so the file is most likely not
  of the date given, and each such page would go in with a warning only
  (:mod:`articles.importing.stamps`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from articles.importing.filenames import FOLDER_DATE_RE
from articles.importing.pagefiles import SourceError
from articles.importing.stamps import DATE_WRONG_FLAG


def folder_date(folder: Path) -> date | None:
    """The date ``folder``'s name gives (``2021-03-01`` or ``20210301``), or None when it is
    named otherwise or for no real date (that is said where the date is read)."""
    match = FOLDER_DATE_RE.match(folder.name)
    if match is None:
        return None
    year, month, day = (int(part) for part in match.groups() if part is not None)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def check_date_folders(
    files: list[Path], flag_date: date | None, *, printed_date_wrong: bool
) -> None:
    """Raise :class:`SourceError` when ``--date`` (``flag_date``; None: not given) would file ``files`` (the
    run's page files, none read yet) of other days' date folders under it: the folders are of
    several days, or ``printed_date_wrong`` and any is of another day (module docstring). The
    message names the folders of other days (six at most) and how to go on."""
    if flag_date is None:
        return
    days: dict[date, list[Path]] = {}
    for folder in dict.fromkeys(file.parent for file in files):
        found = folder_date(folder)
        if found is not None:
            days.setdefault(found, []).append(folder)
    others = [folder for day, folders in days.items() if day != flag_date for folder in folders]
    if not others or (len(days) < 2 and not printed_date_wrong):
        return
    given = f"--date {flag_date:%Y-%m-%d}"
    names = "、".join(str(folder) for folder in others[:6]) + ("等" if len(others) > 6 else "")
    if printed_date_wrong:
        why = (
            f"{DATE_WRONG_FLAG} 只说版面上印的日期有误，这些文件所在文件夹的名字却也是另一天，"
            f"它们多半不是 {flag_date:%Y-%m-%d} 的版面"
        )
    else:
        shown = "、".join(f"{day:%Y-%m-%d}" for day in sorted(days))
        why = (
            f"给出的文件来自 {len(days)} 天的文件夹（{shown}），{given} 会把它们都当作 "
            f"{flag_date:%Y-%m-%d} 这一期的版面导入"
        )
    raise SourceError(
        f"{given} 与文件夹 {names} 的日期不同：{why}；什么也没有读入。请只给出 "
        f"{flag_date:%Y-%m-%d} 的文件，或去掉 --date（各版面按所在文件夹的日期导入）；"
        f"文件夹名写错了日期的，请先把它改名为正确的出版日期"
    )
