"""A former name (曾用名) follows the work that prints it when a person is split.

Merging 林小舟 into 林晓舟 keeps 林小舟 as 林晓舟's former name (:class:`~articles.models.
PersonAlias`: ``/people/林小舟/`` a permanent redirect to 林晓舟's page). Splitting 林晓舟 later
(:func:`~articles.people.split.person_split`) may move every story and photo printing 林小舟
to the new namesake: the former name then leads to the person whose work prints it
(:func:`former_names_follow`), not to the one left with none of it.
"""

from __future__ import annotations

from articles.models import Article, Person, PersonAlias, Photo
from articles.text import normalize_for_matching

# Characters of a story's text (its parts' first and last blocks) looked at for a name printed
# there (本报讯（记者 林小舟）…, …（林小舟）): a byline printed in the text stays in it.
_EDGE = 80


def _key(text: str) -> str:
    """``text`` as a name is looked for in it: folded (traditional = simplified), no blanks
    (``林　小舟`` is 林小舟)."""
    return "".join(normalize_for_matching(text).split())


def _prints(person: Person, name: str) -> int:
    """How many of ``person``'s stories and photos print ``name``: in a story's 署名 or 电头, or
    at the edges of its text (the first and last :data:`_EDGE` characters of each part), in a
    photo's credit line. Two queries."""
    wanted = _key(name)
    found = 0
    stories = Article.objects.filter(bylines__person=person).prefetch_related("parts")
    for story in stories.only("byline", "dateline"):
        edges = [
            text[:_EDGE] + text[-_EDGE:]
            for part in story.parts.all()
            for text in ["".join(b.get("text", "") for b in part.blocks or [])]
        ]
        if wanted in _key(" ".join([story.byline, story.dateline, *edges])):
            found += 1
    lines = Photo.objects.filter(credits__person=person).values_list("credit_line", flat=True)
    return found + sum(wanted in _key(line) for line in lines)


def former_names_follow(person: Person, new: Person) -> list[str]:
    """After ``person`` was split into ``person`` and ``new``: each former name of ``person``
    that the work moved to ``new`` prints, and the work ``person`` kept does not, is ``new``'s.
    A name both print stays ``person``'s (a former name is one person's). Returns the names
    moved. A few queries for each former name."""
    moved = []
    for alias in PersonAlias.objects.filter(person=person):
        if _prints(new, alias.name) and not _prints(person, alias.name):
            alias.person = new
            alias.save(update_fields=["person"])
            moved.append(alias.name)
    return moved
