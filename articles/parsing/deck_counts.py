"""A deck line cut after a count: the noun it counts is on the next line.

Chinese counts a thing with a numeral and a measure word before the noun (一颗卫星, 三座水库);
a headline line ending in a verb and a count (``我国成功发射一颗``) has not printed its object yet,
so it is no whole 引题 or 主题 (INPUT.md, "A headline may be printed on two lines"). Used by
:func:`~articles.parsing.deck_pairs.noun_cut_off`.
"""

from __future__ import annotations

import re

from articles.parsing.postags import NOUN_PHRASE_TAGS, folded_tags

# A cardinal and a measure word that counts things (一颗, 三座, 两台, 几项) at a line's end.
# Measures of amount, time or size (吨, 元, 年, 倍, 次, 成) close a phrase of their own
# (增产三成, 提前十天) and are not here; nor are ordinals (第三座, 首个: deck_pairs).
_OPEN_COUNT_RE = re.compile(
    r"[0-9０-９一二两三四五六七八九十百千几数]+"
    r"[个颗座家项条批名位台辆所处套种块件艘架枚部支只张本篇份幢栋株棵尊]$"
)
_VERB_TAGS = frozenset({"v", "vd"})


def open_count(head: str) -> bool:
    """Whether ``head`` (a deck line, spaces left out) ends with a verb, then a cardinal and a
    measure word that counts things (``我国成功发射一颗``, ``全县新建三座``): the verb's object
    is the noun the count is for, not printed yet. jieba must read the count as one numeral word
    right after a verb (``社区书屋增至三十家``: 增至 is a verb, so the caller also asks that the
    next line be only the noun counted, :func:`counted_noun`). Cheap: the regular expression runs first, jieba only on a
    match."""
    match = _OPEN_COUNT_RE.search(head)
    if match is None or match.start() < 2:
        return False
    tags = [tag for tag in folded_tags(head) if tag != "x"]
    return len(tags) >= 2 and tags[-1] in ("m", "mq") and tags[-2] in _VERB_TAGS


def counted_noun(tail: str) -> bool:
    """Whether ``tail`` (a deck line, spaces left out) is only a noun phrase headed by a noun
    (``科学实验卫星``, ``大型水库``, ``核磁共振仪``): no verb, no statement of its own, the
    thing a count on the line above is for. A line with a verb (``卫星运行正常``) says a thing
    of its own: a subheadline."""
    tags = [tag for tag in folded_tags(tail) if tag != "x"]
    return (
        bool(tags)
        and tags[-1][:1] == "n"
        and all(tag in NOUN_PHRASE_TAGS or tag[:1] == "n" for tag in tags)
    )
