"""Which script a story or a paper is printed in: ``zh-Hans`` or ``zh-Hant``, for the page's
``<html lang>``, the JSON-LD's ``inLanguage`` and the Atom feeds' ``xml:lang``.

Worked out from the printed text when asked, nothing stored: the Han characters of a sample
(:data:`SAMPLE`, the title first) folded with OpenCC's traditional→simplified character table
(:func:`articles.text.fold`, the one search folds with); a text is traditional when at least
one in twenty of them changes (and two, unless it is shorter than :data:`SHORT`). Simplified text keeps a few
characters the table folds (著 in 著名, 乾 in 乾坤: under one in a hundred in the seed's
stories); traditional text changes one character in four to five. A paper is read from its
name (报/報 alone tells most papers apart): its issues, pages, sections and feed; a story from
its own words, so a simplified story in a traditional paper says zh-Hans.
"""

from __future__ import annotations

import re
from operator import ne

from articles.text import fold

SIMPLIFIED, TRADITIONAL = "zh-Hans", "zh-Hant"
#: How many Han characters of a text are read (the first ones).
SAMPLE = 120
#: Under this many Han characters (a paper's name: 明報), one that changes is enough.
SHORT = 10
_NOT_HAN = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def text_language(text: str) -> str:
    """``zh-Hant`` when ``text`` is printed in traditional characters, else ``zh-Hans`` (also
    for text with no Han character). About 40 µs for a story's sample (its fold, remembered
    by :func:`articles.text.fold` for the next time, much less)."""
    han = _NOT_HAN.sub("", text[: SAMPLE * 2])[:SAMPLE]
    changed = sum(map(ne, han, fold(han)))
    if changed * 20 >= len(han) and (changed >= 2 or (changed > 0 and len(han) < SHORT)):
        return TRADITIONAL
    return SIMPLIFIED


def story_language(article) -> str:
    """:func:`text_language` of a story: its title, then its text (its parts, prefetched or
    read: :meth:`Article.blocks`)."""
    pieces, length = [article.title], 0
    for block in article.blocks():
        pieces.append(block.get("text", ""))
        length += len(pieces[-1])
        if length > SAMPLE:
            break
    return text_language("\n".join(pieces))


def paper_language(publication) -> str:
    """:func:`text_language` of a paper's name: what its pages say they are written in."""
    return text_language(publication.name) if publication is not None else SIMPLIFIED


def language_attribute(text: str, within: str = SIMPLIFIED) -> str:
    """`` lang="zh-Hant"`` or `` lang="zh-Hans"`` for ``text`` (a story's title as listed, a
    name, a keyword) set inside an element whose language is ``within`` (its page's, its
    line's) when its script is the other one (:func:`text_language`), else "": a simplified
    title listed on a traditional story's page says zh-Hans, as a traditional one on a
    simplified page says zh-Hant (:func:`traditional_attribute`), so a screen reader reads each
    in its own script's voice (WCAG 3.1.2). Follows from its arguments alone."""
    if not text:
        return ""
    language = text_language(text)
    return f' lang="{language}"' if language != within else ""


def traditional_attribute(text: str) -> str:
    """`` lang="zh-Hant"`` when ``text`` (a story's title as listed, a paper's name) is printed
    in traditional characters (:func:`text_language`), else "": what a link or line naming it
    carries inside a page in another script (a zh-Hans list: the home page, 相关报道, search
    results), so a screen reader reads it in its own script's voice (WCAG 3.1.2). Follows
    from ``text`` alone: a remembered block keyed by the text may hold it."""
    return f' lang="{TRADITIONAL}"' if text and text_language(text) == TRADITIONAL else ""
