"""A list in rows of words after a lead-in, set right over the next story's headline, becomes that
story's deck: the names of the list are printed as its 引题 and headline.

Today's change keeps rows of words after a lead-in ending ``：`` (``王小明　　李华``) in their
story (:func:`articles.parsing.datarows.word_rows`), and rows of data set right over the next
story's deck are parted from it (:func:`~articles.parsing.datarows.rows_over_deck`). Put together
as a text export prints them, with no blank line before the next story, the rows of words are
not parted: the next story's kicker reads ``王小明 李华``, its headline ``张强 赵敏`` and its real
headline is pushed to the subheadline; the first story loses its list.

Steps: parse a story whose last paragraph ends ``获奖名单如下：`` then two rows of names, the next
story's headline and its ``本报讯`` right under them.
"""

from tests.parsing.helpers import decks, parse


def test_rows_of_names_glued_over_a_headline_stay_in_their_story():
    parsed = parse(
        "城东新建三座口袋公园",
        "",
        "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。",
        "获奖名单如下：",
        "王小明　　李华",
        "张强　　赵敏",
        "市区新增公交线路两条",
        "本报讯（记者李明）市公交集团昨天宣布，新开两条公交线路，方便市民出行。",
    )
    assert decks(parsed) == [
        ("", "城东新建三座口袋公园", ""),
        ("", "市区新增公交线路两条", ""),
    ]
    assert parsed.articles[0].paragraphs[-2:] == ("王小明　　李华", "张强　　赵敏")
