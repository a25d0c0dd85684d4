"""A reader's letter signed by where the writers are and their names (``竹苑社区居民　杭秀珍``,
``江滨农具厂冲压车间　蔡德林　胡永顺``): the letter's signature, its byline, whatever surnames the
writers have.

A letter opens with its salutation (``编辑同志：``, under an editor's note ``编者按：…`` when the
paper prints one) and closes with its writers: a line of their unit or street, then one to three
names parted by wide gaps. Such a line right after the letter's last paragraph belongs to it
(INPUT.md, "Bylines, datelines": what closes a text belongs to it; pen names on their own line
belong to the story before them). :func:`~articles.parsing.names.looks_like_signature` reads one
name whose surname it knows; a letter's writers are often several, and a rarer surname (杭, 笪)
is still a name in a letter's signature, which no headline is: a headline is followed by its
text, so :func:`~articles.parsing.storyheads.is_pen_name` asks this only of a line with no
paragraph under it.

Pure; used by :mod:`~articles.parsing.storyheads`.
"""

from __future__ import annotations

import re

from articles.parsing.names import looks_like_signature
from articles.parsing.patterns import SALUTATION_OPENING_RE, SALUTATION_RE
from articles.text import HAN, fold

# Where the writers are (2–14 Han characters), then one to three names: two or three Han
# characters, or two spaced out (钱　鸿), each after a wide gap (a full-width space, two spaces).
_GAP = r"(?:\u3000+[ \u3000]*| {2,})"
_NAME = rf"(?:[{HAN}]{{2,3}}|[{HAN}][ \u3000]{{1,3}}[{HAN}])"
_SIGNERS_RE = re.compile(rf"^[{HAN}]{{2,14}}(?:{_GAP}{_NAME}){{1,3}}$")
# Blocks of the letter looked at for its salutation (an editor's note may come first; the
# salutation alone on its line may be read as a crosshead: 编者按：… / 编辑同志： / text).
LETTER_OPENING = 3


def letter_signers(line: str, opening: list[str]) -> bool:
    """True when ``line`` (a heading line right after a story's last paragraph, nothing of its
    own under it: the caller's test) is the signature of a letter: its shape
    :data:`_SIGNERS_RE` (where, then the names), and one of ``opening``, the texts of the
    story's first :data:`LETTER_OPENING` blocks, its salutation (``编辑同志：`` alone, or with
    text after it)."""
    if _SIGNERS_RE.match(line.strip()) is None:  # (as printed: folding reads 　 as a space)
        return False
    for text in opening[:LETTER_OPENING]:
        folded = fold(text.strip())
        if SALUTATION_RE.match(folded) or SALUTATION_OPENING_RE.match(folded):
            return True
    return False


def closing_over_signature(lines: list[str], number: int, text: str) -> bool:
    """True when ``text`` (line ``number``, 1-based, of ``lines``, stripped), a short line with
    a comma that ends with an exclamation mark (``借贵报一角，向他们说一声谢谢！``), stands right
    over a letter's signature (the next line that is not blank: :data:`_SIGNERS_RE`'s shape or
    :func:`~articles.parsing.names.looks_like_signature`): the letter's closing sentence, text,
    never a heading (the caller asks it under a paragraph that ends a sentence). A headline
    with a comma and a ``！`` stands over its text, not over a signature."""
    if not text.endswith(("！", "!")) or ("，" not in text and "," not in text):
        return False
    for raw in lines[number : number + 3]:
        following = raw.strip()
        if following:
            return _SIGNERS_RE.match(following) is not None or looks_like_signature(following)
    return False


# The paper's answer printed under a reader's letter (folded): 编者答：…, 编者按：…, 编者：…
_REPLY_RE = re.compile(r"^(?:编者答|编辑答|编者按|编者附记|编者|编辑部答|记者答)\s*[:：]")


def signer_over_reply(line: str, opening: list[str], reply: str) -> bool:
    """True when ``line`` (one heading line) is a letter's signature (:func:`letter_signers`,
    ``opening`` the story's first blocks' texts) printed right over the paper's answer to it,
    ``reply`` (the paragraph under it: ``編者答：據了解…``): the letter's byline, and the answer
    goes on in the same story (a reader's question and its answer are one item), never a
    crosshead."""
    return _REPLY_RE.match(fold(reply.strip()[:8])) is not None and letter_signers(line, opening)
