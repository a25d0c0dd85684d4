"""Issue 14, fifteenth round (datelines area): a government office's dispatch in brackets, a
digest's translated-article line (【…网站3月1日文章】), and headline-less briefs after a story
from the home agency, the paper's own desk or another agency on another subject."""

from tests.parsing.helpers import decks, parse


def test_a_government_office_dispatch_in_brackets_without_a_date_is_a_dateline():
    parsed = parse(
        "台風外圍環流影響  東部沿海風浪大",
        "〔海洋委員會基隆電〕受颱風外圍環流影響，東部沿海今明兩天風浪偏大，漁船應提早回港避風。",
    )
    (article,) = parsed.articles
    assert article.dateline == "海洋委員會基隆電"
    assert article.paragraphs[0].startswith("〔海洋委員會基隆電〕")


def test_a_bracketed_column_label_ending_in_a_call_is_no_dateline():
    parsed = parse(
        "老旧小区加装电梯难在哪",
        "【热线来电】家住城西的李女士反映，小区加装电梯的方案讨论了一年还没有定下来。",
    )
    (article,) = parsed.articles
    assert article.dateline == ""


def test_a_digest_line_naming_a_foreign_papers_article_and_date_is_its_dateline():
    parsed = parse(
        "北欧小镇的电车回来了",
        "【瑞典《港湾日报》网站4月2日报道】北欧一座小镇时隔四十年重新开通有轨电车。",
        "",
        "编者按：城市交通怎样既方便又安静？本报今天摘登一篇外国杂志的文章。",
        "",
        "慢下来的街道",
        "【德国《城市与人》月刊网站3月28日文章】题：让街道重新属于行人（作者 汉斯·贝克）",
        "",
        "十年前，这条街上每天有上万辆汽车驶过，如今只剩下公交车和自行车。",
    )
    assert [a.headline for a in parsed.articles] == ["北欧小镇的电车回来了", "慢下来的街道"]
    assert parsed.articles[1].dateline == "德国《城市与人》月刊网站3月28日文章"


def test_a_home_agency_brief_on_another_subject_after_its_story_is_a_story_of_its_own():
    parsed = parse(
        "全国春季种子交易会在南湖开幕",
        "新华社南湖3月6日电  全国春季种子交易会6日在南湖开幕，三百多家种业企业参展。",
        "",
        "交易会期间还将举办种业创新论坛，发布一批新品种。",
        "",
        "【新华社青原五日消息】青原草场今春新建的二十座牧民定居点日前全部交付使用，"
        "定居点配有卫生室和小学。",
    )
    assert [a.dateline for a in parsed.articles] == ["新华社南湖3月6日电", "新华社青原五日消息"]
    assert decks(parsed)[1] == ("", "", "")
    assert "dispatch-own-story" in [f.kind for f in parsed.flags]


def test_an_own_desk_brief_sharing_only_common_words_with_an_office_dispatch_is_its_own_story():
    parsed = parse(
        "梅雨季提前到來",
        "〔中央氣象署台北電〕今年梅雨季可能提前到來，氣象署預測，下周起各地降雨機率增加。",
        "",
        "【本報訊】疾管署昨日提醒，梅雨季期間蚊蟲孳生，民眾應注意清除積水容器。",
    )
    assert [a.dateline for a in parsed.articles] == ["中央氣象署台北電", "本報訊"]
    assert decks(parsed)[1] == ("", "", "")


def test_another_agencys_brief_sharing_only_common_words_is_its_own_story():
    parsed = parse(
        "韩国年轻人返乡务农人数增加",
        "【韩联社首尔3月4日电】韩国一项调查显示，去年有一万多名年轻人返乡务农。",
        "",
        "调查机构分析说，农村住房补贴和农业机械化是主要原因。",
        "",
        "【安莎社罗马3月4日电】意大利统计部门说，超过一半的受访者每周至少步行上班一次。",
    )
    assert [a.dateline for a in parsed.articles] == ["韩联社首尔3月4日电", "安莎社罗马3月4日电"]
    assert "dispatch-own-story" in [f.kind for f in parsed.flags]


def test_an_agency_dateline_glued_to_the_end_of_the_last_sentence_is_the_storys_dateline():
    parsed = parse(
        "山区冬储菜供应充足",
        "　　入冬以来，北岭山区各乡镇的冬储白菜和土豆陆续上市，价格比去年同期略有下降。",
        "　　当地商务部门介绍，今年已建成十二个蔬菜周转库，保障山区群众冬季吃菜。（新华社北岭11月2日电）",
        "河谷小学用上了新暖气",
        "新华社河谷电（记者 孟青）河谷小学的三百多名学生今冬第一次在装了暖气的教室里上课。",
    )
    assert [a.dateline for a in parsed.articles] == ["新华社北岭11月2日电", "新华社河谷电"]


def test_a_bracketed_note_glued_to_the_end_of_a_story_is_no_dateline():
    parsed = parse(
        "山区冬储菜供应充足",
        "　　入冬以来，北岭山区各乡镇的冬储白菜和土豆陆续上市，价格比去年同期略有下降。（完）",
    )
    assert parsed.articles[0].dateline == ""


def test_a_bracketed_news_column_of_an_office_is_no_dateline():
    parsed = parse(
        "图书馆延长开放时间",
        "【学习中心快讯】市图书馆自下周起延长开放时间，周末开放到晚上九点。",
    )
    assert parsed.articles[0].dateline == ""
