"""A crosshead printed under a continuation's ``（上接…）`` marker that repeats none of its story's
deck is the part's first crosshead once the jump is stitched, in either import order and on
re-import; before that it is kept as the part's title line, nothing lost (README,
"Continuations"; articles/continuations/headlines.py). Pages written for these tests."""

import pytest

from articles.models import Article, ArticlePart
from tests.factories import import_text
from tests.public.conftest import publish_everything

pytestmark = pytest.mark.django_db

HEAD = "全县推进冬季农田水利建设"
OPENING = "本报讯（记者 韩青）入冬以来，全县上下掀起农田水利建设热潮，各乡镇已完成年度计划的六成。"
FRONT = f"{HEAD}\n\n{OPENING}（下转A2版）\n"
CROSS = "渠道清淤保灌溉"
TEXT = "在东河镇，三百多名群众连续奋战二十天，清理渠道二十五公里，恢复灌溉面积五千亩。"
CROSS2 = "干部带头解难题"
MORE = "各乡镇坚持干部包片，帮助群众解决资金和机械难题，确保工程按期完工。"
SPACED = f"（上接A1版）\n\n{CROSS}\n\n{TEXT}\n\n{CROSS2}\n\n{MORE}\n"
GLUED = f"（上接A1版）{CROSS}\n{TEXT}\n{CROSS2}\n{MORE}\n"


def _part() -> ArticlePart:
    return ArticlePart.objects.get(page__label="A2")


@pytest.mark.parametrize("page2", [SPACED, GLUED], ids=["set-apart", "on-the-marker-line"])
@pytest.mark.parametrize("order", [("A1", "A2"), ("A2", "A1")])
def test_a_crosshead_under_the_marker_is_the_parts_first_crosshead(client, order, page2):
    pages = {"A1": FRONT, "A2": page2}
    for label in order:
        import_text(pages[label], label)
    part = _part()
    assert part.title_lines == []
    assert [(b["kind"], b["text"]) for b in part.blocks[:3]] == [
        ("crosshead", CROSS),
        ("paragraph", TEXT),
        ("crosshead", CROSS2),
    ]
    publish_everything()
    story = Article.objects.get(headline=HEAD)
    html = client.get(story.get_absolute_url()).content.decode()
    body = html.split('<div class="body">')[1].split("</div>")[0]
    assert CROSS in body and CROSS + TEXT not in body  # readers see it, a crosshead
    import_text(pages["A2"], "A2")  # re-imported: the same
    assert [b["text"] for b in _part().blocks[:2]] == [CROSS, TEXT]


def test_before_its_front_page_the_line_is_kept_as_the_parts_title_line():
    import_text(SPACED, "A2")
    part = _part()
    assert part.title_lines == [CROSS]
    assert part.blocks[0]["text"] == TEXT


OLD_HEAD = "全市老旧小区改造全面提速"
OLD_FRONT = (
    f"{OLD_HEAD}\n"
    "本报讯（记者 陆平）今年全市将改造老旧小区八十六个，改造内容包括管网更新、外墙保温、"
    "加装电梯等。今年列入计划的（下转A2版）\n"
)
OLD_BACK = (
    "（上接A1版）老旧小区改造\n"
    "涉及居民两万三千户，为减少施工对居民生活的影响，各小区将分批进场、错峰施工。\n"
    "市住建局表示，改造完成后将建立长效管理机制。\n"
)


@pytest.mark.parametrize("order", [("A1", "A2"), ("A2", "A1")])
def test_a_shortened_repeat_on_the_marker_line_goes_on_a_sentence_the_jump_cut(order):
    pages = {"A1": OLD_FRONT, "A2": OLD_BACK}
    for label in order:
        import_text(pages[label], label)
    part = _part()
    assert part.title_lines == []
    assert part.blocks[0]["text"].startswith("老旧小区改造涉及居民两万三千户")
    text = Article.objects.with_parts().get(headline=OLD_HEAD).full_text()
    assert "今年列入计划的老旧小区改造涉及居民两万三千户" in text


def test_a_shortened_repeat_after_a_finished_sentence_is_still_the_title():
    front = OLD_FRONT.replace("今年列入计划的（下转A2版）", "（下转A2版）")
    import_text(front, "A1")
    import_text(OLD_BACK, "A2")
    assert _part().title_lines == ["老旧小区改造"]
