"""A WeChat post's own lines, left in a page pasted from the paper's account (one post a page):
the post's head (``原创  桐溪融媒  桐溪发布  2024-03-08 07:30``), the call to follow the account
(``👆点击上方蓝字「桐溪发布」关注我们``), the post's title naming the day's paper (``📰 今日《桐溪报》``),
its end ornament (``🌸🌸🌸 END 🌸🌸🌸``), and its links to older posts under their label
(``往期推荐`` / ``👉…``: not teasers, never stories). The account's, never the paper's text
(INPUT.md, "Encoding and layout": a dump carries its site's furniture); set aside as
``navigation``. (Its share bar, ``分享  收藏  点赞  在看``, is an app's buttons:
:mod:`~articles.parsing.webfurniture`.)

This module imports nothing of the parser's but :mod:`~articles.parsing.emoji` and its line gates
(:mod:`~articles.parsing.linegates`).
"""

from __future__ import annotations

import re

from articles.parsing.emoji import EMOJI
from articles.parsing.linegates import Gate
from articles.text import fold

# The post's head under the account's name: 原创 (the post is the account's own), then the
# author and the account, then when it was posted (a day, maybe a clock time; or a clock time
# alone, as a post of today shows it), maybe where from (发表于浙江).
_POST_HEAD_RE = re.compile(
    r"^原创(?:\s+\S{1,16}){0,3}\s+"
    r"(?:\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2})?|\d{1,2}:\d{2})"
    r"(?:\s*发表于\s*\S{1,8})?$"
)
# The call to follow the account, with the arrow pointing at its name: 点击上方蓝字关注我们, 点击
# 上方蓝字「桐溪发布」关注我们, 点击蓝字 关注我们, 点击上方“某某发布”，关注并星标, 戳上方蓝字订阅.
_FOLLOW_RE = re.compile(
    r"^(?:点击|戳|轻触|轻点)\s*(?:上方|下方|顶部|标题下方?)?\s*(?:蓝字|蓝色字体?)?\s*"
    r"(?:[「“\"『《][^」”\"』》]{1,16}[」”\"』》])?\s*[,，、→]?\s*(?:一键)?"
    r"(?:关注|订阅|设为星标|加星标)[^。]{0,16}$"
)
# The post's title naming the day's paper, at the top: 今日《桐溪报》, 本期《某某周刊》.
_PAPER_OF_DAY_RE = re.compile(r"^(?:今日|今天的?|本期)\s*《[^《》]{1,12}[报刊]》$")
# The post's end ornament: END between ornaments (- END -, 🌸 END 🌸, THE END).
_END_RE = re.compile(r"^[\W_]*(?:THE\s+)?END[\W_]*$", re.IGNORECASE)
# The label over the links to the account's older posts: 往期推荐, 往期精彩, 猜你喜欢, 推荐阅读.
_LINKS_LABEL_RE = re.compile(
    r"^(?:(?P<own>往期推荐|往期精彩|往期回顾|往期阅读|往期热文|精彩回顾|猜你喜欢|热文推荐|近期热文|历史文章)"
    r"|推荐阅读|相关阅读|相关推荐|精彩推荐)$"
)
_LINK_MARKS = frozenset("▶►→☞·•●■▪◆>》")  # (and any emoji) how a link to a post opens
_LINK_LINE = 40  # characters: a link is a post's title
_LINKS_MAX = 12  # links under one label, at most
_EMOJI_RUN_RE = re.compile(f"[{EMOJI}]+")


def _bare(text: str) -> str:
    """``text`` folded and stripped, its emoji left out (the decoration around a post's lines:
    ``👆点击上方蓝字…``, ``📰 今日《桐溪报》``, ``往期推荐👇``)."""
    return _EMOJI_RUN_RE.sub("", fold(text)).strip()


def wechat_chrome(text: str, *, top: bool) -> bool:
    """Whether ``text`` (one line, folded) is a WeChat post's own line (see the module
    docstring): its head (:data:`_POST_HEAD_RE`), the call to follow the account
    (:data:`_FOLLOW_RE`), the end ornament (:data:`_END_RE`), and at the page's top (``top``:
    no story text read yet) the post's title naming the day's paper (:data:`_PAPER_OF_DAY_RE`).
    Constant time (a short line's test)."""
    if len(text) > 60 or _CHROME_GATE.open(fold(text)) is None:
        return False  # (the cheap tests first: a short line holding one of the gate's characters)
    bare = _bare(text)
    if not bare:
        return False
    return bool(
        (bare[:2] == "原创" and _POST_HEAD_RE.match(bare))
        or (bare[:1] in "点戳轻" and _FOLLOW_RE.match(bare))
        or ("END" in bare.upper() and len(bare) <= 20 and _END_RE.match(bare))
        or (top and "《" in bare and _PAPER_OF_DAY_RE.match(bare))
    )


# The line gate of a post's own lines (:mod:`~articles.parsing.linegates`), derived from the
# patterns :func:`wechat_chrome` matches: a line it shuts out is none of them.
_CHROME_GATE = Gate(_POST_HEAD_RE, _FOLLOW_RE, _END_RE, _PAPER_OF_DAY_RE)


def post_links_end(lines: list[str], number: int) -> int:
    """The last line (1-based) of a box of links to the account's older posts whose label
    (:data:`_LINKS_LABEL_RE`: ``往期推荐``, ``推荐阅读``, emoji around it allowed) is line
    ``number`` of ``lines``; 0 when that line is no such label or no link is under it. The links
    are the short lines right under the label (:data:`_LINK_LINE` characters, no sentence), up to
    a blank line or the page's end: each opened by a pointer or an emoji (``👉…``, ``▶…``), or,
    under a label only an account prints (``往期推荐``, ``猜你喜欢``), any post's title. A
    print page's 相关阅读 over a related story (its title, then its text) is no box of links."""
    text = lines[number - 1].strip()
    if len(text) > 12 or not text:
        return 0  # (the cheap test first: every line comes here)
    label = _LINKS_LABEL_RE.match(_bare(text))
    if label is None:
        return 0
    end = number
    for at in range(number, min(len(lines), number + _LINKS_MAX)):
        line = lines[at].strip()
        if not line:
            break
        marked = line[0] in _LINK_MARKS or _EMOJI_RUN_RE.match(line) is not None
        if len(line) > _LINK_LINE or line.endswith("。") or not (marked or label.group("own")):
            return 0
        end = at + 1
    return end if end > number else 0
