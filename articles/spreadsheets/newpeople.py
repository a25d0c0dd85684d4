"""A new person a spreadsheet's 记者 or 摄影 cell would create whose name is one character off an
existing person's (``柯兰`` while ``柯岚`` exists): almost surely a typo, which would otherwise
make a second, public person page silently. The import's preview warns about each, as the
desk's page upload warns about a paper name close to an existing paper
(``articles/importing/papers.py``, ``templates/admin/articles/page/includes/new_paper.html``):
the closest existing person, and whether the two differ only in traditional and simplified
characters. Confirming still imports the file as it is.

Closeness: the names folded as the importer folds printed text (:func:`articles.text.fold`:
traditional to simplified, full-width to half-width, case ignored); the same folded name, or
the same length with exactly one character different.

A name the desk renamed a person from (曾用名, :class:`articles.models.PersonAlias`) creates no
one: the import credits the person bearing it now (:func:`articles.crediting.people_get_or_create`),
and the preview says so (:class:`FormerName`) rather than warn of a new person."""

from __future__ import annotations

from dataclasses import dataclass

from articles.models import Person, PersonAlias
from articles.text import fold


@dataclass(frozen=True)
class NearPerson:
    """Row ``row``'s ``column`` names ``name``, a person who does not exist, close to the
    existing ``closest``; ``same_when_folded``: only traditional/simplified (or full-width,
    case) differ."""

    row: int | None
    column: str
    name: str
    closest: str
    same_when_folded: bool


@dataclass(frozen=True)
class FormerName:
    """Row ``row``'s ``column`` names ``name``, a former name (曾用名) of the person now named
    ``person``, whom the import credits."""

    row: int | None
    column: str
    name: str
    person: str


def _folded(name: str) -> str:
    return fold(name).strip().lower()


def _one_apart(a: str, b: str) -> bool:
    """Same length, exactly one character different."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def closest_person(name: str, existing: list[str]) -> tuple[str, bool] | None:
    """The existing name (of ``existing``) ``name`` is one character off, and whether they are
    the same once folded; None when none is (the first such name when several are, folded
    matches first)."""
    given = _folded(name)
    near = None
    for other in existing:
        theirs = _folded(other)
        if theirs == given:
            return other, True
        if near is None and _one_apart(theirs, given):
            near = other
    return (near, False) if near is not None else None


class NearPeople:
    """The warnings of one import: :meth:`check` each row's names, :attr:`found` the list of
    new people close to existing ones, :attr:`former` the former names the rows print."""

    def __init__(self):
        self.found: list[NearPerson] = []
        self.former: list[FormerName] = []
        self._existing: list[str] | None = None
        self._renamed: dict[str, str] = {}

    def check(self, names: list[str] | None, row: int | None, column: str) -> None:
        """Note each of ``names`` that names no person and is close to one."""
        if not names:
            return
        if self._existing is None:  # people are read once an import, when a row names some
            self._existing = list(Person.objects.values_list("name", flat=True))
            self._renamed = dict(PersonAlias.objects.values_list("name", "person__name"))
        known = set(self._existing)
        for name in names:
            if name in known:
                continue
            if name in self._renamed:
                self.former.append(FormerName(row, column, name, self._renamed[name]))
                continue
            close = closest_person(name, self._existing)
            if close is not None:
                self.found.append(NearPerson(row, column, name, *close))
