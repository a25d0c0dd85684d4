"""Labels over a title are its kicker: the editorial's ``社論`` over a short title, and a
column's name printed with its translation in brackets in another script, over the
column's title (an ethnic region's Chinese edition: ``生活窗（생활의 창）``): the kicker, not the
first half of a headline on two lines (INPUT.md, "Headlines": column names belong to the
headline, an author's name under it is the byline)."""

from tests.parsing.helpers import decks, parse

TEXT = (
    "冷面是朝鲜族人民喜爱的传统食品。荞麦面压成细条，煮熟过凉，浇上牛肉汤，再放上泡菜和梨片，"
    "又凉又爽。如今城里有了冷面馆，吃起来方便了，可不少老人还是说，自家压出来的才有味道。"
)


def test_a_column_name_with_its_hangul_translation_is_the_kicker_over_the_title():
    parsed = parse("家乡味（고향의 맛）", "说说“冷面”", "□　朴　英", "", TEXT)
    assert decks(parsed) == [("家乡味（고향의 맛）", "说说“冷面”", "")]
    assert parsed.articles[0].reporters == ("朴英",)


def test_the_editorials_label_over_a_short_title_is_its_kicker():
    parsed = parse("社論", "國慶感言", "", TEXT)
    assert decks(parsed) == [("社論", "國慶感言", "")]
