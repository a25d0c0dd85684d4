"""A teaser row with its title on the target's line keeps the target's text as printed when a
format character (U+FEFF, which ``str.strip`` keeps) follows the title: the target was cut by
the title's length from the line's end, so the title's first character was printed twice (a
Hypothesis example of ``test_properties``: ``■A4看南通·要闻——`` + U+FEFF)."""

from articles.parsing import parse_page


def test_a_format_character_after_a_teaser_title_leaves_the_target_whole():
    page = parse_page("■A4看南通·要闻——\ufeff".encode())
    [teaser] = page.teasers
    assert teaser.text == "■A4"
    assert teaser.title_lines == ("看南通·要闻——",)


def test_the_same_row_without_it_reads_the_same():
    [teaser] = parse_page("■A4看南通·要闻——").teasers
    assert (teaser.text, teaser.title_lines) == ("■A4", ("看南通·要闻——",))
