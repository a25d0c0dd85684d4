"""An empty story: one with a title (kicker, headline or subheadline) and not one paragraph of
text, which would publish as a headline and nothing else.

The parser makes one when the title lines it read have no body under them: the body was read
into the next story (a headline over a byline and a blank line, the next headline's text
following), or the lines are no story at all but furniture (a column's name, a box's label)
that the page text put where a headline goes. A reviewer's OCR page published a story that was
a headline, a byline and nothing else.

One rule, two readers, as for a scrap (:mod:`articles.scraps`): the import warns about each such
story of a page (:func:`empty_story_warnings`, from the parse: in the command's output, its
``--json`` and the desk's upload preview and result, as any page warning,
:meth:`~articles.importing.preparing.Prepared.parse_warnings`), and publishing an issue names
each one it makes public (:func:`articles.publishchecks.empty_stories`, from the rows as editors
left them: a story given its text since is no longer empty) with how to take it back
(:data:`EMPTY_FIX`); the desk's 发布本期 lists them before the editor publishes.

What is not an empty story:

- a story whose text is on a later page (it prints ``（下转A2版）`` under its title): once the
  jump is linked its text is the continuation's. The import does not warn about it (a page
  imported before its continuation reports the open jump already, 待接), and publishing names it
  only while the jump is still open, saying so (:data:`OPEN_JUMP_NOTE`); a link held apart until
  the story is published (sign-off) joins it when it is, so that story is not named;
- a continuation (``（上接A1版）``, or a later part of a story): its story starts on another page;
- a photo or a teaser, which the parser keeps apart from stories, and a story without a title
  (a page of those alone, nearly empty, is a scrap);
- a story whose text is crossheads only has no paragraph: it is empty (readers see its
  crossheads and nothing under them).

A pure module (no Django), so that the import's workers can use it.
"""

from __future__ import annotations

from collections.abc import Iterable

from articles.storynames import story_name

#: How an empty story published is taken back or completed, after the line that names it.
EMPTY_FIX = (
    "若不该发布（标题其实是栏目名、版头等版面信息），请在稿件列表里选中它，用“撤回所选稿件”撤下；"
    "若正文漏了，请在稿件页补上正文，或改好这一版的文本后重新导入这一版"
)
#: What publishing adds to the name of an empty story whose text waits beyond an open jump:
#: its text may come with the continuation, not be missing (``{marker}``: the marker printed).
OPEN_JUMP_NOTE = "（正文应在“{marker}”的续文里，这一处转版还没接好）"


def has_paragraph(blocks: Iterable) -> bool:
    """Whether ``blocks`` hold a paragraph with text: the parser's
    :class:`~articles.parsing.Block` objects or the stored ``{"kind", "text"}`` dicts
    (``ArticlePart.blocks``). Crossheads are not text a reader reads alone."""
    for block in blocks:
        kind, text = (
            (block.get("kind"), block.get("text"))
            if isinstance(block, dict)
            else (block.kind, block.text)
        )
        if kind == "paragraph" and (text or "").strip():
            return True
    return False


def parsed_story_empty(article) -> bool:
    """Whether ``article`` (a :class:`~articles.parsing.ParsedArticle`) is an empty story as the
    import warns about it: a title, no paragraph, no jump to another page (``（下转…）`` not
    merged: its text is the continuation's) and no jump from one (a continuation: its story
    starts elsewhere)."""
    if not article.title or has_paragraph(article.blocks):
        return False
    return not any(not marker.merged for marker in article.markers)


def empty_story_warnings(parsed, label: str) -> list[str]:
    """The report's warnings for the empty stories of page ``label`` (``parsed``: its
    :class:`~articles.parsing.ParsedPage`; :func:`parsed_story_empty`), one each, in print
    order, else none: which story (page, its number as the desk numbers the page's stories,
    title and byline), that readers would see only its title, and what to check and do (the
    story after it, whose text it may be; furniture read as a title). Numbers count the page's
    stories and parts in print order, as ``ArticlePart.objects.story_numbers_at`` does once
    they are written."""
    stories = list(parsed.articles)
    warnings = []
    for number, article in enumerate(stories, start=1):
        if parsed_story_empty(article):
            after = stories[number] if number < len(stories) else None
            warnings.append(_warning(label, number, article, after))
    return warnings


def _warning(label: str, number: int, article, after) -> str:
    """:func:`empty_story_warnings`' words for story ``number`` (``article``) of page ``label``,
    ``after`` the story printed next on the page (None for the last)."""
    byline = f"和署名“{article.byline}”" if article.byline else ""
    if after is not None and has_paragraph(after.blocks):
        name = story_name(after.title, opening=after.text, dateline=after.dateline)
        where = f"正文可能被读进了下一篇（第{number + 1}篇{name}）：若是，在文本里把两篇分开"
    else:
        where = "正文可能在导出时漏了：若是，把它补进文本"
    return (
        f"{label}版 第{number}篇{story_name(article.title)}只有标题{byline}，没有一段正文，"
        f"发布后读者只看到标题：请对照版面核对——{where}后重新导入这一版，"
        "或在编辑台的稿件页补上正文；若这几行是栏目名、版头等版面信息而不是稿件，"
        "从文本里删去它们后重新导入这一版"
    )
