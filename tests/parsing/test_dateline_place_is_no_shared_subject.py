"""The place a dateline names is where the news came from, not what it is about: two headless
items from the paper's own desk in one city (``本报岚城三月九日讯``, ``本报岚城三月十日电``) both name
the city again in their text, and that alone does not make the second a dispatch of the first
(articles/parsing/dispatches.py, ``subject_shared``). A second item that speaks of the first
one's subject still joins it. Invented places."""

from tests.parsing.helpers import parse


def test_items_sharing_only_their_city_are_two_stories():
    parsed = parse(
        "本报青石四月二日讯 青石县新建的粮库今天验收，可存粮五万斤。",
        "",
        "粮库由县供销社管理。",
        "",
        "本报青石四月三日讯 青石县第一所中学明天开学，招收新生二百人。",
        "",
        "学校设在县城东门外。",
    )
    assert [a.dateline for a in parsed.articles] == ["本报青石四月二日讯", "本报青石四月三日讯"]


def test_the_second_items_place_in_its_dateline_and_text_is_not_counted():
    # the first item names no place in its dateline; the second names 青石 in both
    parsed = parse(
        "　　本報四月二日訊　青石县新建的粮库今天验收，可存粮五万斤。",
        "　　粮库由县供销社管理。",
        "　　本報青石四月三日訊　青石县第一所中学明天开学，招收新生二百人。",
        "　　学校设在县城东门外。",
    )
    assert len(parsed.articles) == 2
    assert [len(a.paragraphs) for a in parsed.articles] == [2, 2]


def test_a_second_dispatch_on_the_same_subject_still_joins_the_story():
    # boundary: 粮库 and 存粮 are the story's own words, not its dateline's
    parsed = parse(
        "本报青石四月二日讯 青石县新建的粮库今天验收，可存粮五万斤。",
        "",
        "粮库由县供销社管理。",
        "",
        "本报青石四月三日电 青石县新建粮库昨天入库存粮两万斤，供销社管理粮库的职工加班。",
        "",
        "入库工作将持续一周。",
    )
    assert len(parsed.articles) == 1
    assert len(parsed.articles[0].paragraphs) == 4
