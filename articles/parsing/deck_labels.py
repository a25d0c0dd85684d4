"""Lines at the top of a deck that head more than the story under them: the name of a run of
briefs (``简讯``, ``公司速递``), a box's bracketed label over its first bulleted item (``【城事】``),
a picture item's label left over a title (``图片说明``), and lines set apart above a cued kicker;
and the ornament printed before a title (``■``, :func:`unmarked`), no word of it either.
Used by :mod:`~articles.parsing.decks` before it gives a deck's lines their roles; the lines
left out stay in the printed title lines.
"""

from __future__ import annotations

import re

from articles.parsing.bylines import COLUMN_GENRES
from articles.parsing.deck_pairs import GENRE_WORDS, compact

# A label in solid brackets, nothing else on the line: 【健康提醒】, 〖经济观察〗.
BRACKET_LABEL_RE = re.compile(r"^(?:【[^【】]{2,8}】|〖[^〖〗]{2,8}〗)$")


# What the name of a run of items ends with (简讯, 公司速递, 政法新闻, 图片新闻, 本地动态, 基层传真): it
# heads the page's section or the run, not one story, unlike a column's genre (时评, 来信).
_COLLECTION_NAMES = (
    "简讯",
    "快讯",
    "短讯",
    "速递",
    "速览",
    "新闻",
    "新聞",
    "动态",
    "资讯",
    "集锦",
    "传真",
)
_COLLECTION_ENDS = frozenset(name[-1] for name in _COLLECTION_NAMES)
_COLLECTION_LABEL_RE = re.compile(r"^[■□●◆▲◎]?[\u4e00-\u9fff·]{0,6}$")
# A column's or a section's name marked with a symbol, alone on a line: ◎体坛速递, ■读者信箱.
_MARKED_LABEL_RE = re.compile(r"^[■□●◆▲◎][\u4e00-\u9fff·]{2,6}$")


def collection_label_dropped(blocks: list[list[str]]) -> int:
    """A name of a run of items on the top line of a deck (``简  讯``, ``公司速递``, ``政法新闻``)
    over a title heads the section or the run of briefs under it, not this one story: it is
    no kicker, and is left out of the roles (it stays in the printed title lines). Alone, it is
    the headline (a 简讯 item of untitled briefs). So is any name marked with a symbol alone on
    the top line (``◎体坛速递``, ``■读者信箱``): a recurring column's or section's label, printed
    the same over every story it runs, where a kicker is this story's own (INPUT.md, section
    names). A marked label naming the kind of piece the story is, as its author wrote it
    (``■记者手记``, ``◆采访札记``: :data:`_WRITTEN_GENRES`), is this story's own kicker and
    stays. Returns how many lines were left out."""
    if not blocks or not blocks[0]:
        return 0
    if len(blocks[0]) < 2 and len(blocks) < 2:
        return 0
    label = compact(blocks[0][0])
    marked = bool(_MARKED_LABEL_RE.match(label)) and not label.endswith(_WRITTEN_GENRES)
    marked = marked or label in _PICTURE_LABELS
    collection = bool(_COLLECTION_LABEL_RE.match(label)) and label.endswith(_COLLECTION_NAMES)
    if not marked and not collection:
        return 0
    blocks[0].pop(0)
    if not blocks[0]:
        blocks.pop(0)
    return 1


# What a marked label names when it is the kind of piece the story itself is, written by its
# author (■记者手记, ◆采访札记, □编后随笔): the story's own kicker, not a recurring section's.
_WRITTEN_GENRES = ("手记", "札记", "随笔", "笔记", "侧记", "特写", "述评", "短评", "快评")


# The label of a picture item (图片说明: the photo and its caption under it), left over a title
# when the picture was read: it names the picture, never the story under it.
_PICTURE_LABELS = frozenset(("图片说明", "图片說明"))


def above_cued_kicker_dropped(blocks: list[list[str]]) -> int:
    """Blocks printed above a block that opens with a cued kicker (``聚焦实战砺精兵——`` over
    its headline) are not the deck's: a kicker ending in ``——`` or ``：`` leads into the
    headline and is the deck's first line, so what stands above it apart (a slogan under the
    masthead, a section's name) is left out of the roles (it stays in the printed title
    lines). Returns how many lines were left out."""
    for index in range(1, len(blocks)):
        block = blocks[index]
        if len(block) >= 2 and block[0].rstrip().endswith(("——", "：", ":")):
            dropped = sum(len(b) for b in blocks[:index])
            del blocks[:index]
            return dropped
    return 0


# A reposted story's title where it first ran: 原标题：…, （原题：…）.
_ORIGINAL_TITLE_RE = re.compile(r"^[（(]?\s*(?:原标题|原題|原标題|原题|原文标题)\s*[:：]")


def original_title_dropped(blocks: list[list[str]]) -> int:
    """A line giving the story's title where it first ran (``原标题：年味渐浓 …``, printed by app
    and web reposts under the new title) is no line of this deck: it names another printing's
    title, so it is left out of the roles (it stays in the printed title lines, as printed).
    The deck keeps one line at least. Returns how many lines were left out."""
    dropped = 0
    for block in blocks:
        for line in list(block):
            if sum(map(len, blocks)) > 1 and _ORIGINAL_TITLE_RE.match(line.strip()):
                block.remove(line)
                dropped += 1
    if dropped:
        blocks[:] = [block for block in blocks if block]
    return dropped


# A label in solid brackets opening a title's line, then the title: 【安全提示】 雨季出行…; or a
# news genre's word or a column's name ending in its genre (读者来信), a space and a title of
# its own (对话 写小说就像修一条老街).
_LABEL_IN_LINE_RE = re.compile(
    r"^(?:(?P<label>【[^【】]{2,8}】|〖[^〖〗]{2,8}〗)\s*(?P<title>\S.*)"
    r"|(?P<genre>"
    + "|".join(sorted(GENRE_WORDS))
    + r"|[\u4e00-\u9fff]{0,4}(?:"
    + "|".join(COLUMN_GENRES)
    + r"))\s+(?P<titled>\S.{4,}))$"
)


def bracket_label_split(headline: str) -> tuple[str, str]:
    """(kicker, headline) of a headline line opening with a label in solid brackets
    (``【安全提示】 雨季出行注意积水路段``) or with a news genre's word or a column's name ending
    in its genre and a space (``对话 写小说就像修一条老街``, ``群众来信 路灯该修了``): the label
    is the kicker, as it is printed alone over the title (:data:`BRACKET_LABEL_RE`,
    :func:`~articles.parsing.decks._kicker_cue`, :func:`~articles.parsing.deck_pairs.over_title`); any other headline
    has no kicker."""
    match = _LABEL_IN_LINE_RE.match(headline)
    if not match:
        return "", headline
    if match.group("genre"):
        return match.group("genre"), match.group("titled")
    return match.group("label"), match.group("title")


# The ornaments a page prints before a title line (■市档案馆新馆开馆, ◆…, ★…, a bar ▌…): typographic marks.
ORNAMENT_RE = re.compile(r"^[■□●○◆◇▲△▼▽★☆◎◉▶►•▌▍▎▐]+\s*(?=\S)")


def unmarked(role: str) -> str:
    """``role`` (a kicker, headline or subheadline) without the ornament printed before it
    (``■市档案馆新馆开馆`` → ``市档案馆新馆开馆``): a box, bullet or star opening a brief's title
    marks where the item starts, as a dingbat does, and is no word of the title, so the stored
    deck field leaves it out; the printed title lines (``title_lines``) keep it as printed."""
    match = ORNAMENT_RE.match(role)
    return role[match.end() :] if match else role
