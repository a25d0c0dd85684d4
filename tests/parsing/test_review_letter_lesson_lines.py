"""Lines inside an item that look like deck lines: a review's credits block (``编剧：…　导演：…`` /
``主演：…`` / ``…摄制``) under the critic's name, a lesson's ``生字：…`` line at an item's end, an
indented rhyme right under its title; and the items that follow them: a letter-spaced notice
title (``启　事``), a notice sought by what is lost (``寻车启事``), a letter signed over the desk's
``编者：`` reply. Near misses: a crosshead holding 启事 inside a story, a ``主演`` sentence in a
story's text, a poem whose title line is indented like its lines. Invented papers and people."""

from articles.parsing.filmcredits import credits_line
from articles.parsing.notices import notice_title
from tests.parsing.helpers import decks, parse


def test_a_reviews_credits_block_is_its_text_and_the_critic_its_byline():
    parsed = parse(
        "影评",
        "一条小河流过心田",
        "——看影片《河边的春天》",
        "沈　舟",
        "　　编剧：吕文海　导演：唐一鸣　摄影：齐光",
        "　　主演：方晓　韩冰",
        "　　江东电影制片厂1982年摄制",
        "　　这部影片讲的是一个小镇的故事。镜头不多，却处处动人。",
    )
    assert decks(parsed) == [("影评", "一条小河流过心田", "——看影片《河边的春天》")]
    story = parsed.articles[0]
    assert story.reporters == ("沈舟",)
    assert [b.text for b in story.blocks][:3] == [
        "编剧：吕文海　导演：唐一鸣　摄影：齐光",
        "主演：方晓　韩冰",
        "江东电影制片厂1982年摄制",
    ]


def test_near_miss_a_sentence_about_the_cast_is_no_credits_line():
    lines = ["主演：方晓在片中演一位老教师，她说这个角色很难演。"]
    assert not credits_line(lines, 1, lines[0])
    assert credits_line(["导演：唐一鸣　编剧：吕文海"], 1, "导演：唐一鸣　编剧：吕文海")


def test_a_lessons_new_characters_line_ends_its_item_not_heads_the_next():
    parsed = parse(
        "南湾社怎样办冬学",
        "",
        "　　南湾社冬学办得好，主要靠干部带头。",
        "",
        "生字：冬学（dōngxué）　干部（gànbù）",
        "",
        "读者来信",
        "我能看报了",
        "",
        "编辑同志：我今年五十岁，过去不识字，现在能看报了。",
    )
    assert [d[1] for d in decks(parsed)] == ["南湾社怎样办冬学", "我能看报了"]
    assert parsed.articles[0].blocks[-1].text.startswith("生字：")
    assert decks(parsed)[1][0] == "读者来信"


def test_an_indented_rhyme_under_its_title_is_its_text():
    parsed = parse(
        "拍手歌",
        "　　你拍一　我拍一",
        "　　天天学字不偷懒",
        "　　你拍二　我拍二",
        "　　学会写信不求人",
        "（西村小学　林　岚）",
        "夜校招生通知",
        "　　各生产队：夜校下月起招收第二期学员，请各队报送名单。",
    )
    assert [a.headline for a in parsed.articles] == ["拍手歌", "夜校招生通知"]
    rhyme = parsed.articles[0]
    assert [b.text for b in rhyme.blocks][:4] == [
        "你拍一　我拍一",
        "天天学字不偷懒",
        "你拍二　我拍二",
        "学会写信不求人",
    ]
    assert rhyme.reporters == ("林岚",)


def test_a_letter_spaced_notice_title_after_a_letter_is_an_item_of_its_own():
    parsed = parse(
        "读者来信",
        "",
        "公园的长椅该添了",
        "",
        "编辑同志：",
        "",
        "我常去滨河公园散步，园里长椅太少，老人走累了没处歇脚。",
        "",
        "东街居民　钱国安",
        "",
        "编者：来信已转公园管理处，管理处答应月内添置二十张。",
        "",
        "启　事",
        "",
        "本馆定于下月起延长开放时间，每晚开放到九点。",
    )
    assert [a.headline for a in parsed.articles] == ["公园的长椅该添了", "启 事"]
    assert parsed.articles[0].reporters == ("钱国安",)
    assert parsed.articles[0].blocks[-1].text.startswith("编者：")


def test_notice_titles_letter_spaced_or_naming_what_is_sought():
    assert notice_title("启　事")
    assert notice_title("更 正")
    assert notice_title("寻车启事")
    assert not notice_title("厂方发表声明")  # (a crosshead holding the word)
