"""The import's warning about a story whose byline credits nobody, or fewer people, because of
a character no page prints in it (``本报讯（记者 王😀明）``: the parser reads no name with an emoji
in it, so the story is stored with its byline as printed and without the reporter).

The rule for what a name holds is :mod:`articles.namechars`; the names a byline gives are the
importer's reading (:func:`articles.bylines.reporters_read`). The warning is said when reading the
byline again without those characters finds a name the story was not credited with: the page's
report names the story and the byline, the character (with its code point) and how to fix it.
A pure module (no query), so that the import's workers can use it.
"""

from __future__ import annotations

from articles.bylines import reporters_read
from articles.namechars import char_shown, unprinted_char
from articles.storynames import story_name
from articles.text import RADICAL_IDEOGRAPHS


def uncredited_byline_warnings(parsed, label: str) -> list[str]:
    """The report's warnings for the stories of page ``label`` (``parsed``: its
    :class:`~articles.parsing.ParsedPage`) whose byline holds a character no page prints
    (:func:`~articles.namechars.unprinted_char`) that kept a name in it from being credited,
    one each, in print order: which story (page, its number as the desk numbers the page's
    stories, title), the byline, the character and what to do."""
    warnings = []
    for number, article in enumerate(parsed.articles, start=1):
        char = unprinted_char(article.byline)
        if char is None:
            continue
        ideograph = RADICAL_IDEOGRAPHS.get(ord(char))
        cleaned = "".join(
            RADICAL_IDEOGRAPHS.get(ord(c), "") if unprinted_char(c) is not None else c
            for c in article.byline
        )
        missed = set(reporters_read(cleaned, article.dateline)) - set(article.reporters)
        if missed:
            what, fix = (
                (
                    f"部首字符{char_shown(char)}（PDF 的文字层常用它代替“{ideograph}”）",
                    f"把它改成“{ideograph}”",
                )
                if ideograph
                else (f"字符{char_shown(char)}，人名里不会有这样的字符", "删去这个字符")
            )
            warnings.append(
                f"{label}版 第{number}篇{story_name(article.title)}的署名“{article.byline}”"
                f"含有{what}，所以署名里的记者没有记上：请在编辑台打开这篇稿件，改正“署名”"
                f"（{fix}，记者随之记上）或在“记者”里加上记者"
            )
    return warnings
