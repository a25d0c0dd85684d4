"""How a teaser box's row names its page when it does not end with it (INPUT.md, "Teasers"): the
page first, then the title (``A3 城东新开一条公交线``, ``【2版】标题``), or the page as a bare number
in brackets after the title (``☆标题（3）``). Read only on a box's rows (:class:`~articles.parsing.
teasers.TeasersMixin`: under the box's label or another teaser).
"""

from __future__ import annotations

import re

from articles.parsing.bilingual import without_english_echo

# A contents row giving the page first, then the title on the same line (``A3 城东新开一条公交线``,
# ``第3版 城东新开一条公交线``, ``A3：标题``): the page by a letter and number, or as 第N版; a gap or a
# colon parts it from the title, which holds no sentence.
LEADING_TARGET_RE = re.compile(
    r"^(?P<page>[A-Za-zＡ-Ｚａ-ｚ]{1,2}\s*[0-9０-９]{1,3}|第\s*[0-9０-９]{1,3}(?=\s*版)"
    r"|第[〇零一二两三四五六七八九十]{1,4}(?=版))\s*版?(?:\s*[:：·|]\s*|[ \u3000]+)"
    r"(?P<title>[^\s。！？!?，,；;：:][^。！？!?，,；;：:]{3,29})$"
)

# The same with the page in square brackets before the title (【2版】七星连彩第112期号码走势分析), as a
# weekly's 本期导读 prints its rows: a teaser, never a running head naming the page (its label).
BRACKETED_TARGET_RE = re.compile(
    r"^[【［\[]\s*(?P<page>[A-Za-zＡ-Ｚａ-ｚ]{0,2}\s*[0-9０-９]{1,3}|第\s*[0-9０-９]{1,3}"
    r"|第?[〇零一二两三四五六七八九十]{1,4})\s*版\s*[】］\]]\s*(?P<title>[^\s。！？!?，,；;：:][^。！？!?；;]{3,29})$"
)


# A row naming its page by a bare number in brackets at its end, no 版 (☆春季禁渔今起开始（3）, as a
# county weekly's 本期导读 prints it): the title, then the page, 1 to 99 in Arabic figures (a
# serial's part, 江畔人家（四十八）, prints Chinese numerals). The title may hold one bracket of its
# own before the page's, a serial's part or a column's note (江畔人家（四十八）（6）, 连载·某某（第六集）
# （6）, 某某（上）（3）): the last bracket is the page, the title keeps its own. A contents box is read
# so only when every row ends so (:func:`~articles.parsing.teasers.contents_items`). ``arrow``
# never takes part: the row points by where it stands, not by an arrow.
BARE_NUMBER_TARGET_RE = re.compile(
    r"^(?P<title>[^。！？!?（()]{2,30}?(?:[（(][^。！？!?（()）)]{1,8}[)）])?"
    r"[？?！!]?)\s*[（(](?P<page>[1-9][0-9]?|[１-９][０-９]?)[)）](?P<arrow>(?!))?$"
)

PAGE_FIRST = (LEADING_TARGET_RE, BRACKETED_TARGET_RE)  # rows that print the page first


def page_first_row(text: str, printed: str) -> re.Match | None:
    """The match of a row that prints its page first (:data:`LEADING_TARGET_RE`, read without
    the English name a bilingual page prints after the title; :data:`BRACKETED_TARGET_RE`) or
    as a bare number in brackets at its end (:data:`BARE_NUMBER_TARGET_RE`); ``text``: the line,
    ``printed``: it stripped, without its bullet. None when it is none of them."""
    return (
        LEADING_TARGET_RE.match(without_english_echo(text))
        or BRACKETED_TARGET_RE.match(printed)
        or BARE_NUMBER_TARGET_RE.match(printed)
    )
