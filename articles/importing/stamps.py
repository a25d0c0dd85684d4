"""What a page prints of its own date and label (its stamp, running head or masthead: read by
:mod:`articles.parsing.mastheadfacts`), checked against the date and label it is imported as.

A printed date or label that disagrees refuses the page (a wrong folder or ``--date`` would file a
whole issue under another day, a wrong file name a page under another's label), unless the editor
says the print is what is wrong (an OCR misread, a misprint: ``--printed-date-wrong`` or
``--printed-label-wrong``, the desk's :data:`DATE_WRONG_BOX` or :data:`LABEL_WRONG_BOX`). The raw
text is never edited to agree: it stays as printed, and the page carries
:func:`printed_date_warning` or :func:`label_warning`'s 不符 warning.
"""

from __future__ import annotations

import re
from datetime import date

from articles.importing.reports import PageImportError
from articles.labels import LabelError, normalize_label
from articles.parsing.mastheadfacts import printed_date
from articles.parsing.separated_heads import spaced_head
from articles.text import fold

#: The command's flag that imports a page under the date given though it prints another.
DATE_WRONG_FLAG = "--printed-date-wrong"
#: The desk's tick box that does the same for the 出版日期 filled in (articles.forms.upload).
DATE_WRONG_BOX = "版面上印的日期有误，按此日期导入"
#: The command's flag that imports a page under the label given (its file's name, ``--page``,
#: ``--pdf-pages`` or a manifest's) though it prints another.
LABEL_WRONG_FLAG = "--printed-label-wrong"
#: The desk's tick box that does the same for the label of the file's name or of 版次.
LABEL_WRONG_BOX = "版面上印的版次有误，按文件名或所填版次导入"
#: The :class:`~articles.importing.preparing.PageInput` (and upload item) fields saying so.
SAID_WRONG = ("printed_date_wrong", "printed_label_wrong")


def stamp_check(parsed, item, label: str) -> None:
    """A page stamp printed on the page must agree with the date and page it is imported as
    (``item``, its :class:`~articles.importing.preparing.PageInput`: its ``issue_date``; and
    ``label``, its label as read): raises :class:`PageImportError` saying which to change, and
    how to import the page anyway when the print is wrong (:data:`DATE_WRONG_FLAG`,
    :data:`LABEL_WRONG_FLAG`). ``item.printed_date_wrong``, ``item.printed_label_wrong``: the
    editor said so (the page is imported with :func:`printed_date_warning`,
    :func:`label_warning`; the other is still checked)."""
    meta = parsed.metadata
    where = item.source_name or label
    given = item.issue_date.isoformat()
    if meta.date and meta.date != given and not item.printed_date_wrong:
        raise PageImportError(
            f"{where}: 版面上印的日期是 {meta.date}，却要作为 {given} 导入；"
            f"若印的日期没错，请给出 --date {meta.date}（日期取自文件夹名的，改正文件夹名）；"
            f"{_override_said(f'--date {given} {DATE_WRONG_FLAG}', given)}"
        )
    if (
        meta.label
        and meta.label != label
        and not item.printed_label_wrong
        and _stamped_label(parsed, meta.label)
    ):
        raise PageImportError(
            f"{where}: 版面上印的版次是 {meta.label}，却要作为 {label} 导入；若印的版次没错，"
            f"请把文件改名为 {meta.label} 版（如 {meta.label}.txt），文件名里没有版次时也可给出 "
            f"--page {meta.label}；{_override_said(LABEL_WRONG_FLAG, label)}"
        )


def _override_said(flags: str, given: str) -> str:
    """The end of :func:`stamp_check`'s refusal: how to import the page as ``given`` when its
    print is what is wrong (``flags`` added to the command; the desk names its tick box:
    :func:`articles.importing.upload.for_editors`)."""
    return (
        f"若是版面印错了或识别错了，请加上 {flags} 按 {given} 导入"
        "（版面文本照原样保存，本版记下这处不符）；本版什么都没有写入"
    )


def _said_wrong(what: str, printed: str, given_as: str, given: str) -> str:
    """The warning kept on a page imported as ``given`` though it prints ``printed`` (its
    ``what``, 日期 or 版次; ``given_as`` names what it was imported under)."""
    return (
        f"版面印的{what} {printed} 与{given_as} {given} 不符（按编辑指定导入）："
        f"若其实是{given_as}给错了，请撤销本版导入，再按正确的{what}重新导入"
    )


def printed_date_warning(parsed, issue_date: date) -> str:
    """The page's warning when the date it prints is not the one it is imported as (the editor
    said the print is wrong: :func:`stamp_check`'s ``date_wrong``; or a stored page read again
    by a parser that reads its date otherwise), else ``""``: kept in the report and on the page,
    where an editor sees it."""
    printed = parsed.metadata.date
    if not printed or printed == issue_date.isoformat():
        return ""
    return _said_wrong("日期", printed, "出版日期", issue_date.isoformat())


def label_warning(parsed, label: str) -> str:
    """The report's warning when the page seems to print another label than ``label``, ``""``
    when nothing disagrees. A stamp that says 版, or a running head printing the full date beside
    the label, is printed for certain: it refuses the page (:func:`stamp_check`) unless the
    editor said the print is wrong (``label_wrong``; or a stored page read again), and then the
    page is imported with ``版面印的版次 8 与导入的版次 3 不符（按编辑指定导入）…``. A line set
    aside as the page's furniture that only seems to name another page (``A2  要闻`` on a page
    imported as A3) without saying 版 is a guess: the page is imported as given and the editor
    told what the line seemed to say."""
    printed = parsed.metadata.label
    if not printed or printed == label:
        return ""
    if _stamped_label(parsed, printed):
        return _said_wrong("版次", printed, "导入的版次", label)
    return (
        f"版面上的一行（版头、报眉）看似写着版次 {printed}，按 {label} 导入了：若这一版其实是 "
        f"{printed} 版，请撤销后用 --page {printed} 重新导入"
    )


# A page label said with 版: 第 04 版, 第A8版, A3版, 第三版 (what only a page stamp prints).
_STAMPED_LABEL_RE = re.compile(
    r"第\s*[A-Za-zＡ-Ｚ]{0,2}\s*[0-9０-９]{1,3}\s*版|第[〇零一二两三四五六七八九十百]{1,4}版"
    r"|[A-Za-zＡ-Ｚ]{1,2}\s*[0-9０-９]{1,3}\s*版|(?<![0-9０-９])[0-9０-９]{1,3}\s*版"
)


# A running head's full date in figures (2020年7月9日, 2020-07-09, 2020.7.9; in Chinese numerals,
# 二〇二〇年七月九日, :func:`~articles.parsing.mastheadfacts.printed_date` reads it) and a label
# standing alone between spaces on it (南通日报 2020年7月9日 星期四 A2 要闻).
_HEAD_DATE_RE = re.compile(
    r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}"
)
_LONE_LABEL_RE = re.compile(r"(?<![^\s\u3000])[A-Za-zＡ-Ｚ]{0,2}[0-9０-９]{1,3}(?![^\s\u3000])")


def _stamped_label(parsed, printed: str) -> bool:
    """Whether a line set aside on the page says the label ``printed`` for certain (a refusal is
    safe), not only a bare number or letter a rule took for it: with 版 (a page stamp: 第 04 版,
    A3版), or standing alone on a running head that prints the full date too (``南通日报
    2020年7月9日 星期四 A2 要闻``, ``二〇二〇年七月九日 星期四 A2``; its pieces may be parted by
    ``·``, ``|``, ``/`` or ``-`` with no spaces, ``岚川晚报/2021-05-06/B2``:
    :func:`~articles.parsing.separated_heads.spaced_head`): the page's own head, whose date is
    already checked by :func:`stamp_check` (a fresh reviewer's A2 filed as A3 went public as an
    empty page on a warning)."""
    for item in parsed.set_aside:
        text = spaced_head(fold(item.text)) or item.text
        found = list(_STAMPED_LABEL_RE.finditer(text))
        if _HEAD_DATE_RE.search(text) is not None or printed_date(fold(text)):
            found += _LONE_LABEL_RE.finditer(text)
        for match in found:
            try:
                if normalize_label(match.group()) == printed:
                    return True
            except LabelError:
                continue
    return False
