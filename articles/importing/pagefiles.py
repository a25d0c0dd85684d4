"""Page files on disk: which files under the given paths are pages, and reading one safely;
the errors a path, manifest, flag or file name gives (:class:`SourceError`). No database here.
(:mod:`articles.importing.sources` places each file: its paper, date and page.)"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from articles.parsing.decoding import ARCHIVE_HINT

PAGE_SUFFIXES = (".txt", ".text", ".pdf")  # a page PDF: articles/importing/pdfs.py


class SourceError(ValueError):
    """A path, manifest or flag that does not say which paper, date or page a file is."""


class FileNameError(SourceError):
    """A file name that does not say the date or the page; ``reason`` says which (one of the
    ``FileNameError.*`` codes) and ``found`` what was read (the date text, or the date), so that
    the desk can say it in its own words."""

    BAD_DATE = "bad-date"  # the name holds YYYY-MM-DD (or YYYYMMDD) that is no real date
    OUT_OF_RANGE = "out-of-range"  # a real date no issue may carry
    NO_DATE = "no-date"  # no date in the name, none given
    NO_LABEL = "no-label"  # the rest of the name is no page label

    def __init__(self, message: str, *, reason: str, found: str | date | None = None):
        super().__init__(message)
        self.reason, self.found = reason, found


def read_page_file(path: Path, *, max_bytes: int) -> bytes:
    """The bytes of the page file ``path``, reading at most ``max_bytes`` + 1 bytes, so a huge
    file, a pipe or a device (``/dev/zero``) is refused without being read whole.

    Raises :class:`SourceError` (naming the file and the limit) when there is more, and
    ``OSError`` when the file cannot be read."""
    with path.open("rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise SourceError(
            f"{path}: 超过 {max_bytes:,} 字节（上限 NEWSROOM_MAX_PAGE_BYTES）；一个版面的文本"
            "远比这小：请确认这是一个版面的文本文件"
        )
    return data


#: Archives a folder of pages is sent in: unpacked first, never read as a page.
ARCHIVES = frozenset({".zip", ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz"})


def archive_refusal(path: Path) -> str:
    """Why an archive (:data:`ARCHIVES`, by its name) named on its own is not imported, with what
    to do (:data:`~articles.parsing.decoding.ARCHIVE_HINT`: unpack it, import the folder), before
    its name is read for a page; ``""`` for any other file."""
    if path.suffix.lower() not in ARCHIVES:
        return ""
    return f"{path}: 这是压缩包，导入不读压缩包，只读版面文件；{ARCHIVE_HINT}"


#: Folders a copy or an archive leaves that hold no pages: macOS's resource forks of a zip.
_NOT_PAGE_FOLDERS = frozenset({"__MACOSX"})


def _hidden_under(path: Path, folder: Path) -> bool:
    """Whether ``path`` (inside ``folder``) is hidden: it or a folder on the way starts with a
    dot (``._A1.txt``, macOS's resource fork of ``A1.txt``; ``.git/``), or is a folder of
    :data:`_NOT_PAGE_FOLDERS`. A file manager shows none of them; they are no pages."""
    parts = path.relative_to(folder).parts
    return any(part.startswith(".") or part in _NOT_PAGE_FOLDERS for part in parts)


#: Files of a folder that are read as its layout, not as pages (:mod:`articles.importing.sources`).
LAYOUT_FILES = frozenset({"paper.json", "manifest.json"})
#: Files Windows writes into folders on its own (hidden there, not by a leading dot).
_SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini", "ehthumbs.db"})


def _missing(path: Path) -> str:
    """Why ``path``, which does not exist as a file or folder, is refused: a symbolic link that
    leads back to itself (a loop), one whose target is gone, or no such path."""
    if not path.is_symlink():
        return "没有这个文件或文件夹；请检查路径"
    try:
        path.resolve(strict=True)
    except FileNotFoundError:
        return (
            f"这是一个符号链接，指向的 {os.readlink(path)} 不存在；请检查链接或改给文件本身的路径"
        )
    except (OSError, RuntimeError):  # ELOOP; Python 3.11's resolve() raises RuntimeError
        return "这是一个循环的符号链接（链接最终又指回自己），读不到任何文件；请改给文件本身的路径"
    return "读不到这个路径；请检查路径和权限"


def find_page_files(
    paths: list[Path],
    *,
    passed_over: list[Path] | None = None,
    unread: list[str] | None = None,
) -> list[Path]:
    """Every page file under the given files and folders, in a stable order. Inside a folder,
    hidden files and folders (:func:`_hidden_under`: ``._A1.txt`` that a Mac writes beside
    ``A1.txt`` on a shared drive) are no pages and are passed over; a file named on its own is
    always read. The folders' other files (``A2.htm``, ``A2.docx``: not of
    :data:`PAGE_SUFFIXES`, not hidden, not :data:`LAYOUT_FILES` nor a file Windows writes on
    its own) are appended to ``passed_over`` when it is given, so the run can say which pages
    it did not read and why (a page saved in another form would otherwise be missing without
    a word). What a folder holds under a page file's name that cannot be read as one (a
    symbolic link whose target is gone, a folder ``A3.txt``, a link to a folder or to a file
    found already under another name: :func:`_not_a_page_file`) is appended to ``unread``,
    one ``PATH: why and what to do`` line each, for the run's failures; no page goes missing
    without a word. Raises :class:`SourceError` for a path that does not exist or a folder
    with no page file (naming the other files it holds)."""
    files: list[Path] = []
    said: list[str] = []
    for path in paths:
        if not path.exists():
            raise SourceError(f"{path}: {_missing(path)}")
        if path.is_dir():
            found, others, before = [], [], len(said)
            for p in sorted(path.rglob("*")):
                if _hidden_under(p, path):
                    continue
                page_named = p.suffix.lower() in PAGE_SUFFIXES
                if p.is_file():
                    (found if page_named else others).append(p)
                elif problem := _not_a_page_file(p, page_named=page_named):
                    said.append(f"{p}: {problem}")
                elif not page_named and not p.is_dir():  # (a link to nothing, a pipe)
                    others.append(p)
            others = [p for p in others if p.name not in LAYOUT_FILES]
            others = [p for p in others if p.name.lower() not in _SYSTEM_FILES]
            if not found and len(said) == before:  # (else what it holds is said)
                raise SourceError(
                    f"{path}: 这个文件夹及其子文件夹里没有版面文件（.txt、.text 或 .pdf）"
                    f"{_others_named(others)}；"
                    "请按 <报纸>/<YYYY-MM-DD>/<版次>.txt 摆放版面"
                )
            files.extend(found)
            if passed_over is not None:
                passed_over.extend(others)
        else:
            files.append(path)
    kept = _each_file_once(files, said)
    if unread is not None:
        unread.extend(said)
    return kept


def _not_a_page_file(path: Path, *, page_named: bool) -> str:
    """Why ``path``, found in a folder and no regular file, is not read as a page, when it
    matters: a folder or a link to one (whose pages the run does not read), or, under a page
    file's name, a symbolic link to nothing (:func:`_missing`) or a pipe or device. ``""``
    for a plain folder (its files are read) and for what bears no page's name (a passed-over
    file)."""
    if path.is_symlink() and path.is_dir():
        return (
            f"这是指向文件夹 {os.readlink(path)} 的符号链接，导入不顺着链接进入文件夹（免得同一批"
            "版面读两遍）；其中的版面没有读入：请把那个文件夹本身作为路径给出"
        )
    if not page_named:
        return ""
    if path.is_dir():
        if any(p.is_file() and p.suffix.lower() in PAGE_SUFFIXES for p in path.rglob("*")):
            return ""  # (its page files are read)
        return (
            f"{path.name} 是文件夹，不是版面文件（里面也没有版面文件）；这一版没有读入："
            f"请把这一版的文本存为文件 {path.name} 放在这里（代替这个文件夹）再导入"
        )
    if not path.exists():
        return _missing(path)
    return f"{path.name} 不是普通文件（是管道或设备）；请把这一版的文本存为普通文件再导入"


def _each_file_once(files: list[Path], said: list[str]) -> list[Path]:
    """``files`` with each file once, in their order: the same path found twice (a folder and a
    file in it, both given) is read once without a word. Of several paths to one file (a
    symbolic link beside the file it points to, ``A4.txt -> 头版.txt``; links in two issues'
    folders), the one that is no link is read as itself (else the first in order), and
    ``said`` gets, for each other one, that it is not read and why (its page would otherwise be
    missing without a word; the file itself never goes under the link's name)."""
    paths: dict[Path, list[Path]] = {}  # the file → the paths to it, each once, in order
    for file in files:
        found = paths.setdefault(file.resolve(), [])
        if all(os.path.abspath(p) != os.path.abspath(file) for p in found):
            found.append(file)
    kept = []
    for found in paths.values():
        chosen = next((p for p in found if not p.is_symlink()), found[0])
        kept.append(chosen)
        for file in found:
            if file is not chosen:
                how = "符号链接" if file.is_symlink() else "经由指向文件夹的符号链接"
                said.append(
                    f"{file}: 与 {chosen} 是同一个文件（{how}）：同一个文件只读一次，按 {chosen} "
                    f"读，{file} 没有读入；若这一版确与它相同，请把文件复制一份放在这里"
                    "（不用符号链接）再导入"
                )
    order = {id(file): n for n, file in enumerate(files)}
    return sorted(kept, key=lambda file: order[id(file)])


def _others_named(others: list[Path]) -> str:
    """For a folder without page files: the other files it holds, as the end of a clause
    (``，只有 A2.htm、A2.docx（版面文件只认 .txt、.text、.pdf）``), or ""."""
    if not others:
        return ""
    names = "、".join(p.name for p in others[:6]) + ("等" if len(others) > 6 else "")
    return f"，只有 {names}（版面文件只认 .txt、.text、.pdf：请把版面另存为 .txt）"


def one_page_only(files: list[Path], page: str) -> None:
    """``--page`` names one page: its text file, its PDF, or both (text from the ``.txt``, image
    and zones from the PDF, paired as a folder's are); more is refused (:class:`SourceError`,
    naming the files)."""
    pdfs = [f for f in files if f.suffix.lower() == ".pdf"]
    if len(files) - len(pdfs) <= 1 and len(pdfs) <= 1:
        return
    raise SourceError(
        f"--page {page} 只指一个版面，却给了 {len(files)} 个文件"
        f"（{'、'.join(f.name for f in files[:6])}{'等' if len(files) > 6 else ''}）；"
        "一个版面最多是一个文本文件加一个 PDF：请逐个导入，"
        "或按 <报纸>/<YYYY-MM-DD>/<版次>.txt 摆放后不加 --page"
    )
