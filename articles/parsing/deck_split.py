"""Where a run of heading lines between two bodies is cut: the lines before the cut are the
deck of the story before (a headline printed after its text, as in the seed), the rest the deck
of the story after. Decided by what the lines say (jieba word overlap with each body, INPUT.md:
"Assign decks to bodies by what they say")."""

from __future__ import annotations

from articles.parsing.bodies import Body, Run
from articles.parsing.reader import Heading
from articles.text import content_words, overlap


def _heading_words(heading: Heading) -> list[str]:
    return content_words(" ".join(heading.lines))


_BLOCK_EDGE_BONUS = 0.5  # a deck is cut between blocks unless its lines clearly say otherwise


_CLOSE_CALL = 0.25  # another split scoring this near the best one: the deck could go either way


def _best_split(lines: list[tuple[int, Heading]], left: Body, right: Body) -> tuple[int, bool]:
    """Lines [0, s) go to the body before the run, [s, n) to the body after it.

    Each line scores by its jieba word overlap with the body it goes to. A cut between two
    heading blocks (a blank line in print) gets a bonus; a cut inside a block, where nothing
    but the words separates two decks (pages with no blank lines), must earn it.
    """
    words = [_heading_words(heading) for _, heading in lines]
    to_left = [overlap(w, left.normalised_text()) for w in words]
    to_right = [overlap(w, right.normalised_text()) for w in words]

    def edge(s: int) -> float:
        at_edge = s in (0, len(lines)) or lines[s - 1][0] != lines[s][0]
        return _BLOCK_EDGE_BONUS if at_edge else 0.0

    # score(s) = sum(to_left[:s]) + sum(to_right[s:]) + edge(s), with running sums.
    running = sum(to_right)
    scores = [running + edge(0)]
    for s in range(1, len(lines) + 1):
        running += to_left[s - 1] - to_right[s - 1]
        scores.append(running + edge(s))
    best_split = 0
    for s in range(1, len(scores)):
        if scores[s] > scores[best_split] + 1e-9:
            best_split = s
    close = any(
        s != best_split
        and scores[best_split] - scores[s] < _CLOSE_CALL
        and (s == 0) != (best_split == 0)
        for s in range(len(scores))
    )
    return best_split, close


def split_run(
    run: Run, lines: list[tuple[int, Heading]], left: Body, right: Body
) -> tuple[list[tuple[int, Heading]], int, bool]:
    """:func:`_best_split` of ``lines`` (the run between ``left``, a body with no deck yet, and
    ``right``), also trying each line the column's width alone joined cut back at those breaks
    (:func:`~articles.parsing.headcuts.rejoin_cut_heading_pieces`), each break as good a place to
    cut as a blank line: a headline printed after its story's text that happens to fill the
    column's width (``本周后期全省将迎降温``) is not the first line of the next story's headline
    when its words are the story's before and the rest's the story's after. Returns the lines
    (with the line cut in two when the best split falls inside it), the split and whether it
    was a close call."""
    split, close = _best_split(lines, left, right)
    pieces = {
        heading.line + offset: (block, cut)
        for block, heading in enumerate(run.headings)
        if heading.width_pieces
        for offset, cut in heading.width_pieces.items()
        if offset < len(heading.lines) and "".join(cut) == heading.lines[offset].strip()
    }
    if not pieces:
        return lines, split, close
    expanded: list[tuple[int, Heading]] = []
    owner: list[int] = []  # each expanded line's index in ``lines``
    edges: set[int] = set()  # cuts between pieces of one line, by their index in ``expanded``
    for index, (block, heading) in enumerate(lines):
        found = pieces.get(heading.line)
        if found is None:
            expanded.append((block, heading))
            owner.append(index)
            continue
        for number, piece in enumerate(found[1]):
            if number:
                edges.add(len(expanded))
            # a piece alone is its own block, so a cut between pieces scores as a blank line
            expanded.append((len(run.headings) + len(expanded), Heading(heading.line, [piece])))
            owner.append(index)
    cut, cut_close = _best_split(expanded, left, right)
    if cut not in edges:
        return lines, split, close
    line = owner[cut]
    block, heading = lines[line]
    before = "".join(
        h.lines[0] for e, (_, h) in enumerate(expanded) if owner[e] == line and e < cut
    )
    after = heading.lines[0].strip()[len(before) :]
    cut_lines = [
        *lines[:line],
        (block, Heading(heading.line, [before])),
        (block, Heading(heading.line, [after])),
        *lines[line + 1 :],
    ]
    return cut_lines, line + 1, cut_close
