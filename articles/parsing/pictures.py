"""Photos and teasers found while reading a page's lines (:class:`PicturesMixin`, part of
:class:`~articles.parsing.reader.Reader`).

A caption line ending with its credit in brackets (``■…（林嘉文攝）``, ``…图为…（陈维连）``) or with
a credit glued to it (``…。本报记者 韩  雪 摄``) is a photo; a credit line alone (``记者 许丛军摄``)
takes the paragraph above it as the caption (see INPUT.md, "Bylines, datelines, credits"); a
teaser target (``■A4看南通·要闻``) takes the title lines above it ("Teasers").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from articles.parsing.captionblocks import CAPTION_LIMIT as _CAPTION_LIMIT
from articles.parsing.captionblocks import CAPTION_LINES as _CAPTION_LINES
from articles.parsing.captionblocks import CaptionBlocksMixin
from articles.parsing.credits import (
    AGENCY_TAG_RE,
    ARTWORK_CREDIT_RE,
    ARTWORK_TITLE_RE,
    CAPTION_CREDIT_RE,
    CAPTION_MARK_RE,
    CAPTION_PHRASE_RE,
    CAPTION_POINTER_RE,
    CREDIT_RE,
    DATED_CAPTION_RE,
    GAPPED_CREDIT_RE,
    LEADING_SOURCE_RE,
    PICTURE_SOURCE_WORD_RE,
    SHOT_CAPTION_RE,
    SPACED_SUFFIX_RE,
    TRAILING_CREDIT_RE,
)
from articles.parsing.datelines import dateline_match
from articles.parsing.drawncredits import DrawnCreditsMixin
from articles.parsing.layout import next_text
from articles.parsing.letternames import DOTTED_NAME_RE
from articles.parsing.names import credit_names_ok, names_only, parse_names
from articles.parsing.patterns import (
    ends_sentence,
    is_heading_like,
)
from articles.parsing.picturetitles import picture_alone
from articles.parsing.results import Flag, SetAside
from articles.parsing.teasers import TeasersMixin
from articles.parsing.units import FoundPhoto, Heading, Para, Special
from articles.text import fold, folding_to

_SCENE_LIMIT = 80  # characters: a dated caption is one sentence, not a story's paragraph
_BRACKETS_AND_SPACE = "（()）【】〔〕[] \u3000"
_TITLED_CREDIT_LIMIT = 20  # characters: a credit beside a picture's title (本报记者　贺　东　摄)
_GAP_RE = re.compile(r"[ \t\u3000]+")
_MARKS = ("■", "□", "◆", "▲", "█")  # a caption's mark (CAPTION_MARK_RE, without 图：)


def _picture_source(source: str) -> bool:
    return PICTURE_SOURCE_WORD_RE.search(source) is not None


def _writer_signed(named: str) -> bool:
    """Names in brackets and no 摄, with a reporter's role before them (``（记者 林峰）``,
    ``（通讯员 吴刚）``) or bare (``（赵敏）``): who wrote the text before them, a brief's sign-off,
    as a story's dateline brackets its byline (``本报讯（记者金帅）``), whatever mark opens the line
    (●, ■: a box of briefs marks its items so). A picture's credit says who took it: 摄
    (``记者 许丛军摄``) or a photographer's role (``（摄影记者 王某）``); a foreign agency named
    short (``（路透）``: :data:`AGENCY_TAG_RE`) is a source, not a writer. INPUT.md, "Bylines,
    datelines, credits"."""
    folded = fold(named)
    return "摄" not in folded and AGENCY_TAG_RE.fullmatch(folded.strip()) is None


def one_sentence(caption: str) -> bool:
    """One sentence of at most :data:`_SCENE_LIMIT` characters: what a caption holds (a story's
    paragraph runs longer, or on over several sentences)."""
    body = caption.strip()
    return len(body) <= _SCENE_LIMIT and sum(body.count(c) for c in "。！？!?") <= 1


def dated_scene(caption: str) -> bool:
    """One sentence (at most :data:`_SCENE_LIMIT` characters) opening with the day the picture
    was taken (``2月12日，農民駕駛拖拉機……。``) or saying where it was taken
    (``这是10月7日在某地拍摄的……。``, ``…今天在市府廣場展示，…。``: :data:`SHOT_CAPTION_RE`): a
    news picture's caption, so an
    agency alone in brackets after it (``（新華社）``, ``（法新社）``) is its credit. A wire story's
    paragraph opens with its dateline instead, and runs longer."""
    body = caption.strip()
    if len(body) > _SCENE_LIMIT or sum(body.count(c) for c in "。！？!?") > 1:
        return False
    folded = fold(body)
    return DATED_CAPTION_RE.match(folded) is not None or SHOT_CAPTION_RE.search(folded) is not None


@dataclass(frozen=True)
class PhotoPlace:
    """Where a photo stands among the page's flow units: between ``flow[index - 1]`` and
    ``flow[index]``; ``labelled``: a picture item of its own, printed under a picture item's
    label (图片新闻) with nothing of a story between, or opening an item of a web archive (right
    after its separator: a story's picture stands inside the story's item, after its title);
    ``in_block``: the caption follows the text above it with no blank line between, and a
    blank line, then more of the page, follows the photo: it closes that story's block;
    ``within``: printed as part of the story before it (a photo story's numbered captions, see
    :mod:`~articles.parsing.photostories`)."""

    index: int
    labelled: bool
    in_block: bool = False
    within: bool = False


def _credit_line(text: str) -> bool:
    """A credit line by :data:`CREDIT_RE` (checked by :func:`credit_names_ok`), or one bare name
    and 摄 (``杨帆摄``), which a gap after a caption's last sentence makes a credit. An agency's
    name alone (``（新华社）``) is not: after a sentence it says where a brief came from."""
    if len(text) > 40:
        return False
    folded = fold(text)
    match = CREDIT_RE.match(folded)
    if match is None or folded.strip(_BRACKETS_AND_SPACE).endswith("社"):
        return False
    if credit_names_ok(text):
        return True
    names = parse_names(text[slice(*match.span("who"))]) if match.group("who") else ()
    return len(names) == 1 and 2 <= len(names[0]) <= 4


def _titled_credit(text: str) -> int | None:
    """Where the credit starts on a picture's title line: a caption printed as a title, no
    sentence (``晨雾中的渡口``), then a gap of spaces and people named by form who took the
    picture (``李　默　摄``, ``本报记者　贺　东　摄``: a name may be spaced out with full-width
    spaces), as a 副刊 or a picture item prints its title and credit on one line (INPUT.md,
    "Bylines, datelines, credits": a credit closes its caption). The names must read as names
    (:func:`names_only`), so a title ending in a word and 摄 is none; ``None`` when there is no
    such credit. Looks at the last :data:`_TITLED_CREDIT_LIMIT` characters only."""
    if len(text) > _SCENE_LIMIT + _TITLED_CREDIT_LIMIT or not text.rstrip().endswith(("摄", "攝")):
        return None
    for gap in _GAP_RE.finditer(text, max(1, len(text) - _TITLED_CREDIT_LIMIT)):
        credit = text[gap.end() :]
        match = CREDIT_RE.match(fold(credit))
        group = match and (
            "who" if match.group("who") else "whoafter" if match.group("whoafter") else None
        )
        if group and names_only(credit[slice(*match.span(group))]):
            return gap.start()
    return None


class PicturesMixin(CaptionBlocksMixin, DrawnCreditsMixin, TeasersMixin):
    """The photo and teaser steps of :class:`~articles.parsing.reader.Reader` (which holds the
    state they use: ``lines``, ``flow``, ``photos``, ``photo_places``, ``photo_label_at``,
    ``teasers``, ``set_aside``, ``flags``, ``warnings``, ``flow_at_photo``)."""

    def _caption_with_credit(self, number: int, text: str, folded: str) -> bool:
        """A caption line ending with its credit in brackets (``■…。（林嘉文攝）``) is a photo.
        Without a caption mark (■), only a photographer's name or a picture source counts. A
        picture source may stand first instead (:data:`LEADING_SOURCE_RE`: ``(网上图片)…。``),
        unless a credit line stands right under it (:meth:`_credit_under`)."""
        if self._picture_alone(number, text) or self._leading_source(number, text, folded):
            return True
        if not folded.endswith(_CLOSING_ENDS):
            return False  # (the credit ends the line with its bracket: _CLOSING_ENDS)
        credit = CAPTION_CREDIT_RE.search(folded, max(0, len(folded) - 40))
        if not credit:
            return False
        mark = CAPTION_MARK_RE.match(folded)
        if mark is None and self._marked_caption_above(number, text):
            return True
        # Which credits end a caption without a caption mark: see _credit_fits.
        before = text[: credit.start()]
        labelled = self.photo_label_at == len(self.flow)  # (under 图片新闻, 漫画: a picture's)
        if not self._credit_fits(credit, mark is not None or labelled, folded, before):
            return False
        if credit.group("who") and not parse_names(text[slice(*credit.span("who"))], chinese=True):
            return False
        # (a name spaced out as a byline prints it, （吴  强）, after a bullet ● is a brief's
        # sign-off: names alone credit a picture as a caption prints them, unspaced)
        # (a foreign agency named short, (路透), is its credit: AGENCY_TAG_RE)
        named = credit.group("named")
        if named and (
            (_writer_signed(named) and not CAPTION_PHRASE_RE.search(folded))  # (图为…: a picture)
            or (
                not names_only(text[slice(*credit.span("named"))], spaced=False)
                and not AGENCY_TAG_RE.fullmatch(named.strip())
            )
        ):
            return False
        start = mark.end() if mark else 0
        caption = text[start : credit.start()].strip()
        if not caption:
            return False
        if mark:
            self.set_aside.append(SetAside(number, text[: mark.end()].strip(), "caption-mark"))
        line = number
        title = self._photo_title(number)
        if title is not None:
            caption, line = " ".join([*title.lines, caption]), title.line
        self._photo(number, text[credit.start() :], caption, line)
        return True

    def _leading_source(self, number: int, text: str, folded: str) -> bool:
        """A picture source standing first (:data:`LEADING_SOURCE_RE`: ``(网上图片)…。``) with no
        credit line right under it (:meth:`_credit_under`): a photo, the source its credit."""
        lead = LEADING_SOURCE_RE.match(folded)
        if lead and not self._credit_under(number):
            self._photo(number, text[: lead.end()].strip(), text[lead.end() :].strip(), number)
            return True
        return False

    def _picture_alone(self, number: int, text: str) -> bool:
        """A picture's title and its credit in brackets alone in its block (``坤伶小桂芬近影
        （寶華照相館攝）``: :func:`~articles.parsing.picturetitles.picture_alone`) is a photo."""
        alone = picture_alone(self.lines, number, text)
        if alone:
            self._photo(number, text[alone:], text[:alone], number)
        return bool(alone)

    def _marked_caption_above(self, number: int, text: str) -> bool:
        """A caption opening with its mark cut over two lines (``■北洲聯邦執政黨支持者在開票`` /
        ``現場歡呼。（美聯社）``): the heading line just above, opening with a mark (■) and
        ending no sentence, and line ``number``, closing with a bracketed credit, are one marked
        caption (INPUT.md: a credit closes its caption)."""
        last = self.flow[-1] if self.flow else None
        if not (isinstance(last, Heading) and len(last.lines) == 1 and last.line == number - 1):
            return False
        head = last.lines[0].strip()
        if not head.startswith(_MARKS) or ends_sentence(head) or len(head) > _SCENE_LIMIT:
            return False
        self.flow.pop()
        joined = head + text.strip()
        if self._caption_with_credit(number, joined, fold(joined)):
            return True
        self.flow.append(last)
        return False

    def _credit_under(self, number: int) -> bool:
        """Whether the line right under line ``number`` is a credit line alone (``本报资料图``):
        then a source in brackets opening the caption on line ``number`` (``（资料照片）柯某在
        舞台上。``) is part of the caption, and that line is the photo's credit (INPUT.md,
        "Bylines, datelines, credits": a credit closes its caption)."""
        below = self.lines[number].strip() if number < len(self.lines) else ""
        return (
            0 < len(below) <= 40
            and CREDIT_RE.match(fold(below)) is not None
            and credit_names_ok(below)
        )

    def _credit_fits(self, credit: re.Match, marked: bool, folded: str, before: str) -> bool:
        """Whether a bracketed credit (:data:`CAPTION_CREDIT_RE`) ends a caption. A caption mark
        (■) or words pointing at the picture (图为…) make any credit one; without them a
        photographer (林嘉文攝, 本報攝), an agency that sent it (新华社发, after one sentence:
        INPUT.md names it a photo credit) or a picture source (網上圖片, 讀者提供) after a
        finished sentence does; an agency alone (新華社) only after a dated one-sentence caption
        (:func:`_dated_scene`); a paper alone (海峡时报) after one sentence under no headline
        (:func:`one_sentence`: a brief quoting a paper has its own headline); names alone
        (陈维连) or letters ((AAP), (GDP)) never do; a drawer (工程技术组绘) only after a caption
        mark (图：改装后的羊足碾（工程技术组绘）): glued to a story's last sentence it credits the
        story's illustration, no caption. A line opening with 图为 is a caption, stopped before
        the credit or not (``圖為…新穀（中央社稿）``, as a 1940s page prints it)."""
        finished = ends_sentence(before)
        phrase = CAPTION_PHRASE_RE.search(folded)
        if marked or (phrase is not None and (finished or phrase.start() == 0)):
            return True  # (圖為…（中央社稿）: opening with 图为, a caption, stopped or not)
        # who took or sent it: 林嘉文攝, 本報攝, 新华社发 (this after one sentence: a caption's)
        sent = bool(credit.group("sent")) and one_sentence(before)
        taker = credit.group("who") or credit.group("desk") or sent
        if taker or _picture_source(credit.group("source") or ""):
            return finished
        if credit.group("agency"):
            return finished and dated_scene(before)
        if credit.group("outlet"):
            under_title = bool(self.flow) and isinstance(self.flow[-1], Heading)
            return finished and one_sentence(before) and not under_title
        return False

    def _spaced_credit(self, text: str) -> bool:
        """Names, a space, then 摄 (``孔令武  摄``) alone on the line after a finished caption
        sentence is the photo's credit, not the next story's kicker: a title never spaces off
        the last character of 拍摄, and a credit stands under the caption it closes (INPUT.md,
        "Bylines, datelines, credits"). So is one transliterated name whose pieces a middle dot
        parts, with 摄 glued or spaced (``叶尔兰·努尔别克摄``: :data:`DOTTED_NAME_RE`): a name by
        its dots, which no title's last word is."""
        last = self.flow[-1] if self.flow else None
        if not isinstance(last, Para) or last.markers or not ends_sentence(last.text):
            return False
        folded = fold(text)
        match = CREDIT_RE.match(folded)
        if match is None or not match.group("who"):
            return False
        if folded.rstrip().endswith("摄") and DOTTED_NAME_RE.fullmatch(match["who"].strip()):
            return True
        if not SPACED_SUFFIX_RE.search(folded):
            return False
        # (names by form: a picture's title set off by a space, 夏日荷塘　宁　远　摄, is no name)
        names = names_only(text[slice(*match.span("who"))])
        return 1 <= len(names) <= 3

    def _artwork_credit(self, number: int, text: str, folded: str) -> bool:
        """The artist's credit (``邵青云  作``: names, a space, 作) right under a one-line title
        naming an artwork's kind in brackets (``渔港晨光（国画）``) is a picture item: the
        reproduced artwork, captioned by its title, as a 副刊 prints a painting (INPUT.md,
        "Bylines, datelines, credits": a credit closes its caption), a picture of its own, no
        story's (a story's picture is credited 插图, 配图)."""
        last = self.flow[-1] if self.flow else None
        if not isinstance(last, Heading) or len(last.lines) != 1 or len(text) > 20:
            return False
        match = ARTWORK_CREDIT_RE.match(folded)
        if match is None or not ARTWORK_TITLE_RE.search(fold(last.lines[0])):
            return False
        if not names_only(text[slice(*match.span("who"))]):
            return False
        self.photo_label_at = len(self.flow) - 1  # (its title is taken off the flow)
        self._photo(number, text)
        return True

    def _photo_title(self, number: int) -> Heading | None:
        """A one-line heading right above a caption (``科普宣传上街`` / ``…图为…（陈维连）``, or
        ``荷塘月色`` / caption / ``本报记者 王强 摄`` with the credit on its own line ``number``) is
        the picture's title when the next thing printed after line ``number`` is a heading or
        nothing (the story after has its own headline, and the title is no kicker of it);
        taken off the flow and flagged."""
        last = self.flow[-1] if self.flow else None
        if not isinstance(last, Heading) or len(last.lines) != 1:
            return None
        following = next_text(self.lines, number)
        if following is not None and (
            not is_heading_like(following) or dateline_match(following) is not None
        ):
            return None
        self.flow.pop()
        self.flags.append(
            Flag(
                last.line,
                "photo-title",
                f"“{last.lines[0]}”紧挨在图片说明上面，已作为图片的标题并入说明；"
                "如果它是一篇稿件的标题，请改回稿件。",
            )
        )
        return last

    # -- photos -------------------------------------------------------------------------
    caption_below: FoundPhoto | None = None  # a credit printed above its caption's line

    def _teaser_line(self, number: int, text: str, folded: str, block_start: bool) -> bool:
        """A short line is the caption a credit above it waits for (:meth:`_credit_above`),
        else it is looked at as a teaser's (:class:`TeasersMixin`)."""
        photo, self.caption_below = self.caption_below, None
        if photo is not None and number == photo.line + 1:
            photo.caption = text.strip()
            return True
        return super()._teaser_line(number, text, folded, block_start)

    def _credit_above(self, number: int) -> bool:
        """Whether the credit on line ``number`` stands above its caption, as some papers print
        it (``摄影●某某`` / ``工人在桥面施工。``): the line under it is one finished sentence
        (:func:`one_sentence`) with a blank line or the page's end after it, and the credit is
        set off from what is above it by a blank line, or what is above is no caption: a
        story's paragraph (opening with a dateline, ending in a jump line, or longer than a
        caption) or nothing at all."""
        if number >= len(self.lines):
            return False
        below = self.lines[number].strip()
        if not below or not one_sentence(below) or not ends_sentence(below):
            return False
        if dateline_match(below) or (
            number + 1 < len(self.lines) and self.lines[number + 1].strip()
        ):
            return False
        if number >= 2 and not self.lines[number - 2].strip():
            return True  # a blank line parts it from the text above, none from the line under it
        last = self.flow[-1] if self.flow else None
        return not isinstance(last, Para) or bool(
            last.markers or last.size > _CAPTION_LIMIT or dateline_match(last.text)
        )

    def _photo(self, number: int, credit: str, caption: str | None = None, line: int = 0) -> None:
        if caption is None and self._credit_above(number):
            self.caption_below = FoundPhoto(number, "", credit)
            self.photos.append(self.caption_below)
            self._photo_place(number, number)
            return
        if caption is None:
            caption, line = "", number
            if self._caption_para_above():  # (a story's body paragraph is no caption)
                para = self.flow.pop()
                self._join_cut_head(para)
                self._deck_over_dated_caption(para)
                caption, line = para.text, para.line
                group = self._numbered_captions_above(para)  # ①… / ②… / ③… / credit
                if group:  # one caption for the group's pictures, one credit
                    caption = " ".join([*(above.text for above in group), caption])
                    line = group[0].line
                while CAPTION_POINTER_RE.match(fold(caption[:12])) and self._pointer_para():
                    # 上图：… / 下图：… / credit: one caption for the pictures, one credit
                    above = self.flow.pop()
                    caption, line = f"{above.text} {caption}", above.line
                # 荷塘月色 / caption / credit, a headline after: the picture's title, not a kicker
                # (unless it says what the story above says: that story's deck after its body)
                last = self.flow[-1] if self.flow else None
                title = None
                if isinstance(last, Heading) and not self.deck_after_body(last):
                    title = self._photo_title(number)
                if title is not None:
                    caption, line = " ".join([*title.lines, caption]), title.line
            elif self.flow and isinstance(self.flow[-1], Heading):
                heading = self.flow.pop()
                caption, line = " ".join(heading.lines), heading.line
        self.photos.append(FoundPhoto(line, caption, credit))
        self._photo_place(number, line)

    def _photo_place(self, number: int, line: int) -> None:
        """Where the photo just found (its credit on line ``number``, its caption from ``line``)
        stands in the flow, for linking it to a story."""
        self.flow_at_photo = len(self.flow)
        last = self.flow[-1] if self.flow else None
        item_start = isinstance(last, Special) and last.kind == "break"
        labelled = self.photo_label_at == len(self.flow) or item_start
        in_block = (
            isinstance(last, Para)
            and 1 < line <= len(self.lines)
            and bool(self.lines[line - 2].strip())
            and number < len(self.lines)
            and not self.lines[number].strip()
            and next_text(self.lines, number) is not None
        )
        self.photo_places.append(PhotoPlace(len(self.flow), labelled, in_block))

    def _credit_closes_para(self, number: int) -> None:
        """A caption cut over short lines whose credit is glued to its last lines (``▲游客在冰雪
        大世界`` / ``游玩。 本报记者`` / ``于海洋 摄``) is a photo once the lines are joined into
        one paragraph (``flow[-1]``, just added to at line ``number``); only a caption's length
        (:data:`_CAPTION_LIMIT`, :data:`_CAPTION_LINES`) is looked at: constant time per line."""
        para = self.flow[-1]
        # (the number of lines first: a long paragraph is never measured, however often it grows)
        if para.markers or len(para._parts) > _CAPTION_LINES or para.size > _CAPTION_LIMIT:
            return
        self.flow.pop()
        if not self._glued_credit(number, para.text, para.line):
            self.flow.append(para)

    def _glued_credit(self, number: int, text: str, line: int | None = None) -> bool:
        """A caption with its credit glued to its end becomes a photo: a reporter's credit
        (``…。记者 许丛军摄``), or any credit line (:data:`CREDIT_RE`: ``杨　帆摄``, ``受访者供图``,
        ``新华社发``, ``摄影/某中心　赵一鸣``) after the last sentence and a gap of spaces
        (:data:`GAPPED_CREDIT_RE`), as a credit printed beside its caption is read. ``line``:
        where the caption starts, when the text was joined from several lines ending at
        ``number``."""
        if text[-1:] in _ENDING_SENTENCE:
            return False  # (the cheap test first: a text ending its sentence ends in no credit)
        line = number if line is None else line
        # A credit glued to the end of its caption is short: look at the tail only (folded from
        # the character before it, which the patterns' look-behind reads; offsets are the
        # text's: ``base`` added back).
        offset = max(0, len(text) - 60)
        base = max(0, offset - 1)
        if _CREDIT_AFTER_RE.search(text, base) is None and not text.rstrip().endswith(("摄", "攝")):
            return False  # (no sentence's end in the tail for a credit to follow, no 摄 last)
        folded = fold(text[base:])
        trailing = TRAILING_CREDIT_RE.search(folded, offset - base)
        if trailing and len(text) - len(trailing.group("credit")) > 0:
            span = base + trailing.start(), _shifted(trailing.span("credit"), base)
        else:
            gapped = GAPPED_CREDIT_RE.search(folded, offset - base)
            if gapped and _credit_line(text[base + gapped.start("credit") :]):
                span = base + gapped.start(), _shifted(gapped.span("credit"), base)
            elif (titled := _titled_credit(text)) is not None:
                span = titled, (titled, len(text))
            else:
                return False
        mark = CAPTION_MARK_RE.match(fold(text))
        start = mark.end() if mark and mark.end() < span[0] else 0
        caption = text[start : span[0]].rstrip()
        credit = text[slice(*span[1])].strip()
        if caption and (trailing is None or parse_names(credit)):
            if start:
                self.set_aside.append(SetAside(line, text[:start].strip(), "caption-mark"))
            self._photo(number, credit, caption, line)
            return True
        return False


# How a line that CAPTION_CREDIT_RE matches ends: its closing bracket (credits' _CLOSE) before the
# end of the text, where its ``$`` matches, or before a newline that ends it (``$`` matches there
# too, without re.MULTILINE). A line ending otherwise is not searched (the search, at each
# position of the line's tail, costs more than this look at its end).
_CLOSING_ENDS = tuple("）)】〕]") + tuple(close + "\n" for close in "）)】〕]")
# A sentence's end (folded), which no credit ends with (TRAILING_CREDIT_RE, GAPPED_CREDIT_RE, 摄);
# and each character folding to a mark the patterns want before a credit (their look-behind).
_SENTENCE_ENDS = frozenset("。!?！？")
# Each character whose fold is one of _SENTENCE_ENDS (the character itself when it folds to
# nothing else): ``c in _ENDING_SENTENCE`` is ``fold(c) in _SENTENCE_ENDS`` without the fold
# (a character folds to one character, the mark or another).
_ENDING_SENTENCE = frozenset(c for mark in _SENTENCE_ENDS for c in folding_to(mark))
_CREDIT_AFTER_RE = re.compile(
    "[" + "".join(re.escape(c) for mark in "。！？!?”」）)" for c in folding_to(mark)) + "]"
)


def _shifted(span: tuple[int, int], by: int) -> tuple[int, int]:
    """``span`` moved ``by`` characters on (offsets in a tail to offsets in the whole text)."""
    return span[0] + by, span[1] + by
