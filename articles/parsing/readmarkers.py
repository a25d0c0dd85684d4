"""Continuation markers in the text (``（下转第4版）``, ``（上接第1版）``): how the reader ends a
text at a forward marker and hands a backward marker to the text after it; and a jump's pointer
printed in English on a line of its own (``>> Continued on Page 4``), a marker, or beside the
Chinese marker of the same jump, its echo set aside (:mod:`~articles.parsing.bilingual`). Mixed into
:class:`~articles.parsing.reader.Reader`; uses its ``flow``, ``flags``, ``warnings``,
``set_aside``, ``pending_backward``, ``pending_extra``, ``pending_lines``, ``merge_open``, ``forward_line``, ``lines``,
``seen_body``, ``page_label``, ``width``, ``cut_prose`` and ``parted`` (None until read).
"""

from __future__ import annotations

from dataclasses import replace

from articles.labels import LabelError, label_parts
from articles.parsing.bilingual import english_jump, jump_echo
from articles.parsing.jumptitles import next_text_line, paragraph_opens_under, title_under_marker
from articles.parsing.layout import blank_lines_part_paragraphs
from articles.parsing.results import Flag, Marker, SetAside
from articles.parsing.spacing import double_spaced
from articles.parsing.units import Heading, Para, Special


class MarkersMixin:
    """Reader methods for continuation markers (see the module docstring)."""

    def _english_jump(self, number: int, text: str) -> bool:
        """Line ``number`` (``text``) taken when it is a jump's pointer in English alone on its
        line (:func:`~articles.parsing.bilingual.english_jump`: ``>> Continued on Page 4``,
        ``<< Continued from Page 1``): set aside as ``navigation`` (a pointer to another page)
        when a Chinese marker of the same jump stands next to it (``…（下转第4版）`` above it:
        :func:`~articles.parsing.bilingual.jump_echo`, the jump said twice), else read as the
        jump's marker (a page that prints its pointers in English only). Never a story's
        headline."""
        jump = english_jump(text) if text[-1:].isascii() else None
        if jump is None:
            return False
        direction, label = jump
        if jump_echo(self.lines, number, direction, label):
            self.set_aside.append(SetAside(number, text.strip(), "navigation"))
            return True
        marker = Marker(direction, label, text.strip())
        if direction == "forward":
            self._forward(number, marker)
        else:
            self._backward(number, marker)
        return True

    def _forward(self, number: int, marker: Marker) -> None:
        if self.flow and isinstance(self.flow[-1], Heading):
            # A forward marker always ends a text: the short lines just before it (OCR lines
            # of a column cut mid-sentence) are that text, never a headline.
            heading = self.flow.pop()
            self.flags.append(
                Flag(
                    heading.line,
                    "text-before-jump",
                    "转版标记前的短行“"
                    + "".join(heading.lines)[:30]
                    + "”按正文处理（转版标记总是结束一段正文）；"
                    "请核对它是否属于上面的稿件。",
                )
            )
            self.flow.append(Para(heading.line, "".join(heading.lines)))
            self.seen_body = True
        para = self._last_para()
        if para is None or para.closed:
            self.warnings.append(f"line {number}: {marker.text} follows no text; set aside")
            self.set_aside.append(SetAside(number, marker.text, "unplaced"))
            return
        para.forward = marker
        para.markers.append(marker)
        para.closed = True
        self.forward_line = number

    def _backward(self, number: int, marker: Marker) -> None:
        last = self._last_para()
        if (
            last is not None
            and last.forward is not None
            and last.closed
            and last is self.flow[-1]
            and (last.forward.label, last.forward.relative) != (marker.label, marker.relative)
            and self.pending_backward is None
            and self._printed_together(number)
            and self._pair_of_this_page(last.forward, marker)
        ):
            # …（下转6版） then （上接4版）: the source merged the story; it goes on here. (A jump
            # to A2 cannot be continued from A2: two such markers belong to two stories.)
            # (（转下版）（接上版）: the next page and the previous one, two pages, also merged.)
            last.markers[-1] = replace(last.forward, merged=True)
            last.forward = None
            last.closed = False
            last.markers.append(replace(marker, merged=True))
            self.merge_open = True
            return
        if self.pending_backward is None:
            self.pending_backward = marker
        else:
            self.pending_extra.append(marker)
        self.pending_lines.append(number)

    def _backward_without_text(self) -> None:
        """At the page's end, the backward markers still waiting for their text: each set aside
        and warned about at its line (``line 5: a backward marker （上接第1版） is followed by no
        text``), as a stray forward marker is."""
        if self.pending_backward is None:
            return
        markers = [self.pending_backward, *self.pending_extra]
        for marker, number in zip(markers, self.pending_lines, strict=True):
            said = f"a backward marker {marker.text} is followed by no text"
            self.warnings.append(f"line {number}: {said}")
            self.set_aside.append(SetAside(number, marker.text, "unplaced"))

    def _repeated_title(self, number: int, text: str, block_start: bool) -> bool:
        """Line ``number``'s ``text``, the first after a backward marker, read as the continued
        story's repeated title when the page sets it apart
        (:func:`~articles.parsing.jumptitles.title_under_marker`: a blank line under it, or a
        paragraph the layout opens right under it, :func:`~articles.parsing.jumptitles.paragraph_opens_under`):
        a heading line over the text the marker heads, so the part has its title and its text
        opens after it."""
        if self.pending_backward is None or self.width or self.cut_prose:
            return False  # (on a page of cut lines, see cut_page)
        following, apart = next_text_line(self.lines, number)
        opens = False
        if not apart and following is not None:
            if self.parted is None:  # (read once, on a page with a backward marker)
                self.parted = blank_lines_part_paragraphs(self.lines)
            opens = paragraph_opens_under(self.lines, number, self.parted)
        if not title_under_marker(text, following, apart, opens):
            return False
        self.flow.append(Heading(number, [text], block_start))
        return True

    def _printed_together(self, number: int) -> bool:
        """Whether a backward marker on line ``number`` was printed together with the forward
        marker that ended the text before it: on its line, or on the line right under it (on a
        page with a blank line after every line, the next text line). A source that merged a
        story prints the pair as one (every merged pair on the pages we have, e-paper exports
        and apps, stands on one line, at most spaces apart); a blank line between them is a
        paragraph break: ``…（下转3版）`` ends one story and ``（上接1版）`` heads the
        continuation of another, printed after it (a reviewer's page 2)."""
        gap = number - self.forward_line
        if gap <= 1:
            return True
        between = self.lines[self.forward_line : number - 1]  # lines are 1-based, the list 0-based
        return gap == 2 and not between[0].strip() and double_spaced(self.lines)

    def _pair_of_this_page(self, forward: Marker, backward: Marker) -> bool:
        """Whether a forward and a backward marker printed together may be a merged pair on this
        page (``page_label``): a source that joins a story prints the pair on one of the two
        pages the story stands on (``…（下转4版）（上接1版）…`` on page 1 or page 4: every merged
        pair of the pages we have, e-paper exports and apps); on any other page (page 2) they are
        two stories' markers, one story jumping to page 4 and the next continuing from page 1,
        however close they stand (a page with no blank lines between its paragraphs). True when
        the page's label is not known or either marker names a page by its place (（转下版）)."""
        own = self.page_label
        if not own or forward.relative or backward.relative:
            return True
        return same_page(own, forward.label) or same_page(own, backward.label)

    def _last_para(self) -> Para | None:
        for unit in reversed(self.flow):
            if isinstance(unit, Para):
                return unit
            if isinstance(unit, Heading) or (isinstance(unit, Special) and unit.kind == "break"):
                return None
        return None


def same_page(own: str, named: str) -> bool:
    """Whether a marker naming page ``named`` (normalised: ``4``, ``A4``) names the page labelled
    ``own``: the same label, or the same number when one of them has no section letter (a
    paper printing ``下转4版`` on its page ``A1``, as ``上接第一版`` finds ``A1`` on import)."""
    if own == named:
        return True
    try:
        (own_letters, own_number), (letters, number) = label_parts(own), label_parts(named)
    except LabelError:
        return False
    return own_number == number and not (own_letters and letters)
