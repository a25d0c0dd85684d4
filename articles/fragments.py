"""A fragment: an untitled story whose whole text is one short line with not one punctuation
mark (``c3 贓市定格 … 2019年6月10日 星期一``, ``认真学习  努力工作``, ``1986年5月20日 第``):
an OCR'd running head, a slogan or a cut stamp the parser could not set aside as the page's, and
no paragraph a reader can read. The import warns about each one, naming it, so that an editor
checks it before it is published as a story (a fresh reviewer's OCR page published its running
head as an untitled story without a word). A page of such text alone is a scrap
(:mod:`articles.scraps`), warned about as such.

Measured 2026-12-04 on the 827 text pages of tests/data and ../shared: four such stories, each
a running head, a slogan or a cut stamp; every prose paragraph has a punctuation mark. A pure
module (the standard library only), so that the import's workers can use it.
"""

from __future__ import annotations

import re

from articles.scraps import scrap_shown

#: Word characters (letters and digits) a fragment holds at most: a running head's length.
FRAGMENT_CHARACTERS = 40
_WORD_CHARACTER_RE = re.compile(r"[^\W_]")
# Any punctuation a sentence, a list or a heading with a colon would print.
_PUNCTUATION_RE = re.compile(r"[，。！？；、：,.!?;:]")


def is_fragment(article) -> bool:
    """Whether ``article`` (a :class:`~articles.parsing.ParsedArticle`) is a fragment: no title,
    byline, dateline or jump marker, one paragraph and nothing else, under
    :data:`FRAGMENT_CHARACTERS` word characters and not one punctuation mark."""
    if article.title or article.byline or article.dateline or article.markers:
        return False
    if len(article.blocks) != 1 or article.blocks[0].kind != "paragraph":
        return False
    text = article.blocks[0].text
    return (
        len(_WORD_CHARACTER_RE.findall(text)) < FRAGMENT_CHARACTERS
        and _PUNCTUATION_RE.search(text) is None
    )


def fragment_warnings(parsed, label: str) -> list[str]:
    """The report's warnings for the fragments of page ``label`` (``parsed``: its
    :class:`~articles.parsing.ParsedPage`; :func:`is_fragment`), one each in print order:
    which story (its number as the desk numbers the page's stories), what it prints, and what
    to do."""
    return [
        f"{label}版 第{number}篇没有标题，正文只有一行“{scrap_shown(article.blocks[0].text)}”，"
        "没有一个标点：像是版头、报眉、口号或截断的一行，不像稿件。请对照版面核对——若是版面信息，"
        "从文本里删去这一行后重新导入这一版，或在编辑台删除这篇稿件"
        for number, article in enumerate(parsed.articles, start=1)
        if is_fragment(article)
    ]
