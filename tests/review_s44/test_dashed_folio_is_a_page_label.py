"""A page number printed between dashes or dots (``—4—``, ``- 4 -``, ``·4·``), as books,
magazines and many old newspapers print their folios, becomes the kicker of the story under it
at the top of a page, and is left unplaced at the foot of one; the page's label is not read.

A bare ``4``, ``A4`` or ``第四版`` on its own line is set aside as the page label. OCR and PDF
text layers keep the folio's dashes. INPUT.md ("Encoding and layout"): stray page labels on
their own line (``A4``) are furniture, never a headline. Invented people.
"""

import pytest

from tests.parsing.helpers import parse

STORY = (
    "岚江大桥合龙",
    "本报讯（记者 赵敏）昨日上午，岚江大桥主桥顺利合龙。",
    "大桥全长二点四公里，预计年底通车。",
)


@pytest.mark.parametrize("folio", ["—4—", "- 4 -", "·4·", "－4－"])
def test_dashed_folio_over_a_story_is_the_page_label(folio):
    parsed = parse(folio, *STORY)
    [article] = parsed.articles
    assert (article.kicker, article.headline, article.subheadline) == ("", "岚江大桥合龙", "")
    assert folio in parsed.ignored_lines
    assert parsed.metadata.label == "4"


@pytest.mark.parametrize("folio", ["—4—", "- 4 -"])
def test_dashed_folio_at_the_foot_is_the_page_label(folio):
    parsed = parse(*STORY, folio)
    assert parsed.unplaced_lines == ()
    assert folio in parsed.ignored_lines
