"""Continuations, the exact assignment of one small group's markers to parts: the highest total
score, each part continuing at most one marker (:class:`Matcher`). Pure: ids and numbers in.
Used by :mod:`~articles.continuations.assigning`."""

from __future__ import annotations

Pair = tuple[int, int]  # (jump id, part id)


class Matcher:
    """Exact best assignment of markers to parts by dynamic programming over the used parts
    (for groups of at most :data:`~articles.continuations.assigning.EXACT_PARTS` parts:
    its work grows as 2**parts)."""

    def __init__(self, scores: dict[Pair, float]):
        self.scores = scores
        self.jump_ids = sorted({j for j, _ in scores})
        self.part_ids = sorted({p for _, p in scores})
        self.bit = {p: 1 << i for i, p in enumerate(self.part_ids)}
        self.options = {
            j: sorted(((s, p) for (jj, p), s in scores.items() if jj == j), reverse=True)
            for j in self.jump_ids
        }

    def _solve(self, jump_ids: list[int], used: int) -> tuple[float, list[tuple[int, int]]]:
        memo: dict[tuple[int, int], tuple[float, list]] = {}

        def go(i: int, mask: int) -> tuple[float, list]:
            if i == len(jump_ids):
                return 0.0, []
            key = (i, mask)
            if key in memo:
                return memo[key]
            best = go(i + 1, mask)  # this marker takes nothing
            for score, part in self.options[jump_ids[i]]:
                if mask & self.bit[part]:
                    continue
                total, chosen = go(i + 1, mask | self.bit[part])
                if total + score > best[0] + 1e-12:
                    best = (total + score, [(jump_ids[i], part), *chosen])
            memo[key] = best
            return best

        return go(0, used)

    def best(self) -> tuple[float, list[tuple[int, int]]]:
        return self._solve(self.jump_ids, 0)

    def best_with(self, jump_id: int, part_id: int) -> float:
        """The best total when ``jump_id`` is made to take ``part_id``."""
        others = [j for j in self.jump_ids if j != jump_id]
        total, _ = self._solve(others, self.bit[part_id])
        return total + self.scores[(jump_id, part_id)]
