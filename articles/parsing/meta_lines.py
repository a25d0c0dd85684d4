"""Lines printed over or beside a story that say who sent it and where it stands, not part of
it: a sender's dateline printed alone over the headline (``新华社北京10月1日电``), an e-paper's
meta line with the page field after the author field (``作者:某某　　版面:A05版:城事``), and an
app's numbered list of the page's stories at the top (``1.标题`` / ``2.标题``); and a folio on the
page's last line (``—3—``), its number. INPUT.md, "Page
furniture" (e-paper navigation, meta lines) and "Bylines, datelines, credits". Mixed into
:class:`~articles.parsing.readfurniture.FurnitureMixin`.
"""

from __future__ import annotations

import contextlib
import re

from articles.labels import LabelError, normalize_label
from articles.parsing.contributions import line_furniture
from articles.parsing.datelines import dateline_match, dateline_only, dateline_source
from articles.parsing.furniture import EMPTY_FIELD_RE, MASTHEAD_REASONS, folio_label
from articles.parsing.htmltext import HtmlLines
from articles.parsing.layout import next_text
from articles.parsing.patterns import SHORT_LINE, is_heading_like
from articles.parsing.results import SetAside
from articles.parsing.signingdates import signing_date_line
from articles.parsing.units import Heading, Special
from articles.text import fold

# A page field at the end of an e-paper's meta line, after a run of spaces (作者:某某　　版面:
# A05版:城事), and the page label and section in its value.
_TRAILING_PAGE_FIELD_RE = re.compile(
    r"(?<=\S)(?:[ \u3000]{2,}|\u3000)(?P<field>(?:版面|版次)\s*[:：]\s*(?P<value>\S{1,20}))$"
)
_AUTHOR_FIELD_RE = re.compile(r"^(?:作者|撰文|记者)\s*[:：]\s*")
_PAGE_FIELD_VALUE_RE = re.compile(
    r"(?P<label>(?:第\s*)?[A-Za-z]{0,2}\s*[0-9]{1,3}\s*版)\s*[:：·]?\s*(?P<section>\S*)$"
)
# How a dateline alone on its line ends: 讯, 电, 报道, 消息, or its closing bracket.
_DATELINE_ENDS = frozenset("讯訊电電道導息〕】）)]")
_AUTHOR_VALUE = 30  # characters: an author field's names (with who they are) at most
_LABEL_LINE = 24  # characters: a sender's label over a headline is at most this long
_LABEL_DECK = 4  # lines: the headline under a sender's label is at most this many
# An item of an e-paper's numbered list of the page's stories: 1.标题, 2、标题, 3．标题.
_NAV_ITEM_RE = re.compile(r"(?P<n>[1-9][0-9]?)\s*[.．、]\s*(?P<title>[^。，\s][^。]{1,29})")
_NAV_ITEMS = 40  # items of a page's list of stories looked at, at most


def _unspaced(text: str) -> str:
    return "".join(text.split())


class MetaLinesMixin:
    """Reader methods for senders' labels, e-paper meta lines and lists of stories (see the
    module docstring)."""

    html: HtmlLines | None = None  # the page's HTML remnants, read before the reader (page.py)

    def _html_breaks(self, number: int, text: str) -> str:
        """HTML tags left in a line of a web or app page (``标题<br/>副题``, ``<p>本报讯…</p>``,
        ``图片说明。<br/>本报记者 某某 摄``): the site's remnants, never printed (INPUT.md,
        "Encoding and layout"). :func:`~articles.parsing.htmltext.printed_lines` has read them
        out of the page's lines before the reader (block tags end the lines the browser shows,
        so that a headline before a ``<br/>`` is a heading line and a caption's credit after one
        is read as a credit; inline tags are dropped; character references are read); here the
        tags of a page line are set aside as ``archive-separator`` (with the first line read
        from it), and a line of nothing but tags is set aside whole. Returns what is left of the
        line to read."""
        html = self.html
        if html is None:
            return text
        if number in html.tags_only:
            self.set_aside.append(SetAside(number, text, "archive-separator"))
            return ""
        tags = html.tags.get(number)
        if tags:
            self.set_aside.append(SetAside(number, tags, "archive-separator"))
        return text

    def _dateline_over_headline(self, number: int, text: str) -> bool:
        """A dateline alone on its line (``新华社北京10月1日电``, ``〔本报讯〕``) printed right above
        a headline of one to :data:`_LABEL_DECK` lines, under which the story's text opens with a
        dateline from the same sender: the sender's label over the story (INPUT.md, "Page
        furniture"), set aside as ``source``; the story's dateline is the one in its text."""
        if len(text) > _LABEL_LINE or text.rstrip()[-1:] not in _DATELINE_ENDS:
            return False  # (the cheap test first: every short line comes here)
        match = dateline_match(text)
        if match is None or text[match.end() :].strip():
            return False  # (a dateline with its byline opens a paragraph: 本报讯（记者 某某）)
        source = dateline_source(text)
        if not source:
            return False
        for index in range(number, min(number + _LABEL_DECK + 1, len(self.lines))):
            line = self.lines[index].strip()
            if not line or dateline_only(line):
                return False
            if dateline_match(line) is not None:
                if index == number or dateline_source(line) != source:
                    return False
                self.set_aside.append(SetAside(number, text, "source"))
                return True
            if len(line) > SHORT_LINE or not is_heading_like(line):
                return False
        return False

    def _trailing_page_field(self, number: int, text: str) -> str:
        """An e-paper's meta line under a story's headline that ends in the page field after
        a run of spaces (``作者:本报记者 某某　　版面:A05版:城事``): the page field is the
        page's furniture (INPUT.md, "Page furniture": ``版面:`` meta lines), set aside with the
        label and section it names; what is before it (the author field) is read on, and set
        aside too when it is a field left empty (``作者:``). Returns what is left of the line."""
        short = len(text) <= SHORT_LINE and "版" in text
        match = _TRAILING_PAGE_FIELD_RE.search(text) if short else None
        if match is None:
            return text
        field = text[match.start("field") :]
        self.set_aside.append(SetAside(number, field, "archive-separator"))
        page = _PAGE_FIELD_VALUE_RE.match(fold(match.group("value")))
        if page:
            with contextlib.suppress(LabelError):
                self.meta.setdefault("label", normalize_label(page.group("label")))
            self.meta.setdefault("section", match.group("value")[page.start("section") :].strip())
        rest = text[: match.start()].strip()
        if EMPTY_FIELD_RE.match(fold(rest)):
            self.set_aside.append(SetAside(number, rest, "archive-separator"))
            return ""
        author = _AUTHOR_FIELD_RE.match(rest)
        if author and author.end() < len(rest):
            # the field's label is the record's; the names after it are the byline
            self.set_aside.append(SetAside(number, author.group().strip(), "archive-separator"))
            return rest[author.end() :]
        return rest

    record_byline = None  # an author field's byline waiting for its record's title

    def _author_field(self, number: int, text: str) -> str:
        """A web archive's author field among the meta lines of a record, over its title
        (``第4版(国际)`` / ``专栏：`` / ``作者：本报驻卡拉奇记者 章岳``, then the title and the text:
        right under a line set aside as the record's separator or field): the field's label is
        the archive's, set aside as ``archive-separator`` (INPUT.md, "Page furniture": meta
        lines), and what follows it is the byline of the record's story, never a deck line;
        it is moved under the title once that is read (:meth:`_place_record_byline`). A field
        left empty (``作者：``) is set aside whole elsewhere. Returns what is left of the line."""
        author = _AUTHOR_FIELD_RE.match(text) if text[:1] in "作撰记" else None
        if author is None or not self.set_aside:
            return text
        last = self.set_aside[-1]
        value = text[author.end() :].strip()
        if (
            last.line != number - 1
            or last.reason != "archive-separator"
            or not value
            or len(value) > _AUTHOR_VALUE
            or any(mark in value for mark in "。，！？")
        ):
            return text
        self.set_aside.append(SetAside(number, author.group().strip(), "archive-separator"))
        self.record_byline = Special(number, "byline", value)
        self.flow.append(self.record_byline)
        return ""

    def _place_record_byline(self, text: str) -> None:
        """The byline of a record's author field (:meth:`_author_field`) goes under the record's
        title: once the title's lines have been read after it and the line ``text`` opens the
        text (no title line: it is not title-like, or it opens with a dateline), the byline is
        moved from above the title to below it, where a byline stands (else the story before
        would take it as its signature); when the record prints the same byline under its
        title, the field's value is set aside with its label (the record's, printed twice).
        Anything else read after it first leaves it where it is."""
        byline = self.record_byline
        if byline is None:
            return
        flow = self.flow
        at = len(flow) - 1
        while at >= 0 and isinstance(flow[at], Heading):
            at -= 1
        if at < 0 or flow[at] is not byline:
            self.record_byline = None  # something else came between: left as it is
            return
        if at < len(flow) - 1 and _unspaced(text) == _unspaced(byline.text):
            # the record prints its author under the title too: the field is the record's
            del flow[at]
            self.set_aside.append(SetAside(byline.line, byline.text, "archive-separator"))
            self.record_byline = None
            return
        if at == len(flow) - 1 or (is_heading_like(text) and dateline_match(text) is None):
            return  # the title is still to be read (or goes on on this line)
        del flow[at]
        flow.append(byline)
        self.record_byline = None

    def _title_navigation(self, number: int, text: str) -> bool:
        """An e-paper's numbered list of the page's stories at the top of the page (标题导航 /
        ``1.标题`` / ``2.标题`` …, INPUT.md, "Page furniture": e-paper navigation): numbered
        short lines right under the masthead's lines, counting up from 1, most of whose titles
        are printed again further down the page as the lines that open the stories. Set aside
        as ``navigation``, never a deck. An item after the first follows the one before it
        (set aside on the line above, its number one less)."""
        item = _NAV_ITEM_RE.match(text.strip())
        # (the masthead zone's lines may be set aside after the line under them: look back)
        last = next((s for s in reversed(self.set_aside[-3:]) if s.line == number - 1), None)
        if item is None or last is None or last.reason not in MASTHEAD_REASONS:
            return False
        if int(item.group("n")) != 1:
            above = _NAV_ITEM_RE.match(last.text.strip())
            if not above or int(above.group("n")) != int(item.group("n")) - 1:
                return False
        elif not self._navigation_run(number):
            return False
        self.set_aside.append(SetAside(number, text, "navigation"))
        return True

    def _navigation_run(self, number: int) -> bool:
        """The numbered lines from line ``number`` on (1., 2., … :data:`_NAV_ITEM_RE`) are two
        or more, and most of their titles open a line further down the page (the stories'
        headlines, or the photo's label). At most :data:`_NAV_ITEMS` items are looked at."""
        titles: list[str] = []
        index = number - 1
        while index < len(self.lines) and len(titles) < _NAV_ITEMS:
            item = _NAV_ITEM_RE.match(self.lines[index].strip())
            if not item or int(item.group("n")) != len(titles) + 1:
                break
            titles.append(item.group("title"))
            index += 1
        if len(titles) < 2:
            return False
        below = [line.strip() for line in self.lines[index:]]
        repeated = sum(1 for title in titles if any(line.startswith(title) for line in below))
        return repeated * 2 > len(titles)

    def _line_furniture(self, number: int, text: str, folded: str, top: bool) -> str | None:
        """Why line ``number`` (``text``, ``folded``) is furniture: :func:`~articles.parsing.
        contributions.line_furniture` (``top``: no story text read yet, or in the header's
        frame), or a folio at the page's foot (:meth:`_folio_at_foot`); None when neither."""
        if not top and signing_date_line(self.lines, number, folded):
            return None  # a notice's signing date: the notice's last line, no page's (signingdates)
        return line_furniture(
            text, folded, self.meta, top=top, flow=self.flow
        ) or self._folio_at_foot(number, folded)

    def _folio_at_foot(self, number: int, folded: str) -> str | None:
        """``"page-label"`` for a folio (``—3—``, :func:`folio_label`) on the page's last line
        (the page's number at its foot, never a headline over the text above), its number
        recorded as the page's label when none was read; else None."""
        label = folio_label(folded)
        if not label or next_text(self.lines, number) is not None:
            return None
        self.meta.setdefault("label", label)
        return "page-label"
