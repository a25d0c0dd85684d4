"""People: the names in a byline or credit, and whether a line alone is a name.

``记者朱文君 卢兆欣`` gives (朱文君, 卢兆欣) and ``本报记者  彭  波`` (彭波,): roles and what the
person did (摄, 文/图) are dropped, a name spaced out to the width of a longer one is joined. A
two- to four-character line after a story is a pen name when it starts with a common surname
and jieba reads it as a name.
"""

from __future__ import annotations

import re

from articles.parsing.andothers import blank_closing_mark
from articles.parsing.authorunits import without_unit_after_name
from articles.parsing.credits import AGENCY_WHO_RE, CREDIT_RE, CREDIT_SUFFIX_RE
from articles.parsing.latinnames import latin_name as lettered
from articles.parsing.latinnames import latin_names_joined as letter_names_joined
from articles.parsing.latinnames import suffix_comma_spaced
from articles.parsing.letternames import (
    DOTTED_NAME_RE,
    LETTER_RUN_RE,
    chinese_context,
    names_read,
)
from articles.parsing.namepieces import (
    compound_surname_spaced,
    name_character,
    redacted_name,
    spaced_pairs,
)
from articles.parsing.namewen import suffix_blank, wen_of_name
from articles.parsing.patterns import (
    AUTHOR_MARK_RE,
    AUTHOR_MARKS_RE,
    BYLINE_LINE_RE,
    COMMENTATOR_RE,
    FOREIGN_AUTHOR_RE,
    NAME_AND_RE,
    NAME_BRACKETS_RE,
    NAME_CHARS_RE,
    NAME_SEPARATOR_RE,
    NAME_TOKEN_RE,
    PERSONAL_NAME_RE,
    ROLE_WORD_RE,
    SIGNATURE_RE,
    SIGNATURE_TITLE_RE,
    SPACE_RUN_RE,
    WORK_WORD_RE,
)
from articles.parsing.surnames import COMPOUND_SURNAMES as _COMPOUND_SURNAMES
from articles.parsing.surnames import SURNAMES, publicity_desk
from articles.text import HAN, fold, get_posseg

SPACED_PAIR_RE = re.compile(rf"([{HAN}])[ \u3000]{{1,3}}[{HAN}]")
# What may stand before a credit's role word: brackets, spaces and the paper's own name (晚报记者,
# 本台记者, 新华网记者, 县融媒体中心记者).
_PAPER_BEFORE_ROLE_RE = re.compile(
    rf"[\s（(【〔\[]*(?:[{HAN}]{{0,6}}(?:报|社|台|网|刊|中心|记者站))?\s*"
)
# A paper's, agency's, station's, site's or school's name before the role word (晚报记者 邱月, 光明日报记者, 路透社记者,
# 中央人民广播电台记者 (its kind first: taken whole), 学生记者, 融媒体中心记者, 本报小记者: a children's paper's young
# reporters): who the reporter works for, not a name (also the reporter's posting: 本报特派记者, 驻京记者, 特派记者).
_ROLE_PREFIX_RE = re.compile(
    rf"(?:[{HAN}]{{0,4}}(?:广播电台|广播电视台|电视台|通讯社|新闻社|新闻|客户端|报|社|台|网|刊|中心)|[{HAN}]{{0,4}}[融全新]媒体?|学生|校园)(?:特派|驻[{HAN}]{{1,4}}?)?"
    r"(?=(?:特约|实习|见习|首席|摄影|小)?(?:记者|通讯员))"
    rf"|(?:特派|驻[{HAN}]{{1,4}}?)(?=记者)"
)
# What a name in a byline never is: where the writer lives or works (许家坳村, 西沟大队社员, 红旗公社, 湿地保护站,
# 东关街道), a group counted (李淑珍等六人: many signers, no one writer), a staff role (责任编辑), or whom the writer is
# one of (岚东县民兵), a post at a school (心理教师, 校长): a signature or a credit names them before the person (``许家坳村  许长林``, ``图/湿地保护站　费　淼``);
# nor a role word alone (作者, 本文作者, 口述, 供稿, 整理: what the person did). A place by its last character only
# from four characters (李家村 may be a village or, rarely, a name: jieba decides below), a unit by its last word from three.
_NOT_NAME_RE = re.compile(
    rf"^(?:[{HAN}]{{3,}}(?:村|乡|镇|县|庄|屯|站|局|处|所|院|馆|厅|部|厂|市|区)|[{HAN}]{{1,}}(?:大队|小队|"
    r"生产队|公社|社员|农场|林场|工厂|车间|中学|小学|大学|学院|学校|医院|委员会|中心|协会|公司|支队|街道|"
    r"社区|居委会|民兵|战士|工人|职工|村民|居民|队员)|[\u4e00-\u9fff]{2,4}等[一二两三四五六七八九十百几0-9]{1,3}[人位名]|(?:本版|本期)?(?:责任编辑|责编|编辑|美编|"
    rf"校对|责任校对|值班编辑|图片编辑)|[{HAN}]{{0,4}}(?:读者|旅客|乘客|受访者|教师|校长|班主任)"
    # or what the person did, glued to a slash (周明/整理, 钱立 供稿, 本文作者 周明); or who gave
    # the pictures, named by no person (图／受访者提供, 受访者供图)
    r"|(?:本文|本篇)?作者|口述|供稿|整理|编译|翻译|执笔|撰文|撰稿|拟局|[\u4e00-\u9fff]{1,10}(?:提供|供图))$"
)
# Where a reporter sent the story from, after the names: 发自江城; 記者林某／紐約報導 (folded).
_SENT_FROM_RE = re.compile(
    rf"(?:^|(?<=\s))发自[{HAN}]{{1,10}}(?=\s|$)|/\s*[{HAN}]{{1,10}}?报[导道]\s*$"
)
# The label of an author field before the names (作者:新华社记者 李卫东, 撰文：孙七), as web
# archives and magazines print it: what the line is, not a name.
# (also in a web archive's field brackets: 【作者】本报记者　某某)
_FIELD_LABEL_RE = re.compile(
    r"^\s*(?:[【\[]\s*(?:作者|撰文|执笔)\s*[】\]]|(?:作者|撰文|执笔)(?=\s*[:：/／\s]))"
)

# A trade or title printed before the name after an author's mark (□　营养师　桑　梅, ◎律师 王五):
# a few Han characters ending in a profession's suffix, then a space.
_ROLE_BEFORE_NAME = r"[\u4e00-\u9fff]{1,5}(?:师|员|医生|教授|博士)[ \u3000]+(?=\S)"
_MARKED_ROLE_RE = re.compile(f"^{_ROLE_BEFORE_NAME}")
_MARKED_ROLE_LINE_RE = re.compile(rf"^\s*[□■◎●○◇◆☆★▲△]\s*{_ROLE_BEFORE_NAME}")


def parse_names(byline: str, *, chinese: bool = False) -> tuple[str, ...]:
    """``记者朱文君 卢兆欣`` → (朱文君, 卢兆欣); ``本报记者  彭  波`` → (彭波,); ``曹 立 新`` → (曹立新,);
    roles (``晚报记者``, ``学生记者``), an author field's label (``作者:李卫东``), where the story
    was sent from (``发自江城``) and 等 or 译 closing the names (``王平 李明等``, ``刘敏译``:
    :mod:`~articles.parsing.andothers`) are dropped. A radical is read as its ideograph
    (``记者 王⼆明`` → (王二明,)); a name in letters is one name, its spaces kept (``记者 Zoë
    Müller``, ``Zoë·马丁``: :mod:`~articles.parsing.letternames`), in a Chinese byline only: one
    holding a Han character, or ``chinese`` (the names of a Chinese credit, cut from it)."""
    # Roles and brackets are blanked on a folded copy (記者 is 记者); names are sliced as printed,
    # a radical read as its ideograph (王⼆明 is 王二明: :func:`names_read`).
    byline = undotted(names_read(byline.strip()))  # (·陈秀兰·: a name set between dots)
    folded = fold(byline)
    masked = _ROLE_PREFIX_RE.sub(lambda m: " " * len(m.group()), folded)
    masked = ROLE_WORD_RE.sub(lambda m: " " * len(m.group()), masked)
    masked = _FIELD_LABEL_RE.sub(lambda m: " " * len(m.group()), masked)
    masked = _SENT_FROM_RE.sub(lambda m: " " * len(m.group()), masked)
    masked = NAME_BRACKETS_RE.sub(" ", masked)
    masked = _MARKED_ROLE_LINE_RE.sub(lambda m: " " * len(m.group()), masked)  # □ 营养师 桑 梅
    masked = AUTHOR_MARKS_RE.sub(" ", masked)  # ◎王五, □ 张三
    masked = CREDIT_SUFFIX_RE.sub(lambda m: suffix_blank(m, masked), masked)
    # 文/图, 摄影, 整理 standing alone are what the person did, not a name.
    masked = WORK_WORD_RE.sub(lambda m: " " * len(m.group()), masked)
    masked = wen_of_name(masked, folded)
    masked = blank_closing_mark(masked, _surname_and_given)  # 王平等, 刘敏译
    chinese = chinese or chinese_context(folded)
    masked = letter_names_joined(masked, folded, chinese)  # Zoë Müller: one name, its space kept
    tokens: list[str] = []
    letters: set[str] = set()  # the names in letters (Zoë Müller, Zoë·马丁)
    for match in NAME_TOKEN_RE.finditer(masked):
        token = byline[match.start() : match.end()]
        if chinese and lettered(folded[match.start() : match.end()]):
            letters.add(token)
            tokens.append(token)
            continue
        # 张三和李四 is two names; 王和平 is one.
        parts = NAME_AND_RE.split(token)
        if len(parts) > 1 and all(len(part) >= 2 for part in parts):
            tokens.extend(parts)
        else:
            tokens.append(token)
    tokens = compound_surname_spaced(tokens)
    names: list[str] = []
    pending = ""
    for token in [*tokens, ""]:
        if name_character(token, pending):
            pending += token
            continue
        # 彭  波: a two-character name spaced out to the width of a three-character one; 曹 立 新:
        # a three-character name spaced out (web archives); four in a row: two spaced names.
        names.extend([pending] if len(pending) in (2, 3) else spaced_pairs(pending))
        pending = ""
        if token in letters:
            names.append(token)
            continue
        # (a foreign name joined by a middle dot runs longer: 埃里克·施密特)
        longest = _FOREIGN_NAME if "·" in token else 6
        if _whole_name(token, longest):
            names.append(token)
    seen: set[str] = set()
    return tuple(n for n in names if not (n in seen or seen.add(n)))


_FOREIGN_NAME = 15  # characters of a foreign name with its middle dots (埃里克·施密特)


def _whole_name(token: str, longest: int) -> bool:
    """``token`` is a name: name characters, ``longest`` at most, no place or unit (:func:`not_name`);
    or a name printed with a character withheld (``陈×华``, kept as printed: :func:`redacted_name`)."""
    if NAME_CHARS_RE.fullmatch(token) and len(token) <= longest and not not_name(token):
        return True
    return redacted_name(token)


def _dotted_or_lettered(name: str) -> bool:
    """A foreign name's dotted pieces (埃里克·施密特) or a name in letters (Zoë Müller)."""
    return "·" in name or lettered(fold(name))


def not_name(token: str) -> bool:
    """A place, a unit, a staff role or a reader (读者, a passenger: 旅客) standing where a name would
    (:data:`_NOT_NAME_RE`); three characters ending in 市 or 县 (兰城市: no name ends so), or in a
    village's or district's word that jieba knows as a place (李家村) or after a place (沙河乡);
    a unit's publicity desk signing as a correspondent
    (:func:`~articles.parsing.surnames.publicity_desk`)."""
    folded = fold(token)
    if _NOT_NAME_RE.match(folded) or (len(folded) == 3 and folded[-1] in "市县"):
        return True
    if publicity_desk(folded):
        return True
    if len(folded) == 3 and folded[-1] in "村乡镇县庄屯市区":
        posseg = get_posseg()
        tags = posseg.dt.word_tag_tab
        # 李家村 (jieba: a place) or 沙河乡 (沙河 a place, then 乡): where the writer lives
        return tags.get(folded, "").startswith("ns") or tags.get(folded[:2], "").startswith("ns")
    return False


def looks_like_name(text: str) -> bool:
    """A person's name or pen name (``任仲平``, ``欧阳修``, spaced ``宋  禾``), not a short headline
    (``高考季``): two or three characters after a common surname, jieba's name or lone surname."""
    if spaced_name(text):
        return True
    name = fold(text.strip())
    compound = name.startswith(_COMPOUND_SURNAMES)
    if not PERSONAL_NAME_RE.fullmatch(name) or (len(name) == 4 and not compound):
        return False
    if not compound and name[0] not in SURNAMES:
        return False
    posseg = get_posseg()
    first = next(iter(posseg.cut(name)), None)
    if first is None:
        return False
    # A word added to jieba without a part of speech (``x``) is a name the search dictionary
    # learned from a byline: still a name, also opening a longer one (孙晓 learned: 孙晓燕).
    learned = first.flag == "x" and len(first.word) >= 2 and name.startswith(first.word)
    return first.flag.startswith("nr") or len(first.word) == 1 or compound or learned


def spaced_name(text: str) -> bool:
    """Two characters spaced out to the width of three or more (``陆  离``), the first a common
    surname: how a paper prints a two-character name, whatever else the two characters could
    read as (陆离 is also a word); a title is not spaced out so."""
    match = SPACED_PAIR_RE.fullmatch(fold(text.strip()))
    return match is not None and match.group(1) in SURNAMES


def looks_like_signature(text: str) -> bool:
    """A letter's signature (``读者 周先生``, ``河东村 李青``): who the writer is, a space, then a
    name (a transliterated one by its dots too: ``某乡社员　吾守尔·买买提``), or a surname with
    先生/女士/同志. Printed under the letter it signs (INPUT.md: pen names
    on their own line belong to the story before them)."""
    match = SIGNATURE_RE.match(fold(text.strip()))
    if match is None:
        return False
    name = SPACE_RUN_RE.sub("", match.group("name"))
    if SIGNATURE_TITLE_RE.match(name):
        return name[0] in SURNAMES
    return looks_like_name(name) or DOTTED_NAME_RE.fullmatch(name) is not None


def credit_names_ok(text: str) -> bool:
    """A line :data:`~articles.parsing.credits.CREDIT_RE` matches names its photographers as
    names are written (or an agency), so it is a credit: a short title that happens to end in 摄
    (…拍摄) is not one; it wants a role word or names separated as names are."""
    folded = fold(text)
    match = CREDIT_RE.match(folded)
    if match.group("agency") or AGENCY_WHO_RE.fullmatch((match["who"] or "").strip()):
        return True  # (an agency: 新华社发; 新华社/摄, Getty Images/摄: its picture, no one's)
    if match.group("whoafter"):
        # (or an organisation that gave the picture: 图/市气象局)
        after = text[slice(*match.span("whoafter"))]
        return bool(parse_names(after, chinese=True)) or not_name(after.strip())
    names = parse_names(text[slice(*match.span("who"))], chinese=True)
    if not names or len(names) > 5 or any(len(n) > 4 and not _dotted_or_lettered(n) for n in names):
        return False
    role = ROLE_WORD_RE.search(folded)
    if role:
        # Before the role only the paper's own name may stand (晚报记者): 江上归帆　本报记者
        # 滕　远　摄 is a picture's title and its credit, not a credit naming 江上归帆.
        return _PAPER_BEFORE_ROLE_RE.fullmatch(folded[: role.start()]) is not None
    # Without a role word, four characters are a name only after a compound surname (欧阳), as
    # Han names are written: 夏日荷塘　宁　远　摄 is a picture's title and its credit.
    if any(len(n) == 4 and not fold(n).startswith(_COMPOUND_SURNAMES) for n in names):
        return False
    if all(lettered(fold(n)) for n in names):
        return True  # (Zoë Müller/摄: names in letters, capitalised as names are written)
    # (妙光/摄: a slash parts the names from 摄 as it parts 图/ from them; no title ends so)
    slashed = folded[match.end("who") :].lstrip().startswith("/")
    return slashed or bool(NAME_SEPARATOR_RE.search(match.group("who")))


def names_only(text: str, spaced: bool = True, bracketed: bool = False) -> tuple[str, ...]:
    """The names when ``text`` (a bracket's inside: ``陈玲玲林娟``, ``陈佳 林松``, ``记者 陈佳``) is
    only people's names, else ``()``. Names may be printed without a space between them (a
    brief's sign-off in a narrow box): a run of four to six characters is read as two names of
    two or three characters when both are names by form (:func:`name_by_form`). Role words
    (记者, 通讯员), also after whom the reporter works for (``光明日报记者``, ``路透社记者``:
    :data:`_ROLE_PREFIX_RE`, as :func:`parse_names` drops it), may stand before a name.
    ``spaced``: a two-character name spaced out to the width of three (``杜  鹃``) counts as one
    name. After a role word and a space a name may also be a word of the dictionary (``记者 高远``,
    ``通讯员 方圆``: Han given names are often words; the role says a person follows), when it
    is two or three characters after a common surname (:func:`_surname_and_given`), or a foreign
    name's pieces joined by middle dots (``通讯员 马可·费拉里``); glued to the role it may not
    (``记者连线`` is a column), unless ``bracketed``: ``text`` is a credit's inside of brackets
    closing a story (``…两座。（记者高远）``), where a role word glued to a name is how datelines
    print it (``本报讯（记者高远）``) and no column's name stands. After a role word a name may
    be in letters (``记者 Zoë Müller``, ``记者 Zoë·马丁``: :mod:`~articles.parsing.letternames`);
    a radical is read as its ideograph (``记者 王⼆明``). Constant time per name."""
    text = names_read(text)
    folded = fold(text)
    masked = _ROLE_PREFIX_RE.sub(lambda m: " " * len(m.group()), folded)
    # A role word set off by a space from what follows it (记者 高远; glued, 记者连线 and 记者手记
    # are columns' names as often as credits)
    roles = list(ROLE_WORD_RE.finditer(masked))
    named = any(bracketed or folded[m.end() : m.end() + 1].isspace() for m in roles)
    masked = ROLE_WORD_RE.sub(lambda m: " " * len(m.group()), masked)
    masked = blank_closing_mark(masked, _surname_and_given)  # （记者 王平等）, （刘敏译）
    if named:
        masked = letter_names_joined(masked, folded)  # 记者 Zoë Müller
    names: list[str] = []
    tokens = [text[m.start() : m.end()] for m in NAME_TOKEN_RE.finditer(masked)]
    for token in _join_spaced(tokens) if spaced else tokens:
        if named and lettered(fold(token)):
            names.append(token)
            continue
        if not NAME_CHARS_RE.fullmatch(token):
            return ()
        dotted = "·" in token.strip("·") and "··" not in token and len(token) <= _FOREIGN_NAME
        if name_by_form(token) or (named and (_surname_and_given(token) or dotted)):
            names.append(token)
            continue
        for cut in (3, 2):  # 陈玲玲林娟: the first name of three, else of two
            first, second = token[:cut], token[cut:]
            if name_by_form(first) and name_by_form(second):
                names += [first, second]
                break
        else:
            return ()
    return tuple(names)


def _join_spaced(tokens: list[str]) -> list[str]:
    """Single characters in a row are names spaced out (INPUT.md, "Bylines, datelines, credits"):
    two (``杜  鹃``) a short name spaced to three, three (``晏 克 勤``) one spaced character by
    character (OCR pages), four and more two by two; a lone one or a run of five is no name."""
    joined: list[str] = []
    run: list[str] = []
    for token in [*tokens, ""]:
        if len(token) == 1:
            run.append(token)
            continue
        if len(run) in (2, 3):
            joined.append("".join(run))
        elif run and len(run) % 2 == 0:
            joined.extend(a + b for a, b in zip(run[::2], run[1::2], strict=True))
        else:
            joined.extend(run)
        run = []
        if token:
            joined.append(token)
    return joined


def _surname_and_given(text: str) -> bool:
    """Two or three Han characters after a common surname, or three or four after a compound
    one (欧阳): a name's form, whatever else jieba's dictionary holds the word as (its tags are
    no guide: it tags 马建国 a place)."""
    name = fold(text)
    if not PERSONAL_NAME_RE.fullmatch(name):
        return False
    if name.startswith(_COMPOUND_SURNAMES):
        return 3 <= len(name) <= 4
    return len(name) <= 3 and name[0] in SURNAMES


def name_by_form(text: str) -> bool:
    """Two or three characters after a common surname (or a compound surname and one or two
    more) that jieba's dictionary does not hold as some other word (江南 is a place, 时评 a noun):
    a name. A dictionary look-up, not a segmentation."""
    name = fold(text)
    if not 2 <= len(name) <= 4 or not PERSONAL_NAME_RE.fullmatch(name):
        return False
    compound = name.startswith(_COMPOUND_SURNAMES)
    if not compound and (len(name) == 4 or name[0] not in SURNAMES):
        return False
    posseg = get_posseg()
    tag = posseg.dt.word_tag_tab.get(name)
    return tag is None or tag.startswith("nr")


def undotted(text: str) -> str:
    """``text`` without the dots it is set between (``·陈秀兰·`` → ``陈秀兰``), else as it is."""
    return text[1:-1] if len(text) > 2 and text[0] == text[-1] == "·" else text


def _marked_author(line: str, marked: str) -> bool:
    """The name after an author's mark on ``line`` (folded; ``marked``, what follows the mark)
    reads as an author's (a unit in brackets after it left out): see :func:`looks_like_author_line`."""
    name = without_unit_after_name(_MARKED_ROLE_RE.sub("", _GIVER_END_RE.sub("", marked.strip())))
    unit, _, person = name.partition(" ")
    return bool(
        FOREIGN_AUTHOR_RE.match(name)
        or lettered(name)  # 文/Tom Smith, 文/Zoë·马丁
        or PERSONAL_NAME_RE.fullmatch(SPACE_RUN_RE.sub("", name))
        or all(PERSONAL_NAME_RE.fullmatch(part) for part in name.split())
        or (
            line.startswith("文") and BYLINE_LINE_RE.match(name) is not None
        )  # 文　本报记者　宋　平
        # the author's unit before the name: 作者：江南农林大学  孙  磊
        or (
            person.strip()
            and not_name(unit)
            and PERSONAL_NAME_RE.fullmatch(SPACE_RUN_RE.sub("", person))
        )
    )


def looks_like_author_line(text: str, *, plain: bool = True) -> bool:
    """An author's line as printed under a title (INPUT.md, "Headlines": the author's name on the
    next line is the byline), also set between dots (``·陈秀兰·``): a name by its mark (``□ 张三``,
    ``◎王五``, ``文/李四``, ``作者：赵六``, also after the author's unit: ``作者：江南农林大学  孙  磊``),
    a foreign author with the country in brackets (``[美]丹尼尔·格林``), a desk's signature
    (``本报评论员``), or a person's name alone, also spaced out (``杨德清``, ``陈  岚``: a common
    surname and jieba's reading as a name, :func:`looks_like_name`), or two or three of them.
    ``plain=False``: by mark, country or desk only, without asking jieba (constant time)."""
    line = undotted(fold(text.strip())).strip()  # (·陈秀兰·: a name between dots)
    if not line or len(line) > 20:
        return False
    if FOREIGN_AUTHOR_RE.match(line) or COMMENTATOR_RE.match(line):
        return True
    marked = AUTHOR_MARK_RE.match(line)  # (▲原告陈述: a triangle's crosshead; a name only by form)
    if marked and (line[0] not in "▲△" or name_by_form(SPACE_RUN_RE.sub("", marked["name"]))):
        return _marked_author(line, marked.group("name"))
    if not plain:
        return False
    if looks_like_name(SPACE_RUN_RE.sub("", line)):
        return True
    parts = line.split()
    return 2 <= len(parts) <= 3 and all(len(part) >= 2 and looks_like_name(part) for part in parts)


def looks_like_deck_byline(text: str) -> bool:
    """A byline printed inside a title's lines (INPUT.md, "Headlines": the author's line is the
    byline, not the title): an author's line by its mark or desk (:func:`looks_like_author_line`
    without jieba), or roles and names after a mark (``■本报记者  牛  犇  通讯员  贺子龙``,
    ``作者:本报记者 魏 芸``), or a role then a space and names (``本报评论员　何　言``). A title
    starting with a role word (``记者节里话初心``) has no space after it and is not one."""
    line = fold(text.strip())
    if not line or len(line) > 40:
        return False
    if looks_like_author_line(line, plain=False):
        return True
    marked = AUTHOR_MARK_RE.match(line)
    rest = _DECK_CREDIT_END_RE.sub("", marked.group("name") if marked else line).strip()
    rest = _NOTE_AFTER_NAME_RE.sub("", rest)  # 小记者 林朵朵（春晖小学五年级）: a pupil's school
    role = ROLE_WORD_RE.search(rest[: _PAPER_BEFORE_ROLE + 6])  # (晚报记者: the paper's, first)
    if (
        not role
        or role.start() > _PAPER_BEFORE_ROLE
        or not BYLINE_LINE_RE.match(suffix_comma_spaced(rest[role.start() :]))  # King, Jr.
    ):
        return False
    if LETTER_RUN_RE.search(rest) and not parse_names(rest):
        return False  # (记者 Hello world: letters that name no one)
    return bool(marked) or rest[role.end() : role.end() + 1].isspace()


_PAPER_BEFORE_ROLE = 4  # characters: 晚报记者, 都市报记者
# What ends a byline under a title after a space: the pictures' part, who took them (文/图, 摄) or
# who gave them, named by no person (图／受访者提供, 受访者供图, 图片由校方提供: a source, no name).
_GIVER_END = (
    r"\s+(?:(?:图|图片|照片)\s*[/／:：]\s*\S{2,12}?提供|\S{2,10}?供图|图片由\S{2,12}?提供)$"
)
_GIVER_END_RE = re.compile(_GIVER_END)
_DECK_CREDIT_END_RE = re.compile(rf"\s+(?:文\s*[/／]\s*图|图\s*[/／]\s*文|摄影?)$|{_GIVER_END}")
_NOTE_AFTER_NAME_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])[（(][^（）()]{0,8}(?:小学|中学|学校|年级|班)[^（）()]{0,6}[）)]$"
)

# A byline glued between a dateline and the first sentence, with no bracket or space after it
# (本报槟城1日讯　报道●陈志伟 / 连接…, joined into one paragraph): the role, what may part it from
# the name (a bullet, a space, a colon or a slash), then the name.
_GLUED_ROLE_RE = re.compile(
    rf"^[ \u3000]*(?:{ROLE_WORD_RE.pattern}|报道|报导|撰文)[ \u3000●•·■◆◎□/／:：]*"
)
_GLUED_NAME_LOOK = 8  # characters after the role that jieba reads
# What jieba reads a given name as never: time, verbs, adverbs, prepositions, particles, numbers.
_NOT_GIVEN_NAME = frozenset("tvdpucmqrfx")


def glued_byline(text: str) -> int:
    """How many characters at the start of ``text`` (what follows a dateline) are a byline glued
    to the first sentence (``　记者 庞小飞比赛进行…`` → 7, ``报道●陈志伟连接…`` → 6); 0 when none.
    The byline's end is where the name ends: the first word jieba reads, when it is a person's
    name (:func:`looks_like_name`), as a reporter's line is set above the text it opens."""
    role = _GLUED_ROLE_RE.match(fold(text[:20]))
    if role is None:
        return 0
    rest = text[role.end() : role.end() + _GLUED_NAME_LOOK]
    opening = fold(rest[:2])
    if opening[:1] not in SURNAMES and not opening.startswith(_COMPOUND_SURNAMES):
        return 0  # (no surname opens it, so no name either way below: jieba is not asked)
    posseg = get_posseg()
    first = next(iter(posseg.cut(rest)), None)
    learned = first is not None and first.flag == "x"  # a name learned from a byline
    if (
        first is not None
        and (first.flag.startswith("nr") or learned)
        and looks_like_name(first.word)
    ):
        return role.end() + len(first.word)
    # jieba may read a surname as a word of its own (莫 an adverb): then a common surname and
    # the one- or two-character word after it that is no word of time or action (莫德昌).
    if not rest or fold(rest[0]) not in SURNAMES:
        return 0
    given = next(iter(posseg.cut(rest[1:])), None)
    if given is None or len(given.word) > 2 or given.flag[:1] in _NOT_GIVEN_NAME:
        return 0
    return role.end() + 1 + len(given.word)
