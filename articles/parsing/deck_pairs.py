"""Two deck lines with no cue between them: is the first the kicker (引题) over the headline, or
the headline over its subheadline (副题)? Used by :mod:`~articles.parsing.decks`.

What decides is what the first line is: a column's name, a slogan couplet, an issuing body over
its document's title, an event's name over what happened at it, or an exhortation without a
subject over a statement with one are kickers; any other line is the headline.
"""

from __future__ import annotations

import re

from articles.parsing.deck_counts import counted_noun, open_count
from articles.parsing.deck_works import work_under_genre
from articles.parsing.englishtext import english_under, without_english_name
from articles.parsing.patterns import ORGANISATION_RE, SPACE_RUN_RE
from articles.parsing.postags import NO_SUBJECT_TAGS as _NO_SUBJECT_TAGS
from articles.parsing.postags import bare_noun_phrase as _bare_noun_phrase
from articles.parsing.postags import first_word_tag, folded_sure_tags, last_word_tag
from articles.parsing.postags import folded_tags as _tags
from articles.parsing.postags import noun_phrase as _noun_phrase
from articles.parsing.postags import subject_and_verb as _subject_and_verb
from articles.parsing.verses import COLUMN_GENRES
from articles.text import fold

_COLUMN_LABEL = 5  # characters: a line this short over a longer title is a column name (kicker)
# characters, spaces left out: 法院以案释法 is a column's name, 市区米价回落 a title
_COLUMN_LABEL_MAX = 6


def over_title(first: str, second: str, together: bool = True) -> bool:
    """Whether ``first``, printed over ``second`` with no cue, is the kicker rather than the
    headline with ``second`` its subheadline.

    A column's name (市民来信, 时评, 短  评, 法院以案释法) is a short line, spaces left out,
    over a longer title: it names the column's genre (来信, 时评, 札记 …), or it is five
    characters at most under a title twice as long, or jieba reads no verb in it (a name, not a
    statement: 法院以案释法, 跨境电商出口; but 市区米价回落 and 高考首日 / 考点秩序井然, where
    高考 is read as a verb, are titles in two). So are a couplet (:func:`couplet_over`), an
    issuing body over its document's title (:func:`_issuer_over`), an event's name over what
    happened (:func:`_event_over`), an exhortation over a statement (:func:`_slogan_over`) and
    a genre over a work's name (:func:`~articles.parsing.deck_works.work_under_genre`).
    Two longer lines with no cue stay headline and subheadline: no other reading of what they
    say (a first line without a verb, a quoted one) got more of the sample decks right.
    ``together``: the two lines are printed together (one block); only then is a noun phrase
    over a predicate without its own subject one headline (:func:`_subject_over_predicate`):
    a short line set apart over the title is a column's name (读书, 理论前沿)."""
    if couplet_over(first, second):
        return True
    label, title = compact(without_english_name(first)), compact(second)  # (学生评论 Student Voice)
    if not label or not title or english_under(first, second):
        return False
    if _issuer_over(label, title) or _event_over(label, title) or _slogan_over(label, title):
        return True
    if work_under_genre(label, title):
        return True  # (长篇书目介绍 / 《青溪桥》: the book's name, shorter than the label)
    if len(label) > _COLUMN_LABEL_MAX or len(label) > len(title) or headline_halves(label, title):
        return False
    if fold(label).endswith(COLUMN_GENRES):  # (時評; 湖畔随笔 / 初夏蝉声, a title as short)
        return True
    if len(label) == len(title):
        return False
    if together and len(second.split()) == 1 and _subject_over_predicate(label, title):
        return False
    if len(label) <= _COLUMN_LABEL and 2 * len(label) <= len(title):
        return True
    return not _has_verb(label) or _ends_in_noun(label)


# What a column of advice is called by (健康小贴士, 安全提示, 生活妙招): a genre, not a subject.
_ADVICE_GENRES = ("贴士", "提示", "提醒", "常识", "妙招")
# A time relative to the day of issue opening a line (下周一, 明年起, 今起), or the months a
# figure covers (前2月, 头两个月, 1至5月): no subject of its own.
_RELATIVE_TIME_RE = re.compile(
    r"^(?:(?:[今明本下]|这)(?:年|月|周|週|星期|起|天|日)|(?:[前头頭近]|[0-9０-９一二三四五六七八九十]{1,2}"
    r"[至到-])[0-9０-９一二两兩三四五六七八九十]{1,2}個?个?月)"
)


def _subject_over_predicate(label: str, title: str) -> bool:
    """Whether ``label`` (spaces left out, no column's genre word at its end) is a noun phrase
    with no verb (:func:`~articles.parsing.postags.noun_phrase`: ``公交新线``, ``十四岁小将``, ``县人民医院``) over a
    ``title`` that is a predicate without a subject of its own: it opens with a verb, a
    preposition or a time word (``下周一开通``, ``摘得全国游泳冠军``, ``组织医疗队巡回下乡``).
    The line under it says what the noun phrase does, so the two are one headline on two lines
    (INPUT.md, "A headline may be printed on two lines"; the seed's 以重大项目支撑 / 南通高质量
    发展走在前列), or the headline and its subheadline, never a kicker over a title: a kicker
    is a column's, a genre's or an event's name, ends in ——/：, or stands over a statement with
    its own subject (``海湾湿地`` / ``候鸟数量创新高``); the predicate is a half (≤ 12 characters)."""
    if len(title) > _SENTENCE_HALF_MAX or not label.isalnum():  # (图说·一线: a column's name)
        return False  # (理论前沿 / 以系统观念推进基层治理现代化: a whole title under a name)
    if label in GENRE_WORDS or label.endswith(_ADVICE_GENRES) or _has_verb(label):
        return False
    if not _noun_phrase(label):
        return False
    if _RELATIVE_TIME_RE.match(title):
        return True
    tail = [tag for tag in _tags(title) if tag != "x"]
    return bool(tail) and tail[0] in _PREDICATE_OPENERS


def column_label_over(first: str, second: str) -> bool:
    """Whether ``first`` over ``second`` is a column's name over the title (``读书札记`` /
    ``在泥土里读懂中国``): a short line (spaces left out, :data:`_COLUMN_LABEL_MAX` characters at
    most) shorter than the title that ends with a column's genre (札记, 随笔, 来信 …) or with a
    news genre's word (:data:`GENRE_WORDS`: ``专访``, ``主持人专访``), or a name, five characters at most, under a title
    twice as long (书林漫笔, 学习园地: no verb, or a noun at its end, :func:`_ends_in_noun`). Used where a ——subheadline under the two lines
    already says the deck is complete (kicker, headline, subheadline): the column's name is
    its kicker, not the first half of the headline (以重大项目支撑 / 南通…, with its verb, is)."""
    label, title = compact(first), compact(second)
    if not label or len(label) > _COLUMN_LABEL_MAX or len(label) >= len(title):
        return False
    if fold(label).endswith(COLUMN_GENRES) or fold(label).endswith(_GENRE_ENDS):
        return True  # (专访, 主持人专访, 人物专访: a genre's word, alone or after whose it is)
    if len(label) > _COLUMN_LABEL or 2 * len(label) > len(title):
        return False
    return not _has_verb(label) or _ends_in_noun(label)  # 学习园地: a verb's object, then a noun


def headline_halves(label: str, title: str) -> bool:
    """Whether ``label`` over ``title`` (both spaces left out) is one headline cut in two, not a
    kicker over it: a first line ending in 的 (``旧书摊上的`` / ``一本《植物志》``) waits for the noun
    it modifies, and a place with no verb (``海湾湿地``, jieba reads a place name in it) over a
    statement that opens with its own plain noun for a subject (``候鸟数量创新高``) says where
    that subject is: neither stands alone the way a kicker does (a kicker's place is the topic
    of a title without a subject of its own, 江湾图书馆 / 延长开放时间; a column's name over a
    statement, 社区法律课堂 / 邻里纠纷调解化干戈, names no place)."""
    if label.endswith("的"):
        return True
    if "ns" not in _tags(label) or _has_verb(label) or label.endswith(COLUMN_GENRES):
        return False
    tail = _tags(title)
    return len(tail) >= 2 and tail[0] == "n" and any(tag in _VERB_TAGS for tag in tail[1:])


# The kinds of official documents (公文 文种, GB/T 9704) a document's title ends with.
_DOCUMENT_KINDS = (
    "通知",
    "通告",
    "公告",
    "意见",
    "决定",
    "决议",
    "办法",
    "规定",
    "细则",
    "条例",
    "方案",
    "规划",
    "批复",
    "报告",
    "通报",
    "命令",
    "公报",
    "纪要",
)


def _issuer_over(label: str, title: str) -> bool:
    """An organisation's name alone on a line (``某市人民政府办公室``) over a document's title
    (``关于……的通知``): an official document printed on a page is titled 发文机关 + 事由 + 文种
    (GB/T 9704); set on two lines, the issuing body stands over the title as its kicker."""
    return bool(ORGANISATION_RE.match(fold(label))) and (
        title.startswith("关于") and title.endswith(_DOCUMENT_KINDS)
    )


# What an event's name ends with: a match or a contest (联赛, 小组赛, 足协杯), a meeting or a fair
# (运动会, 博览会, 峰会), a festival (艺术节), a show (书画展) or a forum (论坛).
_EVENT_ENDS = ("赛", "杯", "会", "节", "展", "论坛")
_EVENT_NAME_MAX = 12  # characters: an event's name on a kicker line is at most this long


# A round, a match or a leg of a contest after its name (甲级联赛第二十八轮, 巡回赛第三站).
_EVENT_ROUND_RE = re.compile(r"第[0-9０-９一二两三四五六七八九十百]{1,4}[轮场站]$")


def event_over(first: str, second: str) -> bool:
    """Whether ``first`` is an event's name over the title ``second`` (:func:`_event_over`), a
    round or a leg after the name (``甲级联赛第二十八轮``); used where a ——subheadline under the
    two lines already says the deck is complete (kicker, headline, subheadline). Without one,
    blind readers take a round's name over a title for the headline as often as a kicker."""
    return _event_over(_EVENT_ROUND_RE.sub("", compact(first)), compact(second))


def _event_over(label: str, title: str) -> bool:
    """An event's name (``全省田径锦标赛``, ``城市马拉松赛``) over a line that says what
    happened at it: a sports or a meeting page names the event over the story's title, and the
    name, a noun with no verb of its own, sets the scene for the statement under it (引题);
    read whole, the name ends in a noun (甲级联赛: its 联 alone is read as a verb; 稳步发展 ends
    in no noun, whatever 展 may end)."""
    ending = next((end for end in _EVENT_ENDS if label.endswith(end)), "")
    return (
        bool(ending)
        and len(label) <= _EVENT_NAME_MAX
        and len(label) > len(ending) + 1
        and not (_has_verb(label[: -len(ending)]) and not _tags(label)[-1].startswith("n"))
        and not title.endswith(_EVENT_ENDS)
    )


def _slogan_over(label: str, title: str) -> bool:
    """A line opening with a verb and naming no one (``坚持科学种田``, ``聚焦实战砺精兵``), an
    exhortation or a slogan, over a statement with its own subject and verb (``我县早稻喜获
    丰收``): the slogan sets the story in its campaign and the statement reports the news, so
    the statement is the headline and the slogan its kicker. A line naming a calendar day
    (``高考成绩6月25日公布``) reports when something happens: news, never a slogan; a line asking
    a question (``作业怎么布置？专家支招``) urges nothing either. A line under it that opens with a
    verb or a preposition (``访……``, ``写在……``) names no one either: a subheadline."""
    if _CALENDAR_DATE_RE.search(label) or "？" in label or "?" in label:
        return False  # 高考成绩6月25日公布: news reported; 志愿怎么填？: a question urges nothing
    if not _exhortation(label):
        return False  # (the title is tagged only now: part-of-speech tagging is the slow part)
    sure = folded_sure_tags(title)  # (what is known without jieba's HMM decides first)
    opener = first_word_tag(sure.head)
    if opener is not None and opener[:1] not in _SUBJECT_TAG_STARTS:
        return False
    if opener is not None and any(tag in _PREDICATE_TAGS for tag in sure.anywhere):
        return True  # (a sure predicate, after the sure subject: the full cut has both)
    tail = [tag for tag in _tags(title) if tag != "x"]
    return (
        bool(tail)
        and tail[0][:1] in _SUBJECT_TAG_STARTS
        and any(tag in _PREDICATE_TAGS for tag in tail[1:])
    )


def _exhortation(label: str) -> bool:
    """Whether jieba reads ``label`` as opening with a verb or a preposition (a quotation: with
    a verb in it), and not ending in a time (:func:`_slogan_over`)."""
    quoted = label[:1] in _OPEN_QUOTES and label[-1:] in _CLOSE_QUOTES  # someone's words
    sure = folded_sure_tags(label)  # (what is known without jieba's HMM decides first)
    opener = first_word_tag(sure.head)
    if opener is not None and opener not in _VERB_TAGS and opener != "p" and not quoted:
        return False
    last = last_word_tag(sure.tail)
    if last is not None and (opener in _VERB_TAGS or opener == "p"):
        return last != "t"  # (the first and the last word both sure: the full cut's too)
    head = [tag for tag in _tags(label) if tag != "x"]
    if not head or head[-1] == "t":  # 高考首日: a time, not an exhortation
        return False
    return head[0] in _VERB_TAGS or head[0] == "p" or (quoted and _has_verb(label))


_OPEN_QUOTES = '“「『"'
# A calendar day (6月25日, 七月一日): a line naming the day something happens reports it.
_CALENDAR_DATE_RE = re.compile(
    r"[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日"
)
_CLOSE_QUOTES = '”」』"'


_VERB_TAGS = frozenset({"v", "vd"})
# What a statement's predicate is read as: a verb, or an idiom (长势喜人, 全面铺开, 秩序井然).
_PREDICATE_TAGS = _VERB_TAGS | {"i", "l"}
# jieba tags a subject opens with: nouns and names (n…), pronouns (r), places (s, ns), times (t),
# numerals (m), abbreviations (j).
_SUBJECT_TAG_STARTS = frozenset("nrstmj")


# A slogan-like couplet: 2–4 short phrases of Chinese characters set apart by spaces.
_COUPLET_PART_RE = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
_COUPLET_SKEW = 2  # characters: the phrases of a couplet are parallel, about as long as each other


def couplet_over(first: str, second: str, *, cued_subtitle: bool = False) -> bool:
    """Whether ``first`` is a couplet kicker over the headline ``second``.

    A line of two to four parallel phrases set apart by spaces (``搞活流通 方便群众``,
    ``冬闲变冬忙  农民学技术``) is a slogan setting the scene, the 引题, when the line under it is
    one statement no shorter than the couplet and quotes no one (a ``：`` under it, as in
    ``特首：…``, is a subheadline's speaker, and a shorter line adds detail: 副题). Over a deck's
    ``——``subheadline (``cued_subtitle``) the line under it is the headline whatever its length:
    the 副题 is printed already."""
    parts = first.split()
    if not 2 <= len(parts) <= 4 or not all(_COUPLET_PART_RE.match(part) for part in parts):
        return False
    lengths = [len(part) for part in parts]
    title = second.strip()
    return (
        max(lengths) - min(lengths) <= _COUPLET_SKEW
        and len(title.split()) == 1
        and not any(mark in title for mark in "：:")
        and (cued_subtitle or len(title) >= sum(lengths))
    )


# News genres (新闻体裁) a page names over a story's title, as its 引题: an interview (对话, 专访,
# 访谈), a report's kind (调查, 特写, 侧记, 纪实, 综述, 通讯, 速写) or a commentary's (述评, 快评,
# 短评, 时评, 评论, 社论: the paper's editorial, 观察), or a box of background to the news (链接,
# 背景). A closed list of genre words: a column's own name (江湾夜话, 读者信箱) is not one.
GENRE_WORDS = frozenset(
    (
        "对话",
        "专访",
        "访谈",
        "调查",
        "特写",
        "侧记",
        "纪实",
        "综述",
        "通讯",
        "速写",
        "述评",
        "快评",
        "短评",
        "时评",
        "评论",
        "社论",
        "观察",
        "链接",
        "背景",
    )
)
_GENRE_ENDS = tuple(GENRE_WORDS)


def genre_label(line: str) -> bool:
    """Whether ``line``, spaces left out (``特  写``), is only a news genre's word (:data:`GENRE_WORDS`)."""
    return fold(compact(line)) in GENRE_WORDS


def compact(text: str) -> str:
    """``text`` without its spaces (``短  评`` → ``短评``)."""
    return SPACE_RUN_RE.sub("", text.strip()).replace(" ", "")


def _has_verb(text: str) -> bool:
    """Whether jieba reads a verb in ``text`` (a verbal noun such as 出口, 服务 is not one)."""
    if any(tag.startswith("v") and tag != "vn" for tag in folded_sure_tags(text).anywhere):
        return True  # (a verb read without jieba's HMM: the full cut reads it too)
    return any(tag.startswith("v") and tag != "vn" for tag in _tags(text))


def _ends_in_noun(text: str) -> bool:
    """Whether jieba reads ``text`` as ending in a plain noun after a verb (治淮工程, 修路工程): a
    verb with its object before a noun head is a noun phrase naming a topic, the way a kicker
    names it, not a statement (市区米价回落 ends in its verb, 高考首日 in a time word)."""
    tags = _tags(text)
    return len(tags) >= 2 and tags[-1] == "n"


_SENTENCE_HALF_MAX = 12  # characters, spaces left out: each half of a headline set on two lines
# jieba tags a predicate with no subject of its own opens with: a verb, a preposition, a time.
_PREDICATE_OPENERS = frozenset({"v", "p", "t", "tg"})


def sentence_halves(first: str, second: str) -> bool:
    """Whether ``first`` over ``second`` (two short deck lines printed together, no cue, not read
    as a kicker over a title) is one headline set on two lines (INPUT.md: "A headline may be
    printed on two lines"), not a headline over its subheadline.

    The second line is a predicate with no subject of its own: it opens with a verb, a
    preposition or a time word (``逼近八百万套``, ``在欧洲多国试点``, ``今年惠及两万户``); and
    the first is the noun phrase it is said of, a subject and nothing of a predicate
    (:func:`~articles.parsing.postags.noun_phrase`: ``日本空置住房``, ``无人机送药``). A subheadline says a thing of its
    own, with its own subject (``旱地变成了水浇田``, ``参展出版社逾三百家``), or stands under a headline that is already
    a whole statement, with an adverb, a time or two verbs in it (``街市档主反对改建`` /
    ``怕搬迁后冇生意``, ``古镇老街修缮完工`` / ``本周六重新开街``)."""
    head, tail = compact(first), compact(second)
    if not head or not tail or max(len(head), len(tail)) > _SENTENCE_HALF_MAX:
        return False
    opener = first_word_tag(folded_sure_tags(tail).head)  # (known without jieba's HMM)
    if opener is not None and opener not in _PREDICATE_OPENERS and opener != "vn":
        return False  # (the second line's sure first word first: the HMM runs last)
    if not _noun_phrase(head):
        return False
    tags = [tag for tag in _tags(tail) if tag != "x"]
    if tags[:1] == ["vn"] and tags[1:2] in (["m"], ["mq"]):
        return True  # 突破十亿元: a verb jieba reads as a noun, with an amount for its object
    return bool(tags) and tags[0] in _PREDICATE_OPENERS and not _verb_attribute(tags)


def predicate_cut_off(first: str, second: str) -> bool:
    """Whether ``second``, a short last line under ``first`` in a deck of three lines or more
    (``全县早稻收割`` / ``已过三成``), is the end of the line above cut off by a narrow column: a
    predicate with no subject of its own, opening with a verb, a preposition, a time word or
    an adverb (已, 将, 再), under the noun phrase it is said of (:func:`sentence_halves`). Such
    a line cannot be a subheadline, which says a thing of its own; the two lines are one."""
    if sentence_halves(first, second):
        return True
    head, tail = compact(first), compact(second)
    if not head or not tail or max(len(head), len(tail)) > _SENTENCE_HALF_MAX:
        return False
    tags = [tag for tag in _tags(tail) if tag != "x"]
    return tags[:1] == ["d"] and len(tags) > 1 and _noun_phrase(head)


def _verb_attribute(tags: list[str]) -> bool:
    """Whether a line tagged ``tags`` that opens with a verb or a time word has a subject of its
    own after it: a noun, then a verb of which it is the subject (``参展出版社逾三百家``,
    ``借出去的扳手都还回来了``, ``首日茶农采摘三吨``): the opening verb only describes that
    noun, the time word says when."""
    if tags[0] not in ("v", "t", "tg"):
        return False
    nouns = [index for index, tag in enumerate(tags) if tag.startswith("n")]
    return bool(nouns) and any(tag.startswith("v") and tag != "vn" for tag in tags[nouns[0] + 1 :])


# What a line that is half a sentence ends with: a comma or an enumeration comma (暴雨夜，).
_OPEN_CLAUSE_ENDS = ("，", ",", "、")


def unfinished_over(first: str, second: str) -> bool:
    """Whether ``first`` over ``second`` (two deck lines printed together, no cue) is one headline
    cut in two because ``first`` cannot end a title: it ends with a comma or an enumeration comma
    (``暴雨夜，`` / ``他们在桥下守了一夜``), a clause that goes on; or it ends with a verb whose
    object is the line under it (``柳溪乡兴办`` / ``竹编合作社三十个``, ``市政协召开`` / ``第九次会
    议``): a subject and a verb, and under it only a noun phrase (:data:`~articles.parsing.postags.NOUN_PHRASE_TAGS`), no
    verb of its own, which no subheadline is (a subheadline says a thing of its own, with a verb). INPUT.md: "A headline
    may be printed on two lines"."""
    head, tail = compact(first), compact(second)
    if not head or not tail:
        return False
    if head.endswith(_OPEN_CLAUSE_ENDS):
        return True
    if max(len(head), len(tail)) > _SENTENCE_HALF_MAX:
        return False
    if head.endswith(COLUMN_GENRES) or not _subject_and_verb(head):
        return False  # (市民来信: a column's name, whatever jieba reads in it)
    return _bare_noun_phrase(tail)


_CUT_PIECE_MAX = 7  # characters, spaces left out: a piece of a headline cut by a narrow column
_CUT_PIECES = 3  # lines: a deck of this many is kicker, headline and subheadline, or one cut title
_SCENE_TAGS = frozenset({"t", "tg", "r"})  # a time (端午假期) or a pronoun (我市) opens a scene


def cut_pieces(lines: list[str]) -> bool:
    """Whether three deck lines with no cue among them are one headline cut into pieces by a
    narrow column (a PDF's text layer, OCR), not kicker, headline and subheadline (INPUT.md,
    "Text cut into short lines"): every line is short (:data:`_CUT_PIECE_MAX` characters at
    most), and the first is a noun phrase with no verb, headed by a noun (``省级重点项目``,
    ``乡村教师``), a subject waiting for its predicate, not a statement of its own (``夏收战斗打响``
    ends in the action it reports: a kicker); a kicker stands alone. The first
    line is no time (``端午假期``, which sets a scene: a kicker) and the second does not open with
    a pronoun for a subject of its own (``我市接待游客``, a statement a kicker is set over). A
    kicker, headline and subheadline that are each a statement of their own are longer
    (``春耕生产全面展开`` / ``各队抢墒播种早稻`` / ``力争早稻再获丰收``)."""
    if len(lines) != _CUT_PIECES:
        return False
    pieces = [compact(line) for line in lines]
    if not all(0 < len(piece) <= _CUT_PIECE_MAX for piece in pieces):
        return False
    head = [tag for tag in _tags(pieces[0]) if tag != "x"]
    if not head or head[0] in _SCENE_TAGS or head[-1][:1] != "n" or _has_verb(pieces[0]):
        return False  # (夏收战斗打响 ends in an action, a verbal noun: a statement, a kicker)
    if not _noun_phrase(pieces[0]):
        return False
    second = [tag for tag in _tags(pieces[1]) if tag != "x"]
    return bool(second) and second[0] != "r"  # (a time opens a predicate: 今年再建一千套)


# A deck line that is only a name in quotes (“春雷行动”): a name, the object of a verb above it.
_QUOTED_ONLY_RE = re.compile(r"^[“「『\"][^“”「」『』\"\s]{2,12}[”」』\"]$")


def object_under_verb(first: str, second: str) -> bool:
    """Whether ``second``, only a name in quotes (``“春雷行动”``), is the object of the verb
    ``first`` ends with (``我省启动``): a verb without its object is no title of its own, nor is
    a name alone its subheadline, so the two lines are one headline cut in two (INPUT.md, "A
    headline may be printed on two lines")."""
    head, tail = compact(first), compact(second)
    if not _QUOTED_ONLY_RE.match(tail) or len(head) < 3 or len(head) > _SENTENCE_HALF_MAX:
        return False
    tags = [tag for tag in _tags(head) if tag != "x"]
    return len(tags) >= 2 and tags[-1] in ("v", "vn") and tags[0] not in _NO_SUBJECT_TAGS


# A line ending in an ordinal and its measure word, a quoted attribute at most after them (首个
# “零碳”, 第二座, 又一批): the measure word counts a noun the line has not printed yet (an amount
# after a verb, 增至四十家, is the object itself).
_OPEN_MEASURE_RE = re.compile(
    r"(?:首|头|第[0-9０-９一二两三四五六七八九十百]+|又[一两]?)\s*[个座家项条批名位台辆所处套种块件]"
    r"(?:[“「『\"][^“”「」『』\"\s]{1,8}[”」』\"])?$"
)
_BARE_OBJECT_MAX = 6  # characters: a noun alone under a title line, the object it was cut from


def noun_cut_off(first: str, second: str) -> bool:
    """Whether ``first`` over ``second`` (two deck lines with no cue, the first no kicker by
    :func:`over_title`) is one headline cut in two around a noun: ``first`` ends with an ordinal
    and its measure word (``全省首个“零碳”`` / ``服务区建成``), which counts a noun printed only
    on the next line, or with a verb and a count (``我国成功发射一颗`` / ``科学实验卫星``,
    :func:`~articles.parsing.deck_counts.open_count`) over the noun phrase it counts; or ``second`` is a short plain noun and nothing else (``县农机厂试制成功`` /
    ``手扶拖拉机``, one word), the object of what the first line says: a subheadline says a thing of its own,
    with a verb, and a noun alone says nothing (INPUT.md, "A headline may be printed on two
    lines")."""
    head, tail = compact(first), compact(second)
    if not head or not tail or max(len(head), len(tail)) > _SENTENCE_HALF_MAX:
        return False
    if _OPEN_MEASURE_RE.search(head):
        return True
    if open_count(head) and counted_noun(tail):
        return True
    if len(tail) > _BARE_OBJECT_MAX or len(head) <= len(tail):
        return False
    tags = [tag for tag in _tags(tail) if tag != "x"]
    return len(tags) == 1 and tags[0] in ("n", "nz")  # (游客盈门, n n, is a statement)
