"""A 区分说明 typed into a story's 署名 at the desk (``记者 王明（体育部）``): which of several
people bearing a name (同名记者) the byline credits, told by their note, as the 人员 page shows
them. Only the desk's typed 署名 follows this (:func:`articles.editing.reporters_follow_byline`);
printed bylines from an import are read by the parser alone.

* a name followed by a bracketed note (``（…）`` or ``(…)``; the note runs to the bracket that
  closes the first, so ``王明（体育部（1990年代））`` notes ``体育部（1990年代）``) that a
  namesake bearing the name has credits that one, and the note never becomes a person;
* a note none of them has is refused (:attr:`TypedNotes.refused`), saying which notes exist;
* a name no namesakes bear (nobody with it has a note) is left to the parser, brackets and all.
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
    namesake (to read the names from), ``chosen`` (``{Person.name: the namesake its note
    names}``) and ``refused`` (the Chinese message for a note no namesake has, else ``""``)."""

    byline: str
    chosen: dict[str, Person] = field(default_factory=dict)
    refused: str = ""

    def moves(self, article_id: int) -> bool:
        """Whether a namesake the notes name is not credited on the story yet. One query."""
        people = {p.pk for p in self.chosen.values()}
        credited = Byline.objects.filter(article_id=article_id, person_id__in=people)
        return bool(people) and credited.count() < len(people)


def notes_typed(byline: str, dateline: str = "") -> TypedNotes:
    """The notes typed after the names of ``byline`` (the module's rule). One query when it has
    a bracket after a name, none else."""
    typed = TypedNotes(byline)
    noted = _noted(byline, dateline)
    if not noted:
        return typed
    bearing: dict[str, list[Person]] = {}
    for person in Person.objects.filter(name__in={key for _, key, *_ in noted}).order_by("pk"):
        bearing.setdefault(person.name, []).append(person)
    cut = []
    for name, key, start, end, note in noted:
        people = bearing.get(key, [])
        if not any(p.note for p in people):
            continue  # (no namesakes: the parser's reading stands)
        match = [p for p in people if p.note.strip() == note]
        if match:
            typed.chosen[key] = match[0]
            cut.append((start, end))
        elif not typed.refused:
            notes = "、".join(f"“{p.note}”" for p in people if p.note)
            typed.refused = (
                f"署名里“{name}”后括号中的“{note}”不是哪一位{name}的区分说明（现有："
                f"{notes}）；请改成其中一个，或删去括号，在下方“记者”栏里选定是哪一位"
            )
    for start, end in sorted(cut, reverse=True):
        typed.byline = typed.byline[:start] + typed.byline[end:]
    return typed


def _noted(byline: str, dateline: str) -> list[tuple]:
    """Each name of ``byline`` followed by a bracketed note: ``(name as typed, its key, where
    the bracket opens, after where it closes, the note)``."""
    noted = []
    for name in reporters_read(byline, dateline) if any(c in byline for c in _OPEN) else ():
        at = byline.find(name)
        start = at + len(name) if at >= 0 else len(byline)
        while start < len(byline) and byline[start] == " ":
            start += 1
        end = _closing(byline, start) if start < len(byline) and byline[start] in _OPEN else -1
        if end > start:
            noted.append((name, person_key(name), start, end + 1, byline[start + 1 : end].strip()))
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
