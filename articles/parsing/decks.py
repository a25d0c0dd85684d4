"""Heading lines to bodies, and a deck's roles: the last stage of reading a page.

Heading blocks between two bodies are split between them at the point that best fits what they
say (jieba word overlap with each body), so a headline printed after its body (seed article 2)
still lands on the right story. Within a deck, ``——``/``：`` cues and line grouping decide
kicker, headline and subheadline.
"""

from __future__ import annotations

import re

from articles.parsing.bodies import Body, Run
from articles.parsing.bylines import is_column_name
from articles.parsing.dashes import SUBTITLE_DASHES
from articles.parsing.deck_cuts import cut_in_two
from articles.parsing.deck_ends import predicate_completes
from articles.parsing.deck_labels import (
    BRACKET_LABEL_RE,
    above_cued_kicker_dropped,
    bracket_label_split,
    collection_label_dropped,
    original_title_dropped,
    unmarked,
)
from articles.parsing.deck_lines import (
    byline_out_of_deck,
    document_number_out_of_deck,
    glued_title_out_of_text,
    letter_title_out_of_text,
    marked_head_out_of_deck,
    question_out_of_deck,
    salutation_out_of_deck,
    signature_to_story_before,
    spaced_title_out_of_text,
)
from articles.parsing.deck_pairs import (
    column_label_over,
    compact,
    couplet_over,
    cut_pieces,
    event_over,
    genre_label,
    noun_cut_off,
    object_under_verb,
    predicate_cut_off,
    sentence_halves,
    unfinished_over,
)
from articles.parsing.deck_periods import period_under_title
from articles.parsing.deck_saying import kicker_over
from articles.parsing.deck_sizes import DeckSizes, LineSizes, keep_sizes, roles_by_size
from articles.parsing.deck_split import split_run
from articles.parsing.headcuts import CUT_DECK_LINE
from articles.parsing.patterns import LIST_NUMBER_RE, SPACE_RUN_RE
from articles.parsing.postags import sure_tags
from articles.parsing.reader import Heading
from articles.parsing.results import Flag
from articles.parsing.serials import serial_parts
from articles.text import get_posseg


def assign_decks(
    segments: list[Body | Run],
    unplaced: list[Heading],
    flags: list[Flag] | None = None,
    sizes: LineSizes | None = None,
) -> list[Body]:
    """Give each run of heading lines to the bodies around it; return the bodies. Lines that no
    body takes (a run after the last body) are added to ``unplaced``; a run that could go to
    either body about as well is noted in ``flags``. ``sizes``: the lines' type sizes the layout
    told (:func:`~articles.parsing.deck_sizes.keep_sizes`)."""
    bodies = [s for s in segments if isinstance(s, Body)]
    for index, segment in enumerate(segments):
        if not isinstance(segment, Run):
            continue
        left = segments[index - 1] if index > 0 else None
        right = segments[index + 1] if index + 1 < len(segments) else None
        lines = _run_lines(segment, left)
        if not lines:
            continue
        if left is None or left.deck:
            split = 0
        elif right is None:
            split = len(lines)
        else:
            lines, split, close = split_run(segment, lines, left, right)
            if close:
                _flag_close_call(lines, flags)
        if split:
            left.deck.extend(_regroup(lines[:split]))
            keep_sizes(left, (h for _, h in lines[:split]), sizes)
        if split < len(lines):
            if right is None:
                unplaced.extend(heading for _, heading in lines[split:])
            else:
                right.deck.extend(_regroup(lines[split:]))
                right.deck_line = lines[split][1].line
                keep_sizes(right, (h for _, h in lines[split:]), sizes)
    for body in bodies:
        byline_out_of_deck(body)
        salutation_out_of_deck(body)
        marked_head_out_of_deck(body)
        question_out_of_deck(body)
        document_number_out_of_deck(body)
        letter_title_out_of_text(body)
        spaced_title_out_of_text(body)
        glued_title_out_of_text(body)
    return bodies


def _run_lines(run: Run, left: Body | Run | None) -> list[tuple[int, Heading]]:
    """One unit per printed line of ``run``, remembering which heading block it was printed in;
    a signature opening the run is the story's before it (``第三中学教员  孙  敏`` under a
    letter: :func:`~articles.parsing.deck_lines.signature_to_story_before`), not a deck line."""
    lines = [
        (block, Heading(heading.line + offset, [text]))
        for block, heading in enumerate(run.headings)
        for offset, text in enumerate(heading.lines)
    ]
    if (
        len(lines) > 1
        and isinstance(left, Body)
        and signature_to_story_before(lines[0][1].lines[0], left)
    ):
        lines.pop(0)
    return lines


def _flag_close_call(lines: list[tuple[int, Heading]], flags: list[Flag] | None) -> None:
    """Notes in ``flags`` (when given) that the run ``lines`` could go to either body."""
    if flags is not None:
        flags.append(
            Flag(
                lines[0][1].line,
                "deck-either-side",
                "标题行“"
                + "”“".join(h.lines[0] for _, h in lines)
                + "”与前后两篇稿件都对得上，已按内容分配；请核对标题是否归错了稿件。",
            )
        )


def _regroup(lines: list[tuple[int, Heading]]) -> list[list[str]]:
    """Lines back into the heading blocks they were printed in."""
    blocks: list[list[str]] = []
    previous = None
    for block, heading in lines:
        if block != previous:
            blocks.append([])
            previous = block
        blocks[-1].extend(heading.lines)
    return blocks


def deck_roles(deck: list[list[str]], sizes: DeckSizes | None = None) -> tuple[str, str, str]:
    """(kicker, headline, subheadline) of a deck given as heading blocks in print order.
    ``sizes``: deck lines' type sizes, where the layout told them (a PDF's text layer): the
    lines no cue placed are read by size first (:func:`~articles.parsing.deck_sizes.roles_by_size`)."""
    label, deck, number = serial_parts(deck)  # 长篇连载 / 运河人家 / （四十二）
    lines = [line for block in deck for line in block]
    if not lines:
        return "", "", ""
    if not label and (period := period_under_title(lines)):  # 本周影讯 / （3月17日—…）
        return "", _joined([period[1]]), _joined([period[2]])
    joined = [_quantities_joined(block) for block in deck]
    blocks = [_subtitle_split(block) for block in joined]
    # A line cut in two by _subtitle_split counts as the two deck lines it stands for.
    count = len(lines) + sum(map(len, blocks)) - sum(map(len, joined))
    count -= original_title_dropped(blocks)
    count -= collection_label_dropped(blocks) + above_cued_kicker_dropped(blocks)
    # Cues first: a kicker ends with —— or ：, a subheadline starts with ——.
    kicker_lines = _cued_kicker(blocks, count)
    sub_lines = _cued_subheadline(blocks)
    blocks = [b for b in blocks if b]
    by_size = roles_by_size(blocks, kicker_lines, sub_lines, sizes) if sizes else None
    if by_size is not None:
        kicker_lines, headline_lines, sub_lines = by_size
    elif not blocks:
        kicker_lines, headline_lines, sub_lines = _roles_of_cues(kicker_lines, sub_lines)
    elif len(blocks) == 1:
        kicker_lines, headline_lines, sub_lines = _roles_in_block(
            blocks[0], kicker_lines, sub_lines
        )
    else:
        kicker_lines, headline_lines, sub_lines = _roles_across_blocks(
            blocks, kicker_lines, sub_lines
        )
    kicker, headline = _joined(kicker_lines), _without_list_number(_joined(headline_lines))
    if not kicker:
        kicker, headline = bracket_label_split(headline)
    subheadline = _joined([*sub_lines, number]) if number else _joined(sub_lines)
    return unmarked(kicker or label), unmarked(headline), unmarked(subheadline)


def _quantities_joined(block: list[str]) -> list[str]:
    """A deck line that is only a number and its unit (``一百二十万人次``, ``3.5亿元``) cannot stand
    as a title of its own: it ends the line above it, a headline cut in two by the column
    (``我市接待游客`` / ``一百二十万人次``)."""
    lines: list[str] = []
    for line in block:
        if lines and _only_quantity(line) and not lines[-1].rstrip().endswith(("——", "：", ":")):
            lines[-1] = lines[-1] + " " + line
        else:
            lines.append(line)
    return lines


def _subtitle_split(block: list[str]) -> list[str]:
    """A headline and its ``——`` subheadline printed on one line, a space before the dash
    (``练兵备战一线 ——来自某旅的蹲点报告``), are two deck lines, as if printed on two; so are a
    headline and a speaker's words (``X：…``, the subheadline quoting someone) set apart from it
    by a run of spaces, as an app or e-paper dump prints a deck on one line, and a kicker closed
    by its ``——`` and the headline after a space (``建设便民生活圈——　老旧社区新添服务点``). In a block already
    printed on three lines (kicker, headline, subheadline each on its own), a line with a speaker
    after a space is one subheadline in two halves (``朝野各说各话　部长：将再沟通``), not two."""
    lines: list[str] = []
    spoken = len(block) < _FULL_DECK_LINES
    for line in block:
        match = (
            _SUBTITLE_IN_LINE_RE.search(line)
            or _KICKER_IN_LINE_RE.search(line)
            or (spoken and _QUOTE_IN_LINE_RE.search(line))
        )
        if match and line[: match.start()].strip():
            lines.extend((line[: match.start()].rstrip(), line[match.end() :].strip()))
        else:
            lines.append(line)
    return lines


_FULL_DECK_LINES = 3  # lines: a block this long already prints kicker, headline and subheadline

# A speaker's words after a run of spaces on a title's line: 年货市场人潮涌现  商家：生意好三成.
_QUOTE_IN_LINE_RE = re.compile(
    r"(?<=[^\s：:]{5})(?:\s{2,}|\u3000+)(?=[^\s：:，。、“”]{1,6}[：:]\s*[^\s：:]{4,}$)"
)


_SUBTITLE_IN_LINE_RE = re.compile(r"\s+(?=(?:——|--)\s*\S)")
# A kicker closed by its —— and the headline after a space, on one line (an export that kept the
# line break as spaces): 建设“便民生活圈”——　老旧社区新添服务点. The dash stays with the kicker.
_KICKER_IN_LINE_RE = re.compile(r"(?<=\S——)\s+(?=\S)")


_NUMERAL_RE = re.compile(r"[0-9０-９零〇一二两三四五六七八九十百千万亿几数若半]")


def _only_quantity(line: str) -> bool:
    text = line.strip()
    if not text or len(text) > 12 or not _NUMERAL_RE.search(text):
        return False  # no numeral: no quantity (and no part-of-speech tagging, the slow part)
    if any(tag not in ("m", "q", "mq") for tag in sure_tags(text).anywhere):
        return False  # a word surely read as no numeral (read without jieba's HMM, see postags)
    posseg = get_posseg()
    return all(token.flag in ("m", "q", "mq") for token in posseg.cut(text))


def _cued_kicker(blocks: list[list[str]], count: int) -> list[str]:
    """The lines ending with —— or ： at the top of a deck of ``count`` lines, taken off
    ``blocks`` (one line at least is left for the headline)."""
    kicker_lines: list[str] = []
    while blocks and count > 1 and blocks[0] and _kicker_cue(blocks, kicker_lines):
        kicker_lines.append(blocks[0].pop(0))
        count -= 1
        if not blocks[0]:
            blocks.pop(0)
    return kicker_lines


_DASHES = SUBTITLE_DASHES


def _kicker_cue(blocks: list[list[str]], kicker_lines: list[str]) -> bool:
    """Whether the top line of ``blocks`` is cued as a kicker: it ends with ``——`` or ``：``, or
    it is the deck's first line and starts with ``——`` over a title without one (a ——line
    printed above the headline, ``——专访…`` / ``“彩礼纠纷”…怎么看``, cannot be its subtitle), or
    it is the deck's first line and only a news genre's word (``对话``, ``特  写``): a genre
    names what kind of story the title heads, never the story itself."""
    first = blocks[0][0]
    if first.rstrip().endswith(("——", "：", ":")):
        return True
    if not kicker_lines and genre_label(first):
        return True  # 对话 / 写小说就像… / ——访…: a genre's word over the title is its kicker
    if kicker_lines or not first.lstrip().startswith(_DASHES):
        return False
    rest = [line for block in blocks for line in block][1:]
    return any(not line.lstrip().startswith(_DASHES) for line in rest)


def _cued_subheadline(blocks: list[list[str]]) -> list[str]:
    """The lines starting with —— at the bottom of a deck, taken off ``blocks``; a short line
    under such a line ends it (``——记柳湾大队`` / ``修渠的事迹``, :func:`_cut_subtitle_joined`)."""
    _cut_subtitle_joined(blocks)
    sub_lines: list[str] = []
    while blocks and blocks[-1] and blocks[-1][-1].lstrip().startswith(_DASHES):
        sub_lines.insert(0, blocks[-1].pop())
        if not blocks[-1]:
            blocks.pop()
    return sub_lines


_CUT_SUBTITLE_HEAD = 12  # characters after the dash: a ——line this short was cut by a column
_CUT_SUBTITLE_TAIL = 8  # characters: the rest of it on the line under it


def _cut_subtitle_joined(blocks: list[list[str]]) -> None:
    """A ——subheadline cut over two lines by a narrow column (``——记柳湾大队`` / ``修渠的事迹``),
    last in the deck, is one line: the short line under the ——line has no cue of its own and
    cannot stand as a title line after a subtitle (INPUT.md, "Text cut into short lines")."""
    if not blocks or len(blocks[-1]) < 3:
        return
    block = blocks[-1]
    head, tail = block[-2].strip(), block[-1].strip()
    if not head.startswith(_DASHES) or tail.startswith(_DASHES) or tail.endswith(("——", "：", ":")):
        return
    if (
        len(compact(head.lstrip("—-─"))) <= _CUT_SUBTITLE_HEAD
        and len(compact(tail)) <= _CUT_SUBTITLE_TAIL
    ):
        block[-2:] = [head + compact(tail)]


Roles = tuple[list[str], list[str], list[str]]


def _roles_of_cues(kicker_lines: list[str], sub_lines: list[str]) -> Roles:
    """A deck made only of cued lines: the last kicker line (else the first subheadline line) is
    the headline."""
    headline_lines = kicker_lines[-1:] if kicker_lines else sub_lines[:1]
    if kicker_lines:
        kicker_lines = kicker_lines[:-1]
    else:
        sub_lines = sub_lines[1:]
    return kicker_lines, headline_lines, sub_lines


def _roles_in_block(block: list[str], kicker_lines: list[str], sub_lines: list[str]) -> Roles:
    """One block of three lines or more: the first line is the kicker and the last the
    subheadline, unless a cue already gave one; lines all of five characters or fewer are one
    headline cut by a narrow column. Two lines: :func:`_roles_of_two`."""
    if len(block) == 2:
        return _roles_of_two(block, kicker_lines, sub_lines)
    if len(block) >= 3 and not kicker_lines and not sub_lines:
        if all(len(compact(line)) <= CUT_DECK_LINE for line in block) or cut_pieces(block):
            # 海州湾跨海 / 大桥主体 / 结构贯通, 乡村教师 / 周转房 / 今年再建一千套: one headline cut
            # by a narrow column (INPUT.md, "Text cut into short lines"), not three roles.
            return [], ["".join(compact(line) for line in block)], []
        if len(compact(block[-1])) <= CUT_DECK_LINE and predicate_cut_off(block[-2], block[-1]):
            # 双抢战斗打响 / 全县早稻收割 / 已过三成: the short last line ends the one above it
            # (INPUT.md, "Text cut into short lines"), so the deck has one line fewer.
            return _roles_in_block([*block[:-2], compact(block[-2]) + compact(block[-1])], [], [])
        if len(block) == 3 and sentence_halves(block[0], block[1]):  # 全市工人掀起 / 新高潮 / 副题
            return [], [_joined(block[:2])], block[2:]
        return [block[0]], block[1:-1], [block[-1]]
    if len(block) >= 3 and not kicker_lines:
        return [block[0]], block[1:], sub_lines
    if len(block) >= 3 and not sub_lines:
        if cut_pieces(block):  # 省医保局： / 门诊费用 / 跨省直接结算 / 覆盖所有县区
            return kicker_lines, ["".join(compact(line) for line in block)], []
        return kicker_lines, block[:-1], [block[-1]]
    return kicker_lines, block, sub_lines


def _roles_of_two(block: list[str], kicker_lines: list[str], sub_lines: list[str]) -> Roles:
    """A block of two deck lines, with the lines a cue already made kicker or subheadline."""
    if not kicker_lines and not sub_lines and compact(block[0]).endswith("的"):
        # 旧宅院里的 / 一棵老槐树: a first half ending in 的 waits for the noun it modifies, so
        # the two lines are one headline cut in two (INPUT.md, "A headline may be printed on
        # two lines"), set without a space between the halves.
        return [], [compact(block[0]) + block[1].strip()], []
    if (
        not kicker_lines
        and not sub_lines
        and (unfinished_over(block[0], block[1]) or object_under_verb(block[0], block[1]))
    ):
        # 暴雨夜， / 他们在桥下守了一夜; 市政协召开 / 第九次会议: the first line cannot end a title.
        return [], [compact(block[0]) + block[1].strip()], []
    if not kicker_lines and not sub_lines and BRACKET_LABEL_RE.match(compact(block[0])):
        # 【健康提醒】 / 老人晨练别太早: a label in solid brackets alone over the title is the
        # title's kicker (a bracketed name at the title's end, （新书过眼）, stays in it).
        return block[:1], block[1:], []
    if not kicker_lines and not sub_lines and not any(map(is_column_name, block)):
        # Two deck lines printed together, no cue: the title, then its subtitle (主题, 副题);
        # but a short first line is a column's name over the title (市民来信 / 老街路灯该修了),
        # when it names the column's genre (来信, 论坛, 观察 …) or the title is at least twice as
        # long (高考首日 / 考点秩序井然 is a title in two), and a couplet is a kicker.
        if kicker_over(block[0], block[1]):  # (会议要求 / 立足抗大洪…: 引题)
            return block[:1], block[1:], []
        if sentence_halves(block[0], block[1]):
            # 日本空置住房 / 逼近八百万套: a subject over its predicate, one headline on two lines.
            return [], [_joined(block)], []
        if noun_cut_off(block[0], block[1]) or predicate_completes(block[0], block[1]):
            # 全省首个“零碳” / 服务区建成, 全县夏收夏种战斗 / 全面展开: cut by the column.
            return [], [compact(block[0]) + block[1].strip()], []
        return [], block[:1], block[1:]
    return _roles_of_two_cued(block, kicker_lines, sub_lines)


def _roles_of_two_cued(block: list[str], kicker_lines: list[str], sub_lines: list[str]) -> Roles:
    """Two deck lines under a cued kicker or over a cued ——subheadline (or both)."""
    if sub_lines and not kicker_lines and couplet_over(block[0], block[1], cued_subtitle=True):
        # 发展多种经营　增加集体收入 / 宁城县… / ——全县…: kicker, headline and ——subheadline.
        return block[:1], block[1:], sub_lines
    if (
        sub_lines
        and not kicker_lines
        and (column_label_over(block[0], block[1]) or event_over(block[0], block[1]))
    ):
        # 读书札记 (甲级联赛第二十八轮) / 在泥土里读懂中国 / ——读《…》: the name is the kicker.
        return block[:1], block[1:], sub_lines
    if kicker_lines and not sub_lines:
        # After a cued kicker (全面推进乡村振兴——), two lines are still title and subtitle.
        return kicker_lines, block[:1], block[1:]
    if sub_lines and not kicker_lines and not cut_in_two(block[0], block[1]):
        # 以“改善医疗服务”为抓手 / 我院门诊预约诊疗率达六成 / ——患者…: three lines, the last a
        # ——subheadline, are the full deck (引题, 主题, 副题) unless the first two are one
        # headline the column cut (旧宅院里的 / 一棵老槐树, 全市工人掀起 / 新高潮).
        return block[:1], block[1:], sub_lines
    return kicker_lines, block, sub_lines


_COLUMN_NAME_MAX = 6  # characters, spaces left out: a longer line set apart is no column's name


def _roles_across_blocks(
    blocks: list[list[str]], kicker_lines: list[str], sub_lines: list[str]
) -> Roles:
    """The headline is the block printed on the most lines (a headline on two lines); on a tie,
    the shortest line: 主题 is set in the largest type, so it is the shortest. Blocks before it
    are the kicker, blocks after it the subheadline. Two lines set apart with no cue are a
    kicker over the title when the first names a column, an event or a slogan
    (:func:`~articles.parsing.deck_pairs.over_title`), else the title over its subtitle in
    print order, as two lines printed together are: which one is shorter says nothing there
    once the first is longer than a column's name (``小  小  说`` / ``买    秤`` keeps the rule)."""

    if (
        len(blocks) == 2
        and len(blocks[0]) == len(blocks[1]) == 1
        and not kicker_lines
        and kicker_over(blocks[0][0], blocks[1][0], together=False)
    ):  # 读书 / 在泥土里读懂中国 (/ ——读《…》): a column's name over the title, a subtitle or not
        return blocks[0], blocks[1], sub_lines
    if (
        len(blocks) == 2
        and len(blocks[0]) == len(blocks[1]) == 1
        and not (kicker_lines or sub_lines)
        and len(compact(blocks[0][0])) > _COLUMN_NAME_MAX
    ):
        # 全国春季农资供应总体充足 / 化肥储备同比增加一成, set apart: the first is no kicker by
        # what it says (above), so the title and its subtitle in print order, the two statements
        # each a whole one (a line set apart is not the half of a title cut by its column).
        return [], blocks[0], blocks[1]

    blocks, completed = _predicates_joined(blocks)

    def rank(i: int) -> tuple[int, int]:
        return (-len(blocks[i]), min(len(line) for line in blocks[i]))

    main = min(range(len(blocks)), key=rank)
    kicker_lines = kicker_lines + [line for b in blocks[:main] for line in b]
    headline_lines = blocks[main]
    if main in completed:  # 全县夏收夏种战斗 / 全面展开: one headline, as printed without a space
        headline_lines = ["".join(compact(line) for line in headline_lines)]
    sub_lines = [line for b in blocks[main + 1 :] for line in b] + sub_lines
    return kicker_lines, headline_lines, sub_lines


def _predicates_joined(blocks: list[list[str]]) -> tuple[list[list[str]], set[int]]:
    """``blocks`` with a line set apart that is only a short predicate (``全面展开``) put back
    under the subject it completes, the one-line block before it (``全县夏收夏种战斗``,
    :func:`~articles.parsing.deck_ends.predicate_completes`): one headline on two lines, as an
    OCR page sets every line apart. Returns the blocks and the indices of the joined ones."""
    joined: list[list[str]] = []
    completed: set[int] = set()
    for block in blocks:
        if (
            joined
            and len(block) == 1
            and len(joined[-1]) == 1
            and len(joined) - 1 not in completed
            and predicate_completes(joined[-1][0], block[0])
        ):
            joined[-1] = [joined[-1][0], block[0]]
            completed.add(len(joined) - 1)
        else:
            joined.append(block)
    return joined, completed


def _joined(lines: list[str]) -> str:
    # A headline printed as two halves (上半句  下半句) reads as one, with one space.
    return SPACE_RUN_RE.sub(" ", " ".join(lines)).strip()


def _without_list_number(headline: str) -> str:
    """A title from a numbered list of a page's items (``1. 标题``) without its list number; the
    number stays in ``title_lines`` as printed."""
    match = LIST_NUMBER_RE.match(headline)
    return headline[match.end() :] if match and match.end() < len(headline) else headline
