"""A feature's "words and pictures" byline printed with a middle dot or run together
(``文·图/本报记者 周明``, ``文·图/周明``, ``图·文/周明``, ``文·摄/周明``, ``本报记者 周明 文·图``,
``文图/周明``) is misread: ``文·图`` is credited as a reporter, or the line becomes the 副题 with
nobody credited, or (``文图/周明``) the headline is taken for a photo caption and the story is
left untitled.

``文/图 周明`` is read as the byline today. An editor sees ``文·图`` listed as a reporter, a
副题 reading ``文·图/周明``, or a story with no headline. INPUT.md, "Bylines, datelines,
credits": the byline is the credit line under the headline (``本报记者  彭  波``, spaces or
marks inside), and credits name people; "Headlines": the author's line under the headline is the
byline, not the headline.
"""

import pytest

from tests.parsing.helpers import only_article


@pytest.mark.parametrize(
    "credit",
    [
        "文·图/本报记者 周明",
        "文·图 本报记者 周明",
        "文·图/周明",
        "图·文/周明",
        "文·摄/周明",
        "本报记者 周明 文·图",
        "文图/周明",
    ],
)
def test_text_and_pictures_byline_credits_the_writer(credit):
    article = only_article(
        "城北公园扩建",
        "",
        credit,
        "",
        "城北公园扩建工程日前开工，预计年底完工。扩建后公园面积将增加一倍，新增绿地三万平方米。",
    )
    assert article.title_lines == ("城北公园扩建",)
    assert article.reporters == ("周明",)
