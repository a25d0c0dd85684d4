"""Lines that close a story on a line of their own: where it came from, 完, its writer's or
illustrator's credit, its editor.

INPUT.md ("Bylines, datelines, credits"): "End-of-story datelines, bracketed or bare on their own
line, author notes and pen names on their own line belong to the story before them, not to the
headline after them." Papers close a reprinted or compiled item with its source
(``（据新华社）``, ``（综合新华社、人民网）``, ``（来源：人民日报）``, ``（摘自《求是》）``, or the agency or
paper or site named alone: ``（新华社）``, ``（人民日报）``, ``（人民网）``, ``（央视新闻）``), agency copy with ``（完）``, a feature with its
writer's credit (``文/周明``, ``周明/文``, ``（特约撰稿人 周明）``, ``（本文作者 周明）``) or its
illustrator's (``（钱立 绘）``), a reprint with where it first ran (``（原载《东林晚报》）``), a
story with a note on it (``（文中受访者均为化名）``, ``（本文仅代表作者个人观点）``), and some pages
with the story's editor (``（编辑 周明）``, ``（责任编辑：周明）``). Such a line is short and unpunctuated, so by its shape alone it would read
as the next story's 引题; :func:`closes_story` tells it apart, and :func:`closing_credit` gives
the credit such a line makes.

Who a closing line credits, as papers print it (:func:`closing_credit`):

* the writer (文/周明, 周明/文, 撰文, 执笔, 本文作者 周明, 作者：周明, 特约撰稿人 周明), and with a
  writer the photographer (文/周明 图/钱立, 周明/文 钱立/图, 文·周明 图·钱立): the writer is the
  story's reporter, the photographer took its pictures (the photographer of the story's photos
  printed without a credit of their own, never one of its writers; 周明 文/图: both);
* who turned someone else's words into the story: a translator or compiler (周明 编译, 翻译：周明)
  and the writer who put it together (钱立 整理, 周明/整理): the story is theirs to sign;
* who supplied it (钱立 供稿): a person is credited, an organisation (市气象局供稿, 高新区 供稿:
  :data:`_ORGANISATION_END_RE`) is not (it is the story's source, as 据新华社 is);
* an illustrator (钱立 绘, 漫画：钱立): credited when the story has no byline (the only name it
  prints);
* not the speaker of an as-told-to story (周明 口述 钱立 整理: 钱立 wrote it, 周明 is whose words they
  are, as the story itself says), nor an editor or proofreader (编辑 周明: the desk's line), nor
  an agency, a source or an author note (作者单位：…).

A role word (作者, 编译, 口述) is never read as a person's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from articles.parsing.captionshapes import caption_shaped
from articles.parsing.datelines import dateline_match
from articles.parsing.deskends import helper_note
from articles.parsing.linegates import Gate
from articles.parsing.names import names_only, not_name
from articles.parsing.officesigns import _OFFICE_SIGNATURE_RE, office_signature
from articles.parsing.patterns import SPACE_RUN_RE, is_heading_like
from articles.parsing.unitauthors import unit_author_name
from articles.parsing.units import Para, Special
from articles.text import HAN, fold

MAX_CLOSING_LINE = 40  # characters: a closing line is short
_CAPTION_NUMBERS = frozenset(chr(ord("①") + i) for i in range(20))  # a photo's caption: ①…⑳
_OPEN, _CLOSE = r"[（(]\s*", r"\s*[）)]"
# Names in a credit: one to three, parted by spaces or 、 (checked by names_only).
_NAMES = rf"(?P<names>[{HAN}·][{HAN}·\s\u3000、]{{1,24}}?)"

# Where the story came from, in brackets (folded): 据 or 综合 then a source named by its kind
# (an agency 社, a paper 报, a site 网, a station 台, a title in 《》, an app or account);
# 来源： / 稿件来源 / a noun of one or two characters, 来源 and a colon (数据来源：, 资料来源：; not
# the page's own note, 本版数据来源：…, furniture) / 摘自 / 转自 /
# 选自 then any source; where a reprint first ran (原载《…》, 本文原载于…, 原刊…, 刊于…); what a
# translation was translated from, its translator's name before (（哈斯木　译自本报维吾尔文版）, as
# a paper printed in two scripts closes a piece taken from its other edition).
_SOURCE_RE = re.compile(
    rf"^{_OPEN}(?:(?P<by>据|综合|综合自|转引自)|(?:稿件|信息|新闻|文章)?来源\s*[:：]?|[{HAN}]{{1,2}}来源\s*[:：]|来源于|转自|摘自"
    rf"|选自|摘编自|编译自|转载自|引自|(?:[{HAN}·]{{2,12}}?[\s\u3000]*)?(?:译自|翻译自)"
    r"|(?:本文|此文|该文|原文)?(?:原载于|原载|原刊于|原刊|原发于|刊载于|刊于|载于|发表于|转载自|转自|摘自|选自))"
    rf"\s*(?P<source>[^（）()]{{2,36}}?){_CLOSE}$"
)
# An editorial note on the story, in brackets: that the names of its people are changed
# (（文中受访者均为化名）, （应受访者要求，文中人物系化名）, （文中人名已作化名处理）), or that it
# speaks for its writer only (（本文仅代表作者个人观点）, （文章不代表本报立场）).
_NOTE_RE = re.compile(
    rf"^{_OPEN}(?:[^（）()]{{1,30}}?(?:为|系|是|用|作|以)化名(?:处理)?"
    r"|(?:本文|文章|此文|该文|上文|以上)[^（）()]{0,8}代表[^（）()]{0,12}(?:观点|立场|意见|看法))"
    rf"。?{_CLOSE}$"
)
# What a closing line that credits no one opens with, folded (:func:`uncredited_close`): a
# bracket (_SOURCE_RE, _OUTLET_ALONE_RE, _NOTE_RE, _END_MARK_RE's first form all open with
# _OPEN) or a dash (_END_MARK_RE's second form: ——完——).
_CLOSE_OPENERS = frozenset("（(—－-指")
# A pupil's teacher credited under the piece, bracketed or not (folded): 指导老师：王 芳,
# （指导教师 王芳）: the piece's last line, crediting no writer (the pupil signed it above).
_ADVISER_RE = re.compile(
    rf"^(?:{_OPEN})?指导(?:老师|教师)\s*[:：]?\s*[{HAN}·][{HAN}·\s\u3000、]{{1,24}}?(?:{_CLOSE})?$"
)
_SOURCE_WORD_RE = re.compile(r"[社报网台刊》]|新闻|客户端|公众号|微博|微信|电$|消息$|报道$|报导$")
# The end of agency copy: （完）, （全文完）, ——完——; of a serial's instalment: （未完待续）,
# （待续）, （未完）, （续完）, （连载完）.
_END_MARK_RE = re.compile(
    rf"^{_OPEN}(?:(?:全文|连载)?完|未完(?:[，,、]?待续)?|待续|续完)。?{_CLOSE}$"
    r"|^[—－-]{1,4}\s*(?:全文)?完\s*[—－-]{1,4}$"
)
# The story's editor (and proofreader), in brackets: （编辑 周明）, （责任编辑：周明）,
# （编辑：周明 校对：钱立）. (Bare, 责任编辑 罗丽 at the foot of a page is the page's editor:
# furniture, see patterns.STAFF_RE.)
_EDITOR_ROLE = r"(?:本文)?(?:责任编辑|责编|编辑|值班编辑|编审|编校|审校|校对|责任校对|美编)"
_EDITOR_RE = re.compile(
    rf"^{_OPEN}{_EDITOR_ROLE}\s*[:：/／]?\s*[{HAN}·][{HAN}·\s\u3000]{{1,8}}"
    rf"(?:[\s\u3000]+{_EDITOR_ROLE}\s*[:：/／]?\s*[{HAN}·][{HAN}·\s\u3000]{{1,8}})*"
    rf"{_CLOSE}$"
)
# A writer's credit (folded): 文/周明, 文：周明, 文·周明, 文/图 周明, 周明/文, 周明 文/图, （周明/文）;
# a translator's, a compiler's or the writer's who put it together (周明 编译, 编译：周明,
# 周明/整理); with the photographer's after it (文/周明 图/钱立): the line credits both, as a
# byline does.
# (the middle dot may part 文 and 图 as the slash does: 文·图/周明, 图·文/周明, 文·摄/周明)
_WORK = r"(?:文|文字|撰文|执笔|文\s*[/·•・]\s*[图摄]|图\s*[/·•・]\s*文|文图|图文|编译|翻译|整理|编写|采写)"
_PHOTO = r"(?:图|图片|摄影|摄)"
_PHOTO_NAMES = rf"(?P<photo>[{HAN}·][{HAN}·\s\u3000、]{{1,24}}?)"
_BOTH_RE = re.compile(
    r"文\s*[/·•・]\s*[图摄]|图\s*[/·•・]\s*文|文图|图文"
)  # the writer's and photographer's
_ROLE_SEP = r"\s*[/／:：·•・|｜]\s*"  # 文/周明, 文：周明, 文·周明, 文｜周明 (WeChat)
_BRACKETED = r"(?P<open>[（(]\s*)?{}(?(open)\s*[）)])$"
_WRITER_RES = tuple(
    re.compile("^" + _BRACKETED.format(form))
    for form in (
        # an as-told-to story: the speaker's names, 口述, then the writer's (周明 口述 钱立 整理)
        rf"(?P<speaker>[{HAN}·][{HAN}·\s\u3000、]{{1,24}}?)\s*[/／]?\s*口述[\s\u3000，,、]*"
        rf"{_NAMES}\s*[/／]?\s*(?:整理|撰文|执笔|记录|文)",
        rf"{_WORK}{_ROLE_SEP}{_NAMES}",
        rf"{_WORK}[\s\u3000]+{_NAMES}",
        rf"{_NAMES}\s*[/／]\s*{_WORK}",
        rf"{_NAMES}[\s\u3000]+{_WORK}",
        # the writer's, then the photographer's: 文/周明 图/钱立, 周明/文 钱立/图, 文：周明 摄影：钱立
        rf"{_WORK}{_ROLE_SEP}{_NAMES}[\s\u3000]+{_PHOTO}{_ROLE_SEP}{_PHOTO_NAMES}",
        rf"{_NAMES}\s*[/／]\s*{_WORK}[\s\u3000]+{_PHOTO_NAMES}\s*[/／]\s*{_PHOTO}",
    )
)
# A contributor's or illustrator's credit in brackets: （特约撰稿人 周明）, （本文作者：周明）,
# （钱立 绘）, （漫画：钱立）, a compiler's or reteller's (（王刚 整理）, （王刚 改写）, （王　刚　辑）,
# （王刚 编）: 辑 and 编 after a space mark who gathered a box of tips or sayings), who supplied it
# (（钱立 供稿）: a person;
# an organisation's, （市气象局供稿）, names no one: names_only).
_CONTRIBUTOR_RES = (
    re.compile(
        rf"^{_OPEN}(?:(?:本报|本刊)?(?:特约)?(?:撰稿人|撰稿|评论员)|(?:本文|本篇)?作者|插图|绘图|漫画|绘)"
        rf"\s*[:：/／]?\s*{_NAMES}{_CLOSE}$"
    ),
    re.compile(
        rf"^{_OPEN}{_NAMES}(?:\s*[/／]?\s*(?:绘图|绘|插图|漫画|画|(?P<supplied>供稿))|[\s\u3000]+(?:整理|改写|改编|缩写|辑录|辑|汇编|摘编|选编|编))"
        rf"{_CLOSE}$"
    ),
    # the author's unit and post before the name (（本文作者 城东街道党委宣传委员 苏  晴）,
    # （作者 南通大学教授 周明）): tried after the forms above, so that two names are never read
    # as a post and a name; the post names no one (:func:`_credit`)
    re.compile(
        rf"^{_OPEN}(?:本文|本篇)?作者\s*[:：/／]?\s*(?P<post>[^（）()\s\u3000]{{3,20}}?)[\s\u3000]+"
        rf"{_NAMES}{_CLOSE}$"
    ),
    # who answered a reader's question, maybe after a post (（主治医师　彭立群答）, （律师 王平 答）):
    # the advice column's writer
    re.compile(
        rf"^{_OPEN}(?:(?P<post>[^（）()\s\u3000]{{2,12}}?)[\s\u3000]+)?{_NAMES}\s*答{_CLOSE}$"
    ),
)
# The last character or word of an organisation's name (高新区, 文旅局, 市委宣传部, 疾控中心, 市作家协会,
# 消防救援大队): who supplied a story (（高新区 供稿）) is then its source, not its writer.
_ORGANISATION_END_RE = re.compile(
    r"(?:区|局|委|办|院|所|中心|公司|部|厅|会|站|队|社|处|室|馆|厂|府|署|台|网|报|集团|银行|基地|"
    r"村|镇|乡|县|市|省)$"
)
_CREDIT_RES = (*_WRITER_RES, *_CONTRIBUTOR_RES)
# Who supplied it, in brackets on a line of its own: （州民委供稿）, （省局计划建设处供稿）: under a
# caption standing alone, a picture's credit; under a table's last row, the table's source.
SUPPLIER_RE = re.compile(r"^[（(][^（）()\s]{2,20}供稿[）)]$")
# An agency or a paper named alone in brackets after a story's last paragraph: where the story
# came from (（新华社）, （人民日报）, （中国青年报）), as 据新华社 says it; a closed set of endings, since a
# name alone in brackets is otherwise a person's sign-off (（梅卉）) or a column's (（人民论坛）).
_OUTLET_ALONE_RE = re.compile(
    rf"^{_OPEN}(?:新华社|中新社|中央社|[{HAN}]{{1,8}}(?:日报|晚报|晨报|早报|时报|商报|周报|快报|导报|"
    r"青年报|法治报|法制报|通讯社|新闻社|电视台|广播电台|新闻网|客户端)"
    # or a news site, a broadcaster's news or an app (（人民网）, （新华网）, （央视新闻）, （澎湃新闻）)
    rf"|[{HAN}]{{2,8}}(?:网|新闻|新闻频道|卫视|广播|客户端))"
    rf"{_CLOSE}$"
)


# A unit signing the story it closes, alone in brackets on its own line (folded): a works' or an
# office's desk (（采油二厂政工组）, （护理部）, （县委报道组）, （宣传科）): who sent the item in, as
# enterprise and institution papers sign their reports; an organisation, so it credits no one.
_UNIT_ALONE_RE = re.compile(
    rf"^{_OPEN}[{HAN}]{{1,12}}(?:组|部|科|室|处|办|办公室|中心|委员会){_CLOSE}$"
)


@dataclass(frozen=True)
class ClosingCredit:
    """The credit a closing line makes: ``text`` as printed without its brackets (the story's
    byline when it has none of its own), ``writers`` the people it credits with the story (its
    writer, translator, compiler, supplier or illustrator; never the speaker of 口述),
    ``photographers`` those it credits with the pictures (图/钱立: the story's photos', not its
    reporters)."""

    text: str
    writers: tuple[str, ...]
    photographers: tuple[str, ...] = ()


def _credit(match: re.Match | None, text: str) -> ClosingCredit | None:
    """The credit a credit pattern's ``match`` on the folded ``text`` makes, its names sliced
    from the printed text (:func:`~articles.parsing.names.names_only`); ``None`` when a part that
    should name people holds anything else."""
    if match is None or match.group("names") is None:
        return None
    parts = {}
    for group in ("names", "photo", "speaker"):
        if group in match.re.groupindex:
            parts[group] = names_only(text[slice(*match.span(group))].strip())
            if not parts[group]:
                return None  # (文/周明 图/钱立: the photographer's part names people too)
    if "post" in match.re.groupindex and match.group("post") and names_only(match.group("post")):
        return None  # (（本文作者 周明 钱立）: two names, no post)
    supplied = "supplied" in match.re.groupindex and match.group("supplied")
    if supplied and any(_organisation(name) for name in parts["names"]):
        return None  # (（高新区 供稿）: an office supplied it, as its source)
    # (文/图 周明, 周明 图文: the writer took the pictures too)
    both = parts["names"] if _BOTH_RE.search(match.group()) else ()
    return ClosingCredit(text.strip("（）() \u3000"), parts["names"], parts.get("photo", both))


def _organisation(name: str) -> bool:
    """Whether ``name``, read as a person's name by its form, is an organisation's
    (:data:`_ORGANISATION_END_RE`: 高新区, 文旅局) or no person's by
    :func:`~articles.parsing.names.not_name` (a place, a unit)."""
    return not_name(name) or _ORGANISATION_END_RE.search(fold(name)) is not None


def closing_credit(lines) -> ClosingCredit | None:
    """The credit a writer's, translator's, compiler's, supplier's or illustrator's line among a
    story's end ``lines`` makes (:class:`ClosingCredit`; who is credited: see the module
    docstring), or ``None`` when no line is one (a source, ``（完）``, an editor's line or a note
    crediting helpers, ``（实习生 李明 对本文亦有贡献）``, credits no writer)."""
    for line in lines:
        text = line.strip()
        if len(text) > MAX_CLOSING_LINE:
            continue
        folded = fold(text)
        if helper_note(folded):
            continue  # （实习生 李明 对本文亦有贡献）: a helper, not the writer
        for pattern in _CREDIT_RES:
            match = pattern.match(folded)
            credit = _credit(match, text) if match is not None else None
            if credit is not None:
                return credit
        retold = _RETOLD_RE.match(folded)
        if (
            retold is not None
        ):  # （禾禾姐姐　改写）: a pen name retold it, as a children's page signs
            pen = SPACE_RUN_RE.sub("", text[slice(*retold.span("pen"))])
            return ClosingCredit(text.strip("（）() \u3000"), (pen,))
        writer = _unit_writer(text)
        if writer:  # （校友总会秘书长　季明德）: the writer's unit and post, then the name
            return ClosingCredit(text.strip("（）() \u3000"), (writer,))
        beside = _credit_beside_source(text)
        if beside is not None:
            return beside
    return None


# A source's part of a closing line that also credits the writer (folded): 摘自《…》, 据《…》.
_SOURCE_PART_RE = re.compile(r"^(?:摘自|选自|转自|摘编自|转载自|原载|据|来源\s*[:：])\S")


def _credit_beside_source(text: str) -> ClosingCredit | None:
    """The credit of a reprint's closing line that names its writer beside its source, parted by
    a space inside one pair of brackets (``（作者：柯明远　摘自《芸州晚报》）``, ``（摘自《大众健康报》
    主治医师　彭立群答）``): the part that is no source read as a credit line of its own (the forms
    of :data:`_CREDIT_RES`), its text the whole line's. None when no such part credits anyone."""
    folded = fold(text)
    if len(folded) < 4 or folded[0] not in "(（" or folded[-1] not in ")）":
        return None
    parts = [match.span() for match in _PART_RE.finditer(folded, 1, len(folded) - 1)]
    sources = [
        i for i, (start, end) in enumerate(parts) if _SOURCE_PART_RE.match(folded[start:end])
    ]
    if len(parts) < 2 or len(sources) != 1 or sources[0] not in (0, len(parts) - 1):
        return None
    rest = parts[1:] if sources[0] == 0 else parts[:-1]
    inside = text[rest[0][0] : rest[-1][1]]  # (printed: the folded copy is as long)
    for pattern in _CREDIT_RES:
        match = pattern.match(f"（{fold(inside)}）")
        credit = _credit(match, f"（{inside}）") if match is not None else None
        if credit is not None:
            return ClosingCredit(text.strip("（）() \u3000"), credit.writers, credit.photographers)
    return None


_PART_RE = re.compile(r"[^\s\u3000]+")  # a part of a closing line's inside, between its spaces


def _unit_writer(text: str) -> str:
    """The name in a writer's credit in brackets that prints the writer's unit (and post) before
    the name without a mark (``（校友总会秘书长　季明德）``, ``（段宣传科　高明远）``: the unit author's
    line of :func:`~articles.parsing.unitauthors.unit_author_name` in brackets), as a column's
    piece is signed at its end; ``""`` otherwise."""
    if _UNIT_WRITER_RE.match(text) is None:
        return ""
    return unit_author_name(text[1:-1])


_UNIT_WRITER_RE = re.compile(r"[（(](?s:.*)[）)]\Z")  # (its brackets: the cheap test first)


# A retold story's credit in brackets (folded): a pen name of two to five letters, a space, and
# 改写 / 改编 / 缩写 (（禾禾姐姐　改写）, （小编 改编）): whoever is named retold it, whatever the name's
# form (a children's page's editors sign with pen names no surname starts); a person's name is read
# by the forms above first (（王刚 改写）).
_RETOLD_RE = re.compile(rf"^[（(]\s*(?P<pen>[{HAN}]{{2,5}})\s+(?:改写|改编|缩写)\s*[）)]$")


def outlet_alone(text: str) -> bool:
    """True when ``text`` is an agency, a paper or a news site named alone in brackets
    (``（新华社）``, ``（新华社 ）``, ``（人民日报）``, ``（人民网）``, ``（央视新闻）``: :data:`_OUTLET_ALONE_RE`): after a story's last paragraph,
    where the story came from; after a picture's caption, who sent the picture."""
    return len(text) <= MAX_CLOSING_LINE and _OUTLET_ALONE_RE.match(fold(text.strip())) is not None


def editor_line(text: str) -> bool:
    """True when ``text`` names the story's editor or proofreader only, in brackets
    (``（编辑 周明）``, ``（责任编辑：周明）``): the desk's line, which credits no one with the
    story."""
    return _EDITOR_RE.match(fold(text.strip())) is not None


def pen_credit(lines) -> str:
    """The credit a writer's or illustrator's line among a story's end ``lines`` makes, as printed
    without its brackets (``文/周明``, ``周明/文``, ``特约撰稿人 周明``, ``钱立 绘``): the story's
    byline when it has none of its own (:func:`closing_credit`). ``""`` when no line is one."""
    credit = closing_credit(lines)
    return credit.text if credit is not None else ""


def closes_story(text: str, last, following: str | Callable[[], str | None] | None) -> bool:
    """True when the short line ``text`` closes the story whose paragraph ``last`` (the reader's
    last unit; it must end its sentence: ``terminated``) stands right before it, or, for a line
    crediting no one (:func:`uncredited_close`) or an editor's, under another closing line
    (``last`` an ``end`` :class:`~articles.parsing.units.Special`): a source
    (:data:`_SOURCE_RE`; after 据 or 综合 one named by its kind, so that ``（据了解）`` is not;
    where a reprint first ran, ``（原载《…》）``; or an agency or a paper named alone,
    :data:`_OUTLET_ALONE_RE`: ``（人民日报）``), an editorial note on the story
    (:data:`_NOTE_RE`: ``（文中受访者均为化名）``, ``（本文仅代表作者个人观点）``), an end mark
    (``（完）``), the paper's own office signing a notice (:func:`~articles.parsing.officesigns.
    office_signature`: ``本报编辑部``, ``岚城日报社``), an editor's line with more printed under it (:func:`editor_line`; the
    last line of a page names the page's editor), or a writer's or illustrator's credit naming
    people only (:func:`closing_credit`). A writer's credit must also have no text under it (``following``,
    the next line that is not blank, is None or heading-like, or, when it credits the pictures
    too, a caption of them, ``①…`` or ``书屋里，孩子们在灯下读书。``, printed after it:
    :func:`_caption_under_credit`): over text it may be the byline of what
    follows (an editor's note, then ``文/周明``, then the feature).

    ``following`` may be given as a function that looks the next line up (the reader's costs a
    furniture test of that line): it is called only for a line that is an editor's or a writer's
    credit, the only ones whose answer depends on it (same answer as with the line given)."""
    after_close = isinstance(last, Special) and last.kind == "end"
    if len(text) > MAX_CLOSING_LINE or not (
        after_close or (isinstance(last, Para) and last.terminated)
    ):
        return False
    if _CLOSING_GATE.open(fold(text)) is None:
        return False  # (none of the closing lines' patterns can match it)
    if uncredited_close(text) or office_signature(text):
        return True  # (the paper's office signing a notice: 本报编辑部, 岚城日报社)
    if callable(following):  # looked up only now, when the line's own tests leave it open
        if not (editor_line(text) or (not after_close and pen_credit([text]))):
            return False
        following = following()
    if following is not None and editor_line(text):
        return True  # (an editor's line at the page's foot is the page's: furniture)
    if after_close:
        return False  # (a credit under a closing line may sign what follows)
    if following is not None and not (
        is_heading_like(following) or _caption_under_credit(text, following)
    ):
        return False
    return bool(pen_credit([text]))


def _caption_under_credit(text: str, following: str) -> bool:
    """Whether ``following``, printed under the writer's credit ``text``, is a caption of the
    story's pictures that ``text`` credits too (``文/唐宁 图/许川``:
    :func:`pictures_credit`): a numbered caption (``①…``, a photo story's) or one short sentence
    shaped as a caption (:func:`~articles.parsing.captionshapes.caption_shaped`:
    ``书屋里，孩子们在灯下读书。``). A page's text gives the pictures' captions after the credit
    that names their photographer; a byline over the next story's text is followed by text."""
    shown = following.strip()
    return (shown[:1] in _CAPTION_NUMBERS or caption_shaped(shown)) and bool(pictures_credit(text))


def uncredited_close(text: str) -> bool:
    """True when ``text`` is a closing line that credits no one: a source (:data:`_SOURCE_RE`;
    after 据 or 综合 one named by its kind, so that ``（据了解）`` is not; where a reprint first
    ran), an agency or a paper named alone (:data:`_OUTLET_ALONE_RE`), an editorial note
    (:data:`_NOTE_RE`), an end mark (``（完）``), a unit signing it (:data:`_UNIT_ALONE_RE`:
    ``（护理部）``) or a pupil's teacher credited (:data:`_ADVISER_RE`: ``指导老师：王　芳``). Papers print it under the story's last
    paragraph, or under its other closing lines (``（本文作者 周明）`` then ``（来源：东林报）``:
    INPUT.md, "Bylines, datelines, credits")."""
    if len(text) > MAX_CLOSING_LINE:
        return False
    folded = fold(text.strip())
    if folded[:1] not in _CLOSE_OPENERS:
        return False  # (the cheap test first: every form below opens with one of them)
    source = _SOURCE_RE.match(folded)
    if source and (not source.group("by") or _SOURCE_WORD_RE.search(source.group("source"))):
        return True
    return bool(
        _OUTLET_ALONE_RE.match(folded)
        or _NOTE_RE.match(folded)
        or _END_MARK_RE.match(folded)
        or _UNIT_ALONE_RE.match(folded)
        or _ADVISER_RE.match(folded)
    )


def pictures_credit(text: str) -> tuple[str, ...]:
    """The photographers a closing line ``text`` credits (``文/周明 图/钱立`` → (钱立,)): who took
    the story's pictures printed without a credit of their own; ``()`` when it names none."""
    credit = closing_credit([text])
    return credit.photographers if credit is not None else ()


# A reprinted or translated text's title where it first ran, on the line after its text:
# 原题：…, （原标题：…）: the text's last line, never the next story's headline.
ORIGINAL_TITLE_RE = re.compile(r"^[（(]?\s*(?:原题|原标题|原文标题)\s*[:：]\s*\S.{0,40}$")


def original_title_after(folded: str, last) -> bool:
    """``folded`` is a reprint's original title (:data:`ORIGINAL_TITLE_RE`) right after a
    paragraph that ends its sentence (``last``, the flow's last unit). Not under a paragraph
    that is only the text's source line (``【某国《某某》周刊11月7日一期文章】`` alone): the
    original title then heads the text that follows, it does not end it."""
    return (
        ORIGINAL_TITLE_RE.match(folded) is not None
        and isinstance(last, Para)
        and last.terminated
        and not _source_line_alone(last.text)
    )


def _source_line_alone(text: str) -> bool:
    """``text`` is only a dateline or source line, nothing after it."""
    match = dateline_match(text)
    return match is not None and not text[match.end() :].strip()


# The line gate of the closing lines (:mod:`~articles.parsing.linegates`), derived from every
# pattern a line must match for :func:`closes_story` to say True (uncredited_close,
# office_signature, editor_line, closing_credit): a line it shuts out closes no story. A new
# closing line's pattern goes in here.
_CLOSING_GATE = Gate(
    _SOURCE_RE,
    _OUTLET_ALONE_RE,
    _UNIT_ALONE_RE,
    _NOTE_RE,
    _END_MARK_RE,
    _ADVISER_RE,
    _OFFICE_SIGNATURE_RE,
    _EDITOR_RE,
    *_CREDIT_RES,
    _RETOLD_RE,
    _UNIT_WRITER_RE,
)
