"""Synthetic pages in the seed's style, for benchmarks (deterministic for a given seed number).

An issue is four pages: A1 (a front page of five stories, four of them jumping to A2 with
``（下转A2版）``, a photo with its credit and two teasers), A2 (the four continuations, each with a
shortened headline and ``（上接A1版）``, in shuffled order), A3 and A4 (ordinary pages). Text is
recombined from the seed's own sentences, with names and numbers varied, and paragraphs cut by
column breaks, so parsing and segmentation cost what real pages cost.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "nantong-daily" / "2020-07-09" / "A1.txt"

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = (
    "文君兆欣帅惠民晖巍东中秋晓鸣雷丛军建中连生春华明亮伟强芳娜敏静丽涛洋勇艳杰娟磊超秀霞平刚桂英"
)
TOPICS = [
    "重大项目",
    "城建工程",
    "污染防治",
    "乡村振兴",
    "营商环境",
    "社会组织",
    "港口物流",
    "长江保护",
    "科技创新",
    "民生实事",
    "文明城市",
    "教育改革",
    "医疗服务",
    "交通建设",
    "文旅融合",
    "数字经济",
]


def _sentences() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in text.split("\n\n") if len(p.strip()) > 60]
    body = "".join(paragraphs)
    sentences = re.findall(r"[^。！？]+[。！？]”?", body)
    unwanted = ("本报讯", "下转", "记者", "“", "”")  # datelines, markers and half quotations
    return [s for s in sentences if 12 <= len(s) <= 160 and not any(u in s for u in unwanted)]


_SENTENCES = _sentences()


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _paragraph(rng: random.Random, topic: str) -> str:
    picked = rng.sample(_SENTENCES, rng.randint(2, 5))
    text = "".join(picked)
    return text.replace("项目", topic[:2] + "项目", 1) if rng.random() < 0.3 else text


def _story(rng: random.Random, topic: str, *, jump: bool) -> tuple[list[str], list[str]]:
    """(title lines, body chunks) of one story; body chunks are joined by blank lines."""
    headline = (
        f"{topic}{rng.choice(['取得新突破', '迈出新步伐', '推进会召开', '见成效', '提速增效'])}"
    )
    kicker = f"我市召开{rng.choice(['二季度', '上半年', '三季度'])}{topic}推进会"
    reporters = " ".join(_name(rng) for _ in range(rng.choice((1, 2))))
    paragraphs = [f"本报讯（记者{reporters}）{rng.randint(1, 28)}日上午，" + _paragraph(rng, topic)]
    paragraphs += [_paragraph(rng, topic) for _ in range(rng.randint(3, 6))]
    chunks: list[str] = []
    for i, paragraph in enumerate(paragraphs):
        if i == 2 and len(paragraph) > 40 and rng.random() < 0.7:
            cut = rng.randint(15, len(paragraph) - 15)
            while cut < len(paragraph) - 1 and (
                paragraph[cut - 1] in "。！？”，、；：" or paragraph[cut] in "。！？”，、；："
            ):
                cut += 1
            chunks += [paragraph[:cut], paragraph[cut:]]  # a column break
        else:
            chunks.append(paragraph)
        if i == 3 and rng.random() < 0.4:
            chunks.append(f"在{topic}中打造{rng.choice(['品牌', '样板', '亮点'])}")  # a crosshead
    if jump:
        chunks[-1] = chunks[-1].rstrip("。") + "，（下转A2版）"
    return [kicker, headline], chunks


def issue_pages(number: int) -> dict[str, str]:
    """The four pages of synthetic issue ``number``: {label: text}."""
    rng = random.Random(number)
    topics = rng.sample(TOPICS, 9)
    front, continuations = [], []
    for i, topic in enumerate(topics[:5]):
        jump = i < 4
        titles, chunks = _story(rng, topic, jump=jump)
        front.append("\n".join(titles) + "\n\n" + "\n\n".join(chunks))
        if jump:
            tail = _paragraph(rng, topic)
            continuations.append(f"{titles[1]}\n\n（上接A1版）{tail}")
        if i == 3:
            front.append(f"{_paragraph(rng, topic)}\n\n记者 {_name(rng)}摄")
    front.append("本期导读\n\n" + "\n".join(["港口集装箱吞吐量", "创历史新高", "■A3看南通·民生"]))
    rng.shuffle(continuations)
    pages = {"A1": "\n\n".join(front), "A2": "A2  要闻\n\n" + "\n\n".join(continuations)}
    for label, topic_slice in (("A3", topics[5:7]), ("A4", topics[7:9])):
        stories = []
        for topic in topic_slice:
            titles, chunks = _story(rng, topic, jump=False)
            stories.append("\n".join(titles) + "\n\n" + "\n\n".join(chunks))
        pages[label] = "\n\n".join(stories)
    return pages


def archive(pages: int, *, start: date = date(2019, 1, 1)):
    """Yield (issue_date, label, text) for ``pages`` pages, four to an issue."""
    count = 0
    number = 0
    while count < pages:
        for label, text in issue_pages(number).items():
            if count >= pages:
                return
            yield start + timedelta(days=number), label, text
            count += 1
        number += 1
