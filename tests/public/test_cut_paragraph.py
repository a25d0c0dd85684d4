"""A paragraph the page cut in two at a jump is one paragraph in the story read whole: on its
page (with a note inside it naming the page it goes on on), in feeds, exports and search."""

from __future__ import annotations

import pytest

from articles.models import Article
from articles.storytext import carried_blocks, ends_sentence, joined_blocks
from search.models import SearchEntry
from tests.factories import import_text
from tests.public.conftest import publish_everything

A1 = """东湖新区老旧小区改造全面铺开

本报讯（记者 方立）今年东湖新区将改造老旧小区四十二个，惠及居民一万六千多户，改造内容包括加装电梯、更新管网和整治停车秩序。

新区住建局局长介绍说，改造前每个小区都要召开居民议事会，由居民投票决定先改什么、后改什么，再由
（下转A2版）

河滨公园周末举办菊花展

本报讯（记者 陈雨）河滨公园菊花展本周六开幕，展出三百多个品种的菊花。
"""

A2 = """（上接A1版）设计单位按投票结果出方案，方案公示无异议后才能施工。

他说，到年底前，已完工的小区还将回访一次，听取居民对改造效果的意见。
"""


def cut_story() -> Article:
    """The story of A1 and A2 above, imported and published (a sentence cut at its jump)."""
    import_text(A1, "A1")
    import_text(A2, "A2")
    publish_everything()
    return Article.objects.get(headline="东湖新区老旧小区改造全面铺开")


@pytest.fixture
def story(db):
    return cut_story()


def test_a_paragraph_cut_by_a_jump_reads_as_one_on_the_story_page(client, story):
    html = client.get(story.get_absolute_url()).content.decode()
    body = html.split('<div class="body">')[1].split("</div>")[0]
    assert (
        '再由<span class="turn" role="note">（以下刊于'
        f'<a href="{story.ordered_parts()[1].page.get_absolute_url()}'
        f'#story-{story.ordered_parts()[1].position}">A2版</a>）</span>'
        "设计单位按投票结果出方案" in body
    )
    # the jump's own line is not printed a second time before the next page's part
    assert body.count("以下刊于") == 1
    assert "<p>他说，到年底前" in body


def test_the_story_whole_joins_the_cut_paragraph_and_each_part_keeps_what_it_printed(story):
    first, second = story.ordered_parts()
    assert first.blocks[-1]["text"].endswith("再由")
    assert second.blocks[0]["text"].startswith("设计单位")
    assert "再由设计单位按投票结果出方案" in story.paragraphs()[1]
    assert len(story.paragraphs()) == len(first.blocks) + len(second.blocks) - 1
    assert "再由设计单位" in SearchEntry.objects.get(article=story).body


def test_a_part_ending_its_sentence_keeps_its_paragraphs_apart():
    parts = [
        [{"kind": "paragraph", "text": "改造前要开议事会。"}],
        [{"kind": "paragraph", "text": "设计单位出方案。"}],
    ]
    assert [b["text"] for b in joined_blocks(parts)] == ["改造前要开议事会。", "设计单位出方案。"]
    assert carried_blocks(parts) == [
        ([{"kind": "paragraph", "text": "改造前要开议事会。"}], False),
        ([{"kind": "paragraph", "text": "设计单位出方案。"}], False),
    ]


def test_a_cut_paragraph_before_a_crosshead_is_not_joined_to_it():
    parts = [
        [{"kind": "paragraph", "text": "改造内容包括"}],
        [{"kind": "crosshead", "text": "居民说了算"}, {"kind": "paragraph", "text": "正文。"}],
    ]
    assert len(joined_blocks(parts)) == 3


def test_a_story_on_three_pages_joins_each_cut_once_on_its_page():
    parts = [
        [{"kind": "paragraph", "text": "第一页写到"}],
        [{"kind": "paragraph", "text": "第二页只有半句"}],
        [{"kind": "paragraph", "text": "第三页写完。"}],
    ]
    assert [b["text"] for b in joined_blocks(parts)] == ["第一页写到第二页只有半句第三页写完。"]
    (first, _), (second, carried), (third, carried_third) = carried_blocks(parts)
    assert first == [
        {"kind": "paragraph", "text": "第一页写到", "carry": "第二页只有半句", "carry_part": 1}
    ]
    assert (second, carried) == ([], True)
    # one note a paragraph: the third page's half is shown as its own paragraph
    assert (third, carried_third) == ([{"kind": "paragraph", "text": "第三页写完。"}], False)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("会上指出。", True),
        ("他说：“我们会坚持。”", True),
        ("真的吗？", True),
        ("要认真", False),
        ("他说：", False),
        ("建设“美丽乡村”", False),
        ("共计3.5", False),
        ("", True),
    ],
)
def test_a_sentence_end_is_told_by_its_last_mark_before_closing_quotes(text, ends):
    assert ends_sentence(text) is ends
