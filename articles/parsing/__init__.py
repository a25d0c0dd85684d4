"""Printed-page text in, structured page out.

A pure package: the standard library and jieba, no Django. :func:`parse_page` takes the bytes (or
text) of one printed page and returns a frozen :class:`ParsedPage`: its articles (title deck,
dateline, reporters, paragraphs and crossheads, continuation markers), photos (caption, credit,
photographers), front-page teasers, and every line it ignored or could not place, so that no
printed character is lost. It raises nothing but :class:`ParseError`. Decisions it is unsure of are
listed in ``ParsedPage.flags`` (:class:`Flag`: line, kind, a message in Chinese) for an editor to
check first.

How a page is read, in order (one module per stage; :mod:`~articles.parsing.page` runs them):

1. **Decode** (:mod:`~articles.parsing.decoding`): UTF-8 with or without BOM, UTF-16 with BOM,
   else GB18030 (a superset of GBK and GB2312). Empty, blank, binary (NUL bytes, images,
   archives), undecodable or oversized input is refused with one line saying what is wrong and
   what to do.
2. **Lines into units** (:mod:`~articles.parsing.reader`): page furniture
   (:mod:`~articles.parsing.furniture`: page labels, page stamps, source lines, staff lines,
   mastheads, paper and e-paper names, prices, websites, English dates, running heads, header
   lines of pieces in any order (:mod:`~articles.parsing.header_lines`: date, also of the
   Republic calendar, with an era or anniversary phrase beside it,
   :mod:`~articles.parsing.eraphrases`; weekday, page, section, staff, hotline, price, the
   paper's name in Latin letters), web-archive separators, site navigation and page lists,
   weather, a section name alone at the top of a page or under its header; boxes beside the stories,
   :mod:`~articles.parsing.readboxes`: data boxes, tables of figures, a quotation box under its
   label, :mod:`~articles.parsing.quotebox`) is set aside with its reason,
   recording date, label, section and paper where the line says them; an archive's separator
   ends the item before it; a line holding several paragraphs (parted by runs of spaces) is
   split; on a page of short cut lines
   (:mod:`~articles.parsing.layout`) a full-width line is text, never a headline, and goes on
   across blank lines, unless a dateline follows it (then it is a headline); a line cut inside a
   bracket or holding only a dateline goes on; a forward marker ends a text, so the short lines
   just before it are text;
   captions ending with a bracketed credit (``■…（林嘉文攝）``, ``■…（法新社）``, ``…图为…（陈维连）``)
   or a glued one (``…。本报记者 韩  雪 摄``) are photos; teaser targets (``■A4看南通·要闻``) take
   the title lines above them (a teaser pointing to the page it is printed on is set aside,
   :mod:`~articles.parsing.ownpageteasers`); photo credits (``记者 许丛军摄``) take the
   paragraph above them as the caption (:mod:`~articles.parsing.pictures`); a 简讯 box's label ends the story before it
   and names alone in brackets under a brief (``（陈佳）``) sign and end it; title-like lines that
   are cut text (a quote left open, a column gutter, lines with commas inside one after another)
   are text; byline lines, desk signatures (``本报评论员``), end datelines and author notes are
   kept as such; a notice's signature (organisations, then the date) and a translator's note
   end the text before them; short lines without sentence punctuation become heading blocks;
   the rest become paragraphs; a letter-spaced line (``本 报 讯 （记 者 赵 刚） …``:
   :mod:`~articles.parsing.letterspacing`) is one paragraph, its dateline read as if unspaced.
   A paragraph that ends without closing punctuation is joined with
   the next text line, also across a blank line (a column break; a title-like line there only
   when it holds OCR's stray spaces, ``他說 放假 三天``: :mod:`~articles.parsing.strayspaces`);
   a poem's unpunctuated stanza between punctuated ones stays verse
   (:func:`~articles.parsing.verses.stanzas_between_verse`); an English story's
   lines cut by its column are text, joined with the space the break took
   (:mod:`~articles.parsing.englishlines`). Indentation starts a paragraph
   only on pages that wrap lines without indenting them. Continuation markers are cut out of the
   text and kept, also when an OCR line break cuts one in two.
3. **Bodies** (:mod:`~articles.parsing.bodies`): a dateline (``本报讯…``), a byline line, a
   backward marker or a closed previous story starts a new body; a forward marker closes one
   (unless a backward marker to another page follows at once: the source already merged the
   story). Heading lines inside an open body, followed by more of its text, are crossheads: one
   line of any kind, or several that are all section heads by form (numbered, questions);
   several plain lines, or a column name (``（人民论坛）``), are a new story's deck; so is a line in
   another script than the story over text in its own (:mod:`~articles.parsing.scriptswitch`:
   a bilingual page; flagged), and one
   plain line after a blank line on a page that prints no blank line between paragraphs, after
   a photo, or over a text that ends with its own dateline (flagged). A letter's signature and a
   column title's author line (``林  舒``) is the byline. A story that never gets a headline and
   opened with a dateline right after another's text is a second dispatch of that one when the
   same agency sent it or it speaks of the same thing, else a headline-less brief of its own
   (:mod:`~articles.parsing.dispatches`; flagged either way). End datelines,
   author notes, pen names and bylines after the last paragraph belong to the story before them.
4. **Decks to bodies by content** (:mod:`~articles.parsing.decks`): heading blocks between two
   bodies are split between them at the point that best fits what they say (jieba word overlap
   with each body), so a headline printed after its body (seed article 2) still lands on the
   right story. Within a deck, ``——``/``：`` cues and line grouping decide kicker, headline and
   subheadline.
5. **Photos to stories** (:mod:`~articles.parsing.photolinks`): a photo printed inside a story
   (between its paragraphs, or between its deck and its text) goes with it; one printed between
   two stories goes with the one its caption speaks of (pairs of characters found in its deck and
   text), none when it is unclear (flagged when both fit); a picture item under its label
   (``图片新闻``) goes with none.

What is recognised is written in :mod:`~articles.parsing.patterns` (every marker, dateline,
byline, credit, furniture and heading pattern; no other module holds one) and
:mod:`~articles.parsing.names` (surnames, the names in bylines and credits); the results are the
frozen dataclasses of :mod:`~articles.parsing.results`. Folding, jieba and word overlap are
shared with the jump matcher and search in :mod:`articles.text`.

Everything is matched on a folded copy of the same length (full-width letters and digits to
half-width, common traditional characters such as 轉 報 記 to simplified), so that offsets found
there cut the printed text; everything kept is the printed text, and every printed character
ends up in exactly one output piece (tests/parsing/test_properties.py checks this).
Lines over 200 characters are always text, which keeps the line patterns linear on huge input.

This module re-exports the names the rest of the project uses.
"""

from articles.parsing.decoding import DEFAULT_MAX_BYTES, decode_page
from articles.parsing.htmltext import printed_text
from articles.parsing.markers import MARKER_VERBS
from articles.parsing.names import looks_like_name, parse_names
from articles.parsing.page import parse_decoded, parse_page
from articles.parsing.patterns import ends_sentence, find_markers, is_heading_like
from articles.parsing.results import (
    PARSER_VERSION,
    Block,
    Flag,
    Marker,
    PageMetadata,
    ParsedArticle,
    ParsedPage,
    ParsedPhoto,
    ParsedTeaser,
    ParseError,
    SetAside,
)
from articles.text import content_words, fold, get_jieba, normalize_for_matching, overlap

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MARKER_VERBS",
    "PARSER_VERSION",
    "Block",
    "Flag",
    "Marker",
    "PageMetadata",
    "ParseError",
    "ParsedArticle",
    "ParsedPage",
    "ParsedPhoto",
    "ParsedTeaser",
    "SetAside",
    "content_words",
    "decode_page",
    "ends_sentence",
    "find_markers",
    "fold",
    "get_jieba",
    "is_heading_like",
    "looks_like_name",
    "normalize_for_matching",
    "overlap",
    "parse_decoded",
    "parse_names",
    "parse_page",
    "printed_text",
]
