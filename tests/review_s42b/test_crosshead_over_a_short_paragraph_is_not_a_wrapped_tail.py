"""A crosshead set right over a short opening paragraph of its section (``三代人的坚守`` /
``四十年。``) is joined to it as one paragraph, ``三代人的坚守四十年。``: the crosshead is lost and
the story reads a sentence nobody printed.

INPUT.md: crossheads (小标题) inside a long article stay inside it as crossheads. The new rule
(sentencetails ``sentence_tail``) takes heading lines over any scrap of a word or two ending
``。`` as a paragraph's wrapped tail, even when the heading line is itself short (a wrapped line
of a column is full width; a crosshead is not). Before 558921c..HEAD the crosshead stayed a
crosshead (regression).
"""

from tests.parsing.helpers import only_article


def test_crosshead_over_a_short_first_paragraph_stays_a_crosshead():
    article = only_article(
        "老街上的修表铺",
        "",
        "本报讯（记者王刚）在城南老街的拐角处，有一间不足十平方米的修表铺，店主陈师傅已经在这里守了大半辈子。",
        "",
        "三代人的坚守",
        "四十年。",
        "",
        "从爷爷到孙子，陈家三代人先后在这间铺子里修过上万块手表，街坊们的老物件都在这里重新走动起来。",
        "",
        "老手艺的新顾客",
        "",
        "如今，不少年轻人也慕名而来，请陈师傅修理祖辈留下的老怀表。",
    )
    assert article.crossheads == ("三代人的坚守", "老手艺的新顾客")
    assert "四十年。" in article.paragraphs
