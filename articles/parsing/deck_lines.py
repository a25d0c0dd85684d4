"""Lines printed among a title's lines that are not deck lines: a byline (``■本报记者  牛  犇``,
``报导：林美玲``) goes to the story's byline, a salutation (``各位居民朋友们：``) opens its text.
Used by :mod:`~articles.parsing.decks` once each body has its heading lines."""

from __future__ import annotations

import re

from articles.parsing.bylines import COLUMN_GENRES
from articles.parsing.crossheads import marked_head
from articles.parsing.datelines import dateline_match
from articles.parsing.deck_pairs import GENRE_WORDS
from articles.parsing.deck_pairs import compact as compact_label
from articles.parsing.names import looks_like_deck_byline, looks_like_name, spaced_name
from articles.parsing.patterns import BRIEFS_LABEL_RE, DATELINE_REPORTER_RE, SPACE_RUN_RE
from articles.parsing.results import Block
from articles.parsing.unitauthors import unit_author_name
from articles.parsing.units import Body
from articles.text import fold


def byline_out_of_deck(body: Body) -> None:
    """A byline printed with the title lines (``■本报记者  牛  犇``, ``□本报评论员　何　言``, also
    at the end of the last title line after a space) is the story's byline, not a deck line: it
    is moved to ``body.byline_lines`` (INPUT.md, "Headlines"). So is an author line anywhere in
    the deck (:func:`author_lines_out_of_deck`), a pen name spaced out under the title (``秋  声``),
    a desk's role alone (``本报通讯员``), a reporter with the place reported from
    (``記者林嘉慧／紐約報導``, :data:`_REPORTED_FROM_RE`) and an author's unit with the name
    spaced out (``江州钢厂  周  铁``, :func:`unit_signature`) last under it."""
    author_lines_out_of_deck(body)
    _marked_byline_over_deck(body)
    while body.deck and body.deck[-1]:
        last = body.deck[-1][-1]
        moved = _byline_lines_at_end(body)
        if moved:
            for _ in range(moved):
                body.byline_lines.insert(0, body.deck[-1].pop())
                if not body.deck[-1]:
                    body.deck.pop()
            continue
        glued = _GLUED_BYLINE_RE.search(last)
        if glued and glued.start() > 0 and looks_like_deck_byline(last[glued.start() :]):
            body.deck[-1][-1] = last[: glued.start()].rstrip()
            body.byline_lines.insert(0, last[glued.start() :].strip())
        break


# A byline over the title set between two of the same marks (◇本報特派員　柯靜之◇): the marks
# frame it as one line apart from the title, as a correspondent's report is printed.
_FRAMING_MARKS = "◇◆■□●○★☆"


def _marked_byline_over_deck(body: Body) -> None:
    """A byline printed over the title between two of the same marks (``◇本報特派員　柯靜之◇``,
    a reporter's role first) is the story's byline, not its kicker (INPUT.md, "Headlines": the author's line is the
    byline): moved to the front of ``body.byline_lines`` when two title lines stay under it.
    A byline with one mark before it only (``■本报记者　牛　犇``) is read there only under the
    title (:func:`_byline_lines_at_end`): over it, such a line may be a column's label."""
    lines = [line for block in body.deck for line in block]
    first = body.deck[0][0].strip() if lines else ""
    if len(lines) < 3 or len(first) < 4 or first[0] not in _FRAMING_MARKS:
        return
    if first[-1] != first[0] or not looks_like_deck_byline(first[:-1]):
        return
    if not DATELINE_REPORTER_RE.match(fold(first[1:]).lstrip()):
        return  # (◇文藝副刊◇: a label in marks names no reporter)
    body.deck[0].pop(0)
    if not body.deck[0]:
        body.deck.pop(0)
    body.byline_lines.insert(0, first)


def _byline_lines_at_end(body: Body) -> int:
    """How many of the deck's last lines are its byline (:func:`byline_out_of_deck`): 0, 1, or 2
    for a column piece's author over the author's calling (:func:`_column_author`)."""
    lines = [line for block in body.deck for line in block]
    if len(lines) < 2:
        return 0
    last, above = lines[-1], lines[-2]
    if looks_like_deck_byline(last) or _spaced_pen_name(last, above) or _role_alone(last):
        return 1
    if _labelled_byline(last) or _REPORTED_FROM_RE.match(last.strip()) or unit_signature(last):
        return 1
    if _column_author(last, lines[:-1], body):
        return 1 if _name_line(last) else 2  # (the name over its affiliation line)
    return 0


# A column's name in brackets at the end of its title (…（九州时评）); an author's unit or
# calling under the name (西岭大学公共管理学院教授); the note under a column piece saying who the
# author is (（作者单位：…）, （作者为…）).
_BRACKETED_COLUMN_END_RE = re.compile(r"[（(][^（）()\s]{2,8}[）)]$")
_AFFILIATION_RE = re.compile(r"^[^\s，。：:]{4,24}(?:教授|研究员|讲师|院长|所长|主任|学者|评论员)$")
_WHOLE_TITLE = 10  # characters: a title this long is whole; a name under it is its author
_AUTHOR_NOTE_RE = re.compile(r"^[（(]作者(?:单位|單位|为|係|系)")


def _name_line(line: str) -> bool:
    return looks_like_name(line) or spaced_name(line)


def _column_author(last: str, above: list[str], body: Body) -> bool:
    """Whether ``last``, the last deck line, is a column piece's author (INPUT.md, "Headlines":
    a column title with its author line): a person's name alone (``周立衡``, ``韩  清``), or an
    author's unit or calling (``西岭大学公共管理学院教授``) under one, printed under a title
    that names its column (…（九州时评）, or a column's name over it, 晨钟时评), over the
    note saying who the author is (（作者单位：…）) that opens the text, or under a title
    of :data:`_WHOLE_TITLE` characters or more (a subheadline says a thing, never a name)."""
    if not above:
        return False
    if not _name_line(last):
        if len(above) < 2 or not _AFFILIATION_RE.match(fold(last.strip())):
            return False
        last, above = above[-1], above[:-1]
        if not _name_line(last) or not above:
            return False
    if above[-1].rstrip().endswith(("—", "：", ":")):
        return False  # (记新时代的追梦人—— / 杨德清: a kicker over the name, the headline)
    first_text = fold(body.blocks[0].text.strip()) if body.blocks else ""
    return (
        bool(_BRACKETED_COLUMN_END_RE.search(fold(above[-1].strip())))
        or compact_label(above[0]).endswith(COLUMN_GENRES)
        or bool(_AUTHOR_NOTE_RE.match(first_text))
        or len(compact_label(above[-1])) >= _WHOLE_TITLE  # no subtitle is a name alone
    )


# An author line: 作者： (or 作者单位：) and who wrote the piece, as a page or an archive's record prints
# it over or under the title (作者：本报驻卡拉奇记者 章岳, 作者：江南农林大学  孙  磊).
_AUTHOR_LINE_RE = re.compile(
    r"^作者(?:单位|單位)?\s*[：:]\s*[^\s：:，。；！？,;!?][^：:，。；！？;!?]{0,38}$"
)


def author_lines_out_of_deck(body: Body) -> None:
    """An author line (``作者：江南农林大学  孙  磊``, ``作者：闻边``) among the title lines names who
    wrote the story, whatever stands after the colon (a unit and a name, a desk and a name): a
    meta line, never a deck line (INPUT.md: "meta lines (``作者:``, ``版面:``) … None of it is
    a headline"). It is moved to ``body.byline_lines`` wherever it stands in the deck (an
    archive's record prints it over the title, a page under it); the deck keeps one line at
    least."""
    count = sum(len(block) for block in body.deck)
    moved = 0
    for block in body.deck:
        for line in list(block):
            if count > 1 and _AUTHOR_LINE_RE.match(line.strip()):
                block.remove(line)
                # Title lines are printed before the byline lines found under them: print order.
                body.byline_lines.insert(moved, line.strip())
                moved += 1
                count -= 1
    body.deck[:] = [block for block in body.deck if block]


# A pen name spaced out to the width of the title's column: two or three characters, each set
# apart from the next by a full-width space or a run of spaces (秋  声, 宋　一　苇).
_SPACED_PEN_NAME_RE = re.compile(r"^[\u4e00-\u9fff](?:(?:\u3000+| {2,})[\u4e00-\u9fff]){1,2}$")


def _spaced_pen_name(line: str, above: str) -> bool:
    """Whether ``line``, last under the title line ``above``, is an author's name spaced out
    (``秋  声``): INPUT.md ("Headlines": the author's name on the next line, ``林  舒``, spaces
    inside, is the byline). A pen name need not start with a common surname. Under a line
    itself spaced out one character at a time (``小  小  说`` / ``买    秤``, a column's label
    over a short title, both set wide) it is the title, set the same way."""
    if not _SPACED_PEN_NAME_RE.match(line.strip()) or _SPACED_PEN_NAME_RE.match(above.strip()):
        return False
    word = SPACE_RUN_RE.sub("", line)
    return word not in GENRE_WORDS and not BRIEFS_LABEL_RE.match(word)  # 短  评, 简  讯: labels


# A desk's role alone, with no name: 本报通讯员, 本报记者, 特约通讯员 (how a story signed by its desk
# is credited; 本报评论员 is a desk's signature, :func:`looks_like_deck_byline`).
_ROLE_ALONE_RE = re.compile(r"^(?:本报|本報)?(?:特约|特約)?(?:记者|記者|通讯员|通訊員)$")


def _role_alone(line: str) -> bool:
    """Whether ``line``, last under a title, is only a desk's role (``本报通讯员``): who reported
    the story, a byline without a name, not a title (no title is a role word alone)."""
    return bool(_ROLE_ALONE_RE.match(line.strip()))


# A reporter's role and a colon before one name: 报导：林美玲, 记者：顾川, 撰文：程雪.
_LABELLED_BYLINE_RE = re.compile(r"^(?:报导|报道|记者|撰文|采写|文)\s*[：:]\s*(?P<name>\S+)$")


def _labelled_byline(line: str) -> bool:
    """Whether ``line``, last under a title, is a byline written as a role, a colon and a
    person's name (``报导：林美玲``), or as where the writer lives in brackets and the name
    (``〔美國三藩市〕譚錫林``, a reader's letter from abroad): a title does not end on a name
    (INPUT.md, "Headlines")."""
    match = _LABELLED_BYLINE_RE.match(line.strip()) or _PLACED_BYLINE_RE.match(line.strip())
    return bool(match) and looks_like_name(SPACE_RUN_RE.sub("", match.group("name")))


# Where a writer lives, in brackets, then the name: 〔美國三藩市〕譚錫林, 【香港】李明, （纽约）王刚.
_PLACED_BYLINE_RE = re.compile(
    r"^[〔［\[【（(][\u4e00-\u9fff]{2,10}[〕］\]】）)]\s*(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff\s\u3000]{1,5})$"
)


# A reporter and where the story was reported from, parted by a slash (記者林嘉慧／紐約報導,
# 记者 王小川/东京报道): how overseas and Hong Kong or Taiwan papers sign a story under its title.
_REPORTED_FROM_RE = re.compile(
    r"^(?:本[报報])?(?:特派)?(?:记者|記者)\s*[\u4e00-\u9fff]{2,4}(?:[、\s]+[\u4e00-\u9fff]{2,4})*"
    r"\s*[／/]\s*[\u4e00-\u9fff]{2,8}(?:报导|報導|报道|報道)$"
)


# An author's unit, a run of spaces, and the author's name spaced out to the column's width
# (江州钢厂  周  铁, 第三中学教员  孙  敏): how a letter or a poem is signed.
_UNIT_SIGNATURE_RE = re.compile(
    r"^[\u4e00-\u9fff]{2,12}(?:[ \u3000]{2,}|\u3000)"
    r"(?P<name>[\u4e00-\u9fff](?:[ \u3000]{1,3}[\u4e00-\u9fff]){1,2})$"
)


def unit_signature(line: str) -> bool:
    """Whether ``line`` is an author's unit and name, the name spaced out (``江州钢厂  周  铁``):
    a signature (INPUT.md, "Headlines": the author's name, spaces inside, is the byline, not the
    headline). No title spaces a name out after a phrase; a single space between two halves of
    a title (``春节游行筹备启动 今年参与团体创新高``) is not a name's."""
    match = _UNIT_SIGNATURE_RE.match(line.strip())
    if match is None:
        return False
    name = match.group("name")
    return spaced_name(name) or looks_like_name(SPACE_RUN_RE.sub("", name))


def signature_to_story_before(first: str, before: Body) -> bool:
    """Whether the heading line ``first``, first of a run right after the story ``before``, is
    that story's signature (:func:`unit_signature`: ``合城市第三中学教员  孙  敏`` under a reader's
    letter), not a line of the next story's deck (INPUT.md: pen names on their own line belong
    to the story before them). When it is, it is added to the end of ``before``'s text."""
    if not before.blocks or not (unit_signature(first) or _closing_unit_author(first, before)):
        return False
    before.blocks.append(Block("paragraph", first.strip()))
    before.end_lines.append(first.strip())
    return True


def _closing_unit_author(first: str, before: Body) -> bool:
    """Whether ``first`` is a writer's unit and name parted by one space (``钻井三大队 周长林``,
    :func:`~articles.parsing.unitauthors.unit_author_name`) right under the story ``before``
    whose last paragraph ends its sentence: a letter or a worker's piece signed at its end."""
    last = before.blocks[-1]
    if last.kind != "paragraph" or not last.text.rstrip().endswith(_SENTENCE_ENDS):
        return False
    return bool(unit_author_name(first))


_SENTENCE_ENDS = ("。", "！", "？", "!", "?", "…", "”", "」")


# An author's mark after a space at the end of a title line: 机构资金悄然入场 □本报评论员 何言.
_GLUED_BYLINE_RE = re.compile(r"\s+(?=[□■◎●◇◆☆★▲△]\s*\S)")


# A letter's salutation and its first words of text on one line: 编辑同志：我们生产队….
_SALUTATION_OPENING_RE = re.compile(
    r"^[\u4e00-\u9fff]{0,8}(?:同志|编辑|读者|朋友|先生|女士|同学|乡亲|老师)[\u4e00-\u9fff]{0,2}"
    r"\s*[:：]\s*[\u4e00-\u9fff]"
)


def salutation_out_of_deck(body: Body) -> None:
    """A line ending with a colon printed last under a title (``全体居民朋友们：``, a letter's or an
    appeal's salutation) addresses the readers and leads into the text under it: no title line
    leads into nothing, so it is the body's first paragraph, not a subheadline. A block of its
    own under the title that opens with a salutation and goes on with text on the same line
    (``编辑同志：我们生产队`` / ``的会计每个月…``, OCR keeping the letter's first lines short) is
    the letter's first paragraph, its lines joined as printed to the text under them."""
    if sum(len(block) for block in body.deck) < 2 or not body.deck[-1]:
        return
    if _salutation_block_to_text(body):
        return
    last = body.deck[-1][-1].strip()
    if not last.endswith(("：", ":")) or len(last) < 3:
        return
    body.deck[-1].pop()
    if not body.deck[-1]:
        body.deck.pop()
    body.blocks.insert(0, Block("paragraph", last))


# A document's number (发文字号): the issuer's short name, the year in brackets, the serial number,
# 号: 某政办发〔2026〕3号, 国发〔2024〕5号, 某府函[2025]12号.
_DOCUMENT_NUMBER_RE = re.compile(
    r"^[\u4e00-\u9fff]{1,12}\s*[〔［\[（(]\s*\d{4}\s*[〕］\]）)]\s*第?\s*\d{1,5}\s*号$"
)


def document_number_out_of_deck(body: Body) -> None:
    """A document's number (``某政办发〔2026〕3号``) printed alone, a blank line under the title
    of a document printed on a page, heads the document's text the way it heads the document:
    it is the body's first paragraph, not a subheadline (GB/T 9704 sets it apart from the
    title). Printed right under the title in one block with it, it stays the title's last line
    (the subheadline), as a notice's deck sets it."""
    if len(body.deck) < 2 or len(body.deck[-1]) != 1:
        return
    last = body.deck[-1][0].strip()
    if not _DOCUMENT_NUMBER_RE.match(last):
        return
    body.deck.pop()
    body.blocks.insert(0, Block("paragraph", last))


# Someone's question put to the page, then its words: 读者林女士问：…, 网友“小雨”问：….
_ASKED_RE = re.compile(r"^[^\s：:，。？！]{1,12}问\s*[：:]\s*\S.{4,}$")


def question_out_of_deck(body: Body) -> None:
    """A reader's question printed last under a title (``读者某女士问：孩子……？``), someone
    named and ``问：`` then the question, opens a question-and-answer text: it is the body's
    first paragraph, as the answer under it is, not a subheadline (a subheadline says nothing
    in one person's words with their name before a colon and 问)."""
    if sum(len(block) for block in body.deck) < 2 or not body.deck[-1]:
        return
    if _salutation_block_to_text(body):
        return
    last = body.deck[-1][-1].strip()
    if not _ASKED_RE.match(last):
        return
    body.deck[-1].pop()
    if not body.deck[-1]:
        body.deck.pop()
    body.blocks.insert(0, Block("paragraph", last))


# A letter to the paper's salutation, alone after the words before it: 编辑同志：, 编辑部：.
_LETTER_OPENING_RE = re.compile(
    r"^(?P<title>[^\s，。；！？：:,;!?]{4,20})(?P<salutation>(?:编辑|記者|记者)(?:同志|部|们)?\s*[：:])$"
)
_LETTER_COLUMN_MAX = 6  # characters: a letters column's name over its letters (读者来信)


def letter_title_out_of_text(body: Body) -> None:
    """A letter printed under a letters column's name alone (``读者来信``), whose text opens with
    its title glued to the salutation (``供销社送货上门好编辑同志：``, the title joined to the text
    by a narrow column's cut lines): a letter to the paper is addressed to its editors
    (编辑同志, 编辑部), so the words before that salutation in a first paragraph made of nothing
    else are the letter's title, printed under the column's name; the title is moved to the deck
    (under the column's name, its kicker) and the salutation stays the text's first line."""
    if len(body.deck) != 1 or len(body.deck[0]) != 1 or not body.blocks:
        return
    label = body.deck[0][0].strip()
    if len(label) > _LETTER_COLUMN_MAX or not label.endswith(("来信", "来函", "信箱")):
        return
    first = body.blocks[0]
    match = _LETTER_OPENING_RE.match(first.text.strip()) if first.kind == "paragraph" else None
    if match is None:
        return
    body.deck[0].append(match.group("title"))
    body.blocks[0] = Block("paragraph", match.group("salutation"))


# A title set letter-spaced, one character and a space at a time (抓 紧 秋 收 不 放 松), at the
# start of a paragraph with the text glued right after its last character.
_SPACED_TITLE_RE = re.compile(r"^(?P<title>[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){3,})(?=\S)")
_LABEL_ONLY = 6  # characters, spaces left out: a deck this short is a column's name (短评)


def spaced_title_out_of_text(body: Body) -> None:
    """A title printed letter-spaced (``抓 紧 秋 收 不 放 松``, as an OCR of an old page reads a
    headline in large type) that a cut-line page joined to the first text line under it, at
    the start of the body's first paragraph: no line of text is spaced out a character at a
    time, so the spaced run is the story's title and goes to the deck, under the column's name
    when one stands there (``短  评``); the text after it stays the paragraph (INPUT.md: "Text
    cut into short lines", a short line is joined into text, but a title is not text). Only
    where the deck is empty or a column's name alone."""
    if not body.blocks or body.blocks[0].kind != "paragraph":
        return
    lines = [line for block in body.deck for line in block]
    if len(lines) > 1 or (lines and len(SPACE_RUN_RE.sub("", lines[0])) > _LABEL_ONLY):
        return
    text = body.blocks[0].text
    match = _SPACED_TITLE_RE.match(text)
    if match is None:
        return
    if body.deck:
        body.deck[-1].append(match.group("title"))
    else:
        body.deck.append([match.group("title")])
    body.blocks[0] = Block("paragraph", text[match.end() :].lstrip())


# A title line glued before the text on one line by an archive's record (title, a space, then the
# text): words with no punctuation, one space, then what opens a text.
_GLUED_TITLE_RE = re.compile(r"^(?P<line>[^\s，。；！？、：:,;!?（）()“”\"【】]{4,24}) (?=\S)")
# A report's source opening a text: 据英国《金融时报》网站3月13日报道, 据《东方周刊》报道.
_MEDIA_SOURCE_RE = re.compile(
    r"^据[^，。\s]{0,12}《[^》]{1,20}》[^，。\s]{0,16}?(?:报道|报导|消息|文章)"
)


def glued_title_out_of_text(body: Body) -> None:
    """A title line that an archive's record printed on one line with the text, parted from it
    by one space (``南太平洋岛国举行渔业会议 新华社苏瓦1月2日电 …``; ``无人集卡穿梭往来 据英国《…》
    网站3月13日报道，…`` under its one-line headline): where the words after the space open a
    text (a dateline, or a report's source, 据《…》报道) and the words before it are short and
    unpunctuated, those words are a title line, not the text's first sentence (INPUT.md: "a
    whole story on one line …; split them"). They become the headline of a body with no deck,
    or the line under a one-line headline (its subheadline)."""
    if not body.blocks or body.blocks[0].kind != "paragraph":
        return
    count = sum(len(block) for block in body.deck)
    if count > 1:
        return
    text = body.blocks[0].text
    match = _GLUED_TITLE_RE.match(text)
    if match is None:
        return
    rest = text[match.end() :]
    if dateline_match(match.group("line")) or not (
        dateline_match(rest) or _MEDIA_SOURCE_RE.match(rest)
    ):
        return
    if body.deck:
        body.deck[-1].append(match.group("line"))
    else:
        body.deck.append([match.group("line")])
    body.blocks[0] = Block("paragraph", rest)


def _salutation_block_to_text(body: Body) -> bool:
    """A block of its own under the title that opens with a salutation and goes on with text on
    the same line (``编辑同志：我们生产队`` / ``的会计每个月…``: a letter's first lines, kept short
    by OCR) is made the body's first paragraph, its lines joined as printed to the paragraph
    under them. Returns whether it was."""
    if len(body.deck) < 2 or not _SALUTATION_OPENING_RE.match(fold(body.deck[-1][0].strip())):
        return False
    text = "".join(line.strip() for line in body.deck.pop())
    if body.blocks and body.blocks[0].kind == "paragraph":  # the paragraph goes on under it
        text += body.blocks.pop(0).text
    body.blocks.insert(0, Block("paragraph", text))
    return True


def marked_head_out_of_deck(body: Body) -> None:
    """A section head marked with a triangle (``▲原告陈述``:
    :func:`~articles.parsing.crossheads.marked_head`) printed alone under a title, in a block of
    its own, opens the story's text as its first crosshead (``▲被告答辩`` further down is its
    second): a subheadline is never marked so. Moved from ``body.deck`` to the text."""
    if sum(len(block) for block in body.deck) < 2 or len(body.deck[-1]) != 1:
        return
    if not marked_head(body.deck[-1][0]):
        return
    body.blocks.insert(0, Block("crosshead", body.deck.pop()[0].strip()))
