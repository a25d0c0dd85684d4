"""The import's warnings about a story's byline holding a character no page prints.

* An emoji or another character no name holds (``本报讯（记者 王😀明）``): the parser reads no
  name with it in it, so the story is stored with its byline as printed and without the
  reporter. Said when reading the byline again without those characters finds a name the story
  was not credited with: the page's report names the story and the byline, the character (with
  its code point) and how to fix it.
* A Kangxi radical a PDF's text layer gave for an ideograph (``记者 王⼆明``, ⼆ U+2F06 for 二):
  the parser reads the name through it (:func:`articles.parsing.letternames.names_read`), so
  the story credits 王二明 and keeps its byline as printed. The report says so, and that the
  text need be changed only if the editor wants the page's text corrected.

The rule for what a name holds is :mod:`articles.namechars`; the names a byline gives are the
importer's reading (:func:`articles.bylines.reporters_read`). A pure module (no query), so that
the import's workers can use it.
"""

from __future__ import annotations

import re

from articles.bylines import reporters_read
from articles.namechars import char_shown, unprinted_char
from articles.parsing.letternames import names_read
from articles.storynames import story_name
from articles.text import RADICAL_IDEOGRAPHS

_SPACES_RE = re.compile(r"\s+")


def uncredited_byline_warnings(parsed, label: str) -> list[str]:
    """The report's warnings for the stories of page ``label`` (``parsed``: its
    :class:`~articles.parsing.ParsedPage`) whose byline holds a character no page prints
    (:func:`~articles.namechars.unprinted_char`), one each, in print order: which story (page,
    its number as the desk numbers the page's stories, title), the byline, the character and,
    for an emoji that kept a name from being credited, what to do
    (:func:`_uncredited_warning`); for a radical read as its ideograph, the name it was read as
    (:func:`_radical_warning`)."""
    warnings = []
    for number, article in enumerate(parsed.articles, start=1):
        if unprinted_char(article.byline) is None:
            continue
        story = f"{label}版 第{number}篇{story_name(article.title)}的署名“{article.byline}”"
        warning = _uncredited_warning(article, story) or _radical_warning(article, story)
        if warning:
            warnings.append(warning)
    return warnings


def dictionary_texts(parsed) -> tuple[str, ...]:
    """The texts of ``parsed`` (a :class:`~articles.parsing.ParsedPage`) whose names its
    warnings here read with jieba's dictionary (:func:`_uncredited_warning`'s
    :func:`~articles.bylines.reporters_read`): the byline of each story holding a character no
    page prints (:func:`~articles.namechars.unprinted_char`), that byline without such
    characters, and the story's dateline. Empty for most pages: their warnings are the same
    whatever the dictionary has learned (an import's worker makes them:
    :meth:`articles.importing.preparing.Prepared.made_ahead`)."""
    texts: list[str] = []
    for article in parsed.articles:
        if unprinted_char(article.byline) is not None:
            cleaned = "".join(
                c
                for c in article.byline
                if unprinted_char(c) is None or ord(c) in RADICAL_IDEOGRAPHS
            )
            texts += [article.byline, cleaned, article.dateline]
    return tuple(texts)


def _uncredited_warning(article, story: str) -> str | None:
    """The warning for a character no name holds (not a radical read as its ideograph) that kept
    a name in ``article``'s byline from being credited (``story``: which story and its byline,
    as the report names them); None when there is none or it kept no name out."""
    char = next(
        (c for c in article.byline if unprinted_char(c) and ord(c) not in RADICAL_IDEOGRAPHS),
        None,
    )
    if char is None:
        return None
    cleaned = "".join(
        c for c in article.byline if unprinted_char(c) is None or ord(c) in RADICAL_IDEOGRAPHS
    )
    missed = set(reporters_read(cleaned, article.dateline)) - set(article.reporters)
    if not missed:
        return None
    return (
        f"{story}含有字符{char_shown(char)}，人名里不会有这样的字符，所以署名里的记者没有记上："
        "请在编辑台打开这篇稿件，改正“署名”（删去这个字符，记者随之记上）或在“记者”里加上记者"
    )


def _radical_warning(article, story: str) -> str | None:
    """The note for a radical in ``article``'s byline that a credited name was read through
    (``王⼆明`` read as 王二明): the name read, the character kept as printed, and how to
    correct the page's text if the editor wants to. None when no credited name was read so."""
    printed = _SPACES_RE.sub("", article.byline)
    read = _SPACES_RE.sub("", names_read(article.byline))
    names = [name for name in article.reporters if name not in printed and name in read]
    chars = [c for c in article.byline if ord(c) in RADICAL_IDEOGRAPHS]
    if not names or not chars:
        return None
    char = chars[0]
    ideograph = RADICAL_IDEOGRAPHS[ord(char)]
    shown = "、".join(f"“{name}”" for name in names)
    return (
        f"{story}含有部首字符{char_shown(char)}（PDF 的文字层常用它代替“{ideograph}”）：记者按"
        f"{shown}记上，署名照印出来的样子保留这个字符；只有想改正版面文字时，才需要在编辑台打开"
        f"这篇稿件，把“署名”里的它改成“{ideograph}”"
    )
