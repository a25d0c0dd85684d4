"""How a story is signed at its end (INPUT.md, "Bylines, datelines, credits": a byline or a
dateline sometimes stands at the END): a dateline or agency tag glued in brackets to its last
sentence, a sign-off in brackets glued there (``…休息区。（记者 骆丹）``, ``…再刷牙。（梅卉）``), a
contributor's line in brackets, a name alone as its last paragraph. Split off
:mod:`~articles.parsing.bylines`, which asks these when the story's opening names nobody.
"""

from __future__ import annotations

import re

from articles.parsing.closings import editor_line, uncredited_close
from articles.parsing.deskends import AGENCY_TAG_LINE_RE, helper_note
from articles.parsing.editornotes import letter_reply
from articles.parsing.names import (
    SPACED_PAIR_RE,
    SURNAMES,
    looks_like_name,
    name_by_form,
    names_only,
    not_name,
    parse_names,
)
from articles.parsing.patterns import (
    BRACKETED_NAMES_RE,
    END_DATELINE_RE,
    PEN_NAME_RE,
    ROLE_WORD_RE,
    SPACE_RUN_RE,
)
from articles.parsing.signatures import body_closing
from articles.parsing.unitauthors import STAFF_WHO_RE, unit_author_name
from articles.parsing.units import Body
from articles.text import HAN, fold

# A sign-off in brackets glued to the end of a story's last sentence (…休息区。（记者 骆丹）): who
# wrote it, as a brief prints its reporters at its end (INPUT.md: sometimes at the END).
_END_SIGN_OFF_RE = re.compile(r"(?<=[。！？!?”」])\s*[（(](?P<names>[^（）()]{1,20})[）)]\s*$")


# A foreign agency's tag glued to the end of its story's last sentence, as overseas papers close
# wire copy: (AP), (路透), (法新社) (folded): deskends.AGENCY_TAG_LINE_RE.
# A bracket glued to the end of the last sentence: …即查即放”。（新华社南关11月3日电）
_GLUED_END_RE = re.compile(r"(?<=[。！？!?”」])\s*(?P<bracket>[（(][^（）()]{2,30}[）)])\s*$")


def last_told(body: Body) -> str:
    """The story's last paragraph of text: its last paragraph, above the closing lines printed
    under it that credit no one (``（来源：东林报）``, ``（完）``, ``（据新华社）``:
    :func:`~articles.parsing.closings.uncredited_close`), so that a sign-off glued to the text
    (``…及时补齐。（通讯员 叶  舟）``) is read over them. ``""`` when the story has none."""
    ends = set(body.end_lines)
    paragraphs = [b.text for b in body.blocks if b.kind == "paragraph"]
    while len(paragraphs) > 1 and paragraphs[-1] in ends and uncredited_close(paragraphs[-1]):
        paragraphs.pop()
    return paragraphs[-1] if paragraphs else ""


def glued_end_dateline(body: Body) -> str:
    """The dateline in brackets glued to the end of the story's last paragraph
    (``…实行“优先查验、即查即放”。（新华社南关11月3日电）`` → ``新华社南关11月3日电``), as agency copy
    closes a story when its dateline is not at its start (INPUT.md: sometimes at the END:
    ``（新华社北京5月20日电）``); or a foreign agency's tag glued there (``…為時尚早。(路透)`` →
    ``路透``, ``(AP)`` → ``AP``: :data:`AGENCY_TAG_LINE_RE`), as overseas papers close wire copy;
    ``""`` otherwise. Looks at the last 40 characters only."""
    last = last_told(body)
    match = _GLUED_END_RE.search(last, max(0, len(last) - 40))
    if match is None:
        return ""
    bracket, end = fold(match.group("bracket")), END_DATELINE_RE.match(fold(match.group("bracket")))
    if end is None and AGENCY_TAG_LINE_RE.match(bracket) is None:
        return ""
    cut = end.start("endbyline") if end and end.group("endbyline") else len(bracket)
    return match.group("bracket")[:cut].strip("（）() ")  # (…电  记者 某某): the dateline only


def bracketed_contributor(body: Body) -> tuple[str, ...]:
    """The names of a contributor's line in brackets ending the story on its own line (an end
    line or its last paragraph), naming a role or a unit before the names (``（通讯员 晏 克 勤）``,
    ``（县委宣传部  贺秋实）``): who sent the story in, as county and 1960s papers sign their
    briefs (INPUT.md: a byline sometimes stands at the END). Names alone (``（孟庆丰）``) are not
    taken: after an answer they name the expert; nor a note crediting helpers
    (``（实习生 李明 对本文亦有贡献）``). ``()`` otherwise."""
    paragraphs = [b.text for b in body.blocks if b.kind == "paragraph"]
    lines = [*body.end_lines, *paragraphs[-1:]] if len(paragraphs) > 1 else body.end_lines
    for line in lines:
        folded = fold(line.strip())
        match = BRACKETED_NAMES_RE.match(folded)
        if match is None or editor_line(line):  # （编辑 周明）: the desk's, not a contributor
            continue
        if helper_note(folded):  # （实习生 李明 对本文亦有贡献）: a helper, not the writer
            continue
        inside = line.strip()[slice(*match.span("names"))]
        names = parse_names(inside)
        if names and all(name_by_form(SPACE_RUN_RE.sub("", n)) for n in names):
            parts = SPACE_RUN_RE.split(fold(inside).strip())
            if ROLE_WORD_RE.search(fold(inside)) or (len(parts) > 1 and not_name(parts[0])):
                return names
    return ()


def end_pen_name(body: Body) -> tuple[str, ...]:
    """The last of the story's closing lines (``body.end_lines``) that is a pen name alone
    (:data:`~articles.parsing.patterns.PEN_NAME_RE`), never a notice's closing word (``此啟``:
    :func:`~articles.parsing.signatures.body_closing`); ``()`` when none is."""
    names: tuple[str, ...] = ()
    for line in body.end_lines:
        if PEN_NAME_RE.fullmatch(line) and not body_closing(line):
            names = (line,)
    return names


def signed_last_paragraph(body: Body) -> tuple[str, ...]:
    """A story whose last paragraph is a person's name alone (``汪国平`` under a reader's
    letter, read as a paragraph on a page whose right-aligned lines lost their indent) is signed
    by that person (INPUT.md: a name on its own line after a story is its author); ``()``
    otherwise. Only a name by form and jieba (:func:`looks_like_name`), never a short word. A
    writer's unit and name (``炼铁厂退休工人  王长根``, ``钻井三大队 周长林``: :func:`unit_signature_name`,
    :func:`~articles.parsing.unitauthors.unit_author_name`) signs it too, a reader's letter
    (``编辑同志：…``) as any piece: the reader who wrote it is its author, as the fidelity sets'
    letters are credited (holdouts 10, 12–14, 21, 23, 27, 28, 37, 40, 41), also when the desk's
    or an office's reply follows the signature (:func:`~articles.parsing.editornotes.
    letter_reply`)."""
    paragraphs = [b.text for b in body.blocks if b.kind == "paragraph"]
    if len(paragraphs) > 2 and letter_reply(paragraphs[-1]):
        paragraphs.pop()  # (编者：…, 某局答复：… under the letter's signature: the reply's)
    if len(paragraphs) < 2:
        return ()
    last = SPACE_RUN_RE.sub("", paragraphs[-1])
    if PEN_NAME_RE.fullmatch(last) and looks_like_name(last):
        return (last,)
    name = unit_signature_name(paragraphs[-1]) or unit_author_name(paragraphs[-1])
    return (name,) if name else ()


# A writer's signature: who the writer is (their unit or trade: 炼铁厂退休工人, 西山区中学教师),
# a gap of two spaces or more (or a full-width one), then the name, printed whole (王长根) or
# spaced out character by character (张 福 生, 许  文). Printed text: a full-width space folds to
# a single one.
_UNIT_SIGNATURE_RE = re.compile(
    rf"^\s*(?P<who>[{HAN}]{{2,12}})(?: {{2,}}| *\u3000[ \u3000]*)"
    rf"(?P<name>[{HAN}]{{2,4}}|[{HAN}](?:[ \u3000]{{1,3}}[{HAN}]){{1,2}})\s*$"
)


def unit_signature_name(line: str) -> str:
    """The name in a writer's signature that names who the writer is before the name
    (``炼铁厂退休工人  王长根``, ``炼钢二车间  张 福 生``, ``西山区中学教师　许　文``): a worker's piece or
    a letter signed at its end (INPUT.md: pen names on their own line belong to the story before
    them), without its spaces; ``""`` when ``line`` is no such signature: the name must read as
    one (:func:`looks_like_name`; spaced out, a common surname first), and what stands before it
    is no staff role (``责任编辑  王芳``). A short line only; constant time."""
    match = _UNIT_SIGNATURE_RE.match(line) if len(line) <= 40 else None
    if match is None or STAFF_WHO_RE.search(fold(match.group("who"))):
        return ""
    printed = line[slice(*match.span("name"))]
    name = SPACE_RUN_RE.sub("", printed)
    return name if looks_like_name(printed) or looks_like_name(name) else ""


def end_sign_off(body: Body) -> tuple[str, ...]:
    """The names of a sign-off in brackets glued to the end of the story's last paragraph
    (``…公共休息区。（记者 骆丹）`` → (骆丹,)), when it holds a role word and names only
    (:func:`names_only`); ``()`` otherwise: ``（完）``, ``（新华社）``, or a name alone (``（孟庆丰）``
    after an answer names the expert who gave it, not the reporter); on text printed without
    sentence marks, a pen name glued there (:func:`unpunctuated_pen_name`). Looks at the last 30
    characters only."""
    last = last_told(body)
    match = _END_SIGN_OFF_RE.search(last, max(0, len(last) - 30))
    if match is None:
        return unpunctuated_pen_name(body)  # (…也（冷眼）: text printed without sentence marks)
    if ROLE_WORD_RE.search(fold(match.group("names"))):
        return _role_signers(match.group("names")) or _corps_signer(match.group("names"))
    return _plain_sign_off(body, last[: match.start()], match.group("names"))


# A pen name in brackets closing a text typed from a paper that printed no sentence marks (only
# 、 between clauses, as late Qing and early Republican papers did): ``…先自衙署中查起也（冷眼）``.
_OLD_TEXT_SIGN_RE = re.compile(rf"(?<=[{HAN}])[（(](?P<name>[{HAN}]{{2,3}})[）)]$")
# What such a bracket holds that is no pen name: a date or time (telegrams' arrival times:
# （初七日午刻到）), a source or translation (（譯東方商報）, （錄京報）), the text's end or part.
_NOT_OLD_PEN_NAME_RE = re.compile(
    "[一二三四五六七八九十廿卅百日月年时刻到译录摘据见完续图表电社报稿论版上下]"
)
_SENTENCE_MARKS_RE = re.compile("[。！？!?；;]")


def unpunctuated_pen_name(body: Body) -> tuple[str, ...]:
    """The pen name of two or three characters in brackets glued to the end of the story's
    last paragraph (``…吾人甚望其先自衙署中查起也（冷眼）`` → (冷眼,)), when that paragraph prints no
    sentence mark at all (``、`` between clauses only, as a 1909 paper typed from microfilm
    keeps it): the commentator's or contributor's signature (INPUT.md: pen names belong to the
    story before them; a byline sometimes stands at the END). Not a date, time or source
    (``（初七日午刻到）``, ``（譯東方商報）``: :data:`_NOT_OLD_PEN_NAME_RE`, folded); nor a name the
    text has already told. ``()`` otherwise. Reads the last paragraph once."""
    last = last_told(body).rstrip()
    match = _OLD_TEXT_SIGN_RE.search(last, max(0, len(last) - 8))
    if match is None or _SENTENCE_MARKS_RE.search(last):
        return ()
    name = match.group("name")
    if _NOT_OLD_PEN_NAME_RE.search(fold(name)) or name in last[: match.start()]:
        return ()
    return (name,)


def _corps_signer(inside: str) -> tuple[str, ...]:
    """The name after a corps of reporters that signs the story (``学生记者团　韩　雪``: a role word
    inside a unit's name, :func:`~articles.parsing.unitauthors.unit_author_name`), as a campus
    paper signs a brief; ``()`` otherwise."""
    name = unit_author_name(inside)
    return (name,) if name else ()


# What the signers did after their names, when they put the item together from others' copy:
# ``（本报记者 龙 婧 整理）`` (a box of company news compiled by a staff reporter), ``（凌　燕　辑）``,
# ``（凌燕 编）`` (a box of tips gathered by its compiler: 辑 and 编 alone only after a space, since
# glued to the name they may be its last character).
_COMPILED_RE = re.compile(r"(?:[ \u3000]*(?:整理|辑录|汇编|摘编|选编)|[ \u3000]+(?:辑|编))$")


def _role_signers(inside: str) -> tuple[str, ...]:
    """The names of a sign-off naming a role (``记者 骆丹``), also when the signers say after
    their names that they compiled the item (``本报记者 龙 婧 整理``: :data:`_COMPILED_RE`,
    taken off before the names are read); ``()`` when it holds anything else."""
    return tuple(names_only(_COMPILED_RE.sub("", inside.strip()), bracketed=True))


def signed_off(body: Body) -> bool:
    """True when the story's last paragraph ends with its writer's sign-off in brackets naming
    a role (``…注意防范。（记者 柯蓝）``, ``…开幕。（实习生 郁佳 记者 陆双）``): the story is
    finished there, as a brief signs off, so a dateline after it opens a story of its own, never
    its second dispatch. Looks at the last 30 characters only."""
    last = last_told(body)
    match = _END_SIGN_OFF_RE.search(last, max(0, len(last) - 30))
    return match is not None and ROLE_WORD_RE.search(fold(match.group("names"))) is not None


def end_credit(body: Body, byline: str, reporters: tuple[str, ...]) -> str:
    """The story's ``byline``; without one, a credit glued in brackets to the end of its last
    paragraph as printed inside them (``…步道旁。（记者 赵敏 通讯员 钱立）`` → ``记者 赵敏 通讯员 钱立``,
    as a dateline's ``本报讯（记者陈晓辉）`` gives ``记者陈晓辉``), when it names a role and gave the
    story's ``reporters`` (:func:`end_sign_off`): its roles show as printed. Else ``""``."""
    if byline:
        return byline
    last = last_told(body)
    match = _END_SIGN_OFF_RE.search(last, max(0, len(last) - 30)) if reporters else None
    if match is None or not ROLE_WORD_RE.search(fold(match.group("names"))):
        return ""
    if tuple(_role_signers(match.group("names"))) != tuple(reporters):
        return ""
    return match.group("names").strip()


_ANSWER_OPENERS = ("答", "A:", "A：")  # an answer's paragraph in a Q&A (答：…)


def _plain_sign_off(body: Body, before: str, inside: str) -> tuple[str, ...]:
    """The names of a bracket holding people's names alone glued to the end of a story
    (``…再刷牙。（梅卉）``, ``…修补坑槽。（潘 俊）``): who wrote the brief, as papers sign short
    news at its end (INPUT.md: a byline sometimes stands at the END; a two-character name is
    spaced out, ``（西  法）``, whatever its characters), also after the writer's unit
    (``（热处理分厂　鲁　娜）``: :func:`~articles.parsing.unitauthors.unit_author_name`). Not when the paragraph it closes is an
    answer (``答：…（孟庆丰）``) or the story has already named that person (an expert quoted,
    ``研究员孟庆丰提醒…``): then the bracket names whose words those were.
    One character alone (``…勿以減稅為已足也。（望）``) is a pen name: :func:`_one_character_pen_name`;
    so is 小 or 老 before a surname (``…票价不变。（小宋）``: :func:`_familiar_name`). A compiler's
    mark after the names (``（凌　燕　辑）``, ``（凌燕 整理）``: :data:`_COMPILED_RE`) is read off them.
    ``before``: the last paragraph up to the bracket. ``()`` otherwise."""
    printed, inside = inside, _COMPILED_RE.sub("", inside.strip()) or inside  # （凌　燕　辑）
    if _one_character_pen_name(inside) and not fold(before).lstrip().startswith(_ANSWER_OPENERS):
        return (
            inside.strip(),
        )  # （望）: the commentator's pen name (told anywhere, as any one character)
    spaced = SPACED_PAIR_RE.fullmatch(fold(inside).strip())
    names = (SPACE_RUN_RE.sub("", inside.strip()),) if spaced else names_only(inside)
    if not names and _familiar_name(inside):
        names, spaced = (inside.strip(),), True  # （小宋）, （老陈）: a pen name as printed
    if not names and not spaced:
        unit_name = unit_author_name(
            inside
        )  # （热处理分厂　鲁　娜）: the writer's unit, then the name
        names, spaced = ((unit_name,), True) if unit_name else ((), None)
    if not names or not (spaced or all(looks_like_name(name) for name in names)):
        return ()
    if fold(before).lstrip().startswith(_ANSWER_OPENERS):
        return ()
    told = "".join(b.text for b in body.blocks if b.kind == "paragraph")
    told = SPACE_RUN_RE.sub("", told[: len(told) - len(printed) - 2])
    if any(name in told for name in names):
        return ()
    return names


# One character in brackets closing a text that is no pen name: the serial's or the text's end
# (完, 续, 待续 cut short), its part (上, 中, 下, 一, 甲), what the bracket marks in the text (图, 表,
# 注, 略, 笑, 摘, 转, 译) — folded.
_ONE_HAN_RE = re.compile(f"[{HAN}]")
_NOT_PEN_NAME = frozenset(
    "完续终止上中下一二三四五六七八九十甲乙丙丁图表注略笑摘转译编文摄附按又详见"
)


def _one_character_pen_name(inside: str) -> bool:
    """True when ``inside`` (a bracket's inside glued to the end of a story's last sentence) is
    one Han character that marks nothing in the text (:data:`_NOT_PEN_NAME`): the pen name an
    old paper's commentator signs with (``…願業絲者勿以減稅為已足也。（望）``; INPUT.md: a byline
    sometimes stands at the END, pen names as printed)."""
    one = fold(inside).strip()
    return _ONE_HAN_RE.fullmatch(one) is not None and one not in _NOT_PEN_NAME


def _familiar_name(inside: str) -> bool:
    """True when ``inside`` (a bracket's inside glued to the end of a story) is 小 or 老 and a
    common surname (``小宋``, ``老陈``): the familiar name a reporter signs a brief with, as an
    evening paper of the 1950s prints it (INPUT.md: pen names belong to the story before them)."""
    one = fold(inside).strip()
    return len(one) == 2 and one[0] in "小老" and one[1] in SURNAMES
