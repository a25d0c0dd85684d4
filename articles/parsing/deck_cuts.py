"""Two uncued deck lines over a ``——`` subheadline: a kicker over the headline, or one headline
the column cut in two? Used by :mod:`~articles.parsing.decks`."""

from __future__ import annotations

from articles.parsing.deck_ends import predicate_completes
from articles.parsing.deck_pairs import (
    compact,
    cut_pieces,
    noun_cut_off,
    object_under_verb,
    predicate_cut_off,
    unfinished_over,
)
from articles.parsing.headcuts import CUT_DECK_LINE
from articles.parsing.postags import folded_tags, last_word_tag


def cut_in_two(first: str, second: str) -> bool:
    """Whether ``first`` over ``second`` is one headline cut in two by its column: the first
    line cannot end a title (it ends in 的, a verb waits for its object, a noun or a predicate
    is cut off, :mod:`~articles.parsing.deck_pairs`; a short predicate ends it), or both lines
    are as short as a narrow column's pieces (:data:`~articles.parsing.headcuts.CUT_DECK_LINE`).
    A subject over its whole predicate (``本埠華校聯合會決議`` / ``籌建華文中學新校舍``) is no cut: each
    line stands as a title line, the first the kicker."""
    if compact(first).endswith("的") or cut_pieces([first, second]) or _means_over(first):
        return True
    if max(len(compact(first)), len(compact(second))) <= CUT_DECK_LINE:
        return True
    return (
        unfinished_over(first, second)
        or object_under_verb(first, second)
        or noun_cut_off(first, second)
        or predicate_completes(first, second)
        or (len(compact(second)) <= CUT_DECK_LINE and predicate_cut_off(first, second))
    )


# What opens a phrase of means (以, 用, 靠, 凭, 借): 以科技创新引领 / 全县产业升级…, the seed's
# 以重大项目支撑 / 南通高质量发展走在前列.
_MEANS_OPENERS = ("以", "用", "靠", "凭", "借")


def _means_over(first: str) -> bool:
    """Whether ``first`` is a phrase of means ending in its verb (``以科技创新引领``): the verb's
    object is the line under it, one headline on two lines. Closed by 为 (``以“改善医疗服务”为
    抓手``, ``以项目建设为重点``) it is a whole phrase, the deck's kicker."""
    head = compact(first)
    if not head.startswith(_MEANS_OPENERS) or "为" in head or "為" in head:
        return False
    tag = last_word_tag(folded_tags(head))
    return tag is not None and tag.startswith("v")
