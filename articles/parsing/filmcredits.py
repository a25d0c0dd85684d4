"""A film's or a play's credits printed at the head of a review (``编剧：某某　导演：某某　摄影：某某`` /
``主演：某某　某某`` / ``某某电影制片厂1983年摄制``): who made the work reviewed, the review's text
(INPUT.md, "Headlines": what stands inside a story is no new story nor deck). Short and without
sentence punctuation, such lines look like deck lines; they are never a headline, a deck line, a
byline nor a staff line (the review's writer is named under its title, or under the credits
block when the paper prints that first: :func:`critic_under_credits`). The reader's
:class:`WorkCreditsMixin` (part of :class:`~articles.parsing.tables.TablesMixin`) reads each
line as a paragraph of its own.
"""

from __future__ import annotations

import re

from articles.parsing.names import looks_like_author_line, looks_like_name
from articles.parsing.patterns import SPACE_RUN_RE
from articles.parsing.units import Heading, Para, Special
from articles.text import HAN

_LINE = 60  # characters: a credits line is at most this long
# What a film's or a stage work's makers are credited as.
_ROLE = (
    r"(?:总|副|执行|联合)?导演|编导|编剧|原著|改编|摄影|美术|作曲|作词|音乐|录音|剪辑|配音|编舞|"
    r"舞美|灯光|化妆|服装|道具|监制|制片(?:人)?|出品(?:人|方)?|策划|(?:领衔)?主演|演员|演唱|指挥|唱腔设计"
)
_NAMES = r"[^\s:：。，,！？!?；;、]{1,12}(?:[\s、]+[^\s:：。，,！？!?；;、]{1,12})*?"
# Roles and their names, one pair or more, parted by spaces: 编剧：某某　导演：某某, 主演：某某　某某.
_CREDITS_RE = re.compile(rf"^(?:{_ROLE})\s*[:：]\s*{_NAMES}(?:\s+(?:{_ROLE})\s*[:：]\s*{_NAMES})*$")
_ROLE_RE = re.compile(rf"(?:^|\s)(?:{_ROLE})\s*[:：]")  # a role named on a credits line
# The studio's line under them: 某某电影制片厂1983年摄制, 某某电视台联合摄制, 某某出品.
_STUDIO_RE = re.compile(
    rf"^[{HAN}A-Za-z0-9（）()\s]{{2,30}}?(?:[0-9０-９]{{4}}年)?(?:联合)?(?:摄制|出品)$"
)


def credits_line(lines: list[str], number: int, text: str) -> bool:
    """True when ``text`` (line ``number`` of ``lines``, 1-based, stripped) is a line of a work's
    credits: roles and names (:data:`_CREDITS_RE`), two roles or more on it or between it and a
    credits line right above or under it (``导演：某某`` / ``编剧：某某``, one credit a line), or one
    role over the critic's name (``导演：某某`` / ``□ 沈舟``: :func:`_critic_line`) but for
    ``摄影：某某`` alone (a photo's credit); or the studio's line
    (:data:`_STUDIO_RE`) right under such a line. Constant time (a credits line is short)."""
    if len(text) > _LINE or (
        "：" not in text and ":" not in text and not text.endswith(("摄制", "出品"))
    ):
        return False  # (the cheap test first)
    if _CREDITS_RE.match(text):
        # (two roles on the line, or between it and a credits line beside it: 导演：某某 /
        # 编剧：某某, one credit a line; 摄影：某某 alone is a photo's credit)
        mine = _role_names(text)
        return (
            len(mine) >= 2
            or any(len(mine | _role_names(line)) >= 2 for line in _beside(lines, number))
            or (mine != {"摄影"} and number < len(lines) and _critic_line(lines[number].strip()))
        )
    if not _STUDIO_RE.match(text) or number < 2:
        return False
    above = lines[number - 2].strip()
    return len(above) <= _LINE and _CREDITS_RE.match(above) is not None


# A pen name spaced out to the title's column (沈　舟, 宋　一　苇): two or three Han characters, each
# parted from the next by full-width spaces or a run of two spaces or more.
_SPACED_NAME_RE = re.compile(r"^[\u4e00-\u9fff](?:(?:\u3000+| {2,})[\u4e00-\u9fff]){1,2}$")
_NAME_LINE = 12  # characters: a critic's name line, spaces included, is at most this long


def critic_under_credits(lines: list[str], flow: list, text: str) -> bool:
    """Whether ``text`` (a line, stripped) is the review's critic named under the work's credits
    block, the paper printing the credits first (``一条小河流过心田`` / ``编剧：某某　导演：某某`` /
    ``主演：某某`` / ``沈　舟`` or ``□ 沈舟`` / the review's text): a critic's name alone on its line
    (:func:`_critic_line`), and ``flow`` (the units read so far) ends with
    the credits block's lines (:func:`credits_line`, each a paragraph), with the review's title
    right above them (a :class:`~articles.parsing.units.Heading`). INPUT.md, "Headlines": the
    author's name under the title is the byline; the credits stay the review's text. A name
    under credits that stand inside a story's text (a paragraph above them) is left to the
    other rules."""
    if not flow or not isinstance(flow[-1], Para) or not _critic_line(text):
        return False
    return _credits_start(lines, flow) is not None


def _critic_line(text: str) -> bool:
    """``text`` (a line, stripped) names a critic alone: a pen name spaced out
    (:data:`_SPACED_NAME_RE`), a person's name (:func:`looks_like_name`) or a name by its mark
    (``□ 沈舟``: :func:`looks_like_author_line`), :data:`_NAME_LINE` characters at most."""
    return len(text) <= _NAME_LINE and bool(
        _SPACED_NAME_RE.match(text)
        or looks_like_name(SPACE_RUN_RE.sub("", text))
        or looks_like_author_line(text, plain=False)
    )


def _credits_start(lines: list[str], flow: list) -> int | None:
    """Where in ``flow`` the credits block it ends with starts, right under a heading: the index
    of its first line's paragraph; None when ``flow`` does not end so."""
    index = len(flow) - 1
    while index >= 0 and isinstance(flow[index], Para):
        para = flow[index]
        if para.markers or not credits_line(lines, para.line, para.text):
            return None
        index -= 1
    return (
        index + 1
        if index >= 0 and index < len(flow) - 1 and isinstance(flow[index], Heading)
        else None
    )


def _role_names(text: str) -> set[str]:
    """The roles a credits line names (``{"编剧", "导演"}``; empty when ``text`` is none:
    :data:`_CREDITS_RE`)."""
    text = text.strip()
    if len(text) > _LINE or not _CREDITS_RE.match(text):
        return set()
    return {SPACE_RUN_RE.sub("", role).rstrip(":：") for role in _ROLE_RE.findall(text)}


def _beside(lines: list[str], number: int) -> list[str]:
    """The lines right above and under line ``number`` (1-based) of ``lines``."""
    return [lines[index] for index in (number - 2, number) if 0 <= index < len(lines)]


class WorkCreditsMixin:
    """The reader's steps for a review's credits line and the critic named under it (uses the
    reader's ``lines``, ``flow``, ``row_at`` and its ``_data_row``,
    :class:`~articles.parsing.tables.TablesMixin`)."""

    def _credits_row(self, number: int, text: str) -> bool:
        """Line ``number`` (``text``, stripped) as a paragraph of its own when it is a line of a
        work's credits (:func:`credits_line`): the line after it is never joined to it. True
        when it was taken."""
        if not credits_line(self.lines, number, text):
            return False
        self._data_row(number, text)
        return True

    def _critic_row(self, number: int, text: str) -> bool:
        """Line ``number`` (``text``, stripped) as the review's byline when it names the critic
        under the credits block (:func:`critic_under_credits`). True when it was taken."""
        if self.row_at != len(self.flow) or not critic_under_credits(self.lines, self.flow, text):
            return False
        # (read as printed under the title: the byline before the credits, which stay text)
        start = _credits_start(self.lines, self.flow)
        self.flow.insert(start, Special(number, "byline", text))
        self.row_at = self.list_at = len(self.flow)
        return True
