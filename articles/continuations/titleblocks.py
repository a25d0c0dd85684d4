"""A continuation's repeated title lines taken off the front of its blocks, and put back.

The blocks the parser makes of lines printed right under a backward marker (``（上接A1版）``),
and the exact inverse: :func:`take_off` removes such title lines from a part's blocks when the
stitcher (:mod:`articles.continuations.headlines`) finds they repeat the front part's headline;
:func:`put_back` restores them as the parser made them when they turn out not to. Pure: blocks
are the parser's dicts (``{"kind": "paragraph" | "crosshead" | …, "text": str}``).
"""

from __future__ import annotations

from collections.abc import Sequence

from articles.parsing import ends_sentence, is_heading_like


def _form(lines: Sequence[str]) -> tuple[list[dict], str]:
    """The blocks the parser makes of ``lines`` printed right under a backward marker, and the
    text it glues in front of the paragraph after them. Its rule (:mod:`articles.parsing.reader`):
    a line that does not end a sentence (:func:`~articles.parsing.ends_sentence`) goes on into
    the next one, so lines up to one that ends a sentence (``。！？…；``, a closing quote or
    bracket, ``——``, ``：``) are one paragraph; once that paragraph is closed, a line that looks
    like a heading (:func:`~articles.parsing.is_heading_like`) is a crosshead of its own."""
    blocks: list[dict] = []
    glued = ""
    for line in lines:
        if blocks and not glued and is_heading_like(line):
            blocks.append({"kind": "crosshead", "text": line})
            continue
        glued += line
        if ends_sentence(line):
            blocks.append({"kind": "paragraph", "text": glued})
            glued = ""
    return blocks, glued


def take_off(lines: Sequence[str], blocks: Sequence[dict]) -> list[dict] | None:
    """``blocks`` without ``lines`` (title lines) at their front, or None when the blocks do not
    open with them in the form the parser gives lines printed under a backward marker
    (:func:`_form`: whole blocks, then lines glued in front of a paragraph that goes on after
    them). Returns new dicts; :func:`put_back` undoes it exactly."""
    whole, glued = _form(lines)
    rest = [dict(b) for b in blocks]
    opening = [(b.get("kind"), b.get("text")) for b in rest[: len(whole)]]
    if opening != [(b["kind"], b["text"]) for b in whole]:
        return None
    rest = rest[len(whole) :]
    if glued:
        if not rest or rest[0].get("kind") != "paragraph":
            return None
        text = rest[0].get("text", "")
        if len(text) <= len(glued) or not text.startswith(glued):
            return None  # (a paragraph of such lines alone: not the form the rule gives)
        rest[0]["text"] = text[len(glued) :]
    return rest


def put_back(title_lines: Sequence[str], blocks: Sequence[dict]) -> list[dict] | None:
    """The blocks the parser made of a part whose ``title_lines`` :func:`take_off` took off the
    front of its blocks, now ``blocks``: the lines put back in the parser's form (:func:`_form`).
    None when they cannot be (lines to glue and no paragraph to glue them to). Returns new
    dicts."""
    whole, glued = _form(title_lines)
    rest = [dict(b) for b in blocks]
    if glued:
        if not rest or rest[0].get("kind") != "paragraph":
            return None
        rest[0]["text"] = glued + rest[0].get("text", "")
    return whole + rest
