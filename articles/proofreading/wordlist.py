"""The desk's word list (敏感词 / 禁用词 / 规范用语), matched on words, not on characters.

A text is segmented as search segments it (:mod:`articles.proofreading.segmenting`), and so is
each entry; an entry is found where the text's words are the entry's words, in order. So 城管
is not found inside 城管理 (城/管理), and 党 not inside 党员, unless the entry is marked
``inside_words`` (then any occurrence in the matching copy counts).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from articles.proofreading.findings import BANNED, PREFERRED, SENSITIVE, Finding
from articles.proofreading.segmenting import Segmented, matching_copy, segment

WORD_KINDS = {SENSITIVE: "敏感词", BANNED: "禁用词", PREFERRED: "规范用语"}


@dataclass(frozen=True)
class WordEntry:
    """One entry of the desk's list. ``kind``: one of :data:`WORD_KINDS`; ``preferred``: what
    to write instead (规范用语, and 禁用词 when there is one); ``inside_words``: found inside
    longer words too; ``note``: why, shown to the editor."""

    kind: str
    word: str
    preferred: str = ""
    inside_words: bool = False
    note: str = ""

    def message(self) -> str:
        why = f"（{self.note}）" if self.note else ""
        if self.kind == PREFERRED:
            return f"「{self.word}」应写作「{self.preferred}」{why}"
        if self.kind == BANNED:
            instead = f"，可改为「{self.preferred}」" if self.preferred else "，请删改"
            return f"「{self.word}」是禁用词{why}{instead}"
        instead = f"，可改为「{self.preferred}」" if self.preferred else ""
        return f"「{self.word}」在敏感词表中{why}：请核对用法{instead}"


class WordList:
    """Compiled entries. :meth:`find` gives their occurrences in a segmented text."""

    def __init__(self, entries: Iterable[WordEntry]):
        self.entries = tuple(e for e in entries if e.word.strip())
        self._by_first: dict[str, list[tuple[tuple[str, ...], WordEntry]]] = {}
        self._inside: list[tuple[str, WordEntry]] = []
        self._keys: set[str] = set()  # each entry's words run together, for a quick test
        for entry in self.entries:
            key = matching_copy(entry.word.strip())
            if entry.inside_words:
                self._inside.append((key, entry))
                continue
            words = tuple(t.word for t in segment(key).tokens if not t.word.isspace())
            if words:
                self._by_first.setdefault(words[0], []).append((words, entry))
                self._keys.add("".join(words))

    def __bool__(self) -> bool:
        return bool(self.entries)

    def find(self, seg: Segmented) -> list[Finding]:
        """Occurrences of the entries in ``seg`` (offsets into its printed text)."""
        found: list[Finding] = []
        if any(key in seg.compact for key in self._keys):  # else no entry can be there
            found.extend(self._find_words(seg))
        for key, entry in self._inside:
            at = seg.folded.find(key)
            while at >= 0:
                found.append(self._finding(seg, entry, at, at + len(key)))
                at = seg.folded.find(key, at + len(key))
        return found

    def _find_words(self, seg: Segmented) -> list[Finding]:
        found: list[Finding] = []
        tokens = [t for t in seg.tokens if not t.word.isspace()]
        for number, token in enumerate(tokens):
            for words, entry in self._by_first.get(token.word, ()):
                run = tokens[number : number + len(words)]
                if tuple(t.word for t in run) == words:
                    found.append(self._finding(seg, entry, token.start, run[-1].end))
        return found

    @staticmethod
    def _finding(seg: Segmented, entry: WordEntry, start: int, end: int) -> Finding:
        suggestion = entry.preferred if entry.kind != SENSITIVE else ""
        return Finding(entry.kind, start, end, seg.text[start:end], entry.message(), suggestion)
