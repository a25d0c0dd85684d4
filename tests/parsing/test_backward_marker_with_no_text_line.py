"""A backward marker followed by no text (a page of markers only, or ``（上接第一版）`` as the last
line) is set aside on the line it is printed on: it was given the page's last line + 1, so the
desk's flag said 第6行 on a five-line file (a fresh reviewer's markers-only page)."""

from articles.parsing import parse_page

MARKERS_ONLY = "（下转第二版）\n（上接第一版）\n（转第3版）\n（下转A2版）\n（接上版）\n"


def test_backward_markers_with_no_text_are_set_aside_on_their_own_lines():
    page = parse_page(MARKERS_ONLY)
    assert sorted((s.line, s.text) for s in page.set_aside) == [
        (1, "（下转第二版）"),
        (2, "（上接第一版）"),
        (3, "（转第3版）"),
        (4, "（下转A2版）"),
        (5, "（接上版）"),
    ]


def test_a_backward_marker_on_the_last_line_keeps_that_line():
    page = parse_page("本报讯　城里的新公园昨天开门迎客，市民纷纷前往。\n（上接第一版）\n\n\n")
    [aside] = [s for s in page.set_aside if s.text == "（上接第一版）"]
    assert aside.line == 2
