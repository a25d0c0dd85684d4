"""Which paper a name means: an existing paper, or a new one, and the existing paper closest to
a name that matches none (a typo such as 南通日報 for 南通日报 must not make a second paper).

The lookup (:func:`paper_lookup`) is the importer's own (:func:`articles.importing.pipeline.
publication_get_or_create` uses it): a paper is found by its printed name or its slug. Closeness
(:func:`paper_distance`) is the edit distance between the names folded the way the parser folds
printed text (:func:`articles.text.fold`: traditional characters to simplified, full-width ASCII
to half-width, case ignored), so 南通日報 is at distance 0 from 南通日报.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q

from articles.models import Publication
from articles.text import fold


def paper_lookup(name: str, slug: str = "") -> Q:
    """The papers a (name, slug) pair names: by printed name, by the name written as a slug, or
    by the slug given."""
    return Q(name=name) | Q(slug=name) | (Q(slug=slug) if slug else Q(pk__in=[]))


def existing_paper(name: str, slug: str = "") -> Publication | None:
    """The paper ``name`` (or ``slug``) names, the importer's choice when several do; or None."""
    found = sorted(
        Publication.objects.filter(paper_lookup(name.strip(), slug)),
        key=lambda p: (p.slug != slug, p.name != name),
    )
    return found[0] if found else None


def _folded(text: str) -> str:
    return fold(text).strip().lower()


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions and substitutions of one character each)."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]


def paper_distance(name: str, paper: Publication) -> int:
    """How far ``name`` is from ``paper``: the edit distance between the folded names (or the
    folded name and the slug, whichever is nearer); 0 when they differ only in traditional and
    simplified characters, full-width letters or case."""
    given = _folded(name)
    return min(_edit_distance(given, _folded(paper.name)), _edit_distance(given, paper.slug))


def close_enough(name: str, paper: Publication, slug: str = "") -> bool:
    """Whether ``name`` (or the ``slug`` given with it) is near enough to ``paper`` to be a typo
    for it: at most ``max(1, length // 3)`` edits between the folded names, or between the name
    or given slug and the paper's slug (``length``: of the name or slug compared). 南通日報 is
    南通日报 (0 edits), 南通晚报 is 1 edit from it; 南通日報 is nothing like ``ocr-rev``."""
    given = _folded(name)
    limit = max(1, len(given) // 3)
    if min(_edit_distance(given, _folded(paper.name)), _edit_distance(given, paper.slug)) <= limit:
        return True
    slug = slug.strip().lower()
    return bool(slug) and _edit_distance(slug, paper.slug) <= max(1, len(slug) // 3)


@dataclass(frozen=True)
class NewPaper:
    """A paper the import would create, and the existing paper near enough to its name to be
    what was meant (:func:`close_enough`; None when no paper is, or the database has none yet).
    ``distance``: :func:`paper_distance` to that paper; ``others``: how many papers exist."""

    name: str
    slug: str
    closest: Publication | None = None
    distance: int = 0
    others: int = 0

    @property
    def same_when_folded(self) -> bool:
        """Whether the name is the closest paper's written with traditional characters (or
        full-width letters): almost surely a typo."""
        return self.closest is not None and self.distance == 0


def new_paper(name: str, slug: str = "") -> NewPaper | None:
    """None when ``name``/``slug`` name an existing paper; else what would be created, with the
    existing paper nearest to ``name`` (ties: the older paper) when it is :func:`close_enough`
    to be a typo for it."""
    name = name.strip()
    if existing_paper(name, slug) is not None:
        return None
    papers = list(Publication.objects.order_by("created_at", "pk"))
    near = [paper for paper in papers if close_enough(name, paper, slug)]
    if not near:
        return NewPaper(name=name, slug=slug, others=len(papers))
    closest = min(near, key=lambda paper: paper_distance(name, paper))
    return NewPaper(
        name=name,
        slug=slug,
        closest=closest,
        distance=paper_distance(name, closest),
        others=len(papers),
    )
