"""What a story's printed byline and dateline add to finding it.

The parser takes a byline printed on a line of its own (``本报记者 苏蔓``) or closing the story
(``（记者 王小川）``) out of the text into the story's 署名 (``Article.byline``), and a dateline
set on its own line into its 电头 (``Article.dateline``); both stay printed on the story's
page, so readers expect the name, or ``新华社``, to find the story. The index holds them after
the story's paragraphs, before its photos' captions and credit lines
(:func:`search.indexing.index_articles`), each only when the story's text does not print it
already (an inline ``本报讯（记者朱文君 卢兆欣）`` or a dateline starting the first paragraph is
indexed with the text). Keywords and related stories stay drawn from the story's own deck and
text. A result found only so quotes it (``署名：本报记者 <mark>苏蔓</mark>``,
:func:`search.views._mark`).

Kept in step by the story's own saves (its byline or dateline edited at the desk, a re-import):
an entry's ``source_hash`` covers these texts, so ``rebuild_search_index --changed`` re-indexes
the stories whose entry was built before they were part of it (and only those).
"""

from __future__ import annotations

from collections.abc import Iterable


def _unspaced(text: str) -> str:
    return "".join(text.split())


def printed_credits(byline: str, dateline: str, parts_blocks: Iterable[list[dict]]) -> list[str]:
    """The story's ``byline`` and ``dateline`` (as printed) that its text does not print, in
    that order, for its entry's body: ``parts_blocks`` are its parts' ``blocks`` (``[{"kind",
    "text"}, …]``), compared with white space left out (``本报记者　苏蔓`` is in ``本报记者 苏蔓``)."""
    wanted = [text for text in (byline, dateline) if text and text.strip()]
    if not wanted:
        return []
    printed = _unspaced("".join(b.get("text", "") for blocks in parts_blocks for b in blocks))
    return [text for text in wanted if _unspaced(text) not in printed]
