"""A teaser needs a title (INPUT.md, "Teasers": title lines, then the target). A target alone
(``■A4`` on a page of markers only, no title above it or under it) is no teaser: the line is
what the page printed, set aside (``teaser-untitled``) and warned about, as a stray jump marker
is."""

from tests.parsing.helpers import parse


def test_target_alone_on_a_page_of_markers_is_set_aside_not_a_teaser():
    parsed = parse("■B3", "", "（下转B2版）")
    assert parsed.teasers == ()
    assert parsed.articles == ()
    assert [(s.line, s.text, s.reason) for s in parsed.set_aside] == [
        (1, "■B3", "teaser-untitled"),
        (3, "（下转B2版）", "unplaced"),
    ]
    assert parsed.warnings == (
        "line 1: teaser ■B3 has no title lines above it; set aside",
        "line 3: （下转B2版） follows no text; set aside",
    )


def test_target_with_a_section_but_no_title_is_set_aside():
    parsed = parse("■C2看东湖·民生")
    assert parsed.teasers == ()
    assert [(s.text, s.reason) for s in parsed.set_aside] == [("■C2看东湖·民生", "teaser-untitled")]
    assert parsed.warnings == (
        "line 1: teaser ■C2看东湖·民生 has no title lines above it; set aside",
    )


def test_target_under_its_title_is_still_a_teaser():
    # Near miss: with its title above it the same line is a teaser, nothing set aside.
    parsed = parse("东湖沿岸新添十处健身点", "■C2看东湖·民生")
    (teaser,) = parsed.teasers
    assert teaser.title_lines == ("东湖沿岸新添十处健身点",)
    assert teaser.target_label == "C2"
    assert parsed.set_aside == ()
    assert parsed.warnings == ()
