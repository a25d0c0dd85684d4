"""A box of briefs OCR'd from a narrow column: each item opens with its bullet and title, a
full-width gap, then its text, cut on to the next lines mid-word (``■县城建成自来水厂　县`` /
``城自来水厂日前建成供水，`` …). Each item is a story of its own under the box's label, its
title the headline, its text all that follows up to the next bullet; a name-like scrap left
after the gap (``县城``) is the text's first word, never a byline. A name that is no box's label
over such items (``周末去哪儿``) still heads one story holding them
(tests/parsing/test_bulleted_lists_and_teaser_rows.py and the fidelity sets).

INPUT.md ("Encoding and layout"): short cut lines are joined into paragraphs; ("Headlines"):
over-splitting is as wrong as missing a story.
"""

from tests.parsing.helpers import decks, parse, reasons


def test_each_cut_run_in_item_under_a_briefs_label_is_a_story():
    parsed = parse(
        "县城简讯",
        "",
        "■县城建成自来水厂　县",
        "城自来水厂日前建成供水，",
        "每天可供水一万吨。",
        "■小学新建图书室　城关",
        "小学图书室日前建成，藏书",
        "五千册。",
        "■农技站开办培训班　县",
        "农技站日前开办果树培训班。",
    )
    assert decks(parsed) == [
        ("", "县城建成自来水厂", ""),
        ("", "小学新建图书室", ""),
        ("", "农技站开办培训班", ""),
    ]
    assert [a.paragraphs[0][:6] for a in parsed.articles] == [
        "县城自来水厂",
        "城关小学图书",
        "县农技站日前",
    ]
    assert [a.reporters for a in parsed.articles] == [(), (), ()]
    assert reasons(parsed)["县城简讯"] == "briefs-label"
