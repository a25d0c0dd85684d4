"""An English sentence printed as a paragraph (a quoted slogan in a Chinese story, or the last
paragraph of an English-language story on a bilingual page) is read as a headline: the Chinese
story is split in two at it, or the English story's last paragraph becomes the next story's
headline with that story's real headline pushed down to subheadline.

A line that ends with a full stop ends a sentence: INPUT.md ("Headlines"): decks are short lines
without sentence punctuation; a half-width ``.`` ends an English sentence as ``。`` a Chinese
one. Invented stories.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    "sentence", ["The expo runs until Sunday.", "Welcome to Lancheng, the city of bridges."]
)
def test_english_sentence_inside_a_chinese_story_stays_in_it(sentence):
    parsed = parse(
        "岚城科技展开幕",
        "",
        "本报讯（记者 赵敏）岚城第三届科技博览会昨日开幕，三百多家企业参展。",
        "",
        sentence,
        "",
        "主办方预计观展人数将达五万人次。",
        "",
        "5G+AI赋能制造业",
        "",
        "本报讯（记者 周涛）岚城已有120家工厂完成5G改造。",
    )
    assert [a.headline for a in parsed.articles] == ["岚城科技展开幕", "5G+AI赋能制造业"]
    assert len(parsed.articles[0].paragraphs) == 3


def test_last_paragraph_of_an_english_story_is_not_the_next_headline():
    parsed = parse(
        "Lancheng Tech Expo Opens",
        "",
        "LANCHENG, Dec 3 - The third Lancheng Technology Expo opened on Tuesday, "
        "with more than 300 exhibitors.",
        "",
        "Organizers expect 50,000 visitors.",
        "",
        "城东新开一条公交线",
        "",
        "本报讯（记者 周涛）城东公交二十八路昨日开通，线路全长十二公里。",
    )
    assert [a.headline for a in parsed.articles] == [
        "Lancheng Tech Expo Opens",
        "城东新开一条公交线",
    ]
    assert parsed.articles[0].paragraphs[-1] == "Organizers expect 50,000 visitors."
    assert parsed.articles[1].subheadline == ""
