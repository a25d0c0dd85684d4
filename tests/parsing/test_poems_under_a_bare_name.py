"""A poem under its title and a bare poet's name (two to four characters that read as no name
by their form: a pen name such as ``北风``) is a piece of its own: the title its headline, the
name its byline, the stanza lines its text, and the next story keeps its own deck. A news
story's short headline with its deck lines under it is no poem. Invented poems and stories
(:mod:`articles.parsing.verses`)."""

from tests.parsing.helpers import parse


def test_a_poem_by_a_pen_name_before_an_essay():
    parsed = parse(
        "夜归",
        "",
        "北风",
        "",
        "路灯一盏一盏亮了",
        "照着回家的人",
        "",
        "雪落在肩上",
        "也落在心上",
        "",
        "老街的早晨",
        "",
        "林  舒",
        "",
        "老街的早晨是从一碗豆浆开始的。街口的豆浆铺子天不亮就开了门。",
    )
    poem, essay = parsed.articles
    assert (poem.headline, poem.reporters) == ("夜归", ("北风",))
    assert poem.paragraphs == ("路灯一盏一盏亮了", "照着回家的人", "雪落在肩上", "也落在心上")
    assert (essay.kicker, essay.headline, essay.subheadline) == ("", "老街的早晨", "")


def test_a_poem_alone_at_the_foot_of_a_page_is_kept():
    parsed = parse(
        "山居",
        "",
        "北风",
        "",
        "一夜之间",
        "山都白了头",
        "",
        "孩子们跑出门",
        "把冬天堆成一个人",
    )
    assert parsed.unplaced_lines == ()
    (poem,) = parsed.articles
    assert (poem.headline, poem.reporters) == ("山居", ("北风",))
    assert poem.paragraphs[-1] == "把冬天堆成一个人"


def test_a_short_headline_with_its_deck_is_no_poem():
    """The boundary: kicker, a short headline and a two-line deck over the text stay decks."""
    parsed = parse(
        "岚城两会特别报道",
        "",
        "春耕",
        "",
        "全市播种面积两万亩",
        "比去年增长一成",
        "",
        "本报讯（记者 赵敏）岚城春耕全面展开。",
    )
    (story,) = parsed.articles
    assert story.reporters == ("赵敏",)
    assert "全市播种面积两万亩" in story.title_lines
    assert story.paragraphs == ("本报讯（记者 赵敏）岚城春耕全面展开。",)


def test_a_column_name_over_a_titled_signed_poem_stays_its_kicker():
    """The boundary: ``诗  页`` over a short title is the column's name, and the title over the
    poet's marked name (``□ 林  溪``) is the headline, not a poet."""
    parsed = parse(
        "诗  页",
        "",
        "江南的桂",
        "",
        "□ 林  溪",
        "",
        "一夜之间",
        "巷口的桂花全开了",
        "",
        "香气翻过矮墙",
        "落在晾衣竿上",
    )
    (poem,) = parsed.articles
    assert (poem.headline, poem.reporters) == ("江南的桂", ("林溪",))
    assert poem.paragraphs[0] == "一夜之间"
