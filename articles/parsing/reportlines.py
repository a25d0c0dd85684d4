"""What a reporter's byline says besides names (INPUT.md, "Bylines, datelines, credits":
``本报记者  彭  波``, ``新华社记者 江时强`` on their own line are bylines): the reporter's post
(``本报驻美国记者 王刚``, ``新华社驻巴黎记者``, ``驻联合国特派记者``: 驻<place>记者 is a role, as
本报记者 is) and the place the story was filed from (``本报记者 王刚 北京报道``, ``记者 王刚
发自北京``: no name), also both (``本报驻美国记者 王刚 纽约报道``). Used by
:mod:`~articles.parsing.bylines`, :mod:`~articles.parsing.cutlines` and
:mod:`~articles.parsing.datelines` (``本报记者 王刚 北京报道　…`` opening a paragraph).
"""

from __future__ import annotations

import re

from articles.parsing.authorunits import without_unit_after_name
from articles.parsing.names import name_by_form, names_only, parse_names
from articles.parsing.patterns import NAME_CHARS_RE, PLACE_WORD_RE, ROLE_WORD_RE
from articles.parsing.signatures import closing_signature_name
from articles.parsing.unitauthors import pen_name_written_by, unit_author_name
from articles.text import HAN, fold

_RANK = r"(?:特派|特约|首席|实习|见习)?"
# The reporter's post after 驻, before the role word (folded): 驻美国, 驻巴黎, 驻联合国.
_POSTING_RE = re.compile(rf"驻[{HAN}]{{1,8}}?(?={_RANK}记者)")
# A correspondent's byline line: the paper or agency, 驻<place>, the role, then the names.
_POSTED_BYLINE_RE = re.compile(
    rf"^(?:[{HAN}]{{0,6}}?(?:报|社|台|网|刊))?驻[{HAN}]{{1,8}}?{_RANK}记者[ \u3000]+(?P<names>\S.*)$"
)
# Where the story was filed from, after the names: 北京报道, 发自北京 (a word of its own).
_FILED_FROM_RE = re.compile(
    rf"[ \u3000]+(?:(?P<place>[{HAN}]{{2,10}}?)(?:报道|报导)|发自[{HAN}]{{1,10}})[ \u3000]*$"
)
_BYLINE_LINE = 30  # characters: a byline line is short


def posted_byline(line: str) -> bool:
    """True when ``line`` (a line alone) is a correspondent's byline: the post abroad or in
    another city as the role (``本报驻美国记者 王刚``, ``新华社驻巴黎记者 王刚``, ``驻联合国特派记者
    王刚``) and names only after it (:func:`~articles.parsing.names.names_only`)."""
    text = line.strip()
    match = _POSTED_BYLINE_RE.match(fold(text)) if len(text) <= _BYLINE_LINE else None
    if match is None:
        return False
    # (本报驻美国记者 王刚 纽约报道: the place filed from after the names, no name)
    return bool(names_only(without_place_filed_from(text[slice(*match.span("names"))])))


def filed_from_end(line: str) -> bool:
    """True when the byline line ``line`` ends with the place its story was filed from
    (``记者 王刚 发自北京``, ``本报记者 王刚 北京报道``): the byline is whole there, and the text
    under it does not run on from the place's name (``北京`` / ``城东区…`` is no ``北京城``)."""
    text = fold(line.strip())
    return len(text) <= _BYLINE_LINE and _FILED_FROM_RE.search(text) is not None


def place_filed_from(before: str, word: str) -> bool:
    """True when ``word``, glued to 报道 at the end of a byline and set off by a space from
    ``before`` (the byline up to it), is the place the story was filed from, not a name: no
    name by its form (:func:`~articles.parsing.names.name_by_form`: 北京, 纽约 are places in
    jieba's dictionary), or, after the reporters' names, a word ending as a place's name does
    (:data:`~articles.parsing.patterns.PLACE_WORD_RE`: ``王刚 石家庄报道``, ``王刚 张家口报道``).
    First after the role it is a name glued to 报道 (``本报记者 王刚报道``); after the names, a
    name ends as no place (``记者 王刚 李强报道``)."""
    word = word.strip()
    if len(word) < 2:
        return False  # (本报记者 王 刚 报道: a name spaced out)
    if not name_by_form(word):
        return True
    return PLACE_WORD_RE.fullmatch(fold(word)) is not None and bool(parse_names(before))


def without_place_filed_from(byline: str) -> str:
    """``byline`` without the place it was filed from at its end (``北京报道``, ``发自北京``;
    :func:`place_filed_from`), as printed; ``byline`` itself when it names none."""
    cut = _FILED_FROM_RE.search(fold(byline))
    if cut is None or (
        cut.group("place") and not place_filed_from(byline[: cut.start()], cut.group("place"))
    ):
        return byline  # (王刚报道: a name)
    return byline[: cut.start()]


def byline_names(byline: str) -> tuple[str, ...]:
    """The people ``byline`` credits (:func:`~articles.parsing.names.parse_names`), its
    reporters' posts (``驻美国``) and the place it was filed from (``北京报道``,
    :func:`without_place_filed_from`) left out: neither is a name; nor is the writer's unit
    before the name on an author's line (``局农业科　苏德明`` → (苏德明,):
    :func:`~articles.parsing.unitauthors.unit_author_name`), or in brackets after it
    (``□ 田　野（蓝桥市电信局）`` → (田野,): :func:`~articles.parsing.authorunits.without_unit_after_name`),
    nor who the writer is between the two (``五监区　服刑人员　陈×华`` → (陈×华,))."""
    written_by = pen_name_written_by(fold(byline).strip())
    if written_by:
        return (byline.strip()[: len(written_by)],)  # (湖上散人著: the pen name, without 著)
    signed = closing_signature_name(byline)
    if signed:
        return (signed,)  # (讀者　周□生　謹上: the writer, his lost character as printed)
    byline = without_unit_after_name(without_place_filed_from(byline))  # (…（蓝桥市电信局）)
    folded = fold(byline)
    for posting in reversed(list(_POSTING_RE.finditer(folded))):
        byline = byline[: posting.start()] + byline[posting.end() :]
    author = unit_author_name(byline)
    if author:
        # (局农业科　苏德明, 五监区　服刑人员　陈×华: the writer's unit and who the writer is, then
        # the name, as printed; neither the unit nor the role is a name)
        return (author,)
    return parse_names(byline)


def role_glued_to_word(text: str) -> bool:
    """True when ``text`` is a role word glued to one word of two or three characters that is
    no name by form (:func:`name_by_form`): ``记者连线``, ``本报记者观察`` are columns' names
    (a kicker), where ``记者王刚`` is a byline. Constant time (a dictionary look-up)."""
    folded = fold(text).strip()
    role = ROLE_WORD_RE.match(folded)
    if role is None:
        return False
    rest = folded[role.end() :]
    return (
        2 <= len(rest) <= 3 and NAME_CHARS_RE.fullmatch(rest) is not None and not name_by_form(rest)
    )
