"""Write ``seeded/`` from ``clean/``: the same pages with known errors put in, and
``seeded/truth.json`` listing each one (for ``bench/proofread_bench.py``).

    python tests/data/proofreading/seed_errors.py

Each edit replaces ``old`` (found exactly once in the clean page file) with ``new``. The truth
entry gives the page ``file`` (relative to the repository), the ``offset`` in characters of the
error in the seeded file, the ``kind`` of finding expected, the ``text`` the check should point
at (for a removed mark: the mark left without its partner) and ``context``: the text around it
as the story stores it (the page's line breaks joined), unique in its paragraph. A name spelt
two ways gives the ``issue`` (paper, date) and both spellings (``text`` and ``also``): the check
flags the bylines of every story of the issue that prints either.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CLEAN, SEEDED = HERE / "clean", HERE / "seeded"

# (page file under clean/, old, new, kind, text flagged, context or "" for new without "\n")
EDITS = [
    # Paired marks: unclosed, unopened, mismatched, a full-width mark closed by a half-width one.
    (
        "city/2025-04-18/A1.txt",
        "“一季度的数据来之不易。”",
        "“一季度的数据来之不易。",
        "pairs",
        "“",
        "",
    ),
    ("national/2025-11-03/5.txt", "《论语》中说", "《论语中说", "pairs", "《", ""),
    ("national/2025-11-03/5.txt", "（人民时评）", "（人民时评】", "pairs", "】", ""),
    (
        "supplement/2024-06-14/6.txt",
        "先读一读《清溪志》。",
        "先读一读《清溪志〉。",
        "pairs",
        "〉",
        "",
    ),
    ("letters/2025-01-15/4.txt", "为“最美护工”点赞", "为“最美护工点赞", "pairs", "“", ""),
    (
        "harbour/2024-10-12/A8.txt",
        "來飯堂吃飯，人也精神了。」",
        "來飯堂吃飯，人也精神了。",
        "pairs",
        "「",
        "「以前一個人在家",
    ),
    ("feature/2025-08-29/4.txt", "走路的“臭水沟”。", "走路的臭水沟”。", "pairs", "”", ""),
    (
        "rural/2023-11-10/2.txt",
        "“年轻人回来了，",
        "年轻人回来了，",
        "pairs",
        "”",
        "也就有了希望。”余德胜说",
    ),
    (
        "metro/2025-07-22/B1.txt",
        "“机会总是留给有准备的人”",
        "‘机会总是留给有准备的人”",
        "pairs",
        "”",
        "",
    ),
    ("county/1986-05-20/1.txt", "丰收年。”", "丰收年。", "pairs", "“", "对记者说：“政策好"),
    (
        "city/2025-04-18/A2.txt",
        "（记者 陆建平 通讯员 何丽娟）",
        "（记者 陆建平 通讯员 何丽娟)",
        "pairs",
        ")",
        "",
    ),
    # Doubled characters: across the line joins of cut-line pages, and inside a line.
    (
        "evening/2024-09-06/5.txt",
        "家家户户端\n出拿手菜",
        "家家户户端\n端出拿手菜",
        "doubled",
        "端端",
        "",
    ),
    (
        "evening/2024-09-06/5.txt",
        "社区书记黄丽萍说，小区\n改造",
        "社区书记黄丽萍说，小区\n区改造",
        "doubled",
        "区区",
        "小区区改造",
    ),
    (
        "evening/2024-09-06/5.txt",
        "楼上楼下\n都成了熟人",
        "楼上楼下\n下都成了熟人",
        "doubled",
        "下下",
        "",
    ),
    (
        "rural/2023-11-10/2.txt",
        "流转了村里\n的三百多亩",
        "流转了村里\n里的三百多亩",
        "doubled",
        "里里",
        "",
    ),
    ("rural/2023-11-10/2.txt", "通过\n电商平台", "通过\n过电商平台", "doubled", "过过", ""),
    ("rural/2023-11-10/2.txt", "基本实现了机械化", "基本实现了了机械化", "doubled", "了了", ""),
    ("county/1986-05-20/1.txt", "推广薄膜\n育秧", "推广薄膜\n膜育秧", "doubled", "膜膜", ""),
    (
        "county/1986-05-20/1.txt",
        "种田的本领一年\n比一年强",
        "种田的本领领一年\n比一年强",
        "doubled",
        "领领",
        "本领领一年",
    ),
    (
        "city/2025-04-18/A1.txt",
        "把加装电梯的审批流程讲清楚",
        "把加装电梯的审批流程讲清清楚",
        "doubled",
        "清清",
        "",
    ),
    ("city/2025-04-18/A2.txt", "开工建设，开工率", "开工工建设，开工率", "doubled", "工工", ""),
    ("letters/2025-01-15/4.txt", "我父亲住院做手术", "我的的父亲住院做手术", "doubled", "的的", ""),
    ("national/2025-11-03/1.txt", "组织农机跨区作业", "组织农机机跨区作业", "doubled", "机机", ""),
    (
        "feature/2025-08-29/4.txt",
        "沿河新建的滨河公园",
        "沿河新建建的滨河公园",
        "doubled",
        "建建",
        "",
    ),
    ("metro/2025-07-22/B1.txt", "积分榜第三位", "积分榜榜第三位", "doubled", "榜榜", ""),
    # Half-width marks between Chinese characters.
    (
        "city/2025-04-18/A1.txt",
        "今年以来，全市上下认真落实",
        "今年以来,全市上下认真落实",
        "half_width",
        ",",
        "",
    ),
    (
        "metro/2025-07-22/B2.txt",
        "问：选择旅行社要注意什么？",
        "问:选择旅行社要注意什么？",
        "half_width",
        ":",
        "",
    ),
    (
        "metro/2025-07-22/B2.txt",
        "问：自驾游出行有哪些建议？",
        "问：自驾游出行有哪些建议?",
        "half_width",
        "?",
        "",
    ),
    (
        "national/2025-11-03/5.txt",
        "知之甚少；有的遇到问题",
        "知之甚少;有的遇到问题",
        "half_width",
        ";",
        "",
    ),
    (
        "supplement/2024-06-14/7.txt",
        "我急得直哭，外婆却",
        "我急得直哭,外婆却",
        "half_width",
        ",",
        "",
    ),
    ("weekly/2024-03-08/3.txt", "龚教授：首先", "龚教授:首先", "half_width", ":", ""),
    (
        "feature/2025-08-29/4.txt",
        "河水变清了，怎么让它一直清下去？",
        "河水变清了,怎么让它一直清下去？",
        "half_width",
        ",",
        "",
    ),
    # Full-width and half-width digits in one number.
    ("metro/2025-07-22/B1.txt", "1563.8亿元", "1５63.8亿元", "mixed_digits", "1５63.8", ""),
    ("metro/2025-07-22/B1.txt", "第67分钟", "第6７分钟", "mixed_digits", "6７", ""),
    ("metro/2025-07-22/B1.txt", "近2.3万名", "近2．3万名", "mixed_digits", "2．3", ""),
    ("metro/2025-07-22/B2.txt", "营业到23:30", "营业到2３:30", "mixed_digits", "2３", ""),
    ("metro/2025-07-22/B2.txt", "拨打12345热线", "拨打１2345热线", "mixed_digits", "１2345", ""),
    ("national/2025-11-03/1.txt", "截至11月1日", "截至1１月1日", "mixed_digits", "1１", ""),
    # A space inside a name (a reporter's, in a byline or a dateline's credit).
    (
        "rural/2023-11-10/2.txt",
        "本报讯 记者 郭小兵 “这",
        "本报讯 记者 郭 小兵 “这",
        "name_space",
        "郭 小兵",
        "郭 小兵",
    ),
    (
        "national/2025-11-03/1.txt",
        "（记者 许文博）",
        "（记者 许 文博）",
        "name_space",
        "许 文博",
        "许 文博",
    ),
    (
        "weekly/2024-03-08/3.txt",
        "本报记者 卢雅琴\n\n“快看",
        "本报记者 卢 雅琴\n\n“快看",
        "name_space",
        "卢 雅琴",
        "卢 雅琴",
    ),
    (
        "supplement/2024-06-14/6.txt",
        "本报记者 聂文涛\n\n走进",
        "本报记者 聂文 涛\n\n走进",
        "name_space",
        "聂文 涛",
        "聂文 涛",
    ),
    (
        "feature/2025-08-29/4.txt",
        "本报记者 吴晓光 戴丽君",
        "本报记者 吴晓光 戴丽 君",
        "name_space",
        "戴丽 君",
        "戴丽 君",
    ),
    (
        "city/2025-04-18/A1.txt",
        "（记者 周晓燕 陆建平）",
        "（记者 周晓燕 陆 建平）",
        "name_space",
        "陆 建平",
        "陆 建平",
    ),
    # The desk's word list (words.json).
    ("city/2025-04-18/A2.txt", "截至目前，已有", "截止目前，已有", "preferred", "截止目前", ""),
    ("feature/2025-08-29/4.txt", "对其他河道", "对其它河道", "preferred", "其它", ""),
    ("evening/2024-09-06/5.txt", "正在进行设备安装", "正在进行设备按装", "preferred", "按装", ""),
    ("national/2025-11-03/5.txt", "对基层干部来说，", "做为基层干部，", "preferred", "做为", ""),
    ("feature/2025-08-29/4.txt", "市民休闲的好去处", "市民休闲的最佳去处", "banned", "最佳", ""),
    (
        "letters/2025-01-15/4.txt",
        "老年人站久了腿就受不了",
        "残废人站久了腿就受不了",
        "banned",
        "残废人",
        "",
    ),
    (
        "rural/2023-11-10/2.txt",
        "返乡创业的年\n轻人",
        "返乡创业的农\n民工",
        "sensitive",
        "农民工",
        "",
    ),
    ("metro/2025-07-22/B2.txt", "城市管理部门介绍", "城管部门介绍", "sensitive", "城管", ""),
]
# The same reporter spelt two ways in one issue: (file, old, new, issue, as printed, other).
VARIANTS = [
    (
        "city/2025-04-18/A2.txt",
        "（记者 周晓燕）家里",
        "（记者 周晓艳）家里",
        ("江海日报", "2025-04-18"),
        "周晓艳",
        "周晓燕",
    ),
    (
        "city/2025-04-18/A2.txt",
        "（记者 孙海涛 通讯员 杨文静）",
        "（记者 孙海滔 通讯员 杨文静）",
        ("江海日报", "2025-04-18"),
        "孙海滔",
        "孙海涛",
    ),
    (
        "national/2025-11-03/1.txt",
        "（记者 韩志远）国家图书馆",
        "（记者 韩志原）国家图书馆",
        ("华夏日报", "2025-11-03"),
        "韩志原",
        "韩志远",
    ),
]


def main() -> None:
    shutil.rmtree(SEEDED, ignore_errors=True)
    shutil.copytree(CLEAN, SEEDED)
    for file, old, new, *_ in EDITS + VARIANTS:  # every edit first: later ones shift offsets
        _edit(file, old, new)
    truth = []
    for file, _old, new, kind, text, context in EDITS:
        context = context or new.replace("\n", "")
        truth.append(
            {
                "file": f"tests/data/proofreading/seeded/{file}",
                "offset": _locate(SEEDED / file, context, text),
                "kind": kind,
                "text": text,
                "context": context,
            }
        )
    for file, _old, _new, issue, printed, other in VARIANTS:
        truth.append(
            {
                "file": f"tests/data/proofreading/seeded/{file}",
                "offset": _locate(SEEDED / file, printed, printed),
                "kind": "name_variant",
                "text": printed,
                "also": [other],
                "issue": list(issue),
                "context": printed,
            }
        )
    out = SEEDED / "truth.json"
    out.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(truth)} seeded errors in {SEEDED.relative_to(ROOT)}")


def _edit(file: str, old: str, new: str) -> None:
    path = SEEDED / file
    text = path.read_text(encoding="utf-8")
    if text.count(old) != 1:
        raise SystemExit(f"{file}: {old!r} found {text.count(old)} times, not once")
    at = text.index(old)
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")


def _locate(path: Path, context: str, text: str) -> int:
    """The offset in the file of ``text`` inside ``context`` (matched across line breaks)."""
    page = path.read_text(encoding="utf-8")
    index = [i for i, ch in enumerate(page) if ch != "\n"]
    joined = "".join(page[i] for i in index)
    if joined.count(context) != 1 or text not in context:
        raise SystemExit(f"{path}: context {context!r} not once in the page, or without {text!r}")
    return index[joined.index(context) + context.index(text)]


if __name__ == "__main__":
    main()
