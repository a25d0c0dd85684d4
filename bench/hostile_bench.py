#!/usr/bin/env python
"""The parser on hostile page shapes: how its time grows with the size of the input.

    python bench/hostile_bench.py [--scale 1.0] [--repeat 3]

Each shape (a 1 MB line with no newline, ten thousand markers on one line or on their own lines,
fifty thousand cut lines, 300,000 nested brackets, a date followed by 300,000 spaces, ten
thousand stories, a hostile headline run, a line of HTML remnants, a line of ``&<``, ten
thousand rows of data after a lead-in, a story of eight thousand headline-less dispatches, a
line of ten thousand ``<p>``s and ``<br/>``s, a 1 MB line of ``<a `` never closed, a gap every
three characters) is parsed at a quarter of its size and at its
full size in the same run (CPU time, the best of
``--repeat``), and the growth is printed as ``time(full) ÷ time(quarter)``: 4.0 is exactly
linear, 16 quadratic. Target: ≤ 6 for every shape (linear with room for the dictionary's and
the allocator's caches). Pages that grow quadratically
take minutes at these sizes, which is what this guards; the test suite parses the same shapes for
their results only (never a timed assertion in a test). Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

GROWTH_TARGET = 6.0

#: name → (text at size n, n at full size)
SHAPES = {
    "one 1 MB line": (lambda n: "今天天气很好，我们去公园散步。" * n, 24_000),
    "markers on one line": (lambda n: "内容很多，（下转A2版）" * n, 10_000),
    "markers on their own lines": (
        lambda n: "会议讨论了很多事情，\n（下转A2版）\n（上接A1版）\n" * n,
        5_000,
    ),
    "cut lines": (lambda n: "本报讯（记者金帅）内容\n" + "没有句号的一行文字，\n" * n, 50_000),
    "nested brackets": (lambda n: "（" * n + "下转第" + "）" * n, 300_000),
    "spaces after a date": (lambda n: "2020年7月9日" + " " * n + "x", 300_000),
    "stories": (lambda n: "标题\n\n本报讯（记者金帅）内容很多。\n\n" * n, 10_000),
    "headline runs": (lambda n: "\n".join(["甲乙丙丁戊", "己庚辛壬", ""] * n), 20_000),
    "html remnants": (
        lambda n: '<p class="x">正文&nbsp;&ldquo;引语。&rdquo;</p><a &c<' * n,
        20_000,
    ),
    "ampersands and brackets": (lambda n: "&<" * n, 300_000),
    "rows after a lead-in": (
        lambda n: (
            "标题\n\n本报讯 价格如下：\n" + "".join(f"品种{i} {i % 7}元/斤\n" for i in range(n))
        ),
        10_000,
    ),
    "word rows after a lead-in": (
        lambda n: (
            "标题\n\n本报讯 公园有：\n" + "东园　　东大街\n" * n + "\n新标题\n\n本报讯 内容。\n"
        ),
        10_000,
    ),
    "word rows a blank line apart": (
        lambda n: "标题\n\n本报讯 公园有：\n\n" + "东园　　东大街\n\n" * n + "本报讯 内容。\n",
        10_000,
    ),
    "dispatches in one story": (lambda n: "标题\n\n" + "本报讯 内容很多。\n" * n, 8_000),
    "html block lines": (
        lambda n: "<p>标题<br/>本报讯（记者金帅）内容很多。</p><p>又一段。</p>" * n,
        10_000,
    ),
    "unclosed tags spaced": (lambda n: "<a " * n, 333_334),
    "unclosed scripts, comments": (
        lambda n: "<p>正文。</p>\n" + "<script>\n<!--\n正文很多。\n" * n,
        20_000,
    ),
    "tags wrapped over lines": (
        lambda n: "<p>正文。</p>\n" + '<img src="/1.jpg"\n alt="图" />本报讯 内容很多。\n<a\n' * n,
        10_000,
    ),
}


def _cpu(text: str, repeat: int) -> float:
    from articles.parsing import parse_page

    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        parse_page(text, max_bytes=64 * 1024 * 1024)
        best = min(best, time.process_time() - started)
    return max(best, 1e-6)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="sizes × this (default 1)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts")
    args = parser.parse_args()

    from articles.parsing import get_jieba

    get_jieba().lcut("预热")  # the dictionary's load is not the parser's time
    worst = 0.0
    print(f"{'shape':<28} {'quarter':>9} {'full':>9} {'growth':>7}")
    for name, (make, size) in SHAPES.items():
        full = max(4, int(size * args.scale))
        small_t = _cpu(make(full // 4), args.repeat)
        full_t = _cpu(make(full), args.repeat)
        growth = full_t / small_t
        worst = max(worst, growth)
        print(f"{name:<28} {small_t:>8.3f}s {full_t:>8.3f}s {growth:>7.2f}")
    ok = worst <= GROWTH_TARGET
    print(
        f"worst growth, quarter → full size: {worst:.2f} (4.0 = linear; target <= {GROWTH_TARGET:g})"
        f" {'ok' if ok else 'OVER TARGET'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
