"""A dateline cut by a line break right after the agency's name (``新华社`` / ``北京6月13日电（记者
王刚）…``, a narrow column's break) loses the whole story: its text is read as a photo caption
credited to 新华社 and its headline is set aside as unplaced.

Today's rule (cutdatelines ``dateline_cut_in_two``) joins a dateline cut inside its date
(``新华社北京6月`` / ``13日电…``) or before the reporter's bracket, but refuses when the second half
reads as a dateline of its own (``北京6月13日电…``), so this cut of the same kind is missed. INPUT.md:
text cut into short lines is cut mid-word and must be joined. Not a regression (missing its own
kind).
"""

from tests.parsing.helpers import only_article


def test_dateline_cut_after_the_agency_name_keeps_the_story():
    article = only_article(
        "全国夏粮收购进度过半",
        "",
        "新华社",
        "北京6月13日电（记者王刚）记者从国家粮食和物资储备局获悉，今年夏粮收购进度已经过半，"
        "各地收购工作进展顺利。",
    )
    assert article.headline == "全国夏粮收购进度过半"
    assert article.dateline == "新华社北京6月13日电"
    assert article.reporters == ("王刚",)
