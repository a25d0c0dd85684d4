"""The one progress display of every long command (import, reparse, index rebuild, benches).

A tqdm bar set up the project's way: on stderr, with the count, the rate and the time left, and
quiet (nothing written at all) when stderr is not a terminal or when the command's output is for
machines (``--json``). Stdout is never touched, so a command's report and JSON stay what they are
whether or not a bar was drawn.

    bar = progress_bar(len(files), stream=self.stderr, unit="page", quiet=options["json"])
    for f in files:
        bar.set_postfix_str(f.name, refresh=False)
        bar.update()
    bar.close()
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from tqdm import tqdm

BAR_FORMAT = "{l_bar}{bar:30}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}, {rate_fmt}{postfix}]"


class _Raw:
    """Hands tqdm's partial lines to a Django ``OutputWrapper`` without the newline it adds."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text: str) -> None:
        if hasattr(self.stream, "style_func"):  # Django's OutputWrapper
            self.stream.write(text, ending="")
        else:
            self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()


def progress_bar(
    total: int | None = None, *, stream=None, unit: str = "it", quiet: bool = False
) -> tqdm:
    """A bar over ``total`` items on ``stream`` (stderr by default), disabled when ``quiet``, when
    the stream is not a terminal, or when there is at most one item (no progress to show)."""
    stream = sys.stderr if stream is None else stream
    on_terminal = getattr(stream, "isatty", lambda: False)()
    return tqdm(
        total=total,
        file=_Raw(stream),
        unit=unit,
        bar_format=BAR_FORMAT,
        mininterval=0.1,
        disable=quiet or not on_terminal or (total is not None and total <= 1),
    )


def progress_callback(bar: tqdm) -> Callable[[int, int], None]:
    """A ``progress(done, total)`` callback (the shape services report in) that moves ``bar``."""

    def report(done: int, total: int) -> None:
        bar.total = total
        bar.update(done - bar.n)

    return report


def advance(bar: tqdm, label: str = "") -> None:
    """One more item done; ``label`` (say, the file's name) shows after the rate."""
    if label:
        bar.set_postfix_str(label[:40], refresh=False)
    bar.update()
