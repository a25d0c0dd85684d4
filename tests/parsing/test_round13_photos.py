"""Issue 14, thirteenth round (photos area): credit forms (記者某某／攝影, an agency after a
caption saying where the picture was taken), a photo story's numbered captions, a caption
opening with its source over a credit line, names ending in 文, places, units and staff roles
in bylines, and linking a photo to its story."""

from articles.parsing.names import parse_names
from tests.parsing.helpers import parse


def test_a_taiwan_slash_credit_under_a_caption_is_a_credit_not_a_deck_line():
    parsed = parse(
        "老街修復完工",
        "",
        "【記者鄧若萱／溪口報導】溪口鎮公所昨天宣布，老街騎樓修復工程完工。",
        "",
        "昨天上午溪口老街騎樓下，工匠為木樑刷上最後一道桐油。",
        "記者龔柏翰／攝影",
        "",
        "漁港冷凍廠擴建",
        "",
        "【記者曾詠晴／南灣報導】南灣區漁會昨天表示，漁港冷凍廠擴建案已通過審查。",
    )
    assert [a.headline for a in parsed.articles] == ["老街修復完工", "漁港冷凍廠擴建"]
    assert parsed.articles[1].kicker == ""
    (photo,) = parsed.photos
    assert photo.credit_line == "記者龔柏翰／攝影"
    assert photo.photographers == ("龔柏翰",)
    assert photo.caption.startswith("昨天上午溪口老街")


def test_an_agency_in_brackets_after_a_caption_saying_where_it_was_taken_is_its_credit():
    parsed = parse(
        "漁港冷凍廠擴建",
        "",
        "【記者曾詠晴／南灣報導】南灣區漁會昨天表示，漁港冷凍廠擴建案已通過審查。",
        "",
        "這是11月1日在北歐一處峽灣拍攝的鮭魚養殖網箱。（合眾社）",
    )
    assert len(parsed.articles) == 1
    (photo,) = parsed.photos
    assert photo.credit_line == "（合眾社）"
    assert photo.caption == "這是11月1日在北歐一處峽灣拍攝的鮭魚養殖網箱。"


def test_an_agency_in_brackets_after_a_story_sentence_stays_text():
    parsed = parse(
        "峡湾渔业减产",
        "",
        "据报道，北欧多国今年鲑鱼产量下降，渔民收入减少，当地政府正研究补贴办法。（合众社）",
    )
    assert parsed.photos == ()
    assert len(parsed.articles) == 1


def test_numbered_captions_after_a_photo_story_by_its_author_are_its_photos():
    parsed = parse(
        "凌晨四点的蔬菜批发市场",
        "",
        "本报记者　骆　岚　文/图",
        "",
        "凌晨四点，城北蔬菜批发市场早已人声鼎沸，菜农和批发商在灯下讨价还价。",
        "",
        "①凌晨三点半，第一批送菜的货车驶进市场。",
        "",
        "②商户在摊位前分拣刚到的青菜。",
        "",
        "老茶厂变身文创园",
        "",
        "本报讯（记者　华　彤）停产十多年的桐江老茶厂经过改造，日前对外开放。",
    )
    assert len(parsed.articles) == 2
    story = parsed.articles[0]
    assert story.paragraphs == (
        "凌晨四点，城北蔬菜批发市场早已人声鼎沸，菜农和批发商在灯下讨价还价。",
    )
    assert [p.caption for p in parsed.photos] == [
        "①凌晨三点半，第一批送菜的货车驶进市场。",
        "②商户在摊位前分拣刚到的青菜。",
    ]
    assert all(p.credit_line == "" for p in parsed.photos)
    assert {p.article_position for p in parsed.photos} == {story.position}


def test_a_numbered_list_in_a_story_without_a_pictures_byline_stays_text():
    parsed = parse(
        "村里定下三条规矩",
        "",
        "本报记者　骆　岚",
        "",
        "村民大会昨天通过了新的村规民约，主要有三条。",
        "",
        "①红白喜事不大操大办。",
        "",
        "②垃圾分类投放。",
    )
    assert parsed.photos == ()
    assert len(parsed.articles[0].paragraphs) == 3


def test_a_caption_opening_with_its_source_over_a_credit_line_keeps_both():
    parsed = parse(
        "老茶厂变身文创园",
        "",
        "本报讯（记者　华　彤）停产十多年的桐江老茶厂经过改造，日前作为文创园区对外开放。",
        "",
        "（资料照片）上世纪八十年代，茶厂女工在车间里拣茶。",
        "本报资料图",
    )
    (photo,) = parsed.photos
    assert photo.caption == "（资料照片）上世纪八十年代，茶厂女工在车间里拣茶。"
    assert photo.credit_line == "本报资料图"
    assert parsed.articles[0].paragraphs[0].startswith("本报讯")


def test_a_bracketed_credit_naming_a_unit_and_a_spaced_name_closes_its_caption():
    parsed = parse(
        "湿地来了白琵鹭",
        "",
        "本报讯　今年夏天，桐江湿地监测到的白琵鹭数量比往年多。",
        "",
        "8月17日，桐江湿地的浅滩上，几只白琵鹭在水中觅食。（图/湿地保护站　费　淼）",
    )
    (photo,) = parsed.photos
    assert photo.credit_line == "（图/湿地保护站　费　淼）"
    assert photo.photographers == ("费淼",)


def test_a_name_ending_in_wen_keeps_it_and_wen_set_off_is_the_role_word():
    assert parse_names("记者 邵雅文") == ("邵雅文",)
    assert parse_names("记者邵雅文") == ("邵雅文",)
    assert parse_names("本报记者　卓　远　文") == ("卓远",)
    assert parse_names("邵雅文 文") == ("邵雅文",)
    assert parse_names("记者 柯文") == ("柯文",)


def test_a_spaced_name_with_she_glued_loses_only_she():
    assert parse_names("（本报记者　凤　川摄）") == ("凤川",)
    assert parse_names("记者张三摄") == ("张三",)


def test_places_units_postings_and_staff_roles_are_no_reporters():
    assert parse_names("石门坎村  鲁长贵") == ("鲁长贵",)
    assert parse_names("红星大队社员　柴玉兰") == ("柴玉兰",)
    assert parse_names("本报特派记者 詹  朗 发自白沙乡") == ("詹朗",)
    assert parse_names("王  木  根 责任编辑  甘秀珍") == ("王木根", "甘秀珍")
    assert parse_names("图/湿地保护站　费　淼") == ("费淼",)


def test_the_page_staff_line_under_the_last_story_is_not_its_byline():
    parsed = parse(
        "山  路",
        "",
        "欧  阳  青",
        "",
        "小时候上学要走十里山路，天不亮就打着火把出门。",
        "",
        "那条老山路我还常去走走，路边的野花和三十年前一样开得热闹。",
        "",
        "责任编辑  甘秀珍",
    )
    (article,) = parsed.articles
    assert article.reporters == ("欧阳青",)


def test_a_caption_sharing_two_words_above_and_one_chance_word_below_goes_above():
    parsed = parse(
        "旧船坞改建滨海步道",
        "",
        "本报讯（记者　庞　溪）废弃多年的船坞将改建为滨海步道，沿线保留三座老吊车作为景观。",
        "",
        "住建局表示，步道将与附近的公交站相连。",
        "",
        "清晨，施工队员在海边测量一台老吊车底座，附近不少市民驻足观看。（本报记者　凤　川摄）",
        "",
        "夜间诊室延长服务",
        "",
        "本报讯（记者　凌　悦）市第二医院儿科夜间诊室延长服务，附近居民可先拨打热线。",
    )
    (photo,) = parsed.photos
    assert photo.article_position == parsed.articles[0].position


def test_a_picture_after_the_last_story_goes_with_the_story_it_speaks_of():
    parsed = parse(
        "旧船坞改建滨海步道",
        "",
        "本报讯（记者　庞　溪）市住建局昨日公布旧船坞改造方案，废弃多年的船坞将改建为滨海步道。",
        "",
        "本地樱桃上市",
        "",
        "本报讯　今年本地樱桃比往年早熟一周，昨天起陆续上市，甜度比去年高。",
        "",
        "这是5月18日在旧船坞拍摄的即将改建为滨海步道的码头岸线。（东方社）",
    )
    (photo,) = parsed.photos
    assert photo.article_position == parsed.articles[0].position


def test_a_two_character_name_ending_in_wen_spaced_out_keeps_its_wen():
    assert parse_names("记者 窦海明 通讯员 闵  文") == ("窦海明", "闵文")
    assert parse_names("本报记者　卓　远　文") == ("卓远",)


def test_a_bracketed_sign_off_line_with_a_name_spaced_character_by_character_names_the_reporter():
    parsed = parse(
        "青石大队积肥忙",
        "",
        "本报讯　青石大队社员趁春耕前的农闲，半个月积肥两万多担，比去年同期多一倍。",
        "",
        "（通讯员 龚 长 顺）",
        "",
        "河湾公社修好三座小水库",
        "",
        "本报讯（记者 窦海明）河湾公社修好了三座小水库，可以灌溉农田一千四百多亩。",
    )
    assert [a.headline for a in parsed.articles] == ["青石大队积肥忙", "河湾公社修好三座小水库"]
    assert parsed.articles[0].reporters == ("龚长顺",)
    assert parsed.articles[1].kicker == ""


def test_a_contributor_in_brackets_closing_the_text_as_its_last_paragraph_is_the_reporter():
    parsed = parse(
        "红旗大队改良土壤",
        "本报讯 红旗大队",
        "社员坚持三年深翻",
        "改土，今年小麦平",
        "均亩产提高两成。",
        "（通讯员 龚 长 顺）",
    )
    assert parsed.articles[0].reporters == ("龚长顺",)


def test_an_illustrators_credit_under_the_last_story_is_not_its_reporter():
    parsed = parse(
        "在旧书里遇见故人",
        "",
        "陈  默",
        "",
        "前些天整理书架，从一本旧书里翻出一张泛黄的借书卡。",
        "",
        "书是人和人之间最安静的信物。",
        "",
        "插图  周晓鹿",
    )
    assert parsed.articles[0].reporters == ("陈默",)


def test_a_caption_pointing_at_its_picture_cut_over_two_ocr_lines_is_whole():
    parsed = parse(
        "河湾公社修渠引水",
        "",
        "本報訊　河湾公社社员连日修渠，新渠长三里，可灌田八百亩。",
        "",
        "圖為河湾公社第三生產隊社員",
        "在渠首砌石護坡。",
        "本報記者  莫  川攝",
    )
    assert [(p.caption, p.credit_line) for p in parsed.photos] == [
        ("圖為河湾公社第三生產隊社員在渠首砌石護坡。", "本報記者  莫  川攝")
    ]
    assert [a.headline for a in parsed.articles] == ["河湾公社修渠引水"]
