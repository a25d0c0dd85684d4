"""A story's text whole: the paragraph a jump cut in two is one paragraph again.

A page often breaks a story in the middle of a sentence: ``…市委书记强调，要认真（下转A2版）`` on A1,
``（上接A1版）对照省委赋予南通的使命…`` on A2. Each part keeps what its page printed
(``ArticlePart.blocks``); the story read whole (its page, feeds, search, exports) shows the two
halves as the one paragraph the writer wrote. A part that ends with a sentence's end
(``。！？…；``, before any closing quotes or brackets) may have ended a paragraph or not: nothing
on the page tells, so its paragraphs stay as printed. No Django here: blocks are the plain
``{"kind": "paragraph"|"crosshead", "text": …}`` dicts the parts store.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

PARAGRAPH = "paragraph"

#: Marks that end a sentence (full-width and ASCII), and the closing marks that may follow them.
SENTENCE_ENDS = frozenset("。！？!?…；;")
CLOSERS = "”’」』）)】〕》\"'"


def ends_sentence(text: str) -> bool:
    """Whether ``text`` (a paragraph as printed) ends with a sentence's end: ``…会上指出。``,
    ``…“我们会坚持。”`` yes; ``…要认真``, ``…他说：``, ``…建设“美丽乡村”`` no. Blank text: yes
    (nothing to continue)."""
    stripped = text.rstrip().rstrip(CLOSERS).rstrip()
    return not stripped or stripped[-1] in SENTENCE_ENDS


def cut_by_jump(before: Sequence[Mapping], after: Sequence[Mapping]) -> bool:
    """Whether the last block of one part (``before``) and the first of the next (``after``) are
    one paragraph the page cut in two: both paragraphs, the first not ending a sentence."""
    if not before or not after:
        return False
    last, first = before[-1], after[0]
    return (
        last.get("kind") == PARAGRAPH
        and first.get("kind") == PARAGRAPH
        and not ends_sentence(last.get("text", ""))
    )


def joined_blocks(parts: Iterable[Sequence[Mapping]]) -> list[dict]:
    """The blocks of a story's parts in order (each part's ``blocks``), with each paragraph cut
    by a jump (:func:`cut_by_jump`) joined into one: ``[{"kind", "text"}, …]``, new dicts, the
    printed characters unchanged (the halves are put together with nothing between them: a
    Chinese line break adds no space)."""
    blocks: list[dict] = []
    previous: Sequence[Mapping] = ()
    for part in parts:
        if not part:
            continue
        rest = part
        if cut_by_jump(previous, part):
            blocks[-1]["text"] += part[0].get("text", "")
            rest = part[1:]
        blocks.extend({"kind": b.get("kind"), "text": b.get("text", "")} for b in rest)
        previous = part
    return blocks


def carried_blocks(parts: Sequence[Sequence[Mapping]]) -> list[tuple[list[dict], bool]]:
    """How a story page shows each part (``parts``: each part's ``blocks``, in order): for each,
    ``(blocks, carried_in)``. A paragraph cut by the jump after its part carries the next part's
    first paragraph as ``"carry"`` (the page prints it after a note of where it goes on) and that
    part's index as ``"carry_part"``, and that
    part has ``carried_in`` True and starts with its second block (a paragraph already carrying
    one part's half carries no second one). Parts with no blocks (a story
    printed whole again) are passed over, as :func:`joined_blocks` does."""
    shown: list[tuple[list[dict], bool]] = []
    last: dict | None = None  # the block shown last, in whichever part
    previous: Sequence[Mapping] = ()
    for number, part in enumerate(parts):
        blocks = [{"kind": b.get("kind"), "text": b.get("text", "")} for b in part]
        carried_in = (
            bool(part)
            and last is not None
            and "carry" not in last  # one note a paragraph: a third page's half stays apart
            and cut_by_jump(previous, part)
        )
        if carried_in:
            last["carry"], last["carry_part"] = blocks.pop(0)["text"], number
        shown.append((blocks, carried_in))
        if part:
            previous = part
            last = blocks[-1] if blocks else last
    return shown
