"""A paragraph's wrapped tail (a word or two ending its sentence) under short lines read as
heading lines: the lines and the tail are one paragraph, never a headline or a crosshead over a
scrap (INPUT.md, "Encoding and layout": a short line is not a headline because it is short)."""

from tests.parsing.helpers import only_article, parse


def test_an_indented_paragraph_wrapping_its_last_word_stays_one_paragraph_over_the_next_story():
    parsed = parse(
        "社区食堂开张",
        "　　本报讯（记者赵静）城南社区食堂昨天开张，首日接待老人两百余人次。",
        "　　街道负责人表示，下一步将在全街道推广社区食堂这种",
        "模式。",
        "",
        "夜市重新开放",
        "　　本报讯（记者孙涛）城西夜市经过三个月整修，昨晚重新开放。",
    )
    assert [a.headline for a in parsed.articles] == ["社区食堂开张", "夜市重新开放"]
    assert [(b.kind, b.text) for b in parsed.articles[0].blocks][-1] == (
        "paragraph",
        "街道负责人表示，下一步将在全街道推广社区食堂这种模式。",
    )


def test_a_paragraph_in_column_lines_inside_a_story_is_its_text():
    parsed = parse(
        "河道清淤完工",
        "本报讯（记者周平）城北河道",
        "清淤工程昨日完工。",
        "市民李女士高兴地",
        "表示，河水终于变清",
        "澈了。",
        "河道管理处表示，今后",
        "将定期清淤。",
        "菜场改造启动",
        "本报讯（记者吴凡）城中菜场",
        "改造工程昨日启动。",
    )
    assert [a.headline for a in parsed.articles] == ["河道清淤完工", "菜场改造启动"]
    assert [b.text for b in parsed.articles[0].blocks][1:] == [
        "市民李女士高兴地表示，河水终于变清澈了。",
        "河道管理处表示，今后将定期清淤。",
    ]


def test_a_short_crosshead_in_a_cut_column_over_a_short_first_line_stays_a_crosshead():
    story = only_article(
        "古镇修缮完工",
        "本报讯（记者周平）历时两年的",
        "古镇修缮工程近日完工，老街",
        "两侧的四十多栋民居重新开门迎",
        "客。",
        "",
        "青石板路的老故事",
        "说不完。",
        "",
        "修缮后的民居保留了原有的木结",
        "构和青石板路，游客络绎不绝。",
    )
    assert story.crossheads == ("青石板路的老故事",)
    assert "说不完。" in story.paragraphs


def test_a_crosshead_with_a_comma_over_a_short_paragraph_stays_a_crosshead():
    story = only_article(
        "老街上的修表铺",
        "本报讯（记者王刚）在城南老街的拐角处，有一间不足十平方米的修表铺，店主陈师傅已经在这里守了大半辈子。",
        "",
        "守得住清贫，耐得住寂寞",
        "几十年。",
        "",
        "从爷爷到孙子，陈家三代人先后在这间铺子里修过上万块手表，街坊们的老物件都在这里重新走动起来。",
    )
    assert story.crossheads == ("守得住清贫，耐得住寂寞",)
    assert "几十年。" in story.paragraphs
