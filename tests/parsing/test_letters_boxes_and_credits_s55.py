"""Kinds a blind set (holdout40: a 1980s 侨报 in traditional characters, a 2000s port daily's PDF
layer, a 1960s popular-science OCR page) showed, on pages written for these tests:

- an author's name spaced out under a title ending in 的 (``人造卫星是怎样上天的`` / ``陶 明``) is the
  byline, not the headline's last characters;
- on a page printing no blank line, a section name right under the page's label line
  (``A3`` / ``内河航运``) is the page's section, not the lead's kicker;
- a box's label printed right over its first ▲ title (``鄉訊點滴`` / ``▲沙塘鄉…``) is the box's
  label, not the first brief's kicker;
- a desk's or an office's sign-off in brackets (``(编辑部)``, ``(市科协办公室)``) ends its text
  and credits no reporter;
- a drawing's caption of five characters after ``图:`` with the drawer bracketed at its end is a
  picture;
- a bare credit naming a reporter of the story's byline (``梁國雄攝``) under a one-sentence
  caption is the photo's credit;
- a letter signed ``〔美國三藩市〕譚錫林`` under its title credits the writer; its signature with
  the date under ``敬禮`` ends it;
- a titled Q&A (``僑務政策問答`` / ``問：…``) after a feature of prose sections is a new story.
"""

from __future__ import annotations

from tests.parsing.helpers import parse, reasons


def test_spaced_author_under_a_title_ending_in_de_is_the_byline():
    (article,) = parse(
        "人造卫星是怎样上天的",
        "陶 明",
        "　　一九五七年十月，世界上第一颗人造地",
        "球卫星飞上了天空。从那以后，人们常常问：",
        "人造卫星为什么能够绕着地球转，而不会掉",
        "下来？科学家计算过，如果抛出去的速度达",
        "到每秒钟七点九公里，物体就不会落回地面，",
        "而是绕着地球转圈子了。这个速度叫做第一",
        "宇宙速度。",
    ).articles
    assert (article.headline, article.byline, article.reporters) == (
        "人造卫星是怎样上天的",
        "陶 明",
        ("陶明",),
    )


def test_section_name_under_the_page_label_on_a_page_without_blank_lines():
    parsed = parse(
        "2008年5月13日 星期二 编辑：孙 磊",
        "A3",
        "内河航运",
        "千吨级货船“瘦身”过闸",
        "——长渠航道船型标准化改造见闻",
        "本报记者 邹海涛",
        "　　5月11日上午，一艘刚刚完成改造的千吨级货船缓缓驶入闸室。",
    )
    assert [(a.kicker, a.headline) for a in parsed.articles] == [("", "千吨级货船“瘦身”过闸")]
    assert parsed.metadata.section == "内河航运"


def test_box_label_right_over_its_first_bulleted_title():
    parsed = parse(
        "縣僑聯召開代表大會",
        "　　本報訊　縣僑聯第三屆代表大會昨日開幕，代表一百二十人出席。",
        "",
        "鄉訊點滴",
        "▲沙塘鄉僑屬辦起家庭農場",
        "　　沙塘鄉僑眷一家承包荒坡六十畝，種植柑桔、荔枝。（黃志文）",
        "▲新圩鄉建成僑屬託兒所",
        "　　新圩鄉僑屬託兒所日前建成開園，可收托幼兒八十名。",
    )
    assert [(a.kicker, a.headline) for a in parsed.articles] == [
        ("", "縣僑聯召開代表大會"),
        ("", "沙塘鄉僑屬辦起家庭農場"),
        ("", "新圩鄉建成僑屬託兒所"),
    ]
    assert reasons(parsed)["鄉訊點滴"] == "box-label"


def test_desk_or_office_sign_off_ends_its_text_and_credits_no_one():
    parsed = parse(
        "雷雨后空气为什么特别清新",
        "　　答：雷雨时空气中的一部分氧变成了臭氧，所以人们觉得空气特别清新。",
        "　　(编辑部)",
        "科学家的故事",
        "李时珍上山采药",
        "　　李时珍是我国明朝伟大的医药学家。",
    )
    assert [a.title_lines for a in parsed.articles] == [
        ("雷雨后空气为什么特别清新",),
        ("科学家的故事", "李时珍上山采药"),
    ]
    assert parsed.articles[0].paragraphs[-1] == "(编辑部)"
    assert parsed.articles[0].reporters == ()
    (article,) = parse(
        "市科协举办农村科普讲座",
        "　　本报讯 市科协本月在十个公社举办了农村科普讲座。",
        "(市科协办公室)",
    ).articles
    assert (article.byline, article.reporters) == ("", ())


def test_short_marked_drawing_caption_with_its_drawer_is_a_picture():
    parsed = parse(
        "怎样防治稻螟",
        "　　施用农药时，要注意安全，喷完药要用肥皂洗手洗脸。",
        "图:三化螟成虫(放大)(钱宗元绘)",
        "读者问答",
        "雷雨后空气为什么特别清新",
        "　　问：每次下过雷雨以后，总觉得空气特别清新，这是什么道理?",
    )
    assert [(p.caption, p.credit_line) for p in parsed.photos] == [
        ("三化螟成虫(放大)", "(钱宗元绘)")
    ]
    assert parsed.articles[1].title_lines == ("读者问答", "雷雨后空气为什么特别清新")


def test_bare_credit_naming_the_storys_reporter_under_a_caption():
    parsed = parse(
        "僑眷陳三嬸蓋起了新屋",
        "本報記者　伍錦棠　通訊員　梁國雄",
        "　　走進石龍鄉大塘村，遠遠就看見一座新蓋的兩層樓房。",
        "一封信",
        "　　陳三嬸今年六十三歲，丈夫早年去了秘魯。",
        "陳三嬸在新屋門前曬穀。",
        "梁國雄攝",
        "一條心",
        "　　新屋蓋好以後，陳三嬸把樓下騰出來辦了託兒組。",
    )
    assert [(p.caption, p.credit_line) for p in parsed.photos] == [
        ("陳三嬸在新屋門前曬穀。", "梁國雄攝")
    ]
    assert parsed.photos[0].photographers == ("梁國雄",)
    assert "梁國雄攝" not in [a.headline for a in parsed.articles]


def test_letter_signed_with_its_writers_place_and_dated_signature():
    parsed = parse(
        "金山來信",
        "六十年後回鄉記",
        "〔美國三藩市〕譚錫林",
        "　　編輯先生：",
        "　　我今年七十六歲，十六歲那年跟着叔父坐大船去了美國。",
        "　　此致",
        "敬禮",
        "　　　　　　　　譚錫林　一九八五年九月二十日於三藩市",
        "",
        "僑眷陳三嬸蓋起了新屋",
        "本報記者　伍錦棠",
        "　　走進石龍鄉大塘村，遠遠就看見一座新蓋的兩層樓房。",
    )
    assert [(a.headline, a.subheadline, a.reporters) for a in parsed.articles] == [
        ("六十年後回鄉記", "", ("譚錫林",)),
        ("僑眷陳三嬸蓋起了新屋", "", ("伍錦棠",)),
    ]


def test_titled_questions_after_a_feature_of_sections_are_a_story_of_their_own():
    parsed = parse(
        "僑眷陳三嬸蓋起了新屋",
        "　　走進石龍鄉大塘村，遠遠就看見一座新蓋的兩層樓房。",
        "　　樓房門口坐着一位老人，她就是陳三嬸。",
        "一封信",
        "　　陳三嬸今年六十三歲，丈夫早年去了秘魯。",
        "　　五十年來，她一個人撐起了這個家。",
        "一條心",
        "　　新屋蓋好以後，陳三嬸把樓下騰出來辦了託兒組。",
        "　　村裏的孩子都喜歡到她家來玩。",
        "",
        "僑務政策問答",
        "問：僑眷收到的僑匯，是否要上繳或登記？",
        "答：國家保護僑匯，僑匯歸僑眷所有。",
        "（縣僑辦供稿）",
    )
    assert [a.headline for a in parsed.articles] == ["僑眷陳三嬸蓋起了新屋", "僑務政策問答"]
    assert parsed.articles[0].crossheads == ("一封信", "一條心")
