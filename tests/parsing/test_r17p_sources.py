"""Issue 14, seventeenth round (datelines, photos, reporters): a digest's source line naming a
periodical's issue, a foreign agency's tag closing its story, captions ending in a slashed
photographer's credit or an agency's picture, a byline with the place it was filed from, names
parted by a space run, a compound surname with a spaced one-character name, and a letter signed
with the writer's town or works."""

from articles.parsing.names import looks_like_signature, parse_names
from tests.parsing.helpers import decks, only_article, parse


def test_a_digest_line_naming_a_periodicals_issue_is_its_dateline():
    parsed = parse(
        "北欧渔业面临转型",
        "【挪威《峡湾经济》周刊5月6日一期文章】北欧沿海渔村的年轻人越来越少，渔船也在逐年减少。",
        "",
        "山地旅游成了新的饭碗",
        "【瑞士《高原》月刊6月号文章】阿尔卑斯山区的几个村庄把旧牧场改成了徒步营地。",
    )
    assert [a.dateline for a in parsed.articles] == [
        "挪威《峡湾经济》周刊5月6日一期文章",
        "瑞士《高原》月刊6月号文章",
    ]
    assert [a.headline for a in parsed.articles] == ["北欧渔业面临转型", "山地旅游成了新的饭碗"]


def test_a_foreign_agencys_tag_closing_a_story_is_its_dateline_and_stays_in_the_text():
    parsed = parse(
        "加拿大港口工人结束罢工",
        "温哥华港的装卸工人12日结束了为期一周的罢工，港口将在两天内恢复正常作业。(AP)",
        "",
        "澳洲央行暂停加息",
        "澳大利亚储备银行13日决定维持现金利率不变，称通胀回落的速度符合预期。(路透)",
        "",
        "本地社区开办冬令营",
        "社区中心下月起开办为期两周的冬令营，报名截至本月底。（梅卉）",
    )
    assert [a.dateline for a in parsed.articles] == ["AP", "路透", ""]
    assert parsed.articles[0].paragraphs[-1].endswith("(AP)")
    assert parsed.articles[2].reporters == ("梅卉",)


def test_captions_ending_in_a_slashed_photographer_or_an_agency_picture_are_photos():
    parsed = parse(
        "市立公园新建儿童乐园",
        "記者王美玲／多倫多報導",
        "市立公园内的儿童乐园13日正式开放，园内设有攀爬架、沙池和水上游戏区。",
        "",
        "■小朋友在新建的儿童乐园里玩滑梯。（記者王美玲／攝影）",
        "",
        "欧洲多地遭遇寒潮",
        "欧洲中部多国13日迎来入冬以来最强寒潮，部分地区气温降至零下二十度。(法新社)",
        "",
        "■寒潮中，欧洲中部一座城市的行人在积雪的街道上行走。（AFP圖片）",
    )
    assert [p.caption for p in parsed.photos] == [
        "小朋友在新建的儿童乐园里玩滑梯。",
        "寒潮中，欧洲中部一座城市的行人在积雪的街道上行走。",
    ]
    assert parsed.photos[0].photographers == ("王美玲",)
    assert [p.article_position for p in parsed.photos] == [a.position for a in parsed.articles]
    assert all("■" not in a.text for a in parsed.articles)


def test_a_byline_with_the_place_it_was_filed_from_is_no_subheadline():
    article = only_article(
        "社区图书馆延长开放时间",
        "記者陳志明／溫哥華報導",
        "列治文社区图书馆从下月起每天延长开放两小时，周末也将全天开放。",
    )
    assert decks_of(article) == ("", "社区图书馆延长开放时间", "")
    assert article.reporters == ("陳志明",)


def decks_of(article) -> tuple[str, str, str]:
    return (article.kicker, article.headline, article.subheadline)


def test_the_last_name_of_a_byline_ending_its_line_is_not_lost_in_the_joined_text():
    article = only_article(
        "山区小镇的茶叶走向世界",
        "",
        "新华社青川5月8日电  新华社记者方晓  鲁一鸣",
        "走进青川县的茶园，满山的茶树正吐出新芽，采茶工人在山坡上忙个不停。",
    )
    assert article.reporters == ("方晓", "鲁一鸣")


def test_a_byline_parted_from_its_text_by_a_gap_does_not_take_the_texts_first_word():
    article = only_article(
        "夏粮收购全面展开",
        "本报讯  记者 王芳  今天上午，全县夏粮收购工作全面展开，各收购点秩序井然。",
    )
    assert article.reporters == ("王芳",)


def test_a_compound_surname_with_a_spaced_one_character_name_is_one_name():
    assert parse_names("欧阳  岚") == ("欧阳岚",)
    assert parse_names("本报记者 司马  川 王芳") == ("司马川", "王芳")
    assert parse_names("彭  波") == ("彭波",)


def test_a_letter_signed_with_the_writers_town_names_only_the_writer():
    assert parse_names("东湖市　李建华") == ("李建华",)
    assert parse_names("红光机械厂  赵  平") == ("赵平",)
    assert looks_like_signature("红光机械厂  赵  平")
    parsed = parse(
        "来  信",
        "路灯坏了没人修",
        "",
        "编辑同志：我家门口的三盏路灯坏了快一个月，晚上走路很不方便，希望有关部门尽快修好。",
        "红光机械厂  赵  平",
        "",
        "努力增产  厉行节约",
    )
    assert parsed.articles[0].reporters == ("赵平",)
    assert decks(parsed)[0][1] == "路灯坏了没人修"
