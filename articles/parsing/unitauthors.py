"""An author's line printing the writer's unit before the name, without a mark.

An article written for the paper by someone outside it is signed under its title with the
writer's office, school or works and then the name, parted by a space (``市卫生局　周文清``,
``城关中学  何 岚``): the line is the byline, not a 副题, and the person is the name after the unit
(INPUT.md, "Headlines": the author's name on the next line is the byline, not the title). A student signs
with the college and the year of entry (``经济学院2017级　宋　祎``). The marked form
(``作者：江南农林大学  孙  磊``) is read by
:func:`~articles.parsing.names.looks_like_author_line`; this is the same line without its mark.
"""

from __future__ import annotations

import re

from articles.parsing.letternames import DOTTED_NAME_RE
from articles.parsing.namepieces import redacted_name
from articles.parsing.names import SURNAMES, looks_like_name, name_by_form, not_name
from articles.parsing.patterns import HAN_RUN_RE, SPACE_RUN_RE
from articles.text import HAN, fold, get_posseg

_LINE_MAX = (
    24  # characters: a unit and a name (省农业科学研究所　欧阳明, 明德小学六年级(4)班　孙语桐)
)
_UNIT_MIN = 3  # characters: a unit's name (县医院) is never shorter
# A school class after the school's name (folded): 六年级(4)班, 三年级二班, 初二(3)班, 高一3班 — a pupil
# signs with the school, the grade and the class.
_CLASS_RE = re.compile(
    r"(?:[一二三四五六七八九]年级|[初高][一二三])\s*(?:\(\s*[0-9]{1,2}\s*\)|[0-9一二三四五六七八九十]{1,2})\s*[班中]队?$"
)

# A university student's cohort after the school's or college's name (folded): 2017级, 17级,
# 2016届, 2019级硕士生 — a student signs with the college and the year of entry (or leaving).
_COHORT_RE = re.compile(
    r"(?:19|20)?[0-9]{2}\s*[级届](?:本科生|硕士生|博士生|研究生|硕士研究生|博士研究生|学生|校友)?$"
)
# A unit by a last word :func:`not_name` leaves out (folded): a section of an office or works
# (宣传科, 工会办公室, 团支部: 科, 室, 组), a railway's depot (机务段, 工务段), an association's head
# office, branch or society (校友总会, 北州分会, 校友会), a corps the writer belongs to (学生记者团, 艺术团),
# a works' division or team (运输处, 采油五队).
# A mine or works, also by its number alone as a mining bureau's paper names them (四矿, 机修厂).
_UNIT_END_RE = re.compile(
    r"^[\u4e00-\u9fff]{2,}(?:科|室|组|段|会|团|处|队|厂|矿)$|^[一二三四五六七八九十]{1,3}[矿厂]$"
    r"|^(?:工会|团委|妇联|党委|科协|侨联|文联)$"  # (and the two-letter bodies of a works: 工会)
    # a prison's ward, as its paper names it (五监区, 女子监区, 三分监区), a company by its number
    # (三连, 某连: a soldier's unit)
    r"|^[\u4e00-\u9fff]{1,6}(?:分)?监区$|^[一二三四五六七八九十某]{1,3}[连營营]$"
)
# What the writer does in the unit, printed after its name (folded): a post (秘书长, 科长, 副主任,
# 书记) or a job (司机, 检车员, 工程师, 教师, 牧民): 东关机务段司机, 校友总会秘书长, 某乡牧民.
_POST_RE = re.compile(
    r"(?:副|总)?(?:[\u4e00-\u9fff]{0,2}(?:长|员|师)|主任医师|主治医师|主任药师|主任护师|司机|主任|书记|"
    r"秘书|干事|会计|经理|主席|委员|农民|牧民|渔民)"
)
# Who the writer is to the paper, printed between the unit or place and the name and parted
# from both by spaces (folded): a reader, a listener, a passenger (澄州市　读者　方玉梅).
# An inmate of a prison (五监区　服刑人员　陈×华) is printed so too, as the prison's paper signs a piece.
_READER_RE = re.compile(r"读者|听众|观众|网友|旅客|乘客|市民|居民|村民|社员|服刑人员|在押人员|学员")
# A soldier's rank, printed between the unit and the name (陆军某部　上等兵　何青山), folded.
_RANK_RE = re.compile(r"列兵|[上一二三]等兵|[上中下]士|[少中上大][尉校]|(?:[一二三四五六]级)?士官")
# Who the writer is, a word alone before the name (folded): 战士　严小川, 工人　李明, 知青　王芳 — how a
# paper of the 1950s to 1970s signs a reader's piece; no unit, but no name either.
_WRITER_ROLE_RE = re.compile(
    r"战士|工人|农民|牧民|渔民|民兵|职工|社员|学生|教师|知青|干部|读者|村民|居民"
    r"|(?:副)?校长|班主任|[\u4e00-\u9fff]{1,4}教师"  # (a school's paper: 校长　郑文澜, 心理教师　罗素芬)
)
# Who the writer is never names the page's staff (责任编辑  王芳, 美编  李四: the desk's line).
STAFF_WHO_RE = re.compile(r"编辑|责编|美编|校对|设计|排版|制作|监制|主编|编审|签发")
# An author's mark before the unit (□ 经济学院2017级　宋　祎): the mark of a signed piece.
_MARK_RE = re.compile(r"^[□■◎◇◆☆★]\s*")


# A body that writes as one, its name ending in what it is (folded): a party or youth league
# branch (红旗大队党支部, 五分场二队党支部, 机务段团总支), a contributing or writing group
# (县委通讯组, 某厂工人理论小组, 大批判组). At least three characters before that word.
_GROUP_AUTHOR_RE = re.compile(
    r"^[\u4e00-\u9fff]{3,16}(?:党支部|党总支|团支部|团总支|通讯组|报道组|写作组|评论组|调查组|"
    r"理论小组|理论组|大批判组)$"
)


def group_author_line(text: str) -> bool:
    """Whether ``text`` (a line under a title, as printed; an author's mark may open it) names a
    body that wrote the piece, as papers of the 1950s to 1970s sign an account of a unit's
    experience under its title (``五分场二队党支部``, ``某某县委写作组``): the byline, naming no
    reporter, not a line of the headline. By its last word only (:data:`_GROUP_AUTHOR_RE`)."""
    line = _MARK_RE.sub("", fold(text.strip()))
    return _GROUP_AUTHOR_RE.match(line) is not None


def unit_author_line(text: str) -> bool:
    """Whether ``text`` (a line under a title, as printed) is a unit then a person's name, parted
    by a space (:func:`unit_author_name` finds the name)."""
    return bool(unit_author_name(text))


def unit_author_name(text: str) -> str:
    """The person's name, without its spaces, when ``text`` (as printed: a line under a title,
        or a sign-off's inside its brackets, ``热处理分厂　鲁　娜``) is a unit then a person's name,
        parted by a space: the unit a place, office or works by its last word (:func:`not_name`:
        ``省教育厅``, ``城关中学``, ``红旗公社``; a school with a pupil's class, ``明德小学六年级（4）班``:
    :data:`_CLASS_RE`, or the class alone in a school's own paper, ``初二（4）班``, or a college with a student's cohort, ``经济学院2017级``: :data:`_COHORT_RE`;
        whom the writer is one of, ``岚东县民兵``; a department, a depot, an association or a corps,
        ``段宣传科``, ``学生记者团``: :data:`_UNIT_END_RE`; the writer's post or job after the unit,
        ``东关车辆段检车员``, ``校友会副会长``: :func:`_unit`, or spaced between it and the name with
        who the writer is, ``澄州市　读者　方玉梅``: :data:`_READER_RE`; or only who the writer is, a
        word alone, ``战士　严小川``: :data:`_WRITER_ROLE_RE`; an author's mark may open the line,
        ``□ …``),
        all Han characters, and the name after it a person's (:func:`looks_like_name`, or by its form
        after the unit, :func:`name_by_form`; spaced out too, ``何　岚``; or a transliterated name by
        its dots, ``吐尔洪·买买提``: :data:`~articles.parsing.letternames.DOTTED_NAME_RE`); else ``""``.
        A line of one piece, of words that are no unit (``全县小麦播种　已过九成``), or with
        punctuation is none. jieba is asked only once the unit has matched."""
    folded = fold(text.strip())
    line = _MARK_RE.sub("", folded)
    if not line or len(line) > _LINE_MAX:
        return ""
    unit, _, rest = line.partition(" ")
    rest = _after_who(rest)
    person = SPACE_RUN_RE.sub("", rest)
    unit, own_school = _school(unit)
    role = own_school or _WRITER_ROLE_RE.fullmatch(unit) is not None  # (战士　严小川: who)
    short = len(unit) < _UNIT_MIN and not _UNIT_END_RE.match(unit)  # (四矿: a works by number)
    if (short and not role) or not person or STAFF_WHO_RE.search(unit):
        return ""  # (责任编辑 牛晓丽: the page's editor, no writer)
    # (某乡牧民　吐尔洪·买买提: dotted; 五监区　服刑人员　陈×华: withheld, as printed)
    named = DOTTED_NAME_RE.fullmatch(person) is not None or redacted_name(person)
    if not (own_school or HAN_RUN_RE.fullmatch(unit)) or not (
        named or HAN_RUN_RE.fullmatch(person)
    ):
        return ""
    if not (role or _unit(unit)):
        return ""
    if named or _han_name(person):
        return SPACE_RUN_RE.sub("", text.strip()[len(folded) - len(rest) :])  # (printed: 報 kept)
    return ""


def _after_who(rest: str) -> str:
    """``rest`` (folded: what follows the unit) without who the writer is when that stands
    between the unit and the name, parted from both by spaces: a reader, a post, a soldier's
    rank, an inmate (``读者　方玉梅``, ``值班员　王某``, ``上等兵　何青山``, ``服刑人员　陈×华``)."""
    who, _, after = rest.strip().partition(" ")
    if after.strip() and any(
        rule.fullmatch(who) for rule in (_READER_RE, _POST_RE, _RANK_RE, _WRITER_ROLE_RE)
    ):
        return after
    return rest


def _school(unit: str) -> tuple[str, bool]:
    """``unit`` (folded) without a pupil's class or a student's cohort after the school's name
    (``明德小学六年级(4)班``, ``经济学院2017级``: the school, :data:`_CLASS_RE`, :data:`_COHORT_RE`),
    and whether a class stood alone (``初一(5)班``: a pupil of the school whose paper it is)."""
    school_class = _CLASS_RE.search(unit) or _COHORT_RE.search(unit)
    if school_class is None:
        return unit, False
    unit = unit[: school_class.start()]
    return unit, not unit and school_class.group().endswith("班")


def _han_name(person: str) -> bool:
    """``person`` (Han characters, no spaces) is a person's name: two to four characters that
    read as a name (:func:`looks_like_name`) or have a name's form (:func:`name_by_form`)."""
    return 2 <= len(person) <= 4 and (looks_like_name(person) or name_by_form(person))


def _unit(who: str) -> bool:
    """Whether ``who`` (folded, Han characters only) names where a writer works: a unit by its
    last word (:func:`not_name`, :data:`_UNIT_END_RE`), maybe with the writer's post or job after
    it (:data:`_POST_RE`: ``东关机务段司机``, ``校友总会秘书长``, ``厂工会宣传科``)."""
    if not_name(who) or _UNIT_END_RE.match(who):
        return True
    for cut in range(2, 6):  # (the shortest post first: 校友总会 | 秘书长, not 校友总 | 会秘书长)
        base, post = who[:-cut], who[-cut:]
        unit = len(base) >= 2 and (not_name(base) or _UNIT_END_RE.match(base))
        if unit and _POST_RE.fullmatch(post):
            return True
    return False


# An author's line naming what each person did, as a 副刊 prints a poem (folded): the poet, 作,
# and the translator, 译 (吐尔洪·阿吾提　作　陈思远　译), or the translator alone (陈思远　译); a chess
# problem's composer, 拟局 (江海客　拟局).
_WHO = rf"{DOTTED_NAME_RE.pattern}|[{HAN}]{{2,4}}|[{HAN}][ \u3000]{{1,3}}[{HAN}]"
_MADE_BY_RE = re.compile(
    rf"^(?P<by>{_WHO})[ \u3000]+(?:作|著|拟局)(?:[ \u3000]+(?P<tr>{_WHO})[ \u3000]+译)?$"
    rf"|^(?P<only>{_WHO})[ \u3000]+译$"
)
_NOT_IN_NAME_TAGS = ("ns", "v", "m")  # a place, a verb, a numeral: no piece of a name
# A writer's pen name with 著 glued after it, as a 1920s tabloid heads its serial novel (folded):
# 湖上散人著 (two to five Han characters; a pen name need not read as a name by its form).
_GLUED_WRITTEN_BY_RE = re.compile(rf"^(?P<by>[{HAN}]{{2,5}})著$")


def work_author_line(text: str, deck: tuple | list = ()) -> bool:
    """Whether ``text`` (a line under a title, as printed) names its author as a 副刊 does: the
    poet and translator (:data:`_MADE_BY_RE`: ``吐尔洪·阿吾提　作　陈思远　译``), each a name by its
    dots or by its form (:func:`name_by_form`), or one transliterated name alone
    (:func:`transliterated_name`), or a pen name under a column's label and title (``deck``,
    the lines above it: :func:`_pen_name_under_label`). The byline, not a line of the
    headline; constant time."""
    line = fold(text.strip())
    if transliterated_name(line) or pen_name_written_by(line) or _pen_name_under_label(line, deck):
        return True
    match = _MADE_BY_RE.match(line)
    if match is None:
        return False
    names = [SPACE_RUN_RE.sub("", n) for n in match.group("by", "tr", "only") if n]
    return all(DOTTED_NAME_RE.fullmatch(n) or name_by_form(n) for n in names)


# A pen name: two or three Han characters, no numeral (超三成, 翻一番: a cut title's end, no name).
_PEN_NAME_RE = re.compile(
    rf"(?![^一二三四五六七八九十百千万亿两零〇]*[一二三四五六七八九十百千万亿两零〇])[{HAN}]{{2,3}}"
)
_TITLE_OVER_PEN_NAME = 4  # characters of the title over a pen name, at least
# Words no pen name is read as: a verb, adverb, numeral, idiom, conjunction, preposition,
# particle, measure word, pronoun or locality (jieba's tags).
_NOT_IN_PEN_NAME_TAGS = ("v", "d", "m", "i", "c", "p", "u", "q", "r", "f", "l")


def _pen_name_under_label(line: str, deck: tuple | list) -> bool:
    """``line`` (folded) is a pen name of two or three Han characters that jieba's dictionary
    holds as no word or as a person's name (``劍秋``, ``瘦鶴``, ``老拙``), its first character no
    common surname (a name by its form is :mod:`~articles.parsing.bylines`' to read), under a deck of two lines
    or more (a column's label and the title: ``影戲叢談`` / ``新片江上琴聲試映記``), the last a title
    at least twice as long: a 1920s tabloid's writer under his piece's title, as the author's
    name on the next line is the byline (INPUT.md, "Headlines"). A subheadline says more than
    its title's half in three characters never does; nor is a word of a cut title's end (its
    pieces a verb, an adverb: ``再提速``). A look-up, and a segmentation of the two or three
    characters when the dictionary does not hold them."""
    if len(deck) < 2 or not _PEN_NAME_RE.fullmatch(line) or line[0] in SURNAMES:
        return False  # (a name by a surname is read, and flagged, as a plain name: bylines)
    title = deck[-1].strip()
    if len(title) < max(_TITLE_OVER_PEN_NAME, 2 * len(line)):
        return False
    posseg = get_posseg()
    tag = posseg.dt.word_tag_tab.get(line)
    if tag is not None:
        return tag.startswith("nr")
    # (a cut title's end reads as words that say something: 再提速 is 再 and 提速)
    return not any(word.flag.startswith(_NOT_IN_PEN_NAME_TAGS) for word in posseg.lcut(line))


def pen_name_written_by(line: str) -> str:
    """The pen name when ``line`` (folded, stripped) is one with 著 glued after it
    (``湖上散人著`` → ``湖上散人``: :data:`_GLUED_WRITTEN_BY_RE`), the writer a byline credits;
    ``""`` for a title ending in a word of 著 (``一部名著``, ``成绩显著``: its last character and
    著 a word of jieba's dictionary) or any other line. A look-up, no segmentation."""
    match = _GLUED_WRITTEN_BY_RE.match(line)
    if match is None or get_posseg().dt.word_tag_tab.get(match.group("by")[-1] + "著"):
        return ""
    return match.group("by")


def transliterated_name(text: str) -> bool:
    """``text`` (folded) is one name transliterated in pieces a middle dot parts (``吐尔洪·阿吾提``,
    :data:`~articles.parsing.letternames.DOTTED_NAME_RE`), not a title dotted so (``巴黎·印象``,
    ``图说·一线``): a piece that jieba's dictionary does not hold, and no piece a place, a verb
    or a numeral. A look-up per piece, no segmentation."""
    if DOTTED_NAME_RE.fullmatch(text) is None:
        return False
    tags = get_posseg().dt.word_tag_tab
    pieces = [tags.get(piece) for piece in text.split("·")]
    return None in pieces and not any(tag and tag.startswith(_NOT_IN_NAME_TAGS) for tag in pieces)
