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
        "",
        "公社办起农具修配站",
        "为了支援夏收，公社最近办起了农具修配站，已修好镰刀、木锨等农具两千多件。（东风公社）",
    )
    assert [a.dateline for a in parsed.articles] == ["AP", "路透", "", ""]
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


def test_a_reporters_picture_goes_with_their_story_when_its_caption_speaks_of_it_most():
    parsed = parse(
        "河谷里建起风电场",
        "",
        "新华社青川5月8日电  新华社记者方晓",
        "青川县河谷里的二十台风电机组日前全部并网发电，当地一家风电设备厂也随之扩建了总装车间。",
        "",
        "厂里的老师傅说，过去厂子只修拖拉机，如今能装配风电机组的整机。",
        "",
        "编后",
        "",
        "转型需要耐心",
        "",
        "一座小城的转型，不会一蹴而就，需要一代人的坚持。",
        "",
        "5月6日，工人在青川县风电设备厂的总装车间内装配机组。",
        "新华社记者  方晓摄",
        "",
        "老钳工带出新徒弟",
        "",
        "新华社北京5月8日电（记者 鲁平）在一家风电设备厂的车间里，老钳工正手把手地教徒弟。",
    )
    (photo,) = parsed.photos
    assert photo.article_position == parsed.articles[0].position


def test_a_caption_closing_a_storys_block_stays_with_it_despite_a_word_shared_with_the_next():
    parsed = parse(
        "入伏首日气温创新高",
        "本报讯（记者 何平）今天入伏，全市最高气温达到三十九度，为今年以来最高。",
        "气象台提醒，高温天气将持续一周，市民应减少午后户外活动。",
        "昨天傍晚，孩子们在湖边公园的喷泉旁玩水消暑。（记者 林  可 摄）",
        "",
        "城南公园新开三个入口",
        "本报讯（记者 邓琳）城南公园昨天新开三个入口，附近居民进出公园更方便了。",
        "公园管理处说，新入口旁还设了自行车停放点。",
    )
    (photo,) = parsed.photos
    assert photo.article_position == parsed.articles[0].position


def test_deck_lines_run_into_a_dated_caption_on_a_page_of_short_lines_stay_a_deck():
    parsed = parse(
        "全县早稻收割过半",
        "本报讯（记者 韩冬）连日",
        "来，全县各乡镇抢抓晴好",
        "天气收割早稻，目前已收",
        "割过半。县农业农村局",
        "组织农机手跨村作业，每",
        "天投入收割机三百多台，",
        "机收率比去年提高一成，",
        "（下转2版）",
        "今年以来，我县在全部行政村",
        "推广垃圾分类，村里的小路",
        "干净了，房前屋后种满花",
        "草。不少村民说，现在回",
        "到村里就像走进了公园。",
        "县住建局负责人表示，下",
        "一步将推进厕所改造。",
        "家家门前有花草",
        "我县乡村面貌焕然一新",
        "7月8日，东坪镇的农机手驾驶收割机收割早稻。",
        "记者 韩冬 摄",
        "县医院开通夜间门诊",
        "本报讯（记者 罗敏）县人",
        "民医院从本月起开通夜间",
        "门诊，方便上班族就医。",
    )
    (photo,) = parsed.photos
    assert photo.caption == "7月8日，东坪镇的农机手驾驶收割机收割早稻。"
    assert photo.article_position == parsed.articles[0].position
    lines = [line for a in parsed.articles for line in a.title_lines]
    assert "家家门前有花草" in lines and "我县乡村面貌焕然一新" in lines


def test_a_text_line_printed_apart_from_a_dated_caption_is_never_made_a_deck():
    parsed = parse(
        "A8　　　　　　　体育　　　　　　　江城日报",
        "",
        "市运会女排决赛",
        "三局横扫　江城队夺冠",
        "本报讯（记者　方一鸣）昨晚，市运会女排决赛在市体育馆进行，江城队以3:0击败东湖队。",
        "",
        "本场比赛，江城队主攻手周小燕全场得到21分，其中第三局独得9分。",
        "",
        "各节比分：21:18　19:22　23:20　25:16",
        "",
        "9月1日，江城队主攻手周小燕在比赛中扣球。",
        "本报记者　龙　飞摄",
        "",
        "全民健身日城市定向赛开始报名",
        "",
        "本报讯（记者　郝佳宁）记者昨日从市体育局获悉，今年全民健身日定向赛即日起接受报名。",
    )
    titles = [line for a in parsed.articles for line in a.title_lines]
    assert not any(line.startswith("各节比分") for line in titles)
    assert titles[-1] == "全民健身日城市定向赛开始报名"
