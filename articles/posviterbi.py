"""jieba's part-of-speech Viterbi, the same answer in a fraction of the time.

``jieba.posseg`` tags the Han runs it has no dictionary word for with a hidden Markov model
(``jieba/posseg/viterbi.py``): for each character and each state it may be in (position in a
word × tag, 256 states), the best of every state before it. Its transition table is sparse: a
state follows a handful of others, and a step from any other state is impossible (``-inf``). The
parser tags names, places and verbs on every page, and this loop was its largest single cost
(about 5 % of ``parse_page``, bench/parser_bench.py --fidelity).

:func:`viterbi` is jieba's function with two changes that leave every result as it was:

* each state is weighed against the states that can precede it (the transition table read
  backwards, made once per table), not all of the step before: the others score ``-inf``, which
  never beats a finite score; where no finite score is found the step is weighed as jieba weighs
  it (every state before, ties going to the greatest state, as its ``max`` over
  ``(score, state)`` pairs gives them);
* a score is summed in jieba's order (score before + transition + emission), so the same floats
  come out and ties fall the same way.

Installed over jieba's by :func:`install` (:func:`articles.text.get_posseg` does, once per
process); ``tests/parsing/test_posviterbi.py`` compares the two on real and random text.
"""

from __future__ import annotations

MIN_FLOAT = -3.14e100  # jieba's: the emission of a character a state never emits
MIN_INF = float("-inf")  # jieba's: an impossible transition

_preceding: tuple[int, dict] | None = None  # (id of the transition table, its reverse)
_NONE: dict = {}  # (a state no state precedes)


def _preceders(trans_p: dict) -> dict:
    """{state: {state before it: transition score}} for the table ``trans_p`` ({state before:
    {state: score}}), made once per table."""
    global _preceding
    if _preceding is None or _preceding[0] != id(trans_p):
        reverse: dict = {}
        for before, nexts in trans_p.items():
            for state, score in nexts.items():
                reverse.setdefault(state, {})[before] = score
        _preceding = (id(trans_p), reverse)
    return _preceding[1]


def viterbi(obs, states, start_p, trans_p, emit_p):
    """jieba's ``jieba.posseg.viterbi.viterbi`` (same arguments, same ``(score, route)``): the
    most likely state of each character of ``obs``. Remembered by ``obs`` (a text) while the
    tables are the same (jieba's, which nothing changes: an added word changes the dictionary,
    not the model): a page tags the same name in several lines, each run a fresh copy."""
    global _routes_of
    if not isinstance(obs, str):
        return _viterbi(obs, states, start_p, trans_p, emit_p)
    tables = (states, start_p, trans_p, emit_p)
    if _routes_of is None or any(a is not b for a, b in zip(_routes_of[0], tables, strict=True)):
        _routes_of = (tables, {})
    routes = _routes_of[1]
    found = routes.get(obs)
    if found is None:
        if len(routes) >= _ROUTES_KEPT:
            routes.clear()
        found = routes[obs] = _viterbi(obs, states, start_p, trans_p, emit_p)
    return found[0], list(found[1])


_ROUTES_KEPT = 4096  # texts remembered (then forgotten all at once, and remembered anew)
# (the tables the routes were found with, kept so that they are the very objects; the routes)
_routes_of: tuple[tuple, dict] | None = None


def _viterbi(obs, states, start_p, trans_p, emit_p):
    """:func:`viterbi`, not remembered."""
    preceders = _preceders(trans_p)
    all_states = trans_p.keys()
    first = obs[0]
    scores = {
        y: start_p[y] + emit_p[y].get(first, MIN_FLOAT) for y in states.get(first, all_states)
    }
    paths = [dict.fromkeys(scores, "")]
    for character in obs[1:]:
        before = scores
        prev_states = [x for x in before if len(trans_p[x]) > 0]
        # (the states any of them leads to: the union of their rows' keys, made in C)
        expected = set().union(*[trans_p[x] for x in prev_states])
        obs_states = set(states.get(character, all_states)) & expected
        if not obs_states:
            obs_states = expected if expected else all_states
        prev_set = set(prev_states)
        scores = {}
        path = {}
        for y in obs_states:
            emit = emit_p[y].get(character, MIN_FLOAT)
            best = None
            into = preceders.get(y, _NONE)
            # (the states before that may precede y, found in C; the best is the greatest
            # (score, state) pair whatever the order they are weighed in)
            for y0 in prev_set.intersection(into):
                candidate = (before[y0] + into[y0] + emit, y0)
                if best is None or candidate > best:
                    best = candidate
            if best is None or best[0] == MIN_INF:  # (no finite score: as jieba weighs it)
                best = max(
                    (before[y0] + trans_p[y0].get(y, MIN_INF) + emit, y0) for y0 in prev_states
                )
            scores[y], path[y] = best
        paths.append(path)
    score, state = max((scores[y], y) for y in paths[-1])
    route = [None] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = paths[i][state]
    return (score, route)


def install(posseg) -> None:
    """Make the module ``jieba.posseg`` (``posseg``) tag with :func:`viterbi`."""
    posseg.viterbi = viterbi
