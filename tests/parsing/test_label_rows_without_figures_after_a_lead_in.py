"""Rows of a label and its value, no figure in them, under a paragraph that announces them
(``活动安排如下：``, ``报名方式：``) stay in the story as its rows (pages of my own).

INPUT.md, "Headlines": lead-in lines ending in ``如下：`` are no new article; what they announce
is the story's. ``时间：…`` / ``地点：市民广场`` / ``主办：市文明办`` is a list, not a deck.
"""

from tests.parsing.helpers import decks, parse

LEAD = "本报讯（记者 钱立）市文明办将举办志愿服务集中活动，活动安排如下："
NEXT = ("", "我市新建三座口袋公园", "本报讯（记者 王明）城东新建的三座口袋公园昨天向市民开放。")


def texts(article) -> list[str]:
    return [block.text for block in article.blocks]


def test_time_place_and_host_rows_after_a_lead_in_stay_in_the_notice():
    rows = ("时间：7月10日上午9时", "地点：市民广场", "主办：市文明办")
    parsed = parse("志愿服务集中活动举行", "", LEAD, *rows, "欢迎市民踊跃参加。")
    assert len(parsed.articles) == 1
    assert texts(parsed.articles[0]) == [LEAD, *rows, "欢迎市民踊跃参加。"]


def test_rows_without_any_figure_after_a_lead_in_over_the_next_story_stay_in_the_notice():
    rows = ("地点:市民广场", "主办:市文明办", "承办:各区文明办")
    parsed = parse("志愿服务集中活动举行", "", LEAD, *rows, *NEXT)
    assert decks(parsed) == [("", "志愿服务集中活动举行", ""), ("", "我市新建三座口袋公园", "")]
    assert texts(parsed.articles[0])[1:] == list(rows)


def test_sign_up_rows_after_baoming_fangshi_stay_in_the_story():
    lead = "本報訊（記者 錢立）市圖書館暑期公益課堂開始報名。報名方式："
    rows = ("報名地點：各社區服務中心", "報名電話：0513-85512345", "聯繫人：張老師")
    parsed = parse("暑期公益課堂開始報名", "", lead, *rows, *NEXT)
    assert [a.headline for a in parsed.articles] == ["暑期公益課堂開始報名", "我市新建三座口袋公园"]
    assert texts(parsed.articles[0]) == [lead, *rows]


def test_a_lead_in_over_an_interview_s_question_lines_keeps_them_the_story_s_text():
    parsed = parse(
        "志愿服务集中活动举行",
        "",
        "本报讯（记者 钱立）记者就活动安排采访了市文明办负责人：",
        "问：活动在哪里举行",
        "答：市民广场",
        "问：谁来主办",
    )
    assert len(parsed.articles) == 1
    assert "".join(texts(parsed.articles[0])[1:]) == "问：活动在哪里举行答：市民广场问：谁来主办"
