"""A spreadsheet's 记者 / 摄影 cell and two reporters of one name (同名记者): the export writes a
person told apart by a 区分说明 as the desk shows them, the name and the note in brackets
(``王明（体育部）``), and the import reads that back as that person, so a row left as exported,
or one whose other names changed, keeps whom it credits, and a cell naming two namesakes
(``王明（体育部）、王明（晴川晚报）``) credits both. A name written without a note follows the rule
of every path (:func:`articles.crediting.people_for`: the one the row's story or photo credits
now, else the paper's). A note none of the namesakes has is refused, naming the notes there
are, and so is a name namesakes bear followed by brackets that are not one closed note
(``王明（体育部）（时政部）``, ``王明（体育部``), which would otherwise become a new person; a bracket after a name no namesakes bear is read as before (the whole as a name: a person
may be named ``张三（特约）``).
"""

from __future__ import annotations

from collections.abc import Iterable

from articles.models import Person
from articles.namechars import person_key

_OPEN, _CLOSE = "（(", "）)"


def name_and_note(token: str) -> tuple[str, str]:
    """``王明（体育部）`` → ``("王明", "体育部")``: a token ending in a bracket opened after a name
    (the note runs to the last bracket: ``王明（体育部（1990年代））`` notes
    ``体育部（1990年代）``); ``(token, "")`` for any other."""
    token = token.strip()
    for at, char in enumerate(token):
        if char in _OPEN:
            return (
                (token[:at].strip(), token[at + 1 : -1].strip())
                if at and token[-1] in _CLOSE and _closes_at_end(token, at)
                else (token, "")
            )
    return token, ""


def _closes_at_end(token: str, start: int) -> bool:
    depth = 0
    for i in range(start, len(token)):
        depth += (token[i] in _OPEN) - (token[i] in _CLOSE)
        if depth == 0:
            return i == len(token) - 1
    return False


def _bare(token: str) -> str:
    """The name before the first bracket (either way round) of ``token``, the whole when it has
    none: ``王明（体育部`` → ``王明``."""
    token = token.strip()
    at = next((i for i, c in enumerate(token) if c in _OPEN + _CLOSE), len(token))
    return token[:at].strip() or token


def cell_namesakes(tokens: Iterable[str], column: str) -> dict[str, Person]:
    """``{token: the namesake its note names}`` for the tokens of a cell (as
    :func:`articles.spreadsheets.widgets.split_names` gives them) that write a name namesakes
    bear with the note of one (``王明（体育部）``). ValueError (Chinese, naming ``column``) for a
    note none of them has, or for such a name followed by brackets that are not one closed note
    (``王明（体育部）（时政部）``, ``王明（体育部``). One query when a token has a note, none else."""
    tokens = list(tokens)
    noted = {t: name_and_note(t) for t in tokens}
    noted = {t: (person_key(name), note) for t, (name, note) in noted.items() if note}
    malformed = {t: person_key(_bare(t)) for t in tokens if t not in noted and _bare(t) != t}
    if not noted and not malformed:
        return {}
    bearing: dict[str, list[Person]] = {}
    names = {n for n, _ in noted.values()} | set(malformed.values())
    for person in Person.objects.filter(name__in=names).order_by("pk"):
        bearing.setdefault(person.name, []).append(person)
    _refuse_malformed(malformed, bearing, column)
    chosen = {}
    for token, (name, note) in noted.items():
        people = bearing.get(name, [])
        if not any(p.note for p in people):
            continue  # (no namesakes: the whole is a name, as before)
        match = [p for p in people if p.note.strip() == note]
        if not match:
            notes = [p.note for p in people if p.note]
            raise ValueError(
                f"{column}里“{name}”后括号中的“{note}”不是哪一位{name}的区分说明（现有："
                f"{'、'.join(f'“{n}”' for n in notes)}）；请改成其中一个，如“{name}（{notes[0]}）”，"
                f"或删去括号（按这一行的稿件原来记的那位）"
            )
        chosen[token] = match[0]
    return chosen


def _refuse_malformed(malformed: dict[str, str], bearing: dict, column: str) -> None:
    """ValueError (Chinese, naming ``column``) for the first of ``malformed`` (``{token: the
    name before its first bracket}``) whose name namesakes bear (``bearing``: ``{name: people
    bearing it}``); nothing for a name nobody shares (the whole is a name, as before)."""
    for token, name in malformed.items():
        notes = [p.note for p in bearing.get(name, []) if p.note]
        if notes:
            raise ValueError(
                f"{column}里“{token.strip()}”写法不对：{name}有 {len(bearing[name])} 位同名的人员，"
                f"名字后面只能跟一个写完整的括号，写上其中一位的区分说明，如“{name}（{notes[0]}）”"
                f"（现有：{'、'.join(f'“{n}”' for n in notes)}）；两位都要记时用“、”分开写，"
                f"如“{'、'.join(f'{name}（{n}）' for n in notes[:2])}”"
            )


def shown_names(people: Iterable[Person]) -> list[str]:
    """The names a cell writes for ``people``: a namesake with their note (``王明（体育部）``,
    ``str(person)``), anyone else by name."""
    return [str(p) for p in people]
