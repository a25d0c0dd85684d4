"""The reader's sign-offs: the lines after a story's text that sign or close it (names alone in
brackets, a reprint's original title, who supplied the text, a contributing group, a closing
line of :mod:`~articles.parsing.closings`, a letter's anonymous signer), each kept as the
story's last line (or its byline), never the next story's headline (INPUT.md, "Bylines,
datelines, credits"). Mixed into :class:`~articles.parsing.reader.Reader` through
:class:`~articles.parsing.readfurniture.FurnitureMixin`.
"""

from __future__ import annotations

import re

from articles.parsing.closings import (
    MAX_CLOSING_LINE,
    ORIGINAL_TITLE_RE,
    SUPPLIER_RE,
    closes_story,
    original_title_after,
)
from articles.parsing.contributions import line_furniture
from articles.parsing.datelines import dateline_match
from articles.parsing.layout import blank_lines_part_paragraphs, next_text
from articles.parsing.names import names_only, parse_names
from articles.parsing.patterns import (
    BRACKETED_NAMES_RE,
    BYLINE_BRACKET_RE,
    BYLINE_LINE_RE,
    ROLE_WORD_RE,
    ends_sentence,
    is_heading_like,
)
from articles.parsing.pictures import one_sentence
from articles.parsing.results import SetAside
from articles.parsing.signatures import anonymous_signer, body_closing, closing_signature_name
from articles.parsing.unitauthors import unit_author_name
from articles.parsing.units import Heading, Para, Special
from articles.text import content_words, fold, get_posseg, normalize_for_matching

_STORY_BACK = 40  # flow units looked back over for the story above a picture's caption
# Who supplied a story, in brackets on the line after its text: （县消防救援大队供稿）; also a
# contributing group that signs it, as papers of the 1950s to 1970s print them (（某某县委通讯组）,
# （某某公社报道组）, （某某厂工人写作组）).
_GROUPS = r"(?:通讯组|报道组|写作组|通讯站|评论组|调查组)"
_SUPPLIED_BY_RE = re.compile(
    rf"^[（(][^（）()]{{2,20}}(?:供稿|供图|提供|来稿|{_GROUPS})[）)]$"
    # a story put together from several sources says so at its end: （综合报道）, （本报综合）
    r"|^[（(][^（）()]{0,12}综合(?:报道|报导|消息)?[）)]$"
    # a desk or an office that wrote it (an answer, a notice): （编辑部）, （市科协办公室）
    r"|^[（(][^（）()\s]{0,12}(?:编辑部|编辑室|办公室|资料室)[）)]$"
)
# A letter's closing formula (folded): 此致 on a line of its own, then 敬礼！ (致以崇高的敬礼！) on the
# next; or both on one line (此致敬礼！). Or a wish opened on a line of its own (敬祝, 顺祝, 祝你)
# and the wish on the next (身体健康, 全家安好！: :data:`_WISH_RE`), as a letter home closes.
_REGARDS_OPENING_RE = re.compile(
    r"^(?:此致|(?:敬|顺|即|并|恭|谨)?祝(?:你|您|你们|您们)?)[，,：:]?$"
)
_WISH_RE = re.compile(r"^[\u4e00-\u9fff]{2,8}[！!。]?$")
# The place and date a letter was written, on a line of its own under its signature (folded):
# 五月十日於金门, 1974年5月10日, 四月八日夜.
_WRITTEN_ON_RE = re.compile(
    r"^(?:[一二三四五六七八九〇○零\d]{2,4}年)?[一二三四五六七八九十\d]{1,3}月"
    r"[一二三四五六七八九十廿卅\d]{1,3}日[晨夜]?(?:[於于在][\u4e00-\u9fff]{1,8})?$"
)
# A letter's signature with the date it was signed (folded): the name, a gap, the date, maybe
# where (譚錫林　一九八五年九月二十日於三藩市, 李明 1985年9月20日).
_SIGNED_DATE_RE = re.compile(
    r"^[\u4e00-\u9fff]{2,4}[\s\u3000]+(?:[一二三四五六七八九〇○零\d]{2,4}年)?"
    r"[一二三四五六七八九十\d]{1,3}月[一二三四五六七八九十廿卅\d]{1,3}日(?:[於于在][\u4e00-\u9fff]{1,8})?$"
)
_REGARDS_RE = re.compile(r"^(?:此致[，,]?\s*)?(?:致以)?(?:最?崇高的|革命的|诚挚的)?敬礼[！!。]?$")
_GROUP_RE = re.compile(rf"^[（(][^（）()]{{2,20}}{_GROUPS}[）)]$")
# The same credit with the next story's headline glued after it on its line (OCR joins them).
_GROUP_GLUED_RE = re.compile(rf"^[（(][^（）()]{{2,20}}{_GROUPS}[）)][ \u3000]*(?=\S)")


# A writer's name alone in brackets, spaced out character by character with single spaces
# (folded): （海 涛）, (文 瑜), （李 文 清）: a brief's writer signing it, as a byline spaces a
# name to the column's width (INPUT.md: ``林  舒``, names spaced out), whether or not its first
# character is a common surname; no numeral or part mark (（一 二）, （上 ）: a part).
_SPACED_PEN_RE = re.compile(
    r"^[（(]\s*(?![一二三四五六七八九十上中下完续])[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,2}\s*[）)]$"
)


# A pen name alone in brackets (folded), a role before it or not: two or three Han characters,
# whatever they are (（鹃红）, （特约通信员 伯衡）: an old tabloid's writers sign so, their names no
# surname first); never a text's closing word (（未完）, （待续）, （续完）) nor what the bracket
# marks (图, 摄, 摘, 译, 刊).
_PEN_NAME_BRACKET_RE = re.compile(
    rf"^[（(]\s*(?:(?:{ROLE_WORD_RE.pattern})\s*)?(?P<name>[\u4e00-\u9fff]{{2,3}})\s*[）)]$"
)
_NOT_IN_PEN_NAME = frozenset("完续待转刊图摄摘编译载附注按文")


# What a reporter's sign-off may print after the names: 报道 (（本报记者 周敏 报道）).
_REPORTED_END_RE = re.compile(r"[ \u3000]*(?:报道|报导|報導|報道)$")


class SignOffsMixin:
    """Reader methods for the lines that sign or close a story (see the module docstring)."""

    def _sign_off(self, number: int, text: str, folded: str) -> bool:
        """Names alone in brackets on the line after a paragraph (``（陈玲玲林娟）``) sign the story
        before them (a brief's byline), and end it; so does a reprint's original title
        (``原题：…``; right under the headline, ``原标题：…`` is set aside as ``original-title``)
        and who supplied the text, in brackets
        (``（县气象局供稿）``, or a contributing group: ``（某某县委通讯组）``) or that it was put
        together from several sources (``（综合报道）``), kept as the text's
        last line, never the next story's headline; so does any line that closes a story (its
        source, ``（完）``, its writer's, illustrator's or editor's line:
        :func:`~articles.parsing.closings.closes_story`). Right under a headline, a contributing
        group's line is the story's byline (without its brackets), never a line of the headline;
        glued before the next story's headline on one line, it is cut from it."""
        last = self.flow[-1] if self.flow else None
        if "原" in folded[:3] and self._original_title(number, text, folded, last):
            return True
        # (the bracketed forms' patterns open with a bracket: a line without one skips them)
        bracketed = folded[:1] in "(（"
        # (closes_story says False at once for a line over MAX_CLOSING_LINE characters, and
        # looks the next line up only for an editor's or a writer's credit: it is given the
        # lookup, not the line)
        if bracketed and "供稿" in folded and self._supplied_picture(number, text, folded, last):
            return True
        if (
            len(text) <= MAX_CLOSING_LINE
            and closes_story(text, last, lambda: self._text_after(number))
        ) or (
            bracketed
            and _SUPPLIED_BY_RE.match(folded)
            and isinstance(last, Para)
            and (last.terminated or self.list_at == len(self.flow))  # (or a table's last row)
        ):
            # （县消防救援大队供稿）: who supplied the text ends it, never the next headline
            self.flow.append(Special(number, "end", text))
            return True
        if bracketed and self._group_credit(number, text, folded, last):
            return True
        if self._letter_signer(number, text, folded, last) or self._regards(number, text, last):
            return True
        return bracketed and self._bracketed_names(number, text, folded)

    def _supplied_picture(self, number: int, text: str, folded: str, last) -> bool:
        """Who supplied a picture, in brackets under its caption (``（州民委供稿）`` under
        ``和平乡朝鲜族妇女在腌制辣白菜，准备运往省城销售。``): the caption one sentence of one line
        (:func:`~articles.parsing.pictures.one_sentence`, no dateline) standing in a block of
        its own after a story's text (a blank line over it, the story's paragraph before it),
        the credit closing that block (a blank line or the page's end under it), on a page whose
        blank lines part stories, not paragraphs (:func:`~articles.parsing.layout.
        blank_lines_part_paragraphs`: there a story's last paragraph stands so). A picture
        printed alone, never two more paragraphs of the story above (INPUT.md, "Bylines,
        datelines, credits": a credit closes its caption). True when taken as a photo."""
        lines = self.lines
        if not (
            SUPPLIER_RE.match(folded)
            and isinstance(last, Para)
            and last.line == number - 1
            and last.text == last.tail
            and not last.markers
            and len(self.flow) > 1
            and isinstance(self.flow[-2], Para)
            and last.line > 1
            and not lines[last.line - 2].strip()
            and (number >= len(lines) or not lines[number].strip())
            and one_sentence(last.text)
            and ends_sentence(last.text)
            and not dateline_match(last.text)
            and not blank_lines_part_paragraphs(lines)
        ):
            return False
        if not self._speaks_of_story_above(last.text):
            self.flow.insert(-1, Special(last.line, "break", ""))  # (a picture of its own)
        self._photo(number, text)
        return True

    def _speaks_of_story_above(self, caption: str) -> bool:
        """Whether the caption ``caption`` (``flow[-1]``) shares a word with the story above it
        (its paragraphs and title back to its heading, :data:`_STORY_BACK` units at most): a
        picture of that story (``《某剧》剧照。`` under a feature on the drama), linked to it by
        its words; otherwise a picture printed alone, the story above ended before it."""
        parts: list[str] = []
        for unit in reversed(self.flow[-_STORY_BACK:-1]):
            if isinstance(unit, Heading):
                parts.extend(unit.lines)
                break
            if isinstance(unit, Para):
                parts.append(unit.text)
        story = normalize_for_matching("".join(parts))
        return any(word in story for word in content_words(caption))

    def _text_after(self, number: int) -> str | None:
        """The next line after line ``number`` that is not blank (:func:`next_text`), or None when
        that line is the page's furniture (:func:`~articles.parsing.contributions.line_furniture`:
        a call for contributions, a disclaimer, a staff line): no text of the story goes on under
        a sign-off there, as none does at the page's end."""
        following = next_text(self.lines, number)
        if following is not None and line_furniture(following, fold(following), {}, top=False):
            return None
        return following

    def _regards(self, number: int, text: str, last) -> bool:
        """A letter's closing formula after its last paragraph (``此致`` / ``敬礼！``, or
        ``此致敬礼！`` on one line), and under it a signature with the date the letter was signed
        (``譚錫林　一九八五年九月二十日於三藩市``): the letter's last lines, never the next story's
        deck; a signature alone under it then signs the letter (:func:`~articles.parsing.storyheads.is_pen_name`).
        True when taken."""
        folded = fold(text).strip()
        if isinstance(last, Para) and (
            _REGARDS_OPENING_RE.match(folded) or _REGARDS_RE.match(folded)
        ):
            self.flow.append(Special(number, "end", text.strip()))
            return True
        regards = fold(last.text).strip() if isinstance(last, Special) else ""
        if (
            _REGARDS_OPENING_RE.match(regards)
            and (_REGARDS_RE.match(folded) or _WISH_RE.match(folded))
        ) or (_REGARDS_RE.match(regards) and _SIGNED_DATE_RE.match(folded)):
            # (敬礼 after 此致; or under 敬礼 the writer's name and the date he signed it on,
            # 譚錫林　一九八五年九月二十日於三藩市: the letter's last lines)
            self.flow.append(Special(number, "end", text.strip()))
            return True
        return False

    def _after_regards(self, last) -> bool:
        """Whether ``last`` is a letter's closing formula's last line (``敬礼！``, or a wish
        under 敬祝: ``身体健康``), the one before it its opening (``此致``, ``敬祝``)."""
        if not isinstance(last, Special) or last.kind != "end" or len(self.flow) < 2:
            return False
        before = self.flow[-2]
        if not isinstance(before, Special) or before.kind != "end":
            return _REGARDS_RE.match(fold(last.text).strip()) is not None
        return _REGARDS_OPENING_RE.match(fold(before.text).strip()) is not None

    def _group_credit(self, number: int, text: str, folded: str, last) -> bool:
        """A contributing group's line (``（某某县委通讯组）``): after a finished paragraph with
        the next story's headline glued after it, it ends that story and the rest of the line is
        read on its own; right under a headline, it is the story's byline. True when taken."""
        glued = _GROUP_GLUED_RE.match(folded)
        if glued and isinstance(last, Para) and last.terminated:
            # （某某县委通讯组）沿江公社建起农具修配站: the credit ends the story before; the rest
            # of the line is read as a line of its own
            self.flow.append(Special(number, "end", text[: glued.end()].strip()))
            self._text(number, text[glued.end() :], False, True)
            return True
        if (
            _GROUP_RE.match(folded)
            and isinstance(last, Heading)
            and last.line + len(last.lines) == number
        ):
            self.flow.append(Special(number, "byline", text.strip()))  # (its brackets printed)
            return True
        return self._bracketed_byline(number, text, folded, last)

    def _bracketed_byline(self, number: int, text: str, folded: str, last) -> bool:
        """A reporter's byline alone in brackets under a headline, a blank line between or not
        (``（记者 李安娜）``, ``（本报记者 Anna Lee）``): the story's byline (without its
        brackets), the role and names read as :data:`BYLINE_LINE_RE` reads ``本报记者 李明``;
        never a subheadline. True when taken."""
        match = BYLINE_BRACKET_RE.match(folded)
        if not isinstance(last, Heading) or match is None or folded[match.end() :].strip():
            return False
        inside = text.strip()[1:-1]
        if not BYLINE_LINE_RE.match(fold(inside).strip()) or not parse_names(inside):
            return False
        self.flow.append(Special(number, "byline", text.strip()))  # (its brackets printed)
        return True

    def _bracketed_names(self, number: int, text: str, folded: str) -> bool:
        """Names alone in brackets (``（陈玲玲林娟）``, also after a role and with 报道 after them:
        ``（本报记者 周敏 报道）``, or after the writer's unit: ``（机电科　周　强）``) right after a
        paragraph that ends its sentence, or a table's or list's last row (``屋崙華聯　五勝五負`` /
        ``（記者　伍家麟）``): the story's sign-off, whatever follows it; so is a name spaced out by single spaces, whatever its
        characters (``（海 涛）``, ``(文 瑜)``: :data:`_SPACED_PEN_RE`). True when taken."""
        match = BRACKETED_NAMES_RE.match(folded)
        if not match or not self.flow or not isinstance(self.flow[-1], Para):
            return False
        inside = text[slice(*match.span("names"))]
        # (（本报记者 周敏 报道）: who reported it, 报道 after the names as a dateline prints it)
        inside = _REPORTED_END_RE.sub("", inside)
        ended = self.flow[-1].terminated or self.list_at == len(self.flow)  # (a table's last row)
        if not ended or not (
            names_only(inside, bracketed=True)
            or _SPACED_PEN_RE.match(folded)
            or unit_author_name(inside)  # （机电科　周　强）: the writer's unit, then the name
            or self._pen_name_ending_block(number, folded)
            or ROLE_WORD_RE.fullmatch(fold(inside).strip())  # （本報訪員）: the desk, no name
        ):
            return False
        self.flow.append(Special(number, "signoff", text))
        return True

    def _pen_name_ending_block(self, number: int, folded: str) -> bool:
        """Line ``number`` (``folded``) is a pen name alone in brackets (``（鵑紅）``, after a role:
        ``（特約通信員　伯衡）``: :data:`_PEN_NAME_BRACKET_RE`) that ends its block, a blank line
        or the page's end under it (under its last line, when a cut line was read as one:
        ``（特約通訊員`` / ``阿秋）``): the writer signing the story above, as a 1920s tabloid signs its items, whether or
        not the name opens with a common surname (INPUT.md: pen names on their own line belong
        to the story before them). Not a closing word (:data:`_NOT_IN_PEN_NAME`) nor a word
        jieba's dictionary holds as anything but a person's name (``（摘要）``). The caller has
        checked that a finished paragraph stands right above. Constant time."""
        match = _PEN_NAME_BRACKET_RE.match(folded.strip())
        last = self.joined.get(number, number)  # (（特約通訊員 / 阿秋）: cut, read as one line)
        if match is None or (last < len(self.lines) and self.lines[last].strip()):
            return False
        name = match.group("name")
        if any(char in _NOT_IN_PEN_NAME for char in name):
            return False
        tag = get_posseg().dt.word_tag_tab.get(name)
        return tag is None or tag.startswith("nr")

    def _original_title(self, number: int, text: str, folded: str, last) -> bool:
        """A text's original title (:data:`ORIGINAL_TITLE_RE`): after the text (原题：…, a
        translated or reprinted text's title where it first ran), its last line; right under
        the headline (原标题：…, an app's or a site's note of the title the story first ran
        under), set aside as ``original-title``, never a line of the deck."""
        if original_title_after(folded, last):
            self.flow.append(Special(number, "end", text))
            return True
        if (
            isinstance(last, Heading)
            and last.line + len(last.lines) == number
            and ORIGINAL_TITLE_RE.match(folded)
        ):
            self.set_aside.append(SetAside(number, text, "original-title"))
            return True
        return False

    def _letter_signer(self, number: int, text: str, folded: str, last) -> bool:
        """A reader's letter signed with a closing word after the writer's name (``讀者　周□生　謹上``:
        :func:`~articles.parsing.signatures.closing_signature_name`) right under its text
        signs it, whatever follows (a letter of 1909 prints no stop before it); a notice's giver
        and 謹告 (:func:`~articles.parsing.signatures.body_closing`) ends it. A reader's letter signed by no name (``柳溪公社  一社员``,
        :func:`~articles.parsing.signatures.anonymous_signer`) right under the letter's last
        sentence (``last``: the paragraph before, no blank line between): it signs the letter
        and ends it as its last line, never the next story's kicker. Only over a title line or
        the page's end: text after it (an editor's note on the letter) goes on with it."""
        if closing_signature_name(text) and (
            (isinstance(last, Para) and not last.closed) or self._after_regards(last)
        ):
            self.flow.append(Special(number, "signoff", text))  # 讀者　周□生　謹上: signs it
            return True
        if (
            isinstance(last, Special)
            and last.kind == "signoff"
            and closing_signature_name(last.text)
            and _WRITTEN_ON_RE.match(folded.strip())
        ):
            self.flow.append(Special(number, "end", text))  # 兒　建國　敬上 / 五月十日於金門
            return True
        if body_closing(text) and isinstance(last, Para) and not last.closed:
            self.flow.append(Special(number, "end", text))  # 信義堂全體職員　謹告: ends it
            return True
        if not (
            anonymous_signer(folded)  # (the cheap test first: a short line with 一 in it)
            and isinstance(last, Para)
            and last.terminated
            and self.lines[number - 2].strip()
        ):
            return False
        following = next_text(self.lines, number)
        if following is not None and not is_heading_like(following):
            return False  # (text goes on after it, an editor's note: the layout reads it)
        self.flow.append(Special(number, "end", text))
        return True
