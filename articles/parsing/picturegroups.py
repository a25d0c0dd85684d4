"""A group of pictures printed under a label of its own (``运动会精彩瞬间``, ``校园掠影``), each
picture a caption line with its credit on it: the label is the group's, no story's crosshead or
headline, and its pictures stand alone (holdout48's README: box and group labels are
furniture). Used by :mod:`~articles.parsing.reader` when it reads a short line."""

from __future__ import annotations

import re

from articles.parsing.credits import CAPTION_CREDIT_RE, CREDIT_RE
from articles.parsing.patterns import PHOTO_LABEL_RE
from articles.text import HAN, fold

# A picture group's label (folded): a few words, then what the pictures are of a whole event:
# 精彩瞬间, 掠影, 剪影, 集锦 (a headline says what happened; these words say "pictures of it").
_GROUP_LABEL_RE = re.compile(rf"^[{HAN}·“”]{{0,10}}(?:瞬间|掠影|剪影|集锦)$")
# The gap parting a caption from its credit on one line (两个 spaces or more, a full-width one).
_GAP_RE = re.compile(r"[ \u3000]{2,}|\u3000")


def photo_label(lines: list[str], number: int, folded: str) -> bool:
    """Whether line ``number`` (1-based) of ``lines``, ``folded``, labels the picture or pictures
    under it: a picture item's label (``图片新闻``, ``漫画``: :data:`PHOTO_LABEL_RE`) or a picture
    group's (:func:`picture_group_label`)."""
    return bool(PHOTO_LABEL_RE.match(folded)) or picture_group_label(lines, number, folded)


def picture_group_label(lines: list[str], number: int, folded: str) -> bool:
    """Whether line ``number`` (1-based) of ``lines``, ``folded``, labels a group of pictures:
    a label of :data:`_GROUP_LABEL_RE`'s form with a picture under it, a caption line ending in
    its credit (``…亮相。　　摄影：初三（1）班　潘乐怡``, ``…温水。（摄影：学生会宣传部）``,
    :func:`_caption_with_credit`). Looks at the next text line only."""
    if not _GROUP_LABEL_RE.match(folded):
        return False
    for raw in lines[number : number + 3]:
        if raw.strip():
            return _caption_with_credit(fold(raw.strip()))
    return False


def _caption_with_credit(line: str) -> bool:
    """Whether ``line`` (folded) is a caption sentence and its credit: the credit after a gap
    (:data:`CREDIT_RE`) or in brackets at its end (:data:`CAPTION_CREDIT_RE`)."""
    if not re.search(r"[。！？!?]", line):
        return False
    gaps = list(_GAP_RE.finditer(line))
    if gaps and CREDIT_RE.match(line[gaps[-1].end() :]):
        return True
    credit = CAPTION_CREDIT_RE.search(line, max(0, len(line) - 40))
    return credit is not None and credit.end() == len(line)
