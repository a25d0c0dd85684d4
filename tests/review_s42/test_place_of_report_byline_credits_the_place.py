"""A byline that names where the reporter filed from (``本报记者 王刚 北京报道``, ``记者 王刚 发自北京``)
credits the city as a reporter, or swallows the story's headline.

INPUT.md lists bylines on their own line under the headline (``本报记者  彭  波``, ``新华社记者
江时强``, ``记者 X 通讯员 Y``). Papers add the place the story was filed from: ``…北京报道`` (the
business papers' form) and ``…发自北京``. Today ``本报记者 王刚 北京报道`` credits 王刚 *and* 北京
(a reporter page named 北京 appears on the public site), and ``记者 王刚 发自北京`` (without a
paper's name before 记者) glues headline, byline and first paragraph into one untitled paragraph.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.xfail(
    strict=True, reason="…北京报道 credits 北京; 记者 X 发自北京 swallows the headline"
)
@pytest.mark.parametrize("byline", ["本报记者 王刚 北京报道", "记者 王刚 发自北京"])
def test_a_byline_with_the_place_filed_from_credits_only_the_reporter(byline):
    parsed = parse(
        "城东新建三座口袋公园",
        byline,
        "",
        "城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材和儿童游乐设施。",
        "",
        "市区新增公交线路两条",
        "",
        "本报讯（记者李明）市公交集团昨天宣布，新开两条公交线路，方便市民出行。",
    )
    first = parsed.articles[0]
    assert first.headline == "城东新建三座口袋公园"
    assert first.reporters == ("王刚",)
