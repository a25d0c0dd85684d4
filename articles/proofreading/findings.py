"""What a check finds: :class:`Finding`, and the kinds of finding with their Chinese names."""

from __future__ import annotations

from dataclasses import dataclass

PAIRS = "pairs"
DOUBLED = "doubled"
HALF_WIDTH = "half_width"
MIXED_DIGITS = "mixed_digits"
NAME_SPACE = "name_space"
NAME_VARIANT = "name_variant"
SENSITIVE = "sensitive"
BANNED = "banned"
PREFERRED = "preferred"

#: Every kind, in the order the desk lists them, with its Chinese name.
KIND_LABELS = {
    PAIRS: "成对标点",
    DOUBLED: "重复字",
    HALF_WIDTH: "半角标点",
    MIXED_DIGITS: "全半角数字混用",
    NAME_SPACE: "人名中有空格",
    NAME_VARIANT: "同一人名两种写法",
    SENSITIVE: "敏感词",
    BANNED: "禁用词",
    PREFERRED: "规范用语",
}
KINDS = tuple(KIND_LABELS)


@dataclass(frozen=True)
class Finding:
    """One thing a proofreader should look at, in one text.

    ``start`` and ``end`` are offsets in characters into the text that was checked (the printed
    text, never a normalised copy): ``text == checked[start:end]``. ``message`` says in Chinese
    what looks wrong and how to fix it; ``suggestion`` is what could replace ``text`` (empty when
    only a person can tell). ``kind`` is one of :data:`KINDS`.
    """

    kind: str
    start: int
    end: int
    text: str
    message: str
    suggestion: str = ""

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    def shifted(self, by: int) -> Finding:
        """The same finding with offsets moved by ``by`` characters."""
        return Finding(
            self.kind, self.start + by, self.end + by, self.text, self.message, self.suggestion
        )
