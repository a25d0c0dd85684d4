"""Story openings that credit the reporter or the outlet in place of, or before, a dateline
(used by :mod:`~articles.parsing.datelines`, which reads them as datelines: a dateline starts a
story). INPUT.md, "Bylines, datelines, credits", lists ``本报讯（记者 …）``, ``【新华社北京七日消息】``
and ``〔中央社台北電〕`` as the minimum of the forms; papers also print:

* a correspondent's credit before the dateline: ``本报特派记者 吴刚 巴黎12月2日电 …``,
  ``本报驻东京记者 刘洋 东京3日电 …``, ``特派记者 吴刚 发自巴黎 …``;
* a credit naming the outlet and the reporter, bracketed or set off by a space before the text:
  ``【本报驻东京记者 周涛】…``, ``【环球时报驻美国特约记者 吴刚】…``, ``澎湃新闻记者 周涛 …``;
* the Taiwan papers' credit of reporter and place without brackets: ``記者林小明／台北報導 …``;
* another paper's or site's desk: ``新京报讯（记者 周涛）…``, ``央视网消息：…``;
* an old paper's correspondent's letter: where it was written, 通信, and the day, alone on the
  line over the text (``南浦通信　四月三十日``), the whole line its dateline; a telegram, a
  letter or a correspondent's report from a place, no date, a space before the text
  (``北京電　度支部…``, ``鎮瀛來函　本城…``, ``青沔通信　青沔勸業會…``).

The names in a credit are checked to be names by :func:`credit_names_ok`; a bare ``记者`` over
text (``记者 了解到…``, ``记者从市交通局获悉``) is no credit unless a dated dispatch follows it.
"""

from __future__ import annotations

import re

from articles.parsing.names import names_only
from articles.parsing.patterns import _DATELINE_DATE
from articles.text import HAN, fold, get_posseg

# Whom the reporter works for: this paper, an agency, or an outlet named by its kind (澎湃新闻,
# 环球时报, 央视网, 岚城电视台); then where posted (驻东京) and how (特派, 特约).
_OUTLET = rf"(?:本报|本台|本刊|[{HAN}]{{1,5}}社|[{HAN}]{{1,8}}?(?:新闻|报|网|台|客户端))"
_QUALIFIED = (
    rf"(?:{_OUTLET}(?:驻[{HAN}]{{1,6}}?)?(?:特约|特派|实习|见习|首席)?"
    rf"|驻[{HAN}]{{1,6}}?(?:特约|特派|首席)?|特约|特派)记者"
)
_ANY_REPORTER = rf"(?:{_QUALIFIED}|记者)"
_NAME = rf"[{HAN}·]{{2,4}}"
_NAMES = rf"{_NAME}(?:[、 ]{_NAME}){{0,3}}"
# More people credited after the first: 通讯员 李明, 实习生 王芳.
_MORE = rf"(?:\s+(?:通讯员|实习生|记者)\s*{_NAMES})*"
# Where and when it was sent, after the names: 巴黎12月2日电, 东京3日电, 发自巴黎.
_SENT = rf"(?:[{HAN}·]{{1,12}}?{_DATELINE_DATE}(?:专电|特电|电|讯|消息)|发自[{HAN}]{{2,8}}?(?=\s))"
_DATED = rf"{_ANY_REPORTER}\s*(?P<cnames>{_NAMES}){_MORE}\s+{_SENT}"
_NAMED = rf"{_QUALIFIED}\s*(?P<onames>{_NAMES}){_MORE}"
_BRACKETED = rf"{_QUALIFIED}\s*(?P<bnames>{_NAMES}){_MORE}"
# 記者林小明、王大同／台北報導 (folded: 记者…/台北报导), unbracketed, before its text.
_SLASHED = (
    rf"{_ANY_REPORTER}(?P<snames>[{HAN}·、 ]{{2,24}}?)\s*/\s*[{HAN}]{{1,12}}?(?:报导|报道|专电|电)"
)
# Another paper's desk (新京报讯, before its byline's bracket, a space or a colon; 举报讯息 is a
# word) or a site's or station's news (央视网消息：, before its colon).
_DESK = rf"[{HAN}]{{1,6}}?报(?:专|特)?讯(?=[\s（(【〔:：])|[{HAN}]{{1,8}}?(?:网|台|客户端|新闻)消息(?=\s*[:：])"
# A correspondent's letter (通信) from a place, dated (folded): 南浦通信 四月三十日, 东镇通信 3月2日;
# the text goes on after the day (the line joined with the next), but not 起, 至: 5月1日起 is text.
_LETTER = rf"[{HAN}]{{2,4}}通信 +{_DATELINE_DATE}(?![起至到前后以])"
# An old paper's telegram, correspondent's letter or reader's letter from a place, no date, a
# space before the text (folded): 北京电 度支部…, 镇瀛来函 本城…, 青沔通信 青沔劝业会…; the place a
# place by jieba's dictionary or none of its words (停电, 来电, 移动通信 are no place's:
# :func:`credit_names_ok`); no month and day after the space (a dated letter is _LETTER's).
_WIRED = (
    r"(?P<wplace>[\u4e00-\u9fff]{2,3})(?:电|来函|通信)(?= \S)"
    r"(?! *[0-9一二三四五六七八九十]{1,3}月)"  # (a day after it: _LETTER's, 中国通信 5月1日起 is none)
)

# After a credit set off by a space, the text: a run of characters longer than a name or a role
# (a byline line alone, 本报记者 周涛 通讯员 李明 or 本报记者 周涛 李明, is no opening).
_TEXT_AFTER = r"(?=\s+\S{6})(?!\s+(?:通讯员|实习生|记者|摄影))"

CREDIT_OPENING_RE = re.compile(
    rf"^(?:[【\[〔]\s*(?P<bdateline>{_BRACKETED})\s*[】\]〕]"
    rf"|(?P<dateline>{_DATED}(?=[\s，,]|$)|{_SLASHED}(?=\s|$)|{_NAMED}{_TEXT_AFTER}|{_DESK}|{_LETTER}|{_WIRED}))"
    r"\s*[:：]?"
)

_NAME_GROUPS = ("cnames", "onames", "bnames", "snames")


def credit_names_ok(text: str, match: re.Match) -> bool:
    """True when the names of ``match`` (a :data:`CREDIT_OPENING_RE` match at the start of
    ``text``) are people's names only (:func:`~articles.parsing.names.names_only`), or when it
    names nobody (``新京报讯``, ``央视网消息``): ``澎湃新闻记者 城东公交 …`` is no credit."""
    groups = match.groupdict()
    if groups.get("wplace") is not None:
        tag = get_posseg().dt.word_tag_tab.get(match.group("wplace"))
        return tag is None or tag.startswith("ns")  # (北京 ns; 东州 none; 停 电: a verb's)
    for group in _NAME_GROUPS:
        if groups.get(group) is not None:
            start, end = match.span(group)
            return bool(names_only(text[start:end].replace("、", " ")))
    return True


# A credit's names, read from the dateline it opens (本报驻东京记者 刘洋 东京3日电: 刘洋).
_CREDIT_NAMES_RE = re.compile(
    rf"^{_ANY_REPORTER}\s*(?P<names>{_NAMES}(?:\s+(?:通讯员|实习生|记者)\s*{_NAMES})*)(?=\s|$)"
)


def credit_reporters(dateline: str) -> tuple[str, ...]:
    """The people a credit opening ``dateline`` names, the place and date after them left out
    (``本报特派记者 吴刚 巴黎12月2日电`` → (吴刚,); ``澎湃新闻记者 周涛 通讯员 李明`` → (周涛, 李明));
    ``()`` when ``dateline`` opens with no such credit (``新京报讯``, ``记者林小明/台北报导``: read
    by :func:`~articles.parsing.datelinenames.dateline_reporters`)."""
    match = _CREDIT_NAMES_RE.match(fold(dateline))
    if match is None:
        return ()
    start, end = match.span("names")
    return names_only(dateline[start:end].replace("、", " "))


def credit_only(match: re.Match) -> bool:
    """True when ``match`` (a dateline match) is a credit that names the outlet and reporter but
    no place or day (``澎湃新闻记者 周涛``, ``【本报驻东京记者 周涛】``): the story's byline, which
    opens it as a dateline does, not a dateline."""
    groups = match.groupdict() if match.re is CREDIT_OPENING_RE else {}
    return groups.get("onames") is not None or groups.get("bnames") is not None
