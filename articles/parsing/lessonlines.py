"""A lesson's or a reading's labelled lines at the end of its text (a literacy paper's lesson, a
children's page): ``生字：积（jī）　肥（féi）``, ``生词：…``, ``练习：…``, ``注释：…``. A label, a colon, then
the new characters with their pinyin, or the exercise: no sentence end need close them, and short
as they are they look like a crosshead or the next story's kicker. They are the item's text
(INPUT.md, "Headlines": what stands inside a story is no new story nor deck), each a paragraph of
its own. :class:`LessonLinesMixin` is part of :class:`~articles.parsing.tables.TablesMixin`.
"""

from __future__ import annotations

import re

_LINE = 120  # characters: such a line is at most this long
# The labels: new characters or words, their readings, notes, exercises (a lesson's parts).
_LABEL_RE = re.compile(
    r"^(?:生字|生词|新字|新词|字词|注音|注释|词语解释|练习|作业|思考题)\s*[:：]\s*\S"
)
_OPENERS = frozenset("生新字注词练作思")  # the labels' first characters (the cheap test)


def lesson_line(text: str) -> bool:
    """True when ``text`` (a stripped line) is a lesson's labelled line (:data:`_LABEL_RE`)."""
    return text[:1] in _OPENERS and len(text) <= _LINE and _LABEL_RE.match(text) is not None


class LessonLinesMixin:
    """The reader's step for a lesson's labelled line (uses ``seen_body`` and ``_data_row`` of
    :class:`~articles.parsing.tables.TablesMixin`)."""

    def _lesson_line(self, number: int, text: str) -> bool:
        """Line ``number`` (``text``, stripped) as a paragraph of its own when it is a lesson's
        labelled line (:func:`lesson_line`) once the page's text has begun (``seen_body``): the
        line after it is never joined to it. True when it was taken."""
        if not lesson_line(text) or not self.seen_body:
            return False
        self._data_row(number, text)
        return True
