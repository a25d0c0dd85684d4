"""``import_pages``' description and options, as ``--help`` shows them: in Chinese, as
``check_jumps`` and ``publish_issue`` say theirs (the options' names stay as they are), and the
values argparse refuses refused in Chinese too."""

from __future__ import annotations

import argparse
from pathlib import Path

from articles.importing import BATCH_PAGES
from articles.importing.stamps import DATE_WRONG_FLAG, LABEL_WRONG_FLAG

HELP = (
    "导入版面的文本文件（或按 <报纸>/<YYYY-MM-DD>/<版次>.txt 摆放的文件夹）。版面分批写入，每批一个"
    "事务（要么全部写入，要么一点不写）；某个版面失败时列出原因，其余照常导入。同一个文件再导入一次"
    "什么也不改。每个版面写入后即打印它的一行；后面的版面让某一行不再属实的（等后导入的版面来接的"
    "转版），全部导入后在末尾以“全部版面导入后”开头再打印一次。试运行说出真正运行会做什么。只给出版面"
    " PDF、没有文本文件时，文字取自 PDF；但文字原本取自文本文件的版面保留它的文字、稿件和修改，PDF "
    "只提供版面图和热区（文字保留自 …）。按 Ctrl-C 中断时，已写完的批次保留，再运行同一命令即可接着导入。"
)


def add_import_arguments(parser) -> None:
    """``import_pages``' positional paths and options, each with its Chinese help."""
    parser.add_argument(
        # "*", not "+": none given is refused in Chinese (_checked_flags), not argparse's English
        "paths",
        nargs="*",
        type=page_path,
        help="版面文件或存放版面文件的文件夹",
    )
    parser.add_argument("--paper", help="报纸的名称或网址名（优先于文件夹的摆放）")
    parser.add_argument("--date", help="出版日期，YYYY-MM-DD 或 YYYYMMDD（优先于文件夹的摆放）")
    parser.add_argument(
        DATE_WRONG_FLAG,
        action="store_true",
        help="版面上印的日期有误（印错或识别错）时，仍按 --date 给出的日期导入；版面文本照原样保存，"
        "本版记下一条“版面印的日期…与出版日期…不符”的提醒。必须同时给出 --date",
    )
    parser.add_argument(
        "--only-paper",
        metavar="NAME",
        help="只导入给出的路径里这份报纸的版面（报名或网址名，按文件夹、manifest 或报头所写）；"
        "其余版面跳过并计数",
    )
    parser.add_argument(
        "--page",
        help="版次，如 A1 或 第二版（只指一个版面：它的文本文件、PDF，或两者）",
    )
    parser.add_argument(
        LABEL_WRONG_FLAG,
        action="store_true",
        help="版面上印的版次有误（印错或识别错）时，仍按文件名（或 --page、--pdf-pages、manifest）给出的"
        "版次导入；版面文本照原样保存，本版记下一条“版面印的版次…与导入的版次…不符”的提醒。"
        "版次只能从版面上读出的文件不能用",
    )
    parser.add_argument("--dry-run", action="store_true", help="只解析和检查，什么也不写入")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出报告")
    parser.add_argument(
        "--batch-size",
        type=whole_number,
        default=BATCH_PAGES,
        metavar="N",
        help=f"每个事务写入的版面数（默认 {BATCH_PAGES}；1 = 一次一个版面）",
    )
    parser.add_argument(
        "--workers",
        type=whole_number,
        default=None,
        metavar="N",
        help="在写入之前先行解析版面的进程数（默认取 NEWSROOM_IMPORT_WORKERS：CPU 数减一，"
        "最多 4；0 = 全在本进程里做）",
    )
    parser.add_argument(
        "--encoding",
        metavar="NAME",
        help="文件的编码，如 big5 或 gb18030（默认逐个文件识别）",
    )
    parser.add_argument(
        "--new-paper",
        action="store_true",
        help="允许新建还不存在的报纸（不加时，报名对不上任何已有报纸的会被拒绝，并给出最接近的"
        "已有报纸；往空数据库里第一次导入不必加）",
    )
    parser.add_argument(
        "--pdf-pages",
        metavar="LABELS",
        help="一份多页 PDF 每一页的版次，按顺序，如 A1,A2,A3",
    )
    parser.add_argument(
        "--overwrite-edited",
        action="store_true",
        help="编辑改过的稿件也用版面文本替换",
    )
    parser.add_argument(
        "--attach-unmatched-pdf",
        action="store_true",
        help="文本旁的 PDF 上找不到一半以上的稿件时，仍导入这一版并挂上 PDF（不加时，文本和 PDF "
        "对不上的版面不导入，什么也不写）",
    )
    parser.add_argument(
        "--replace-unrelated",
        action="store_true",
        help="新文本与已导入的这一版没有一篇相同的稿件时，仍导入它（不加时拒绝：多半是选错了文件"
        "或日期）",
    )


def page_path(value: str) -> Path:
    """A PATH argument as given; an empty one (``""``, a shell variable left unset) is refused
    (:class:`argparse.ArgumentTypeError`) rather than read as ``.``, which would import every
    page under the current folder."""
    if not value.strip():
        raise argparse.ArgumentTypeError(
            "给出的路径是空的：请写上版面文件或文件夹的路径（要导入当前文件夹，请明确写 .）"
        )
    return Path(value)


def whole_number(text: str) -> int:
    """``--batch-size`` and ``--workers``: a whole number, refused in Chinese otherwise (argparse's
    own message is English)."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"要一个整数，不是 {text!r}") from None
