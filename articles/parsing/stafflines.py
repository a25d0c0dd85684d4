"""Staff and imprint lines of a page that the shorter patterns of
:mod:`~articles.parsing.patterns` do not know: the review chain a paper prints under its page since
the 三审三校 rules (``一审：赵小红 二审：钱立 三审：孙大伟``, ``审读：赵小红``, ``值班总编：孙大伟``,
``本版统筹：赵小红``), and the imprint's address (``社址：东林市人民路1号　邮编：226001``). Both are
page metadata, never a headline, a kicker or a story (INPUT.md, "Page furniture that is not a
story": staff lines and mastheads). Applied in :func:`~articles.parsing.furniture.furniture_reason`.
"""

from __future__ import annotations

import re

from articles.parsing.header_patterns import HEADER_ISSUE_RE, HEADER_PRICE_RE
from articles.parsing.names import names_only
from articles.parsing.results import SetAside
from articles.text import HAN, fold

# The roles of the review chain and of the editors on duty (一审, 初审, 审读, 值班总编, 本版统筹…),
# which may open a staff line. (责编, 责任编辑, 终审, 审核, 签发… open one already: STAFF_RE.) A
# bare 统筹 or 策划 is not here: it may close a feature as the story's own credit.
_REVIEW_ROLE = (
    r"(?:[一二三]审|初审|复审|审读|审校|审稿"
    r"|(?:值班|当班)(?:副?总编辑|副?总编|主任|编委)|总值班"
    r"|(?:本版|本期|本刊)(?:统筹|策划|审读|审校|监制))"
)
# Any staff role that may follow on the same line (一审：… 二审：… 责编：…), longest first.
_ANY_ROLE = (
    rf"(?:{_REVIEW_ROLE}|终审|审核|签发|本版责任编辑|本版编辑|本版责编|责任编辑|责任校对|文字校对"
    r"|美术编辑|版式设计|图片编辑|值班编辑|总编辑|主编|责编|美编|校对|版式|编辑|组版|制图|设计|排版)"
)
_OPENER_RE = re.compile(rf"^{_REVIEW_ROLE}\s*[:：/／]")
_ENTRY_RE = re.compile(rf"{_ANY_ROLE}\s*[:：/／]")
_STAFF_LINE = 60  # characters: a staff line is at most this long
_VALUE_EDGES = " \u3000,，;；、|｜/／"


def review_staff_line(text: str) -> bool:
    """``text`` (folded) is a line of the page's review chain or editors on duty: it opens with
    a role of :data:`_REVIEW_ROLE` and a colon (``一审：``, ``审读：``, ``值班总编：``, ``本版统筹：``)
    and holds only staff entries, each role's value people's names
    (:func:`~articles.parsing.names.names_only`). So ``审读：这篇稿件`` or ``一审：维持原判`` is
    no staff line, nor is ``审读`` inside a sentence. Linear in the line."""
    t = text.strip()
    if len(t) > _STAFF_LINE or not _OPENER_RE.match(t):
        return False
    values = _ENTRY_RE.split(t)[1:]
    return bool(values) and all(names_only(value.strip(_VALUE_EDGES)) for value in values)


# The imprint's address at a page's foot: 社址：东林市人民路1号, 报社地址：…, maybe with the post
# code and the switchboard after it (邮编：226001, 总机：0513-…). (本报地址：… is MASTHEAD_RE's.)
# An address is a place's letters with a street's house number (人民路1号, 解放街十八号); one without
# it is an address only with the post code or a telephone number after it. A headline that opens
# 社址： (社址：从人民路到世纪大道, 社址：见证城市变迁) names no house number and has no code.
_PLACE = rf"[{HAN}A-Za-z0-9\-－#（）()·]"
_STREET = r"(?:路|街|道|巷|弄|里|胡同|村|段|区|园|大厦|广场)"
_NUMBERED = rf"(?={_PLACE}{{0,24}}?{_STREET}(?:[0-9]+|[〇零一二三四五六七八九十百]+)\s*号)"
_POST_CODE = r"[\s,，;；]*(?:邮政编码|邮编|邮码)\s*[:：]?\s*\d{6}"
_PHONE = r"[\s,，;；]*(?:电话|总机|传真)\s*[:：]?\s*\d[\d\-－]{4,}\d"
_ROUTE = r"(?![^从]*从[^到]*到)"  # (从人民路1号到世纪大道8号: a move, not an address)
# Who printed the paper, last on its imprint line: 芸州日报印刷厂印刷, 东林印务中心承印.
_PRINTER = rf"(?:[\s,，;；]*[{HAN}]{{2,16}}?(?:印刷厂|印刷公司|印务中心|印务公司)(?:印刷|承印)?)?"
_IMPRINT_RE = re.compile(
    rf"^(?:本报|本社|报社)?社址\s*[:：]\s*{_ROUTE}"
    rf"(?:{_NUMBERED}{_PLACE}{{2,30}}(?:{_POST_CODE}|{_PHONE})*{_PRINTER}"
    rf"|{_PLACE}{{2,30}}(?:{_POST_CODE}|{_PHONE})+{_PRINTER})$"
    rf"|^(?:本社|报社)地址\s*[:：]\s*{_ROUTE}"
    rf"(?:{_NUMBERED}{_PLACE}{{2,30}}(?:{_POST_CODE})*|{_PLACE}{{2,30}}(?:{_POST_CODE})+)$"
)


def imprint_line(text: str) -> bool:
    """``text`` (folded) is the paper's imprint address (:data:`_IMPRINT_RE`): ``社址：`` and an
    address with its house number (``东林市人民路1号``), or one without it but followed by the
    post code or a telephone number, and no punctuation of a sentence; or ``社址：`` and an
    address followed by the masthead's price or page count only, parted by wide gaps
    (``社址：岚城北街　每份边币二十元　本期四版``, as the 1940s papers printed it under the
    masthead). A headline ``社址搬迁了`` has no colon after 社址, and ``社址：从人民路到世纪大道`` no
    address: no imprint."""
    if "址" not in text:
        return False
    t = text.strip()
    return _IMPRINT_RE.match(t) is not None or _address_then_masthead_pieces(t)


_ADDRESS_PIECE_RE = re.compile(rf"^(?:本报|本社|报社)?社址\s*[:：]\s*{_ROUTE}{_PLACE}{{2,30}}$")


def _address_then_masthead_pieces(text: str) -> bool:
    """``社址：<address>`` and one masthead piece at least before or after it (a price:
    :data:`~articles.parsing.header_patterns.HEADER_PRICE_RE`; an issue number or page count:
    :data:`~articles.parsing.header_patterns.HEADER_ISSUE_RE`: ``第一百二十期　社址：…　每份边币十元``),
    each parted by spaces; nothing else."""
    pieces = re.sub(r"(社址\s*[:：])\s+", r"\1", text).split()
    addresses = [i for i, piece in enumerate(pieces) if _ADDRESS_PIECE_RE.match(piece)]
    if len(addresses) != 1 or len(pieces) < 2:
        return False
    others = pieces[: addresses[0]] + pieces[addresses[0] + 1 :]
    return all(HEADER_PRICE_RE.fullmatch(p) or HEADER_ISSUE_RE.fullmatch(p) for p in others)


# An editor's credit in brackets glued to the end of a story's last paragraph, as news sites and
# wire copy print it: …经济前景。（责编：杨光、李芳）, （责任编辑：林志明）, (编辑：林志明).
_GLUED_STAFF_RE = re.compile(
    r"(?<=[。！？!?”」』…])\s*[(（]\s*(?:本版)?(?:责编|责任编辑|编辑|美编|责任校对|校对)\s*[:：]"
    r"\s*(?P<names>[^()（）:：]{2,24}?)\s*[)）]$"
)
# The same credit glued after the bracket that closes a finished sentence's end dateline or
# reporter's name (``…参赛。（新华社北京5月20日电）（责编：王芳）``, as wire copy prints it), or
# after such a bracket alone on its line (``（新华社北京5月20日电）（责编：王芳）``): the bracket
# stays the story's, the credit is cut from the ``credit`` group on.
_STAFF_AFTER_BRACKET_RE = re.compile(
    r"(?:^|[。！？!?”」』…])\s*[(（][^()（）]{2,30}[)）]"
    r"(?P<credit>\s*[(（]\s*(?:本版)?(?:责编|责任编辑|编辑|美编|责任校对|校对)\s*[:：]"
    r"\s*(?P<names>[^()（）:：]{2,24}?)\s*[)）])$"
)


def cut_staff_credit(number: int, text: str, set_aside: list[SetAside]) -> str:
    """``text`` (the line ``number``, 1-based) without the editor's credit glued to its end
    after a finished sentence (:data:`_GLUED_STAFF_RE`: ``…经济前景。（责编：杨光、李芳）``), which
    is appended to ``set_aside`` as a ``staff`` line, or glued after the bracket closing such a
    sentence's end dateline (:data:`_STAFF_AFTER_BRACKET_RE`: ``…参赛。（新华社北京5月20日电）
    （责编：王芳）``, the dateline kept) (INPUT.md, "Page furniture that is not a
    story": staff lines are page metadata, never story text, here on the line of the text they
    close). The credit's value must be people's names only
    (:func:`~articles.parsing.names.names_only`). A line without it is returned as it is (the
    cheap test first: the line ends with a closing bracket)."""
    if not text or text[-1] not in ")）" or len(text) < 8:
        return text
    tail = fold(text[-40:])
    match = _GLUED_STAFF_RE.search(tail)
    group = 0
    if match is None:
        tail = fold(text)  # (whole: ^ is the line's start)
        match = _STAFF_AFTER_BRACKET_RE.search(tail)
        group = "credit"
    if match is None or not names_only(match.group("names")):
        return text
    start = len(text) - len(tail) + match.start(group)
    set_aside.append(SetAside(number, text[start:].strip(), "staff"))
    return text[:start].rstrip()
