"""What a search that found nothing would find with one of the reader's own conditions dropped.

A page that finds nothing suggests a way on, but only one that would find something: dropping the
quotes around a phrase of several words (its words may then stand apart) does not help when the
stories holding them are all left out by an excluded word (``"高质量 发展" -南通``, the one story
with the phrase mentioning 南通), and dropping that exclusion would. Each suggestion is the same
search (:func:`search.results.found`, over the same filters) with one condition gone, counted;
asked only on a page that found nothing and only for a condition the query has, so a search
that finds something pays nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from search.queries import Query
from search.results import found
from search.spaced import words_query


@dataclass(frozen=True)
class Hints:
    """How many stories the search would find (0: none) ``unquoted``, with its phrases' quotes
    dropped (their words may stand apart; its excluded words still left out), and
    ``unexcluded``, with its excluded words (``-南通``) let in (its phrases still together).
    Counted as the results page counts (past :data:`search.engine.COUNT_CAP`: that many)."""

    unquoted: int = 0
    unexcluded: int = 0


def hints_for(values: dict, query: Query) -> Hints:
    """The :class:`Hints` for ``query`` (not empty), which found nothing over the public
    stories narrowed by the filter ``values`` (:meth:`search.forms.SearchForm.filter_values`).
    One more search for a phrase of several words (:attr:`Query.phrase_apart`), one more for
    excluded words; none for a query with neither. Raises nothing of its own."""
    return Hints(
        unquoted=_total(values, _unquoted(query)) if query.phrase_apart else 0,
        unexcluded=_total(values, replace(query, excluded=())) if query.excluded else 0,
    )


def _unquoted(query: Query) -> Query:
    """``query`` with its phrases' quotes dropped: a phrase typed with spaces (``"2020 年"``)
    as its words, each a part a story may hold apart (:func:`search.spaced.words_query`)."""
    return replace(words_query(query), phrases=(), spaced=())


def _total(values: dict, query: Query) -> int:
    return found(values, query)[0].total
