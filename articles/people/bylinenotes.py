"""A 区分说明 typed into a story's 署名 at the desk (``记者 王明（体育部）``): which of several
people bearing a name (同名记者) the byline credits, told by their note, as the 人员 page shows
them. Only the desk's typed 署名 follows this (:func:`articles.people.typedlines.reporters_follow_byline`);
printed bylines from an import are read by the parser alone.

* a name followed by a bracketed note (``（…）`` or ``(…)``; the note runs to the bracket that
  closes the first, so ``王明（体育部（1990年代））`` notes ``体育部（1990年代）``) that a
  namesake bearing the name has credits that one, and the note never becomes a person;
* a note none of them has is refused (:attr:`TypedNotes.refused`), saying which notes exist;
* so is a name namesakes bear followed by a bracket that never closes (``王明（体育部``) or by
  a second bracket after its note (``王明（体育部）（时政部）``), which the parser would read as
  a person named ``体育部`` / ``时政部`` (:func:`bracket_refusal`);
* a name no namesakes bear (nobody with it has a note) is left to the parser, brackets and all;
* one name typed twice, each with its note (``记者 王明（体育部） 王明（时政部）``), credits both
  namesakes, in typed order; typed twice without a note after each (``记者 王明 王明（体育部）``)
  while namesakes bear it is refused, saying to note each (:func:`twice_refusal`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from articles.bylines import reporters_read
from articles.models import Byline, Person
from articles.namechars import person_key

_OPEN, _CLOSE = "（(", "）)"


@dataclass
class TypedNotes:
    """What the notes typed into a byline say: ``byline`` without the notes that name a
    namesake (to read the names from), ``chosen`` (``{Person.name: the namesakes its notes
    name, in typed order}``) and ``refused`` (the Chinese message for a note no namesake has,
    or a name namesakes bear typed twice without a note after each; else ``""``)."""

    byline: str
    chosen: dict[str, list[Person]] = field(default_factory=dict)
    refused: str = ""

    def moves(self, article_id: int) -> bool:
        """Whether a namesake the notes name is not credited on the story yet. One query."""
        people = {p.pk for chosen in self.chosen.values() for p in chosen}
        credited = Byline.objects.filter(article_id=article_id, person_id__in=people)
        return bool(people) and credited.count() < len(people)


def notes_typed(byline: str, dateline: str = "") -> TypedNotes:
    """The notes typed after the names of ``byline`` (the module's rule). One query when it has
    a bracket after a name or a name twice, none else."""
    typed = TypedNotes(byline)
    names = reporters_read(byline, dateline)
    places = {name: _places(byline, name) for name in names}
    noted = _noted(byline, places)
    twice = [name for name, at in places.items() if len(at) > 1]
    malformed = _malformed(byline, places)
    if not noted and not twice and not malformed:
        return typed
    bearing: dict[str, list[Person]] = {}
    keys = {person_key(name) for name in [*twice, *malformed, *(name for name, *_ in noted)]}
    for person in Person.objects.filter(name__in=keys).order_by("pk"):
        bearing.setdefault(person.name, []).append(person)
    for name in malformed:
        if not typed.refused:
            typed.refused = bracket_refusal(name, bearing.get(person_key(name), []))
    cut = _chosen(typed, noted, bearing)
    for name in twice:
        people = bearing.get(person_key(name), [])
        if not typed.refused and any(p.note for p in people):
            typed.refused = twice_refusal(name, len(places[name]), people, noted)
    for start, end in sorted(cut, reverse=True):
        typed.byline = typed.byline[:start] + typed.byline[end:]
    return typed


def _chosen(typed: TypedNotes, noted: list[tuple], bearing: dict[str, list[Person]]) -> list:
    """Fill ``typed.chosen`` with the namesakes the ``noted`` names' notes name (``bearing``:
    the people bearing each name), ``typed.refused`` for the first note none has; returns the
    spans of the notes that named one (cut from the byline)."""
    cut = []
    for name, start, end, note in noted:
        people = bearing.get(person_key(name), [])
        if not any(p.note for p in people):
            continue  # (no namesakes: the parser's reading stands)
        match = [p for p in people if p.note.strip() == note]
        if match:
            chosen = typed.chosen.setdefault(person_key(name), [])
            chosen.extend(p for p in match[:1] if p not in chosen)
            cut.append((start, end))
        elif not typed.refused:
            notes = "、".join(f"“{p.note}”" for p in people if p.note)
            typed.refused = (
                f"署名里“{name}”后括号中的“{note}”不是哪一位{name}的区分说明（现有："
                f"{notes}）；请改成其中一个，或删去括号，在下方“记者”栏里选定是哪一位"
            )
    return cut


def twice_refusal(name: str, times: int, people: list[Person], noted: list[tuple]) -> str:
    """The refusal of ``name`` typed ``times`` times in a byline while ``people`` (namesakes)
    bear it, unless a note follows each (``noted``: :func:`_noted`'s); ``""`` when one does."""
    if sum(1 for n, *_ in noted if n == name) >= times:
        return ""
    notes = [p.note for p in people if p.note]
    example = " ".join(f"{name}（{note}）" for note in notes[:2])
    return (
        f"署名里有 {times} 处“{name}”，{name}有 {len(people)} 位同名的人员，看不出各是哪一位；"
        f"请在每个“{name}”后面用括号写上区分说明，如“{example}”"
        f"（现有：{'、'.join(f'“{n}”' for n in notes)}）"
    )


def bracket_refusal(name: str, people: list[Person]) -> str:
    """The refusal of ``name`` followed by brackets that are not one closed note while
    ``people`` (namesakes) bear it; ``""`` when none of them has a note (the parser's reading
    stands)."""
    notes = [p.note for p in people if p.note]
    if not notes:
        return ""
    return (
        f"署名里“{name}”后面的括号写法不对：{name}有 {len(people)} 位同名的人员，名字后面只能跟"
        f"一个写完整的括号，写上其中一位的区分说明，如“{name}（{notes[0]}）”"
        f"（现有：{'、'.join(f'“{n}”' for n in notes)}）；两位都署名时各写一次，"
        f"如“{' '.join(f'{name}（{n}）' for n in notes[:2])}”"
    )


def _malformed(byline: str, places: dict[str, list[int]]) -> list[str]:
    """The names typed in ``byline`` (at ``places``) followed by a bracket that never closes or
    by a second bracket right after the first closes (spaces between allowed)."""
    malformed = []
    for name, starts in places.items() if any(c in byline for c in _OPEN) else ():
        for at in starts:
            start = _skip_spaces(byline, at + len(name))
            if start >= len(byline) or byline[start] not in _OPEN:
                continue
            end = _closing(byline, start)
            after = _skip_spaces(byline, end + 1) if end > start else -1
            if end < 0 or (after < len(byline) and byline[after] in _OPEN):
                malformed.append(name)
                break
    return malformed


def _skip_spaces(text: str, at: int) -> int:
    """The first place from ``at`` in ``text`` that is not a space."""
    while at < len(text) and text[at] in " \u3000":
        at += 1
    return at


def _places(byline: str, name: str) -> list[int]:
    """Where ``name`` is typed in ``byline`` as a name: outside brackets, not the start of a
    longer name (``王明远`` is not ``王明``)."""
    places, at = [], byline.find(name)
    while at >= 0:
        after = byline[at + len(name) : at + len(name) + 1]
        if _depth(byline, at) == 0 and not ("\u4e00" <= after <= "\u9fff"):
            places.append(at)
        at = byline.find(name, at + len(name))
    return places


def _depth(text: str, at: int) -> int:
    """How many brackets are open at ``at`` in ``text``."""
    return sum((c in _OPEN) - (c in _CLOSE) for c in text[:at])


def _noted(byline: str, places: dict[str, list[int]]) -> list[tuple]:
    """Each name typed in ``byline`` (at ``places``: ``{name: where}``) followed by a bracketed
    note: ``(name as typed, where the bracket opens, after where it closes, the note)``."""
    noted = []
    for name, starts in places.items() if any(c in byline for c in _OPEN) else ():
        for at in starts:
            start = at + len(name)
            while start < len(byline) and byline[start] == " ":
                start += 1
            end = _closing(byline, start) if start < len(byline) and byline[start] in _OPEN else -1
            if end > start:
                noted.append((name, start, end + 1, byline[start + 1 : end].strip()))
    return noted


def _closing(text: str, start: int) -> int:
    """Where the bracket opened at ``start`` closes (brackets inside it counted), -1 if never."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] in _OPEN:
            depth += 1
        elif text[i] in _CLOSE:
            depth -= 1
            if depth == 0:
                return i
    return -1
