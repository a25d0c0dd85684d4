"""Labels of boxes of briefs (INPUT.md, "Page furniture" and "Headlines"): 简讯 and its kin
(``简  讯``, ``■简讯``, ``僑社簡訊``), a short name alone in its block over titled briefs
(``公司速递``, ``【城事】``), and such a name over untitled bulleted items (``外媒关注``). Over
titled briefs the label is set aside as ``briefs-label`` (each item is a story of its own);
over untitled items it is the headline of the one story holding them. Either way the story
before it ends there. Mixed into :class:`~articles.parsing.reader.Reader` through
:class:`~articles.parsing.readfurniture.FurnitureMixin`; uses the reader's ``lines``, ``flow``
and ``set_aside``.
"""

from __future__ import annotations

import re

from articles.parsing.bilingual import without_english_echo
from articles.parsing.bulletboxes import (
    label_glued_over_bulleted_titles,
    label_glued_over_titled_briefs,
    label_over_bulleted_titles,
)
from articles.parsing.dateditems import dated_items_from, dated_items_under
from articles.parsing.datelines import dateline_match
from articles.parsing.emoji import leading_emoji_as_mark
from articles.parsing.factfields import day_head
from articles.parsing.itemmarks import bracketed_title_item, bulleted_item
from articles.parsing.layout import next_text
from articles.parsing.patterns import (
    BRIEFS_LABEL_RE,
    SECTION_NAME_RE,
    SHORT_LINE,
    SPACE_RUN_RE,
    is_heading_like,
)
from articles.parsing.results import SetAside
from articles.parsing.units import Heading, Para, Special
from articles.text import HAN, fold

_ITEM_MARKS = "●■◆▲★☆○□◇△·•"  # marks that open the items of a box of briefs
# A briefs box's name by what it holds (城事速递, 本地快讯, 社区播报): up to four characters, then
# the kind of box.
_BOX_NAME_RE = re.compile(rf"^[{HAN}]{{0,4}}(?:速递|快递|速览|快讯|简讯|短讯|播报|集锦|简报|传真)$")
# An item printing its title and its text on one line: a bullet, a title without punctuation, a
# gap of two spaces or more (or a full-width one), then the text (●南山公园延长开放  记者从…).
_RUN_IN_ITEM_RE = re.compile(
    rf"^[{_ITEM_MARKS}]\s*[^\s，。：；！？,:;]{{2,24}}(?: {{2,}}|\u3000+)[{HAN}“0-9０-９]"
)

# A box's longer name (7 or 8 characters: 各地校友会动态), read as its label only over titles each
# opened by a bullet (:func:`~articles.parsing.bulletboxes.label_over_bulleted_titles`).
_LONGER_NAME_RE = re.compile(rf"^[{HAN}]{{7,8}}$")
_LABEL_ENDS = "讯览递报锦闻"  # what a briefs label ends with (BRIEFS_LABEL_RE, _BOX_NAME_RE)
_BOX_ITEMS = 12  # lines: the items of a box of briefs looked at under its label
_LABEL_LINE = 40  # characters, spaces included: a box's label line is short (简　讯, 城事速递)
_DECK_LINE = 4  # characters: a line of a deck under a box's label, at least


class BoxLabelsMixin:
    """Reader methods for the labels of boxes of briefs (see the module docstring)."""

    def _briefs_label(self, number: int, folded: str) -> bool:
        """简讯 (also spaced out, 简　讯, or behind a box mark, ■简讯) over briefs: the box's label (each item is a story of
        its own). Over items opened by a bullet (``●5月6日，…``) it is the headline of one
        story that holds them all (INPUT.md, "Headlines"): the story before it ends there.
        Over a bulleted title line (``■地铁5号线试运行``, a line of its own over the item's
        text) it is the label again: each item is a titled brief; so it is over an item
        whose title runs in before its text on the same line, parted by a wide gap
        (``■老街改造完成　本报讯…``, :data:`_RUN_IN_ITEM_RE`). Right over an untitled
        item's text (:meth:`_untitled_items_under`) it is the headline of the box's story.
        Over an item whose bullet opens a dateline (``■本报讯 …``, ``▲本报讯 …``) the label,
        also a box's name (``城事快递``, ``公司速递``: :data:`_BOX_NAME_RE`), is the box's label:
        a dateline starts a story (INPUT.md, "Headlines"), so each item is a headless story of
        its own, and the label is no one's headline (:func:`_dated_item`). A bilingual page's
        label with its English name after it (``校园快讯　Campus Briefs``) is read without it
        (:func:`~articles.parsing.bilingual.without_english_echo`)."""
        if folded[-1:].isascii():
            folded = without_english_echo(folded)
        folded = leading_emoji_as_mark(folded)  # (📌简讯: an emoji as the box's mark)
        if len(folded) > _LABEL_LINE or folded.rstrip()[-1:] not in _LABEL_ENDS:
            return False  # (the cheap test first: every line comes here)
        name = SPACE_RUN_RE.sub("", folded).lstrip(_ITEM_MARKS)
        following = next_text(self.lines, number)
        if following is not None and _dated_item(following) and _briefs_name(name):
            return True  # ■本报讯…: each item is a story opened by its dateline (see below)
        if not BRIEFS_LABEL_RE.match(name):
            return self._label_over_run_in_titles(number, name)
        if following is None:
            return True
        if bracketed_title_item(following):
            return True  # 【标题】text: titled briefs, each title run in within its brackets
        if following[0] not in _ITEM_MARKS:
            return not self._untitled_items_under(number, following)
        if self._items_apart(number):
            return True  # ▲… / ▲〔某社某地電〕…: briefs, each a story of its own
        if _RUN_IN_ITEM_RE.match(following):
            return True  # ■标题　本报讯…: a titled brief, its head run in (see the docstring)
        title = following.lstrip(_ITEM_MARKS).strip()
        if (
            is_heading_like(title)
            and not any(mark in title for mark in "，,：:；;、")  # (●7月6日，县…: a text's line)
            and dateline_match(title) is None
            and len(title) <= SHORT_LINE
        ):
            return True  # ■标题 over its text: titled briefs under the box's label
        # the headline of the briefs' story, never a crosshead of the story before
        self.flow.append(Special(number, "break", ""))
        return False

    def _items_apart(self, number: int) -> bool:
        """Whether the untitled items opened by a bullet right under the label on line
        ``number`` (its block's lines, :data:`_BOX_ITEMS` at most) are briefs each of its own:
        one of them opens with a dateline after its bullet (``▲〔軍訊社鳳山十五日電〕…``). A
        dateline starts a story (INPUT.md, "Headlines"), so the box holds several stories, and
        the label is the box's, no one's headline. (Items signed at their end, ``…（记者 周涛）``,
        stay the text of the box's one story: tests/parsing/test_bulleted_briefs_signed_by_writers.py.)"""
        for line in self.lines[number : number + _BOX_ITEMS]:
            text = line.strip()
            if not text:
                break
            if text[0] not in _ITEM_MARKS:
                continue  # (an item's text cut over two lines)
            item = text.lstrip(_ITEM_MARKS).strip()
            if dateline_match(item) is not None:
                return True
        return False

    def _label_over_run_in_titles(self, number: int, name: str) -> bool:
        """A briefs box's name (:data:`_BOX_NAME_RE`: ``城事速递``, ``本地快讯``) right over items
        that each print their title and text on one line, opened by a bullet and parted by a
        wide gap (``●南山公园延长开放  记者从…``): the box's label, set aside like 简讯 (each
        item is a brief of its own), never a headline over them."""
        if len(name) > 8 or not _BOX_NAME_RE.match(name) or number >= len(self.lines):
            return False
        return bool(_RUN_IN_ITEM_RE.match(self.lines[number].strip()))

    def _untitled_items_under(self, number: int, following: str) -> bool:
        """Right under the briefs' label on line ``number`` (no blank line between), the next
        line ``following`` is an item's text without title or dateline (``福建會館將於本月…。``):
        the items are untitled, and the label is the headline of the story holding them, as
        over bulleted items; the story before ends here (a break is put in the flow)."""
        if number >= len(self.lines) or not self.lines[number].strip():
            return False
        if is_heading_like(following) or dateline_match(following) is not None:
            return False
        self.flow.append(Special(number, "break", ""))
        return True

    def _box_labels(self) -> None:
        """A short name alone in its block (``公司速递``: a blank line under it) over two briefs
        or more, each one heading line over one paragraph, is the box's label, like 简讯: set
        aside as ``briefs-label``, not the first brief's kicker (a kicker is printed with its
        headline, not a blank line above it); the story before it ends there. The name may
        stand in brackets (``【城事】``, ``〔本地〕``: a box's label, whatever word it is).
        Over untitled items opened by a bullet (``外媒关注`` / ``●澳大利亚一家研究机构…``) such a
        name is the headline of the story holding them, as 简讯 is: the story before it ends
        there (:func:`_bulleted_items_at`). Over titles each opened by a bullet (``●…`` over its
        text) it is the box's label too (:mod:`~articles.parsing.bulletboxes`)."""
        flow = self.flow
        self._labels_glued_over_titles()
        breaks: list[int] = []
        briefs_labels = self._briefs_label_lines()
        for index, unit in enumerate(flow):
            if self._dated_briefs(index, briefs_labels, breaks):
                continue
            if not isinstance(unit, Heading) or len(unit.lines) != 1:
                continue
            name = _unbracketed(fold(unit.lines[0]).strip())
            if not SECTION_NAME_RE.match(name):
                # (a longer name, 各地校友会动态, only over titles each opened by a bullet)
                if (
                    _LONGER_NAME_RE.match(name)
                    and unit.after_blank
                    and label_over_bulleted_titles(self.lines, flow, index)
                ):
                    self.set_aside.append(SetAside(unit.line, unit.lines[0], "box-label"))
                    flow[index] = Special(unit.line, "break", "")
                continue
            if _briefs_at(flow, index + 1):
                self.set_aside.append(SetAside(unit.line, unit.lines[0], "briefs-label"))
                flow[index] = Special(unit.line, "break", "")
            elif unit.after_blank and (
                _label_over_decked_stories(self.lines, flow, index)
                or label_over_bulleted_titles(self.lines, flow, index)
            ):
                self.set_aside.append(SetAside(unit.line, unit.lines[0], "box-label"))
                flow[index] = Special(unit.line, "break", "")
            elif (
                unit.after_blank
                and index > 0
                and isinstance(flow[index - 1], Para)
                and (unit.line >= len(self.lines) or not self.lines[unit.line].strip())
                and _bulleted_items_at(flow, index + 1)
            ):
                breaks.append(index)
        for index in sorted(breaks, reverse=True):
            flow.insert(index, Special(flow[index].line, "break", ""))

    def _briefs_label_lines(self) -> set[int]:
        """The lines of the 简讯 labels set aside so far (``briefs-label``)."""
        return {item.line for item in self.set_aside if item.reason == "briefs-label"}

    def _dated_briefs(self, index: int, briefs_labels: set[int], breaks: list[int]) -> bool:
        """Whether ``self.flow[index]`` is a box's label over briefs that each open with their
        day (:mod:`~articles.parsing.dateditems`): a heading naming a kind of box (``街道动态``),
        then set aside as ``briefs-label`` and made a break, or a 简讯 label already set aside
        (its line in ``briefs_labels``). The indices where each item after the first starts a
        story of its own are added to ``breaks`` (the caller puts the breaks in)."""
        flow = self.flow
        unit = flow[index]
        if isinstance(unit, Special):
            items = dated_items_from(flow, index + 1) if unit.line in briefs_labels else None
        else:
            items = dated_items_under(flow, index)
            if items is not None:  # (街道动态 over 6月8日，… / 6月9日，…)
                self.set_aside.append(SetAside(unit.line, unit.lines[0], "briefs-label"))
                flow[index] = Special(unit.line, "break", "")
        breaks.extend(items[1:] if items else ())
        return isinstance(unit, Special) or items is not None

    def _labels_glued_over_titles(self) -> None:
        """Box labels read as one heading with the first bulleted title under them (``鄉訊點滴``
        / ``▲沙塘鄉僑屬辦起家庭農場``: :func:`~articles.parsing.bulletboxes.
        label_glued_over_bulleted_titles`), and on a page without blank lines over titled briefs
        (:func:`~articles.parsing.bulletboxes.label_glued_over_titled_briefs`), set aside as
        ``box-label``; the flow changed."""
        printed = [number for number, line in enumerate(self.lines) if line.strip()]
        blankless = bool(printed) and len(printed) == printed[-1] - printed[0] + 1
        for index in reversed(range(len(self.flow))):
            name = label_glued_over_bulleted_titles(self.flow, index) or (
                blankless and label_glued_over_titled_briefs(self.flow, index)
            )
            if name:
                self.set_aside.append(SetAside(self.flow[index].line, name, "box-label"))


def _briefs_name(name: str) -> bool:
    """``name`` (spaces and a box mark taken out) names a box of briefs: ``简讯`` and its kin
    (:data:`~articles.parsing.patterns.BRIEFS_LABEL_RE`) or a box's name (``城事快递``,
    ``本地快讯``: :data:`_BOX_NAME_RE`)."""
    return bool(BRIEFS_LABEL_RE.match(name) or (len(name) <= 8 and _BOX_NAME_RE.match(name)))


def _dated_item(line: str) -> bool:
    """``line`` (stripped) is a box's item whose bullet opens a dateline (``■本报讯 …``,
    ``▲新华社北京6月1日电 …``) or a listed company's name and stock code (``■青禾股份（603871）
    …``): a headless brief, a story of its own (:func:`~articles.parsing.itemmarks.
    bulleted_item`)."""
    return bulleted_item(line) > 0


def _unbracketed(name: str) -> str:
    """``name`` without the square brackets a box's label is printed in (【城事】 → 城事)."""
    if len(name) > 2 and name[0] in "【〔[" and name[-1] in "】〕]":
        return name[1:-1].strip()
    return name


def _bulleted_items_at(flow: list, index: int) -> bool:
    """``flow[index:]`` is two paragraphs or more, each opened by an item's bullet
    (``●澳大利亚一家研究机构预测，…``), up to the page's end or the next heading or break: a
    box of untitled items."""
    items = 0
    for unit in flow[index:]:
        if isinstance(unit, Para) and unit.text[:1] in _ITEM_MARKS:
            items += 1
            continue
        if isinstance(unit, Para):
            return False
        break
    return items >= 2


def _briefs_at(flow: list, index: int, items: int = 2) -> bool:
    """``flow[index:]`` opens with ``items`` briefs: each one heading line (the first set
    apart by a blank line) right over one paragraph (no blank line between) that another
    heading or the page's end follows."""
    for count in range(items):
        at = index + 2 * count
        if at + 1 >= len(flow):
            return False
        heading, para = flow[at], flow[at + 1]
        if (
            not isinstance(heading, Heading)
            or len(heading.lines) != 1
            or day_head(heading.lines[0])
        ):
            return False  # (D1　省城—黄山 over its programme: a tour's day, no brief)
        if count == 0 and not heading.after_blank:
            return False
        if not isinstance(para, Para) or para.line != heading.line + 1:
            return False
        after = flow[at + 2] if at + 2 < len(flow) else None
        if after is not None and not isinstance(after, Heading):
            return False
    return True


def _label_over_decked_stories(lines: list[str], flow: list, index: int) -> bool:
    """The one-line heading ``flow[index]`` (a short name: the caller's test) stands alone in
    its block, a blank line under it, over two stories or more whose decks are each printed as
    a block of two lines or more (``鹭洲热线`` / blank / ``夜间施工噪声扰民`` ``城管连夜上门处理`` /
    text / ``小区电梯频繁“罢工”`` ``物业承诺月底前更换`` / text): the page prints a deck's lines
    together, so a name set apart from the deck under it by a blank line is a box's label over
    the stories, not the first one's 引题 (INPUT.md, "Page furniture"; "Headlines": a kicker is
    a line of its story's deck). Over a one-line headline, or a deck printed a line a block (a
    page that sets every line apart), it is left to the decks' reading. A name that says what
    the first story says and not the second (:func:`_names_first_story`) is that story's 引题,
    as the seed prints one."""
    heading = flow[index]
    if len(heading.lines[0].strip()) < 2:
        return False  # (a name has two characters at least: one is an OCR's speck)
    if heading.line >= len(lines) or lines[heading.line].strip():
        return False  # (no blank line under it: printed with the deck, a kicker)
    at = index + 1
    stories: list[str] = []
    for _ in range(2):
        if at >= len(flow):
            return False
        deck = flow[at]
        if not isinstance(deck, Heading) or len(deck.lines) < 2 or not deck.after_blank:
            return False
        if any(len(line.strip()) < _DECK_LINE for line in deck.lines):
            return False  # (a deck's lines are headlines: 過 / 鰲化 is an OCR's scraps)
        at += 1
        if at >= len(flow) or not isinstance(flow[at], Para):
            return False
        story = "".join(deck.lines) + flow[at].text
        while at < len(flow) and isinstance(flow[at], Para):
            at += 1
        stories.append(story)
    return not _names_first_story(heading.lines[0], stories[0], stories[1])


def _names_first_story(name: str, first: str, second: str) -> bool:
    """``name`` (the line over two decked stories) says what the first story says and not what
    the second does: most of its two-character words (``重大项目推进``: 重大, 项目, 推进…) are in
    the first story's deck and opening paragraph, and more of them there than in the second's.
    Such a line is the first story's 引题, printed alone in its block as the seed prints one
    (``重大项目推进`` / blank / two deck lines over the story on the 项目推进会), not a label over
    the box (``鹭洲热线`` over two hotline stories: one word of three, 热线, in the first story).
    ``first`` and ``second``: each story's deck lines and first paragraph, joined."""
    han = re.findall(rf"[{HAN}]+", fold(name))
    pairs = {run[i : i + 2] for run in han for i in range(len(run) - 1)}
    if not pairs:
        return False
    in_first = sum(pair in first for pair in pairs)
    in_second = sum(pair in second for pair in pairs)
    return 2 * in_first > len(pairs) and in_first > in_second
