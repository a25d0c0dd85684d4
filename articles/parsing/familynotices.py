"""A family's notice of thanks after a funeral (鳴謝, 謝啟): the family thanks those who sent
wreaths and condolence gifts (``先父李公榮祿之喪，承蒙親友致送賻儀花圈…孝子李國華等同叩``), as
Chinese papers at home and abroad print it for a fee. Like an advert or a personal ad it is paid
space the paper prints for its readers (INPUT.md, "Page furniture that is not a story"), never a
story, whether printed on one line (``鳴謝：…``) or under its label alone (``鳴謝`` / text /
``孝男林振邦率全家泣啟``). Told by :func:`family_notice_end`; set aside as ``family-notice`` by
:meth:`~articles.parsing.readboxes.BoxesMixin._framed_box`.
"""

from __future__ import annotations

import re

from articles.text import fold

# The notice's label (folded), alone or opening its one line: 鸣谢, 谢启, 鸣谢启事, 谢  启.
_LABEL_RE = re.compile(r"^(?:鸣\s*谢|谢\s*启)(?:启事)?(?:\s*[:：]|\s*$)")
# What says the thanks are for a funeral: the death, the mourning, the gifts sent for it.
_MOURNING_RE = re.compile(r"之丧|仙逝|逝世|辞世|作古|赙仪|花圈|唁电|吊唁|治丧|执绋|孝男|孝子|孝女")
_NOTICE_LINES = 4  # lines under a label alone: the thanks and the family's signature
_NOTICE_LINE = 200  # characters of a line at most


def family_notice_end(lines: list[str], number: int) -> int | None:
    """The last line's number (1-based) of a family's notice of thanks opening on line
    ``number`` of ``lines``: that line itself when it is the label and the thanks on one line
    (``鳴謝：先父…之喪…``), or the last of the lines under a label alone, down to a blank line
    (at most :data:`_NOTICE_LINES`); the thanks must speak of a funeral (:data:`_MOURNING_RE`).
    ``None`` otherwise (``鸣谢`` over a story thanking a school's donors is a story). Looks at
    :data:`_NOTICE_LINES` + 1 lines at most."""
    text = fold(lines[number - 1].strip())
    label = _LABEL_RE.match(text)
    if label is None or len(text) > _NOTICE_LINE:
        return None
    if text[label.end() :].strip():
        return number if _MOURNING_RE.search(text) else None
    end, said = number, False
    while end < len(lines) and lines[end].strip() and end - number < _NOTICE_LINES:
        line = fold(lines[end].strip())
        if len(line) > _NOTICE_LINE:
            return None
        said = said or _MOURNING_RE.search(line) is not None
        end += 1
    if end < len(lines) and lines[end].strip():
        return None  # (more lines than a notice holds: a story under the word)
    return end if said and end > number else None
