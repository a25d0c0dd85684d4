"""A paper's short notices (更正, 严正声明, 征稿启事, 讣告, 致歉…) are items of their own.

Papers of every decade print a correction, a statement against people using the paper's name,
a call for contributions or an obituary notice right after a story, under a title that is the
notice's kind alone on its line (``更正``, ``郑重声明``, ``本报启事``, ``关于…的通告``). INPUT.md
("Headlines"): a one-line headline before a text that opens without a dateline is still a new
story; such a title never heads a section of the story above it. A crosshead that merely holds
one of these words inside a story (``厂方发表声明``, ``更正为何迟迟不见``) is not a notice's
title and stays a crosshead; so does a notice title under a paragraph that announces it
(``…声明全文如下：``): there the story quotes the notice.
"""

from __future__ import annotations

import re

from articles.text import fold

# What a notice is: the last word of its title.
_KIND = r"(?:更正|勘误|声明|启事|公告|通告|讣告|致歉|道歉|告示|(?:敬)?告读者|致读者)"
# What may stand before the kind: who gives notice (本报), how firmly (严正, 郑重), or what the
# notice is about (遗失, 征稿, 招聘…), one or two such words (致歉声明, 更正启事, 本报郑重声明).
_QUALIFIER = (
    r"(?:本报|本刊|本台|本社|本网|严正|郑重|紧急|重要|特别|免责|版权|遗失|作废|征稿|征文|征订|"
    r"征集|招聘|招生|招领|寻人|寻物|迁址|更名|开业|停业|休刊|停刊|复刊|清算|注销|减资|拍卖|"
    r"招标|鸣谢|更正|致歉|道歉|寻[\u4e00-\u9fff]{1,2})"  # (寻人, 寻物, 寻船: what is sought)
)
# Or the body giving it, named before the kind (寧陽會館公告, 中华总商会启事): an association of a
# community abroad or at home, by the last word of its name (folded).
_GIVER = r"[\u4e00-\u9fff]{2,10}(?:会馆|公所|总会|商会|公会|同乡会|宗亲会|协会|学会|联合会|堂|社)"
# Or rules the reader must know for doing something (乘坐飞机须知, 投稿须知, 考生须知): a notice too.
_RULES = r"[\u4e00-\u9fff]{2,8}须知"
_NOTICE_HEAD_RE = re.compile(
    rf"^[■□●◆★☆▲]?\s*(?:{_QUALIFIER}{{0,2}}{_KIND}|{_GIVER}{_KIND}|关于[^，。；：,;:]{{2,30}}的{_KIND}"
    rf"|{_RULES})$"
)
_SPACES_RE = re.compile(r"\s+")  # a title letter-spaced (启　事) reads without them
_LEAD_IN_END = ("：", ":")  # a paragraph announcing what follows (…全文如下：)


def notice_title(line: str) -> bool:
    """True when ``line`` (one printed line) is a notice's title and nothing else
    (``更正``, ``严正声明``, ``本报郑重声明``, ``征稿启事``, ``关于…的通告``, an association's
    ``寧陽會館公告``: :data:`_GIVER`; rules, ``乘坐飞机须知``: :data:`_RULES`; traditional forms fold
    to these), letter-spaced too (``启　事``, ``更　正``). Constant time on long lines (a title is
    short)."""
    text = line.strip()
    return len(text) <= 40 and _NOTICE_HEAD_RE.match(_SPACES_RE.sub("", fold(text))) is not None


def notice_head(group: list, body) -> bool:
    """Heading lines ``group`` (:class:`~articles.parsing.units.Heading`) inside the story
    ``body`` (:class:`~articles.parsing.units.Body`) that are one notice title
    (:func:`notice_title`): the next item's headline, not a crosshead of the story, unless the
    story's last paragraph ends with a colon (it announces the notice, which it then quotes)."""
    lines = [line for heading in group for line in heading.lines]
    if len(lines) != 1 or not notice_title(lines[0]):
        return False
    paragraphs = [block for block in body.blocks if block.kind == "paragraph"]
    return not (paragraphs and paragraphs[-1].text.rstrip().endswith(_LEAD_IN_END))
