"""A byline naming the city it was filed from, when the city's name looks like a person's
(``本报记者 王刚 石家庄报道``, ``…张家口报道``: 石 and 张 are surnames, three characters), credits
the city as a second reporter.

INPUT.md lists bylines (``本报记者  彭  波``); today's rule (reportlines ``byline_names``) leaves
out the place of ``北京报道`` but keeps it when ``name_by_form`` says it may be a name (meant for a
name glued to 报道, ``王刚报道``), so the space between the name and the place is ignored and a
reporter page 石家庄 appears. Not a regression (before, every place was credited): the new rule
misses its own kind.
"""

import pytest

from tests.parsing.helpers import only_article


@pytest.mark.parametrize("city", ["石家庄", "张家口"])
def test_byline_filed_from_a_city_credits_only_the_reporter(city):
    article = only_article(
        "长江大保护十年见成效",
        "",
        f"本报记者 王刚 {city}报道",
        "",
        "十年来，沿江各地累计腾退岸线一百多公里，昔日的码头堆场变成了滨江公园，江豚又回来了。",
    )
    assert article.reporters == ("王刚",)
