"""articles.progress: the one progress bar of every long command, quiet unless on a terminal."""

import re
from io import StringIO

from django.core.management.base import OutputWrapper

from articles.progress import advance, progress_bar, progress_callback

# count, then [elapsed<time left, rate]
SHOWN = re.compile(r"3/3 \[\d\d:\d\d<\d\d:\d\d, [\d.]+page/s")


class Terminal(StringIO):
    def isatty(self) -> bool:
        return True


def run_bar(stream, **kwargs):
    bar = progress_bar(3, stream=stream, unit="page", **kwargs)
    for name in ("A1.txt", "A2.txt", "A3.txt"):
        advance(bar, name)
    bar.close()


def test_on_a_terminal_the_bar_shows_the_count_the_rate_and_the_time_left():
    stream = Terminal()
    run_bar(stream)
    assert SHOWN.search(stream.getvalue()), stream.getvalue()
    assert "A3.txt" in stream.getvalue()


def test_through_a_django_output_wrapper_the_bar_stays_on_one_line():
    stream = Terminal()
    run_bar(OutputWrapper(stream))
    text = stream.getvalue()
    assert SHOWN.search(text) and text.count("\n") == 1  # redrawn with \r, one newline at the end


def test_not_on_a_terminal_nothing_is_written():
    stream = StringIO()
    run_bar(stream)
    run_bar(OutputWrapper(stream))
    assert stream.getvalue() == ""


def test_quiet_writes_nothing_even_on_a_terminal():
    stream = Terminal()
    run_bar(stream, quiet=True)
    assert stream.getvalue() == ""


def test_a_single_item_shows_no_bar():
    stream = Terminal()
    bar = progress_bar(1, stream=stream)
    advance(bar)
    bar.close()
    assert stream.getvalue() == ""


def test_a_done_total_callback_moves_the_bar():
    stream = Terminal()
    bar = progress_bar(stream=stream, unit="page")
    report = progress_callback(bar)
    for done in range(4):
        report(done, 3)
    bar.close()
    assert SHOWN.search(stream.getvalue())
