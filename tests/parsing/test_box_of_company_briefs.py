"""A business page's box of company news (``上市公司快讯``, ``公司速递``) whose items each open with
a bullet, then the company's name and its stock code in brackets (``■云帆电气（601234）昨晚公告，…``):
each item is one company's announcement, a headless brief of its own, as an item opened by a
dateline is; the label is the box's, set aside. Near misses: bulleted items without a stock
code stay under their label as one story; a company with its code opening a story's paragraph
without a bullet stays that story's text. Invented companies and codes."""

from tests.parsing.helpers import parse, reasons

STORY = (
    "光伏组件价格企稳",
    "本报记者 贝青 发自临江",
    "　　多家组件企业近日报价显示，主流组件价格已连续三周持平，行业库存有所下降。",
)
ITEMS = (
    "云帆电气（601234）11月6日晚间公告，公司中标一项储能电站设备采购项目，金额1.2亿元。",
    "泓川药业（300988）公告称，公司一款仿制药通过一致性评价。",
    "北辰港务（00876.HK）公告，公司10月集装箱吞吐量同比增长8%。",
)


def test_each_company_item_is_a_headless_story_without_blank_lines():
    parsed = parse(*STORY, "公司速递", *(f"　　■{item}" for item in ITEMS))
    assert [a.headline for a in parsed.articles] == ["光伏组件价格企稳", "", "", ""]
    assert [a.paragraphs for a in parsed.articles[1:]] == [(item,) for item in ITEMS]
    assert reasons(parsed)["公司速递"] == "briefs-label"


def test_each_company_item_is_a_headless_story_with_blank_lines():
    lines = [*STORY, "", "上市公司快讯", ""]
    for item in ITEMS:
        lines += [f"●{item}", ""]
    parsed = parse(*lines)
    assert len(parsed.articles) == 4
    assert parsed.articles[3].paragraphs == (ITEMS[2],)


def test_near_miss_bulleted_items_without_codes_stay_one_story():
    parsed = parse(
        *STORY,
        "",
        "海外速览",
        "",
        "●一家咨询机构预测，明年全球储能装机量将增长三成。",
        "",
        "●一家欧洲车企宣布，将在两座工厂试产固态电池。",
    )
    assert [a.headline for a in parsed.articles] == ["光伏组件价格企稳", "海外速览"]


def test_near_miss_a_company_and_code_in_a_story_paragraph_stays_text():
    parsed = parse(*STORY, f"　　{ITEMS[0]}", f"　　{ITEMS[1]}")
    assert [a.headline for a in parsed.articles] == ["光伏组件价格企稳"]
    assert len(parsed.articles[0].paragraphs) == 3
