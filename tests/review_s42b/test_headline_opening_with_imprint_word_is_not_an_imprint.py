"""A headline that opens ``社址：`` (a paper's anniversary story, ``社址：从人民路到世纪大道``) is set
aside as the imprint's address, and the story loses its headline.

INPUT.md: mastheads (and the imprint at the page's foot) are not headlines; but the new imprint
rule (stafflines ``_IMPRINT_RE``) accepts any two to thirty letters after ``社址：``, so a headline
with no address in it (no road number, no 邮编) matches. Before 558921c..HEAD it was the headline
(regression).
"""

from tests.parsing.helpers import decks, parse


def test_headline_opening_with_she_zhi_stays_the_headline():
    parsed = parse(
        "社址：从人民路到世纪大道",
        "",
        "本报讯（记者王刚）七十年来，本报社址三次搬迁，从人民路的两层小楼到世纪大道的新闻大厦。",
        "",
        "昨天，老报人们重回人民路旧址，回忆当年办报的岁月。",
    )
    assert decks(parsed) == [("", "社址：从人民路到世纪大道", "")]
