"""Page files' names: the page label and issue date a name gives (``2020-07-09_A1.txt``: A1
of that day; ``A1.txt``: A1, the date from elsewhere). One rule for the desk's upload
(:func:`file_name_parts`) and ``import_pages`` (:func:`name_split`, :func:`name_date_agrees`,
:func:`name_label_agrees`, :func:`label_from_stem`, through :mod:`articles.importing.sources`).
No database here.

What a file's own name states is a statement about that one file, and nothing given for the
run overrides it: a date or page given (``--date``, ``--page``; the desk's 出版日期 and 版次) that
contradicts the name is refused, naming both values and how to go on (drop the value given, or
rename the file); one that fills in what the name does not state (``000_4c36.txt --page A2``,
``A1.txt --date 2020-07-09``) is simply used. Folders, ``paper.json`` and ``manifest.json`` are
the layout: a flag overrides them (that is how a folder named otherwise is imported without
renaming it), and a file name's date that contradicts them is refused too."""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

from articles.dates import IssueDateError, check_issue_date, date_problem
from articles.importing.pagefiles import FileNameError, SourceError
from articles.labels import LabelError, label_parts, normalize_label

_DATE_IN_NAME = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# The same date written without dashes (20200713_A5.txt), as cameras, scanners and prepress
# exports name files: eight digits standing alone (no digit either side, so a time stamp
# 202007131530 holds none) that can only be meant as a date: a year 1800-2099 and a month
# 00-19. Checked as any date (20201340 is refused as no real date); a number that is no
# plausible date (12345678, 19283746, 00001234: page 1234) is read as it was before.
COMPACT_DATE = r"((?:18|19|20)\d{2})([01]\d)(\d{2})"
_COMPACT_DATE_IN_NAME = re.compile(rf"(?<!\d){COMPACT_DATE}(?!\d)")


# A date folder's name may be written without dashes too (20200709), as a file's name may.
FOLDER_DATE_RE = re.compile(rf"^(?:(\d{{4}})-(\d{{2}})-(\d{{2}})|{COMPACT_DATE})$")
# A folder named for a date written another way: 2020-7-9, 2020.07.09, 2020年7月9日.
_OTHER_DATE_RE = re.compile(r"^(\d{4})[-./_年](\d{1,2})[-./_月](\d{1,2})日?$")


def is_date_folder(name: str) -> bool:
    """Whether a folder's ``name`` is an issue date, as the layout names it: ``YYYY-MM-DD``, or
    ``YYYYMMDD`` as a file's name may write it (eight digits only a date can mean:
    :data:`COMPACT_DATE`; whether it is a real date is checked when it is read:
    :func:`articles.importing.sources.parse_issue_date` with ``folder``)."""
    return bool(FOLDER_DATE_RE.match(name))


def folder_date_hint(name: str) -> str:
    """For a folder whose name is a date written otherwise than ``YYYY-MM-DD`` or ``YYYYMMDD``:
    how to rename it (``；文件夹名 2020-7-9 像是日期，请改名为 2020-07-09``); when it is no real
    date, or none an issue may carry, what is wrong with it instead (``2016-5-32``: ``2016 年 5 月
    只有 31 天``: :func:`~articles.dates.date_problem`), not a name that would be refused in turn;
    else ""."""
    match = _OTHER_DATE_RE.match(name)
    if match is None:
        return ""
    year, month, day = (int(part) for part in match.groups())
    problem = date_problem(year, month, day)
    if problem:
        problem += "，不是真实存在的日期"
    else:
        try:
            check_issue_date(date(year, month, day))
        except IssueDateError as exc:
            problem = str(exc).split("：", 1)[0]  # (the range; not its advice on flags)
    if problem:
        return (
            f"；文件夹名 {name} 像是日期，但{problem}：请把文件夹改名为这一期真实的出版日期"
            "（写成 YYYY-MM-DD）"
        )
    return f"；文件夹名 {name} 像是日期，请改名为 {year}-{month:02d}-{day:02d}"


def file_name_parts(
    name: str, *, issue_date: date | None = None, label: str | None = None
) -> tuple[str, date]:
    """The page label and issue date a file's name gives (``2020-07-09_A1.txt``: A1 of that
    day), the ones given winning: ``issue_date`` over a date in the name, ``label`` over the name
    without its date. Raises :class:`FileNameError` when it cannot tell one of them. The desk's
    upload and ``import_pages`` read names by this rule (:func:`name_split`)."""
    stem, match = name_split(name)
    when = issue_date
    if match and when is None:
        when = _date_in_name(name, match)
    if when is None:
        raise FileNameError(
            f"{name}: 文件名里没有日期；请给出出版日期", reason=FileNameError.NO_DATE
        )
    if label:
        return label, when
    return label_from_stem(name, stem), when


def name_split(name: str) -> tuple[str, re.Match | None]:
    """A file's name without its suffix and without the date it holds (``2020-07-09_A1.txt``,
    ``20200709_A1.txt``: ``A1``), and that date as found (``None`` when it holds none; read it
    with :func:`_date_in_name`). The dashed date is looked for first; else eight digits that can
    only be meant as a date (:data:`COMPACT_DATE`)."""
    stem = name.rsplit(".", 1)[0] if "." in name else name
    match = _DATE_IN_NAME.search(stem) or _COMPACT_DATE_IN_NAME.search(stem)
    if match:
        stem = (stem[: match.start()] + stem[match.end() :]).strip(" _-")
    return stem, match


def name_date(name: str) -> date | None:
    """The issue date a file's name holds (``2020-07-09_A1.txt``: 2020-07-09), ``None`` when it
    holds none. Raises :class:`FileNameError` (``BAD_DATE``, ``OUT_OF_RANGE``) when the date in
    the name is not one an issue may carry."""
    _, match = name_split(name)
    return _date_in_name(name, match) if match else None


def _date_in_name(name: str, match: re.Match) -> date:
    try:
        when = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        raise FileNameError(
            f"{name}: 文件名里的 {match.group(0)!r} 不是真实存在的日期；请改正文件名里的日期"
            f"（写成 YYYYMMDD 或 YYYY-MM-DD，如 {_example(name, match)}），或给出出版日期",
            reason=FileNameError.BAD_DATE,
            found=match.group(0),
        ) from None
    try:
        return check_issue_date(when)
    except IssueDateError as exc:
        raise FileNameError(
            f"{name}: {exc}", reason=FileNameError.OUT_OF_RANGE, found=when
        ) from None


def _example(name: str, match: re.Match) -> str:
    """``name`` with the date ``match`` found in it written as a real one (2020-07-13, or
    20200713 when it was written without dashes), to show how a file is named."""
    example = "2020-07-13" if "-" in match.group(0) else "20200713"
    return name[: match.start()] + example + name[match.end() :]


#: :class:`FileNameError`'s reason for a name garbled by a ZIP's code page (``found``: the name
#: it was meant to be, :func:`garbled_reading`).
GARBLED_NAME = "garbled-name"
# A label, then a space (or ``_``, ``-``) and the page's name: ``A1 要闻``, ``第二版　要闻``.
_LABEL_THEN_SECTION = re.compile(r"^(\S+?)[\s_\-]+(\S.*)$")
# How a name's GBK bytes are read when a ZIP made on Chinese Windows is unpacked elsewhere: as
# the ZIP format's own code page (CP437: ``第二版`` → ``╡┌╢■░µ``), or as Latin-1 (``µÚ¶þ°æ``).
_MISREAD_AS = ("cp437", "latin-1")


def label_from_stem(name: str, stem: str) -> str:
    """The page label a file's name (without its suffix and date) gives: ``A1``, ``第二版``, or
    a label followed by a space and the page's name, as many desks name files (``A1 要闻``,
    ``2020-07-09 A1 要闻.txt``: ``A1``; the name after it is not used, the page's 版名 is read
    from its text). Raises :class:`FileNameError`: ``GARBLED_NAME`` for a name garbled by a
    ZIP's code page (``╡┌╢■░µ``; ``found``: what it was meant to say,
    :func:`garbled_reading`), else ``NO_LABEL`` (``found``: why the name is no label, as
    ``--page`` says it: ``'A0' 不是版次：版次从 1 开始``)."""
    try:
        return normalize_label(stem)
    except LabelError as exc:
        problem = str(exc)
    label = _label_before_section(stem)
    if label is not None:
        return label
    meant = garbled_reading(stem)
    if meant is not None:
        raise FileNameError(garbled_message(name, meant), reason=GARBLED_NAME, found=meant)
    raise FileNameError(
        f"{name}: 从文件名 {name!r} 看不出是哪一版；请按版次命名文件（如 A1.txt）或给出版次",
        reason=FileNameError.NO_LABEL,
        found=problem,
    )


def _label_before_section(stem: str) -> str | None:
    """The label of a name written ``<版次> <版名>`` (``A1 要闻``), or ``None``: the first word
    must be a label and the rest no label of its own (``A1 A2`` says two pages)."""
    match = _LABEL_THEN_SECTION.match(stem.strip())
    if match is None:
        return None
    try:
        label = normalize_label(match.group(1))
    except LabelError:
        return None
    try:
        normalize_label(match.group(2))
    except LabelError:
        return label
    return None


def garbled_reading(text: str) -> str | None:
    """What ``text`` (a file's name) was meant to say when it is Chinese whose GBK bytes were
    read in another code page (:data:`_MISREAD_AS`: ``╡┌╢■░µ`` → ``第二版``), else ``None``.
    Only bytes that read as GB2312 characters count (two bytes of 0xA1–0xFE each, where the
    common characters are), so a Latin name (``Müller``) is not taken for one."""
    if text.isascii():
        return None
    for codec in _MISREAD_AS:
        try:
            meant = text.encode(codec).decode("gb2312")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if meant != text and any("\u4e00" <= ch <= "\u9fff" for ch in meant):
            return meant
    return None


def garbled_message(name: str, meant: str, *, given: str = "--page 版次") -> str:
    """Why a file named ``name``, garbled from ``meant`` (:func:`garbled_reading`), is not
    read as a page, and how to go on (``given``: how the page may be given instead)."""
    renamed = garbled_reading(Path(name).name) or meant
    space = " " if given[:1].isascii() else ""
    return (
        f"{name}: 文件名是乱码，按 GBK 读应是“{meant}”：像是在中文 Windows 上打的 zip 包，"
        "解压时把文件名的编码读错了。请用 unzip -O GBK（或 7-Zip 等能指定文件名编码的工具）"
        f"重新解压，或把文件改名为 {renamed}，或给出{space}{given}"
    )


def name_label_agrees(file: Path, stem: str, label: str, *, given: str = "--page") -> str:
    """The page label of ``file`` when ``given`` (``--page``, ``--pdf-pages``) says ``label``
    (already a label, :func:`~articles.labels.normalize_label`), ``stem`` being the file's name
    without its suffix and date (:func:`name_split`). A name that states no page
    (``000_4c36.txt``, ``2020-07-09.txt``) takes ``label``; one that states ``label`` too
    (``A01.txt`` for A1) agrees. One that states another page (``A1.txt`` and ``--page A2``) is
    refused (:class:`SourceError` naming both, and both ways on): one file is one page, and
    which is right cannot be told; the desk refuses a name that is not its 版次 alike."""
    try:
        in_name = label_from_stem(file.name, stem)
    except FileNameError:
        return label  # the name states no page: the value given fills it in
    if name_label_may_be(in_name, label):
        return label
    if given == "--pdf-pages":  # an edition PDF: its name may be its first page's, no other
        raise SourceError(
            f"{_opening(file, given)}: 文件名 {file.name} 读作 {in_name} 版，--pdf-pages 列的第一页"
            f"却是 {label}；按 --pdf-pages 拆开的 PDF，文件名若是版次，只能是它第一页的版次："
            f"第一页若是 {in_name} 版，请改正 --pdf-pages，否则请给文件改个不像版次的名字"
            f"（如 {file.stem}-edition{file.suffix}）"
        )
    raise SourceError(
        f"{_opening(file, given)}: 文件名是 {in_name} 版，{_said(given)}却是 {label}；一个文件只能是一版："
        f"文件名若没错，请去掉 {given}，否则请给文件改名（如 {label}.txt）"
    )


def name_label_may_be(in_name: str, label: str) -> bool:
    """Whether a file whose name reads as the page ``in_name`` may be the page ``label`` (both
    labels, :func:`~articles.labels.normalize_label`): the same page, or a name ``p1.txt`` /
    ``P01.txt`` (read as section P's page 1, ``P1``) given as page ``1``: many people number
    their files p1, p2 … for "page", and a page given as ``1`` says which was meant. (Given as
    ``A1``, ``p1.txt`` is refused: neither reading is A1.) Also a name of the page's number
    with or without a section letter where the page given has the other (``01.txt`` given as
    ``A1``, ``A1.txt`` given as ``1``): the way on that the refusal of such a name beside the
    issue's page of the other kind gives (:mod:`articles.importing.labelmix`)."""
    if in_name == label or (in_name[:1] == "P" and in_name[1:] == label and label.isdigit()):
        return True
    try:
        (name_letters, name_number), (letters, number) = label_parts(in_name), label_parts(label)
    except LabelError:
        return False
    return name_number == number and (name_letters == "") != (letters == "")


def name_date_agrees(file: Path, named: re.Match, found: date | None, *, given: str) -> date:
    """The issue date of ``file``, whose name holds the date ``named``: the name's when no other
    is ``found`` (:class:`SourceError` when it is no date an issue may carry, as the desk says);
    else ``found``, which ``given`` (``--date``, the manifest, the folder's name) gave. A name
    whose real date is not ``found`` is refused: one file, two dates, and which is right cannot
    be told (the desk refuses a file name's page that is not the form's 版次 alike). An
    impossible date in the name (``2020-02-30``) is not compared: the date given wins, as at
    the desk (:func:`file_name_parts`)."""
    try:
        in_name = _date_in_name(file.name, named)
    except FileNameError as exc:
        if found is not None:
            return found
        why = str(exc).removeprefix(f"{file.name}: ")
        raise SourceError(f"{file}: {why}（--date YYYY-MM-DD）") from None
    if found is None or in_name == found:
        return in_name
    fix = "去掉 --date" if given == "--date" else f"改正{given}（或用 --date {in_name} 指定）"
    raise SourceError(
        f"{_opening(file, given)}: 文件名里的日期是 {in_name:%Y-%m-%d}，{_said(given)}却是 {found:%Y-%m-%d}；"
        f"同一版只能有一个出版日期：文件名若没错，请{fix}，否则请给文件改名"
    )


def _opening(file: Path, given: str) -> str:
    """How a refusal of ``file`` whose name contradicts ``given`` opens: the path, and the flag
    in brackets when ``given`` is one (``A1.txt (--page)``), as a message names the part of a file
    at fault (``manifest.json ("date")``); ``import_pages --json`` reads both from it
    (:func:`articles.management.commands._json_refusals.error_entry`). A manifest or a folder's
    name is no flag: the path alone."""
    return f"{file} ({given})" if given.startswith("--") else str(file)


def name_not_utf8(file: Path) -> str | None:
    """Why ``file`` is refused when its path is not UTF-8 (``None`` when it is): a zip made on
    Chinese Windows stores names in the system code page (GBK), and Linux ``unzip`` writes those
    bytes as they are, so ``第二版.txt`` arrives as ``B5DA B6FE B0E6 .txt``, which Python holds as
    lone surrogates and could only print as escape codes. The message shows the path with each
    such part read as GB18030/GBK where it can be (else with ``�`` for the bytes that read as
    nothing), says the name is not UTF-8 and how to go on: unpack the zip again giving its
    encoding (``unzip -O GBK``), or rename the file. Importing it under a name that is not the
    file's would leave rows naming a file that no tool shows, so it is not guessed."""
    if not _SURROGATE.search(str(file)):
        return None
    shown, gbk = shown_path(file)
    if gbk:
        return (
            f"{shown}: 文件名不是 UTF-8 编码（上面是按 GBK 读出的名字），像是在中文 Windows 上"
            "打的 zip 包在这里解压的：请用 unzip -O GBK（或 7-Zip 等能指定文件名编码的工具）"
            "重新解压，或把文件改名后再导入"
        )
    return (
        f"{shown}: 文件名不是 UTF-8 编码（读不出的字节显示为 �）：请用能指定文件名编码的工具"
        "按它原来的编码重新解压或复制（如 unzip -O 编码名），或把文件改名后再导入"
    )


# A byte of a file name that is not UTF-8, as Python holds it (PEP 383's surrogateescape).
_SURROGATE = re.compile("[\udc80-\udcff]")


def shown_path(file: Path) -> tuple[str, bool]:
    """``file`` as a message may show it, and whether a part of it was read as GBK: each part
    of the path that is not UTF-8 (:func:`name_not_utf8`) read as GB18030/GBK where it can be,
    else with ``�`` for the bytes that read as nothing; a UTF-8 path as it is."""
    if not _SURROGATE.search(str(file)):
        return str(file), False
    parts, gbk = [], False
    for part in file.parts:
        raw = os.fsencode(part)
        try:
            parts.append(raw.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        try:
            parts.append(raw.decode("gb18030"))
            gbk = True
        except UnicodeDecodeError:
            parts.append(raw.decode("utf-8", "replace"))
    return str(Path(*parts)), gbk


def _said(given: str) -> str:
    """``given`` (what named the page or date: ``--date``, ``所在文件夹的名字``) before the words
    after it: a space after a flag or a name in Latin letters, none after Chinese."""
    return f"{given} " if given[-1:].isascii() else given
