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
