"""A 1940s border-region paper's page, kinds found on a blind set (holdout35): the masthead's
address line with its price and page count, a couplet kicker over a short headline and a
——subheadline, and a box of △ briefs whose last item prints no dateline."""

from articles.parsing import parse_page

PAGE = """晋　峰　日　报
中共晋峰区党委机关报　　第四一二号
社址：峰城东街　每份边币十五元　本期四版

春耕互助　人人有份
全区变工队普遍建立
——三千余户组成变工组二百多个

【本报峰城十日电】全区各村春耕变工队已普遍建立，共有三千余户参加，组成变工组二百多个。

简　讯

△【本报讯】峰东县纺织合作社本月纺线两千斤，织布八百余匹。

△峰城市面粮价平稳。据市贸易局十日调查：小米每斗边币一千二百元，较上月略有下降。
"""


def test_the_masthead_address_line_with_its_price_and_page_count_is_furniture():
    page = parse_page(PAGE)
    assert ("社址：峰城东街\u3000每份边币十五元\u3000本期四版", "masthead") in [
        (s.text, s.reason) for s in page.set_aside
    ]
    assert "社址" not in page.articles[0].kicker


def test_a_couplet_over_a_short_headline_and_a_dashed_subheadline_is_the_kicker():
    story = parse_page(PAGE).articles[0]
    assert (story.kicker, story.headline, story.subheadline) == (
        "春耕互助 人人有份",
        "全区变工队普遍建立",
        "——三千余户组成变工组二百多个",
    )


def test_the_boxs_next_bulleted_item_without_a_dateline_is_a_brief_of_its_own():
    stories = parse_page(PAGE).articles
    firsts = [s.blocks[0].text[:8] for s in stories]
    assert firsts[-2:] == ["【本报讯】峰东县", "峰城市面粮价平稳"]


def test_a_bulleted_line_inside_a_storys_text_is_no_new_item():
    page = parse_page(
        "全县秋收进度过半\n\n本报讯　全县秋收进度已经过半。各乡镇组织机械抢收，确保颗粒归仓。\n"
        "△各乡镇要抓紧晾晒入库，防止霉变损失，县农业局派出工作组下乡指导。\n"
    )
    assert len(page.articles) == 1


def test_a_short_indented_signature_over_the_next_title_is_no_sign_of_wrapped_paragraphs():
    """A page printing each paragraph on one indented line: ``　　指导老师：陈　红`` ends no sentence
    and the next piece's title under it is unindented, but nothing wrapped there."""
    from articles.parsing.layout import indent_is_signal

    lines = [
        "柳树姐姐梳辫子",
        "　　春风轻轻地吹，柳树姐姐醒来了。她伸了个懒腰，对着小河照镜子，河水映出她长长的头发。",
        "　　小燕子飞来了，落在柳树姐姐的肩膀上，叽叽喳喳地说个不停，好像在夸她今天真漂亮。",
        "　　指导老师：陈　红",
        "我家的小菜园",
        "　　我家阳台上有一个小菜园，是爷爷用泡沫箱搭起来的，里面种着青菜、萝卜和小葱。",
    ]
    assert not indent_is_signal(lines)
    wrapped = [
        "　　春风轻轻地吹，柳树姐姐醒来了。她伸了个懒腰，对着小",
        "河照镜子，河水映出她长长的头发。",
        "　　小燕子飞来了，落在柳树姐姐的肩膀上，叽叽喳喳地说个",
        "不停，好像在夸她今天真漂亮。",
    ]
    assert indent_is_signal(wrapped)


FEATURE = """焊花里的青春

本报记者　庞　飞

　　八月的联合厂房，焊花飞溅，热浪扑面。她已经在这里干了七年，从学徒干到了班长。

“焊缝就是我的脸面”

　　刚进厂时，她每天下班后还留在实训基地练习，一练就是两三个小时，手上磨出了茧。

“一道焊缝也不放过”

　　去年接到出口订单，焊接精度要求更高，她带着班组反复试验，终于摸索出新工艺。

欧阳晓（右）在给新职工讲解焊接要领。　本报记者　庞　飞　摄

“带出一支过硬的队伍”

　　当上班长后，她把更多心思花在带徒弟上，把多年总结的操作要领编成了小册子。
"""


def test_a_quoted_section_head_after_a_picture_inside_a_sectioned_feature_stays_a_crosshead():
    (story,) = parse_page(FEATURE).articles
    heads = [b.text for b in story.blocks if b.kind == "crosshead"]
    assert heads[-1] == "“带出一支过硬的队伍”"


def test_a_plain_headline_after_a_picture_still_starts_a_new_story():
    page = parse_page(FEATURE.replace("“带出一支过硬的队伍”", "新厂区一期工程封顶"))
    assert [s.headline for s in page.articles] == ["焊花里的青春", "新厂区一期工程封顶"]
