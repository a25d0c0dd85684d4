"""The place a story was filed from, glued to 报道 after the reporters' names (``本报记者 王刚
连云港报道``), is no reporter, also when jieba's dictionary holds the city as a name, also after
a correspondent's post (``本报驻日本记者 王刚 东京报道``) and in a paragraph's opening dateline
(``本报记者 王刚 上海报道　…``). INPUT.md, "Bylines, datelines, credits"."""

import pytest

from tests.parsing.helpers import only_article

_TEXT = "十年来，沿江各地累计腾退岸线一百多公里，昔日的码头堆场变成了滨江公园。"


@pytest.mark.parametrize("city", ["连云港", "秦皇岛", "景德镇"])
def test_city_ending_as_a_place_after_the_names_is_not_credited(city):
    article = only_article("长江岸线腾退见成效", "", f"本报记者 王刚 李强 {city}报道", "", _TEXT)
    assert article.reporters == ("王刚", "李强")


@pytest.mark.parametrize(
    "byline", ["本报驻日本记者 王刚 东京报道", "新华社驻巴黎记者 王刚 巴黎报道"]
)
def test_correspondent_with_place_filed_from_is_the_byline(byline):
    article = only_article("民间交流活动举行", "", byline, "", _TEXT)
    assert (article.subheadline, article.reporters) == ("", ("王刚",))


@pytest.mark.parametrize("opening", ["本报记者　王刚　上海报道", "本报记者 王刚 张家口报道"])
def test_opening_dateline_with_place_filed_from_credits_only_the_reporter(opening):
    article = only_article("菜市场升级完工", "", f"{opening}　{_TEXT}")
    assert article.reporters == ("王刚",)
    assert article.dateline == opening
