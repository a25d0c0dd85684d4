"""A continuation's repeated headline becomes its title line when its jump is stitched, in either
import order, and follows its story's headline on re-import (INPUT.md, "Continuations (jumps)").
Pages written for these tests (a county paper's pages 1 and 2)."""

import contextlib
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.continuations import jump_link_manually, jump_unlink
from articles.models import Article, ArticlePart, Jump, JumpDirection
from tests.factories import import_text
from tests.public.conftest import publish_everything

pytestmark = pytest.mark.django_db

HEAD = "青山县新建三座污水处理厂"
OPENING = "本报讯　青山县三座污水处理厂日前同时开工，总投资四点二亿元，预计明年六月建成投用，"
BODY = "县生态环境局表示，三座污水处理厂建成后，全县城镇污水处理率将提高到百分之九十五以上。"
MORE = "据了解，三座处理厂均采用膜生物反应器工艺，日处理能力合计两万吨。"


def front(head: str = HEAD) -> str:
    return f"{head}\n\n{OPENING}（下转第二版）\n"


def back(*lines: str) -> str:
    return "\n".join(lines) + "\n"


GLUED = back("（上接第一版）" + HEAD, "", BODY, "", MORE)
OWN_LINE = back("（上接第一版）", HEAD, BODY, "", MORE)
OWN_LINE_BLANK = back("（上接第一版）", HEAD, "", BODY, "", MORE)
BLANK_THEN_SHORT = back("（上接第一版）", "", "新建三座污水处理厂", BODY, "", MORE)


def _check_jumps() -> list[str]:
    out = StringIO()
    with contextlib.suppress(CommandError):  # (it exits 1 when a jump is not linked)
        call_command("check_jumps", stdout=out, stderr=StringIO())
    return out.getvalue().splitlines()


def _story() -> Article:
    return Article.objects.with_parts().get()


def _import(order, pages):
    for label in order:
        import_text(pages[label], label)


@pytest.mark.parametrize("order", [("1", "2"), ("2", "1")])
@pytest.mark.parametrize(
    ("page2", "title"),
    [
        (GLUED, HEAD),
        (OWN_LINE, HEAD),
        (OWN_LINE_BLANK, HEAD),
        (BLANK_THEN_SHORT, "新建三座污水处理厂"),
    ],
    ids=["glued-blank", "own-line", "own-line-blank", "blank-shortened"],
)
def test_repeated_headline_is_the_continuations_title_line_in_either_order(order, page2, title):
    _import(order, {"1": front(), "2": page2})
    story = _story()
    parts = story.ordered_parts()
    assert [p.page.label for p in parts] == ["1", "2"]
    assert parts[1].title_lines == [title]
    assert parts[1].blocks[0]["text"] == BODY
    text = story.full_text()
    assert text.count(BODY) == 1 and text.count(MORE) == 1
    assert title not in text  # not glued into the text, not shown twice
    assert OPENING.removeprefix("本报讯　") + BODY in text  # the paragraph the jump cut, whole
    assert _check_jumps() == ["共检查 1 期：所有转版均已接好"]


def test_the_public_story_reads_on_from_the_jump_without_the_repeated_headline(client):
    _import(("2", "1"), {"1": front(), "2": GLUED})
    publish_everything()
    story = _story()
    html = client.get(story.get_absolute_url()).content.decode()
    body = html.split('<div class="body">')[1].split("</div>")[0]
    assert "建成投用，" in body and body.count("县生态环境局表示") == 1
    assert HEAD not in body  # (the page's headline is printed once, over the body)
    assert html.count(HEAD) >= 1


def test_alone_the_continuation_keeps_what_the_parser_read():
    import_text(OWN_LINE, "2")  # (no blank line under the line: the parser glues it)
    (part,) = ArticlePart.objects.all()
    assert part.title_lines == []
    assert part.blocks[0]["text"] == HEAD + BODY  # no evidence yet: nothing changes
    assert _check_jumps() == [
        "南通日报 2020-07-09 2版 第1篇“青山县新建三座污水处理厂…”（上接第一版）："
        "目标版面尚未导入（它接自1版，1版还没有导入）"
    ]


@pytest.mark.parametrize("order", [("1", "2"), ("2", "1")])
def test_continued_sentence_glued_to_the_marker_stays_text(order):
    first = "设计单位进场勘查确保明年六月建成投用，全县城镇污水处理率将提高到百分之九十五以上。"
    page2 = back(
        "（上接第一版）设计单位进场勘查",
        "确保明年六月建成投用，全县城镇污水处理率将提高到百分之九十五以上。",
        "",
        MORE,
    )
    _import(order, {"1": front(), "2": page2})
    parts = _story().ordered_parts()
    assert parts[1].title_lines == []
    assert parts[1].blocks[0]["text"] == first


def test_a_continuation_without_a_repeated_headline_is_unchanged():
    _import(("1", "2"), {"1": front(), "2": back("（上接第一版）" + BODY, "", MORE)})
    parts = _story().ordered_parts()
    assert parts[1].title_lines == []
    assert [b["text"] for b in parts[1].blocks] == [BODY, MORE]


def test_the_decision_follows_a_reimport_of_the_front_page_with_another_headline():
    _import(("1", "2"), {"1": front(), "2": OWN_LINE})
    part = _story().ordered_parts()[1]
    assert part.title_lines == [HEAD]

    import_text(front("青山县三座污水处理厂同时开工"), "1")
    part.refresh_from_db()
    assert part.title_lines == []
    assert part.blocks[0]["text"] == HEAD + BODY  # glued back: the words are the page's text
    assert _story().headline == "青山县三座污水处理厂同时开工"

    import_text(front(), "1")
    part.refresh_from_db()
    assert part.title_lines == [HEAD]
    assert part.blocks[0]["text"] == BODY


@pytest.mark.parametrize("page2", [GLUED, OWN_LINE_BLANK], ids=["glued-blank", "own-line-blank"])
def test_alone_a_title_set_apart_under_the_marker_is_the_parts_title(page2):
    import_text(page2, "2")  # (the parser reads it: articles/parsing/jumptitles.py)
    (part,) = ArticlePart.objects.all()
    assert part.title_lines == [HEAD]
    assert part.blocks[0]["text"] == BODY
    assert _story().headline == HEAD


@pytest.mark.parametrize("order", [("1", "2"), ("2", "1")])
def test_a_title_set_apart_stays_the_parts_title_under_another_front_headline(order):
    _import(order, {"1": front("青山县三座污水处理厂同时开工"), "2": GLUED})
    parts = _story().ordered_parts()
    assert parts[1].title_lines == [HEAD]  # the page's own title, not glued into the text
    assert parts[1].blocks[0]["text"] == BODY


def test_reimporting_the_continuations_page_keeps_the_part_and_writes_nothing():
    _import(("1", "2"), {"1": front(), "2": GLUED})
    part = _story().ordered_parts()[1]
    records = part.history.count()

    import_text(GLUED, "2", force=True)  # parsed again the same way
    part.refresh_from_db()
    assert part.title_lines == [HEAD] and part.blocks[0]["text"] == BODY
    assert part.history.count() == records


def test_a_story_added_above_the_continuation_on_reimport_keeps_it_linked():
    _import(("1", "2"), {"1": front(), "2": GLUED})
    part = _story().ordered_parts()[1]
    brief = "县图书馆新馆开放\n\n本报讯　县图书馆新馆昨日开放，藏书二十万册。\n\n"

    import_text(brief + GLUED, "2")
    story = Article.objects.with_parts().get(pk=part.article_id)
    moved = story.ordered_parts()[1]
    assert moved.pk == part.pk  # found again by what it says, not by its old position
    assert moved.title_lines == [HEAD] and moved.blocks[0]["text"] == BODY


def test_an_editors_link_gives_the_title_line_and_an_unlink_names_the_part_by_it():
    # Page 2's marker names another page: nothing links it until an editor does.
    import_text(front(), "1")
    import_text(OWN_LINE.replace("第一版", "第三版"), "2")  # (not set apart: glued)
    jump = Jump.objects.get(direction=JumpDirection.FORWARD)
    continuation = ArticlePart.objects.get(page__label="2")
    assert continuation.title_lines == []

    jump_link_manually(jump=jump, part=continuation)
    continuation.refresh_from_db()
    assert continuation.title_lines == [HEAD]
    assert continuation.blocks[0]["text"] == BODY

    jump.refresh_from_db()
    jump_unlink(jump=jump)
    assert _check_jumps() == [
        f"南通日报 2020-07-09 2版 第1篇“{HEAD}”（上接第三版）：目标版面尚未导入（它接自3版，3版还没有导入）"
    ]


def test_a_story_an_editor_changed_keeps_the_continuation_as_the_editor_left_it():
    _import(("1", "2"), {"1": front(), "2": GLUED})
    story = _story()
    part = story.ordered_parts()[1]
    part.title_lines, part.blocks[0]["text"] = [], HEAD + BODY  # the editor glued it back
    part.save()
    story.mark_edited()
    story.save()

    import_text(front("青山县三座污水处理厂同时开工"), "1")
    import_text(GLUED, "2", force=True)
    part.refresh_from_db()
    assert part.title_lines == [] and part.blocks[0]["text"] == HEAD + BODY


@pytest.mark.parametrize("page2", [GLUED, OWN_LINE], ids=["glued", "own-line"])
def test_a_late_continuation_of_a_story_an_editor_changed_gets_its_title_line(page2):
    """A reviewer fixed a byline on A1, then the late A2 came: its repeated headline was glued
    into the published story's text (``…全市打好污染防治攻坚战现场考评。``)."""
    import_text(front(), "1")
    story = _story()
    story.byline = "记者 周青"
    story.mark_edited()
    story.save()
    import_text(page2, "2")
    parts = _story().ordered_parts()
    assert [p.page.label for p in parts] == ["1", "2"]
    assert parts[1].title_lines == [HEAD] and parts[1].blocks[0]["text"] == BODY
    assert HEAD not in _story().full_text()


def test_an_editors_new_headline_leaves_a_taken_off_title_line_of_an_edited_story_alone():
    """The split made for an edited story is not undone when the editor then changes the
    headline (the printed repeat no longer matches): the part keeps its title line."""
    import_text(front(), "1")
    story = _story()
    story.mark_edited()
    story.save()
    import_text(GLUED, "2")
    story = _story()
    story.headline = "青山县三座污水处理厂同时开工"
    story.save()
    import_text(GLUED, "2", force=True)
    assert _story().ordered_parts()[1].title_lines == [HEAD]


# --- A headline that ends with a mark (用电高峰来了！): the parser made it a paragraph ------------

SURGE = "用电高峰来了！"
SURGE_OPENING = "本报讯　入夏以来，全县用电负荷节节攀升，昨天最高负荷创历史新高。（下转第二版）"
SURGE_TEXT = (
    "据介绍，县供电公司已组织抢修队伍二十四小时待命，确保居民和重点企业用电。（下转第三版）"
)
SURGE_LAST = "县供电公司提醒市民错峰用电，空调温度不低于二十六摄氏度。"


def surge_pages(head: str = SURGE) -> dict[str, str]:
    """A story on three pages, its headline repeated under the marker on pages 2 and 3."""
    return {
        "1": f"{head}\n\n{SURGE_OPENING}\n",
        "2": back("（上接第一版）", SURGE, SURGE_TEXT),
        "3": back("（上接第二版）", "", SURGE, "", SURGE_LAST),
    }


@pytest.mark.parametrize("order", [("1", "2", "3"), ("3", "2", "1")])
def test_a_headline_with_an_end_mark_is_no_paragraph_on_either_continuation(order):
    _import(order, surge_pages())
    story = _story()
    parts = story.ordered_parts()
    assert [p.page.label for p in parts] == ["1", "2", "3"]
    assert [p.title_lines for p in parts[1:]] == [[SURGE], [SURGE]]
    assert [b["text"] for b in parts[1].blocks] == [SURGE_TEXT.removesuffix("（下转第三版）")]
    assert [b["text"] for b in parts[2].blocks] == [SURGE_LAST]
    assert SURGE not in story.full_text()


def test_a_headline_paragraph_is_put_back_when_the_front_page_says_another():
    pages = surge_pages()
    _import(("1", "2", "3"), pages)
    part = _story().ordered_parts()[2]
    assert part.title_lines == [SURGE]

    import_text(surge_pages("县供电公司启动迎峰度夏预案")["1"], "1")
    part.refresh_from_db()
    assert part.title_lines == []
    assert [b["text"] for b in part.blocks] == [SURGE, SURGE_LAST]  # its own paragraph again
    records = part.history.count()

    import_text(pages["3"], "3", force=True)  # parsed again: the same blocks, nothing written
    part.refresh_from_db()
    assert [b["text"] for b in part.blocks] == [SURGE, SURGE_LAST]
    assert part.history.count() == records

    import_text(pages["1"], "1")
    part.refresh_from_db()
    assert part.title_lines == [SURGE] and [b["text"] for b in part.blocks] == [SURGE_LAST]
