"""A bracketed note cut over two lines (``（作者系东林师范学院哲学系副教`` / ``授）``) is one line,
the note ending the story above; on a page of short cut lines, a title filling the column over
its author's line (a name alone, then an author note or an indented paragraph) is the next
story's headline, and the name its byline. An indented line of text over a name stays text.
Invented paper, people and places."""

from tests.parsing.helpers import parse

HEAD = ("8　　读书周刊　　　2011年3月4日　星期五", "")
ESSAY_END = (
    "读书与实践",
    "　　（上接第二版）只要坚持学以致用",
    "，就能把书本上的道理变成自己的本",
    "领，把学到的知识用在工作上。",
    "　　好的学风要靠长期养成，不能一阵",
    "风。每个人都要从自己做起，从现在",
    "做起，持之以恒，久久为功。",
)
NOTE_CUT = ("　　（作者系东林师范学院哲学系副教", "授）", "")
NEXT = (
    "城乡融合发展要处理好“两个关系”",
    "韦志明",
    "（作者单位：东林市委党校）",
    "　　城乡融合是一篇大文章。我市十二",
    "个乡镇中，有一半以上以农业为主，",
    "城乡融合发展得如何，关系全市发展",
    "的大局，需要处理好两个关系。",
    "（一）产业和人口的关系",
    "　　产业是人口集聚的基础，没有产业",
    "的支撑，人口就留不住，城镇也就建",
    "不起来。",
)


def test_cut_note_ends_the_essay_and_the_title_over_its_author_heads_the_next():
    parsed = parse(*HEAD, *ESSAY_END, *NOTE_CUT, *NEXT)
    assert [a.headline for a in parsed.articles] == ["读书与实践", "城乡融合发展要处理好“两个关系”"]
    essay, nxt = parsed.articles
    assert essay.paragraphs[-1] == "（作者系东林师范学院哲学系副教授）"
    assert nxt.reporters == ("韦志明",)
    assert nxt.crossheads == ("（一）产业和人口的关系",)


def test_marked_author_under_a_full_width_title_over_an_indented_paragraph():
    title_and_author = ("城乡融合发展要处理好“两个关系”", "□　韦志明", *NEXT[3:])
    parsed = parse(*HEAD, *ESSAY_END, "", *title_and_author)
    assert [a.headline for a in parsed.articles][1:] == ["城乡融合发展要处理好“两个关系”"]
    assert parsed.articles[1].reporters == ("韦志明",)


def test_cut_note_on_a_page_of_whole_paragraphs_ends_its_story():
    parsed = parse(
        "让读书成为习惯",
        "读书贵在坚持。每天读上半小时，一年下来就是一百多个小时，能读完十几本书。",
        "（作者系东林师范学院哲学系",
        "副教授）",
        "",
        "东林图书馆延长开放时间",
        "本报讯（记者 韦志明）东林图书馆从下月起每晚延长开放两小时。",
    )
    assert [a.headline for a in parsed.articles] == ["让读书成为习惯", "东林图书馆延长开放时间"]
    assert parsed.articles[0].paragraphs[-1] == "（作者系东林师范学院哲学系副教授）"


def test_indented_text_line_over_a_name_stays_text():
    # (a paragraph's first line is indented: the name under it is the sentence's next word)
    parsed = parse(
        *HEAD,
        *ESSAY_END,
        "　　参加座谈的还有东林师范学院教授",
        "韦志明",
        "　　座谈会上，大家围绕学用结合的话",
        "题展开了讨论，气氛十分热烈。",
    )
    (article,) = parsed.articles
    assert article.headline == "读书与实践"
    assert article.reporters == ()
