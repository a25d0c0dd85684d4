"""A continued part printed with its backward marker on a line of its own and the story's
(shortened) headline repeated on the next line, then its text: the headline is glued onto the
first paragraph (``新区建设提速另外，新区还将…``) instead of being the part's headline.

INPUT.md ("Continuations"): the continuation part on the other page often repeats the headline,
or a shortened one; a short line without sentence punctuation is not joined to a paragraph that
starts a sentence. Invented stories.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.xfail(strict=True, reason="repeated headline glued onto the first paragraph")
@pytest.mark.parametrize("marker", ["（上接第一版）", "▲上接1版", "（上接A1版）"])
@pytest.mark.parametrize("gap", [[], [""]])
def test_repeated_headline_under_backward_marker_line_is_not_text(marker, gap):
    parsed = parse(
        marker,
        *gap,
        "新区建设提速",
        "",
        "另外，新区还将新建学校六所、医院两所，进一步完善公共服务。",
        "",
        "管委会表示，将全力保障项目用地。",
    )
    [part] = parsed.articles
    assert part.continued_from is not None
    assert part.headline == "新区建设提速"
    assert part.paragraphs[0].startswith("另外，新区")
    assert len(part.paragraphs) == 2
