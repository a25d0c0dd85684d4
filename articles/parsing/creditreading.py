"""Credit lines met while reading a page's lines (a reader mixin).

A picture's credit line usually closes its caption, the paragraph above it
(:meth:`~articles.parsing.pictures.PicturesMixin._photo`; a credit printed over its caption:
``_credit_above`` there). :class:`CreditReadingMixin` holds a bare credit (a name and 摄) under a
dated caption, and joins a caption cut over two lines before its credit takes it.
"""

from __future__ import annotations

import re

from articles.parsing.closings import outlet_alone
from articles.parsing.credits import (
    CAPTION_MARK_RE,
    CAPTION_PHRASE_RE,
    CREDIT_RE,
    PARTS_BYLINE_RE,
    PHOTOGRAPHER_TITLE_RE,
    WORDS_AND_PICTURES_RE,
    WRITER_PART_RE,
)
from articles.parsing.cutdatelines import agency_cut_off
from articles.parsing.datelines import dateline_match
from articles.parsing.layout import next_text
from articles.parsing.names import credit_names_ok, parse_names
from articles.parsing.patterns import (
    AUTHOR_MARK_RE,
    COMMA_INSIDE_RE,
    ends_sentence,
    is_heading_like,
)
from articles.parsing.pictures import dated_scene, one_sentence
from articles.parsing.units import Heading, Para, Special
from articles.text import fold

_BYLINE_BACK = 30  # units of the flow looked back over for the story's byline

_CAPTION_SIZE = 80  # characters: a caption cut over two lines, both lines together, at most
# Where a person stands in the picture, in brackets after the name, as only a caption points:
# 杨某（右）, 王某（左二）, 李某（中）, 赵某（前排左三）.
_PICTURE_PLACE_RE = re.compile(r"[（(](?:前排|后排|中排)?[左右中][一二三四五六七八九1-9]?[）)]")


def pointing_scene(caption: str) -> bool:
    """One sentence (:func:`one_sentence`) that points at its picture: where a person stands in it
    (``杨某（右）在…``, ``王某（左二）…``) or the picture itself (``图为…``, ``左图：…``:
    :data:`CAPTION_PHRASE_RE`). A caption, as a dated one is (:func:`dated_scene`); a story's
    paragraph names no place in a picture."""
    if not one_sentence(caption):
        return False
    folded = fold(caption.strip())
    return bool(_PICTURE_PLACE_RE.search(folded) or CAPTION_PHRASE_RE.search(folded))


class CreditReadingMixin:
    """Reader methods for credit lines (see the module docstring)."""

    def _credit_line(self, number: int, text: str, folded: str) -> bool:
        """A photo's credit line (:data:`CREDIT_RE`) where a credit stands; not an agency's name
        cut off the dateline on the next line (``新华社`` / ``北京6月13日电…``:
        :func:`~articles.parsing.cutdatelines.agency_cut_off`)."""
        # A credit line is short; bounding the length also bounds the regex's backtracking.
        return bool(
            len(text) <= 40
            and CREDIT_RE.match(folded)
            and (
                self._credit_names_ok_here(text)
                or self._bare_credit_under_caption(text)
                or self._spaced_credit(text)
            )
            and not agency_cut_off(text, self.lines[number] if number < len(self.lines) else "")
        )

    def _bare_credit_under_caption(self, text: str) -> bool:
        """A bare credit (``谢子杰摄``: one name and 摄, no role word) right under a picture's
        dated one-sentence caption (``7月30日，官兵在训练场演练。``), one that points at its
        picture (``杨某（右）在讲解。``: :func:`pointing_scene`) or any one-sentence caption when
        the name is a reporter of the story's byline (:meth:`_bylined`) is the photo's credit,
        not a short title (INPUT.md, "Bylines, datelines, credits")."""
        last = self.flow[-1] if self.flow else None
        if not isinstance(last, Para) or last.markers:
            return False
        match = CREDIT_RE.match(fold(text))
        who = match.group("who") if match and "who" in match.re.groupindex else None
        if not who:
            return False
        names = parse_names(text[slice(*match.span("who"))])
        if not (len(names) == 1 and 2 <= len(names[0]) <= 4):
            return False
        if dated_scene(last.text) or pointing_scene(last.text):
            return True
        # (a one-sentence caption credited to a reporter of the story's byline: 梁國雄攝 under
        # 陳三嬸在新屋門前曬穀。, the story signed 本報記者 伍錦棠 通訊員 梁國雄)
        return one_sentence(last.text) and ends_sentence(last.text) and self._bylined(names[0])

    def _credit_under_crosshead(self, number: int, text: str, folded: str) -> bool:
        """A bare credit (``韩冰摄``: one name and 摄) right under a one-line heading inside a
        story, with the story's text going on under it (no heading, no dateline next), that names
        the story's reporter (:meth:`_bylined`): the picture printed there without a caption,
        credited alone, while the heading stays the story's crosshead (INPUT.md, "Crossheads …
        stay inside the article"; a credit is no byline of a new story). Line ``number`` holds
        ``text`` (``folded``: its folded form); a cut OCR line of text under it has a comma."""
        last = self.flow[-1] if self.flow else None
        if not isinstance(last, Heading) or len(last.lines) != 1 or len(text) > 12:
            return False
        match = CREDIT_RE.match(folded)
        who = match.group("who") if match and "who" in match.re.groupindex else None
        if not who or not folded.rstrip().endswith("摄"):
            return False
        names = parse_names(text[slice(*match.span("who"))])
        if len(names) != 1 or not self._bylined(names[0]):
            return False
        below = next_text(self.lines, number)
        if below is None or dateline_match(below) is not None:
            return False  # (text under it, not a new story's opening)
        return not is_heading_like(below) or COMMA_INSIDE_RE.search(fold(below)) is not None

    def _bylined(self, name: str) -> bool:
        """``name`` is one of the people the last byline line read (within
        :data:`_BYLINE_BACK` units of the flow's end) names: the story's reporter; the byline
        may still be the last line of its title's heading, by its author's mark (``文/本报记者
        林晓梅``: :data:`AUTHOR_MARK_RE`, read off the heading later)."""
        for unit in reversed(self.flow[-_BYLINE_BACK:]):
            if isinstance(unit, Special) and unit.kind == "byline":
                return name in parse_names(unit.text)
            if isinstance(unit, Heading) and len(unit.lines) > 1:
                last = unit.lines[-1]
                if AUTHOR_MARK_RE.match(fold(last.strip())):
                    return name in parse_names(last)
        return False

    def _credit_names_ok_here(self, text: str) -> bool:
        """Whether the credit line ``text`` (a :data:`CREDIT_RE` match) names its photographers
        or its agency as a credit does (:func:`credit_names_ok`), and is not the source of the
        story before it: an agency named alone in brackets (``（新华社）``) right after a finished
        paragraph that reads as no caption (:meth:`_source_after_story`) says where the story came
        from, as ``（据新华社）`` does, and stays with it (see
        :mod:`~articles.parsing.closings`)."""
        if self._writer_under_title(text):
            return False
        return (credit_names_ok(text) or _released_credit(text)) and not self._source_after_story(
            text
        )

    def _writer_under_title(self, text: str) -> bool:
        """A credit naming the writer with the pictures (``文图/周明``, ``文/图/周明``, ``周明 文·摄``:
        :data:`WORDS_AND_PICTURES_RE`) right under a heading (``flow[-1]``) is the story's byline,
        not the credit of a picture captioned by that heading: INPUT.md, "Headlines": the
        author's line under the headline is the byline. So is a photographer named by title with
        no 摄 after the names (``本报摄影记者 周明``, ``特约摄影 周明``: :func:`_photographer_titled`):
        under a caption it is the picture's credit, under a headline the story's byline."""
        last = self.flow[-1] if self.flow else None
        folded = fold(text)
        return isinstance(last, Heading) and (
            WORDS_AND_PICTURES_RE.search(folded) is not None or _photographer_titled(folded)
        )

    def _parts_byline_under_title(self, text: str) -> bool:
        """A byline naming each person's part after the name (``本报记者 张帆/文 李响/图``,
        ``记者 张帆 文  实习生 李响 摄``, ``■本报记者 张帆/文``: :data:`PARTS_BYLINE_RE`), one
        part the writer's (文), right under a heading (``flow[-1]``): the story's byline, not the
        credit of a picture captioned by the heading nor a deck line (INPUT.md, "Headlines": the
        author's line under the headline is the byline; a picture's credit names no writer).
        Under a caption's paragraph the same line is left to the credit rules."""
        last = self.flow[-1] if self.flow else None
        if not isinstance(last, Heading) or len(text) > 40:
            return False
        folded = fold(text)
        return bool(PARTS_BYLINE_RE.match(folded) and WRITER_PART_RE.search(folded))

    def _source_after_story(self, text: str) -> bool:
        """An agency or a paper named alone in brackets (:func:`outlet_alone`) right after a
        finished paragraph that is no picture's caption: not one sentence dated or placed as a
        news picture's caption is (:func:`dated_scene`), not opening with a caption's mark (■,
        图：) nor pointing at its picture (图为…), and not under a picture item's label (图片新闻).
        INPUT.md: the caption is the paragraph before the credit, and an agency alone after a
        caption is its credit; after a story's text it is the story's source."""
        last = self.flow[-1] if self.flow else None
        if not outlet_alone(text) or not isinstance(last, Para) or not last.terminated:
            return False
        folded = fold(last.text)
        return not (
            dated_scene(last.text)
            or CAPTION_MARK_RE.match(folded)
            or CAPTION_PHRASE_RE.search(folded)
            or self.photo_label_at == len(self.flow) - 1
        )

    def _caption_para_above(self) -> bool:
        """Whether the paragraph right above a credit line alone (``flow[-1]``) is the caption the
        credit closes (INPUT.md: "the caption is the paragraph before the credit"). Not when it
        opens with a story's dateline (``本报讯（记者王刚）…``, finished): a story's opening
        paragraph is never a caption, so the credit under it (``（周明 摄）``) is that of a picture
        printed with the story without a caption, and the paragraph stays the story's.

        Any other paragraph stays the caption, however long: papers print a news picture's
        caption as several sentences, the scene then its context (``在港区码头，…。港口集团负责人
        介绍，…。``), and a page's text gives it right after the last paragraph of a signed
        story, as that story's text would stand; nothing in the text tells the two apart."""
        last = self.flow[-1] if self.flow else None
        if not isinstance(last, Para) or last.markers:
            return False
        return not (ends_sentence(last.text) and dateline_match(last.text))

    def _caption_cut_in_two(self) -> None:
        """Before a credit line takes the paragraph above it as its caption: a caption cut over
        two lines (``昨天，江城市民在滨江公园`` / ``观看新落成的音乐喷泉。``) has its first line read
        as a heading (no sentence end), the second as a paragraph (it ends one). A one-line
        heading after a blank line, with a comma inside (a clause of a sentence, which no deck
        line is cut at) or opening with the words a caption points at its picture with
        (``图为城东区红光农业社社员`` / ``在晒场上精选麦种。``: :data:`CAPTION_PHRASE_RE`), right above a one-sentence paragraph that the credit closes, is the
        caption's first line: both are joined into the caption (the whole block its credit
        closes)."""
        if len(self.flow) < 2:
            return
        head, para = self.flow[-2], self.flow[-1]
        if not (
            isinstance(head, Heading)
            and isinstance(para, Para)
            and len(head.lines) == 1
            and head.after_blank
            and head.line == para.line - 1
            and head.line not in self.headlines
            and len(para._parts) == 1
            and not para.markers
        ):
            return
        line = head.lines[0].strip()
        if (
            (COMMA_INSIDE_RE.search(line) is None and not _points_at_picture(line))
            or ends_sentence(line)
            or not (one_sentence(para.text) and ends_sentence(para.text))
            or len(line) + para.size > _CAPTION_SIZE
        ):
            return
        del self.flow[-2]
        para._parts[:0] = [line]
        para._text = None
        para.line = head.line


def _points_at_picture(line: str) -> bool:
    """``line`` opens with the words a caption points at its picture with (图为…, 上图：…):
    no headline opens so."""
    match = CAPTION_PHRASE_RE.match(fold(line))
    return match is not None


def _released_credit(text: str) -> bool:
    """A photographer's credit with the agency that sent the picture in brackets after it
    (``王强摄（新华社发）``, ``王强 摄(新华社发)``: :data:`CREDIT_RE`'s ``release``), naming one to
    three people as names are written (two to four characters each): a credit, whatever the
    names read as without a role word, since the agency vouches that a picture is credited
    (INPUT.md, "Bylines, datelines, credits": 新华社发 is a photo credit)."""
    match = CREDIT_RE.match(fold(text))
    if match is None or not match.groupdict().get("release") or not match.group("who"):
        return False
    names = parse_names(text[slice(*match.span("who"))])
    return 1 <= len(names) <= 3 and all(2 <= len(name) <= 4 for name in names)


def _photographer_titled(folded: str) -> bool:
    """A credit line (folded) naming the photographer by a title longer than 摄影 (``特约摄影
    周明``, ``本报摄影记者 周明``: :data:`PHOTOGRAPHER_TITLE_RE`) and ending in no 摄: the form a
    photographer's byline takes too."""
    match = PHOTOGRAPHER_TITLE_RE.match(folded)
    return (
        match is not None
        and match.group("title") != "摄影"
        and not folded.rstrip("）)】〕] \u3000").endswith("摄")
    )
