"""Kinds a blind set (holdout43's 1980s prefecture paper printing Uyghur and Kazakh names in Han
characters) showed, on pages written for these tests:

- a transliterated name whose pieces a middle dot parts (``买合木提·阿不力米提``) is a name in a
  byline glued to its dateline, however long: the whole name, and the names after it, are the
  reporters, never its first piece alone;
- a bare credit naming one such name with 摄 glued to it (``努尔兰·托合塔尔摄``), under a
  finished caption sentence, is the picture's credit, not the next story's kicker;
- a byline whose pictures' part names who gave them, no person (``文／本报记者 吴佳宁　图／受访者提供``),
  is the byline, not a subheadline, and the giver is no reporter;
- a letter's salutation alone on its indented line (``　　编辑同志：``) under an editor's note opens
  the letter's text, never a new story's headline, and its signature naming who the writer is
  and a dotted name (``阿热勒乡牧民　吐尔洪·买买提``) signs it;
- a poem's author line naming the poet and the translator (``阿依努尔·托合提　作　周晓雯　译``),
  or one transliterated name alone under a title, is the byline, not a line of the headline (a
  title dotted so, ``巴黎·印象``, is no name: its pieces are words of the dictionary);
- an author set between dots under a title (``·孙晓燕·``, blind holdout44's coal-mine paper) is
  the byline, the name without its dots the writer;
- a translator's closing line saying what the piece was translated from
  (``（米热古丽　译自本报哈萨克文版）``) closes the story before it, as a source line does.
"""

from __future__ import annotations

from tests.parsing.helpers import decks, parse


def test_a_dotted_name_in_a_byline_glued_to_its_dateline_is_read_whole():
    parsed = parse(
        "天池报",
        "",
        "全县棉花喜获丰收",
        "",
        "　　本报讯　记者买合木提·阿不力米提、刘向东报道：今年全县棉花总产比去年增加两成，"
        "棉农收入普遍提高。",
        "　　县农业局说，良种和滴灌是增产的主要原因。",
    )
    story = parsed.articles[0]
    assert story.byline == "记者买合木提·阿不力米提、刘向东"
    assert story.reporters == ("买合木提·阿不力米提", "刘向东")


def test_a_bare_credit_naming_a_dotted_name_closes_its_caption():
    parsed = parse(
        "天池报",
        "",
        "乡村小学盖起新校舍",
        "",
        "　　本报讯　阿热勒乡小学的新校舍日前交付使用，两百多名学生搬进了明亮的教室。",
        "",
        "　　牧民的孩子骑马去上学。",
        "努尔兰·托合塔尔摄",
        "",
        "卫生常识",
        "",
        "夏季怎样防止中暑",
        "",
        "　　天气炎热时，要多喝水，避免中午在烈日下长时间劳动。",
    )
    assert [(p.caption, p.credit_line) for p in parsed.photos] == [
        ("牧民的孩子骑马去上学。", "努尔兰·托合塔尔摄")
    ]
    assert decks(parsed)[-1] == ("卫生常识", "夏季怎样防止中暑", "")


def test_a_translators_line_closes_the_story_before_it():
    parsed = parse(
        "天池报",
        "",
        "老牧人的新帐篷",
        "本报通讯员　古丽米拉·赛力克",
        "",
        "　　冬窝子里，七十岁的老牧人搬进了政府帮助盖起的新房，他说这辈子没想到能住上砖房。",
        "　　（米热古丽　译自本报哈萨克文版）",
        "",
        "草原上修通了公路",
        "",
        "　　本报讯　从县城到夏牧场的公路日前修通，牧民转场不再走三天的山路。",
    )
    assert decks(parsed) == [("", "老牧人的新帐篷", ""), ("", "草原上修通了公路", "")]


def test_a_byline_whose_pictures_part_names_their_giver_is_the_byline():
    parsed = parse(
        "南欧侨报",
        "",
        "从学徒到皮具作坊主",
        "——访佛城华人皮具商会会长林志远",
        "",
        "文／本报记者 吴佳宁　图／受访者提供",
        "",
        "2001年，十八岁的林志远来到佛城，在一家皮具作坊当学徒。如今他有了自己的三家作坊。",
    )
    story = parsed.articles[0]
    assert decks(parsed) == [("", "从学徒到皮具作坊主", "——访佛城华人皮具商会会长林志远")]
    assert story.byline == "文／本报记者 吴佳宁　图／受访者提供"
    assert story.reporters == ("吴佳宁",)


def test_a_letter_opens_with_its_salutation_and_ends_with_a_dotted_signature():
    parsed = parse(
        "天池报",
        "",
        "读者来信",
        "牧场的孩子上学太远",
        "",
        "编者按：一位牧民来信反映孩子上学路远的问题，我们把来信刊登出来，请有关部门研究。",
        "",
        "　　编辑同志：",
        "　　我们牧场离乡小学六十公里，孩子们每周要骑马走一天才能到学校。希望在牧场办一个教学点。",
        "　　阿热勒乡牧民　吐尔洪·买买提",
        "",
        "乡村小学盖起新校舍",
        "",
        "　　本报讯　阿热勒乡小学的新校舍日前交付使用。",
    )
    assert decks(parsed) == [
        ("读者来信", "牧场的孩子上学太远", ""),
        ("", "乡村小学盖起新校舍", ""),
    ]
    letter = parsed.articles[0]
    assert "编辑同志：" in letter.paragraphs
    assert letter.reporters == ("吐尔洪·买买提",)


def test_a_poems_author_line_naming_poet_and_translator_is_its_byline():
    parsed = parse(
        "天池报",
        "",
        "雪山下的村庄",
        "阿依努尔·托合提　作　周晓雯　译",
        "",
        "　　雪山下的村庄静悄悄，",
        "　　炊烟升起在白杨树梢。",
        "",
        "县文工团下乡演出",
        "",
        "　　本报讯　县文工团本月到三个牧场巡回演出。",
    )
    assert decks(parsed) == [("", "雪山下的村庄", ""), ("", "县文工团下乡演出", "")]
    assert parsed.articles[0].byline == "阿依努尔·托合提　作　周晓雯　译"


def test_a_transliterated_name_alone_under_a_title_is_its_author_a_dotted_title_is_not():
    def first_deck(line: str):
        parsed = parse(
            "天池报",
            "",
            "草原上的冬不拉",
            line,
            "",
            "　　冬不拉的琴声从毡房里传出来，老人们围坐在一起，听年轻人弹唱新编的曲子。",
        )
        return decks(parsed)[0], parsed.articles[0].byline

    assert first_deck("库尔班·托合尼亚孜") == (("", "草原上的冬不拉", ""), "库尔班·托合尼亚孜")
    assert first_deck("巴黎·印象")[1] == ""


def test_an_author_set_between_dots_under_a_title_is_the_byline():
    parsed = parse(
        "岭川矿工报",
        "",
        "母亲的饭盒",
        "·孙晓燕·",
        "　　母亲在矿上食堂做了二十年饭，她的铝饭盒磕得坑坑洼洼，却一直舍不得换。",
        "　　那年冬天井下停电，是她把一盒热饺子送到了井口。",
    )
    assert decks(parsed) == [("", "母亲的饭盒", "")]
    assert parsed.articles[0].reporters == ("孙晓燕",)
