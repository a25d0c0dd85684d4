"""Continuations, a part's printed byline: kept with the story its text joined.

A continuation read on its own before its jump was linked is a story of its own, and the parser
takes a byline printed apart from its text (``本报记者 梁国华`` as the part's last line on page
2) into that story's 署名 (``Article.byline``), out of its text. When a link empties that story
into the whole story (:mod:`articles.continuations.merging`), its reporters join the whole
story (:func:`~articles.continuations.restoring.bylines_follow`) and its byline as printed is
kept with them, in what its redirect keeps (:attr:`ArticleRedirect.held` ``["byline"]``:
:func:`printed_bylines_keep`): the whole story shows it after its own 署名
(:func:`story_byline`) and its search entry holds it (:func:`joined_bylines`,
``search.indexing``), so its name finds the story as the 记者 filter does. Detaching the part
again brings the story back with its own 署名, and the redirect, with what it kept, goes with it
(:mod:`articles.continuations.restoring`); a re-import of the head's page leaves it alone.

Every public place that shows a story's 署名 or its reporters as the byline prints them shows
:func:`story_byline`: the story page and its JSON twin (:func:`joined_bylines`, kept with its
body), the page view's list of stories and its JSON twin (:func:`articles.selectors.pages.printed_parts`),
and search's result lines (their names as printed, and a result found by a name quoting the 署名:
``search.results.show``), the lists reading the joined bylines with their stories' rows
(:class:`JoinedBylines`, :func:`joined_from`: no query of their own). The issue view and a
person's page list stories by title only; the feeds' ``author`` is the reporters' names, which
the joined parts' reporters are among.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Func, TextField

from articles.bylines import reporters_read
from articles.models import Article, ArticleRedirect
from articles.namechars import name_canonical
from articles.queries import Prepared

#: Between two joined bylines in :class:`JoinedBylines` (the ASCII unit separator: no byline
#: prints it, ``articles.namechars``).
_SEPARATOR = "\x1f"


def printed_bylines_keep(final: dict[int, int], held: dict[int, dict]) -> None:
    """Before the emptied stories of a link go (``final``: {emptied story id: the story it
    ended up in}): each one's 署名 as printed, when it has one, in what its redirect keeps
    (``held``: {emptied story id: :attr:`ArticleRedirect.held`}). One query."""
    for pk, byline in _BYLINES.rows(list(final))[1]:
        if byline.strip():
            held[pk]["byline"] = byline


def joined_bylines(article_ids: Iterable[int]) -> dict[int, list[str]]:
    """{story id: the 署名 its joined parts printed (:func:`printed_bylines_keep`), in the order
    their stories were made}, for the stories of ``article_ids`` that have some. One query."""
    found: dict[int, list[str]] = {}
    for article_id, held in _HELD_BYLINES.rows(list(article_ids))[1]:
        byline = held.get("byline") or ""
        if byline and byline not in found.get(article_id, ()):
            found.setdefault(article_id, []).append(byline)
    return found


# (read each batch an import stitches and indexes: built once, articles.queries)
_BYLINES = Prepared(
    Article,
    (list,),
    lambda ids: Article.objects.filter(pk__in=ids).exclude(byline="").values_list("pk", "byline"),
)
_HELD_BYLINES = Prepared(
    ArticleRedirect,
    (list,),
    lambda ids: (
        ArticleRedirect.objects.filter(article_id__in=ids, held__has_key="byline")
        .order_by("old_id")
        .values_list("article_id", "held")
    ),
)


def story_byline(article: Article, printed_apart: Iterable[str]) -> str:
    """The 署名 a story shows: its own, then ``printed_apart``, those its joined parts printed
    apart from their text (:func:`joined_bylines`, which the story page keeps with its body),
    a space between, each only when it names someone not named before it: the people are
    compared, not the text (``本报记者 陈晓岚`` closing a continuation of a story credited ``记者
    陈晓岚 周立明`` is not shown again; ``本报记者 周立明`` under ``记者 陈晓岚`` is), names read as
    the importer reads a byline (:func:`articles.bylines.reporters_read`, in canonical form:
    :func:`articles.namechars.name_canonical`). A sign-off naming nobody the reading knows is
    shown unless its text is already there. No query."""
    own = article.byline.strip()
    shown = [own] if own else []
    named = _named(own)
    for byline in printed_apart:
        names = _named(byline)
        if names <= named if names else "".join(byline.split()) in "".join("".join(shown).split()):
            continue
        shown.append(byline)
        named |= names
    return " ".join(shown)


def _named(byline: str) -> set[str]:
    """The people ``byline`` names, canonical (``本报记者 陈晓岚`` → {陈晓岚}); empty for none."""
    return {name_canonical(n) for n in reporters_read(byline)} if byline.strip() else set()


def printed_byline_give_back(article: Article, new: Article, parts: list) -> None:
    """``parts`` (the first one and what follows it) left ``article`` for ``new``, a story made
    for them (no removed story came back: one that joined in the import that made it has no
    history): the 署名 they printed apart (:func:`printed_bylines_keep`, kept by the redirect
    of the story they were) is ``new``'s again, no longer shown with ``article``. One query,
    two statements when there is one."""
    rows = ArticleRedirect.objects.filter(article=article, held__has_key="byline")
    for pk, held in rows.values_list("pk", "held"):
        if parts and parts[0].pk in (held.get("parts") or ()):
            byline = held.pop("byline")
            if not new.byline:
                new.byline = byline
                new.save(update_fields=["byline"])
            ArticleRedirect.objects.filter(pk=pk).update(held=held)
            return


class JoinedBylines(Func):
    """An expression for a list's query: the 署名 the joined parts of the story whose id is its
    argument (``F("article_id")``, ``F("pk")``) printed apart (:func:`printed_bylines_keep`),
    in the order :func:`joined_bylines` gives them, as one text (NULL when none): read with
    the list's rows, no query of its own; :func:`joined_from` makes it a tuple. A correlated
    subquery on the redirects to the story (indexed by it)."""

    output_field = TextField()
    _ROWS = f"FROM {ArticleRedirect._meta.db_table} r WHERE r.article_id = %(expressions)s"

    def as_sqlite(self, compiler, connection, **extra):
        # (group_concat keeps the order of the rows it reads: those of the ordered subquery)
        template = (
            "(SELECT group_concat(b, char(31)) FROM (SELECT json_extract(r.held, '$.byline') AS b "
            f"{self._ROWS} AND COALESCE(json_extract(r.held, '$.byline'), '') != '' "
            "ORDER BY r.old_id))"
        )
        return self.as_sql(compiler, connection, template=template, **extra)

    def as_postgresql(self, compiler, connection, **extra):
        template = (
            "(SELECT string_agg(r.held ->> 'byline', chr(31) ORDER BY r.old_id) "
            f"{self._ROWS} AND COALESCE(r.held ->> 'byline', '') != '')"
        )
        return self.as_sql(compiler, connection, template=template, **extra)


def joined_from(value: str | None) -> tuple[str, ...]:
    """The bylines a :class:`JoinedBylines` column holds (``value``), each once, in order: as
    :func:`joined_bylines` gives them for the story."""
    return tuple(dict.fromkeys(b for b in (value or "").split(_SEPARATOR) if b))


def listed_byline(article: Article) -> str:
    """The 署名 a story read with a list's rows shows (:func:`story_byline`): with the joined
    bylines the rows gave it (``joined_printed``, :func:`joined_from` of :class:`JoinedBylines`),
    its own when it was read without them. No query."""
    return story_byline(article, getattr(article, "joined_printed", ()))
