"""Closing-credit forms read where else they are printed: an office's 供稿 (no one credited), a
news site alone after a story (its source), numbered captions with a credit of their own among
them (the story's pictures), and a credit line right under the headline (the byline)."""

import pytest

from tests.parsing.helpers import decks, only_article, parse

_NEXT_STORY = (
    "",
    "夜校报名火爆",
    "",
    "本报讯（记者李华）今年秋季市民夜校昨日开放报名，两小时内名额全部报满。",
)


@pytest.mark.parametrize("office", ["金融办", "卫健委", "司法所"])
def test_an_office_supplying_the_story_credits_no_one(office):
    parsed = parse(
        "老旧小区改造惠及万户",
        "",
        "今年全市改造老旧小区三十二个，惠及居民一万余户，加装电梯四十部。",
        "",
        f"（{office} 供稿）",
        *_NEXT_STORY,
    )
    assert [a.headline for a in parsed.articles] == ["老旧小区改造惠及万户", "夜校报名火爆"]
    assert parsed.articles[0].reporters == ()


@pytest.mark.parametrize("source", ["（澎湃新闻）", "（中国网）", "（光明网）"])
def test_a_news_site_alone_closes_the_story_before_it(source):
    parsed = parse(
        "多地迎来入秋首场降温",
        "",
        "受冷空气影响，北方多地昨日气温明显下降，部分地区降温超过十摄氏度。",
        "",
        source,
        *_NEXT_STORY,
    )
    assert decks(parsed) == [("", "多地迎来入秋首场降温", ""), ("", "夜校报名火爆", "")]


@pytest.mark.parametrize(
    "captions",
    [
        ("①老街的清晨。（资料图片）", "②游客在工坊体验剪纸。"),
        ("①游客在工坊体验剪纸。", "②竹编艺人展示新作品。（资料图片）", "③老街的清晨。"),
    ],
)
def test_numbered_captions_with_a_credited_one_among_them_are_the_storys(captions):
    lines = [line for caption in captions for line in ("", caption)]
    parsed = parse(
        "古镇里的非遗工坊",
        "",
        "在城南古镇，一间间非遗工坊吸引了不少游客驻足，剪纸、竹编等老手艺焕发新生。",
        "",
        "文/周明 摄影/钱立",
        *lines,
        *_NEXT_STORY,
    )
    assert [a.headline for a in parsed.articles] == ["古镇里的非遗工坊", "夜校报名火爆"]
    assert [p.article_position for p in parsed.photos] == [1] * len(captions)


@pytest.mark.parametrize(
    ("credit", "people"),
    # 文/X 摄影/Y: X wrote it, Y took its pictures (the photographer is not a reporter, as at the end).
    [("文/周明 摄影/钱立", ("周明",)), ("钱立 翻译", ("钱立",)), ("钱立/整理", ("钱立",))],
)
def test_a_credit_line_under_the_headline_credits_as_at_the_end(credit, people):
    article = only_article(
        "一位老船长的航海日记",
        "",
        credit,
        "",
        "那一年，我第一次随船出海，在甲板上看见了从未见过的日出。",
        "",
        "如今，我已经退休多年，那本日记还放在书架上。",
    )
    assert article.subheadline == ""
    assert article.reporters == people
