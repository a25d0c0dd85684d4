"""A story an e-paper served whole on two pages (its text carries `（下转第二版）（上接第一版）`) is
one story that ran on both pages: found by its text, in either import order, held once."""

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.continuations import jump_problems
from articles.continuations.copies import text_fingerprint
from articles.continuations.crosscopies import cross_page_copies
from articles.models import Article, ArticlePart, Issue, Page
from articles.publishing import issue_publish
from search.engine import index_matches
from tests.conftest import DATA
from tests.factories import import_text

pytestmark = pytest.mark.django_db
CROSS = DATA / "cross_page"
WHEN = date(2025, 9, 12)
STORY = "松川市老城区完成雨污分流改造"
SENTENCE = "新铺设管道九十多公里"


def title() -> str:
    """The story's title as the parser read its two-line deck."""
    return Article.objects.get(headline__startswith=STORY).title


def page(name: str, label: str, **kwargs):
    return import_text(
        (CROSS / f"{name}.txt").read_text(encoding="utf-8"),
        label,
        when=WHEN,
        paper="松川日报",
        slug="songchuan",
        **kwargs,
    )


def snapshot() -> list[tuple]:
    """Every printed part: (page, position, story id, sequence, copy?, text blocks)."""
    return list(
        ArticlePart.objects.order_by("page__sequence", "position").values_list(
            "page__label", "position", "article_id", "sequence", "whole_copy", "blocks"
        )
    )


def assert_one_story_on_two_pages():
    assert sorted(a.headline[:6] for a in Article.objects.all()) == sorted(
        [STORY[:6], "秋季果品展销", "城南新添一座"]
    )
    story = Article.objects.with_parts().get(headline__startswith=STORY)
    assert story.page.label == "1" and story.position == 1
    assert (story.dateline, story.reporter_names()) == ("本报讯", ["林沐阳"])
    assert story.printed_on() == "本文刊于1、2版"
    assert story.full_text().count(SENTENCE) == 1  # its text is held once
    home, copy = story.ordered_parts()
    assert (home.page.label, home.whole_copy, len(home.blocks)) == ("1", False, 4)
    assert (copy.page.label, copy.whole_copy, copy.blocks) == ("2", True, [])
    assert copy.continued_from == "1"  # page 2 lists it as continued from page 1
    assert copy.title_lines == [STORY, "七十二条背街小巷告别“雨天看海”"]
    assert jump_problems(Issue.objects.all()) == []


@pytest.mark.parametrize("order", [("1", "2"), ("2", "1")], ids=["page1-first", "page2-first"])
def test_story_served_whole_on_both_pages_is_one_story_in_either_order(order):
    for label in order:
        page(f"songchuan-{label}", label)
    assert_one_story_on_two_pages()


def test_the_copy_imported_first_keeps_its_row_and_url():
    page("songchuan-2", "2")
    first = Article.objects.get(headline__startswith=STORY)
    page("songchuan-1", "1")
    story = Article.objects.get(headline__startswith=STORY)
    assert story.pk == first.pk  # its address, history and edits stay (the new row goes)
    assert story.page.label == "1"


@pytest.mark.parametrize("order", [("1", "2"), ("2", "1")], ids=["page1-first", "page2-first"])
def test_reimporting_either_page_changes_nothing(order):
    for label in order:
        page(f"songchuan-{label}", label)
    before = snapshot()
    for label in ("1", "2"):
        assert page(f"songchuan-{label}", label).action == "unchanged"
        assert page(f"songchuan-{label}", label, force=True).action == "updated"
        assert snapshot() == before
    assert_one_story_on_two_pages()


def test_import_report_says_the_story_ran_whole_on_both_pages():
    first = page("songchuan-1", "1")
    assert first.cross_page == []
    second = page("songchuan-2", "2")
    title_ = title()
    assert second.cross_page == [
        f"“{title_}”全文同时见于1版、2版（电子版在每一版都给出整篇稿件）："
        "已作为一篇跨版稿件保存，正文只存一份（1版），各版都列出它"
    ]
    assert "篇整篇也印在别的版上（只存一篇）" in second.summary
    assert second.articles == 2  # page 2 still lists the story, and its own one
    assert page("songchuan-1", "1", force=True).cross_page == second.cross_page


def test_import_pages_json_lists_the_cross_page_story(tmp_path):
    for label in ("1", "2"):
        (tmp_path / f"{label}.txt").write_bytes((CROSS / f"songchuan-{label}.txt").read_bytes())
    out = StringIO()
    call_command(
        "import_pages",
        str(tmp_path / "1.txt"),
        str(tmp_path / "2.txt"),
        "--paper",
        "songchuan",
        "--date",
        "2025-09-12",
        "--json",
        "--workers",
        "0",
        stdout=out,
        stderr=StringIO(),
    )
    pages = json.loads(out.getvalue())["pages"]
    assert [len(p["cross_page"]) for p in pages] == [1, 1]
    assert "全文同时见于1版、2版" in pages[1]["cross_page"][0]
    assert Article.objects.filter(headline__startswith=STORY).count() == 1


def test_check_jumps_names_the_story_and_still_exits_zero():
    page("songchuan-2", "2")
    page("songchuan-1", "1")
    title_ = title()
    out = StringIO()
    call_command("check_jumps", "--date", "2025-09-12", stdout=out, stderr=StringIO())
    lines = out.getvalue().splitlines()
    assert lines == [
        f"跨版整篇重复：松川日报 2025-09-12 “{title_}”全文同时见于1版、2版"
        "（电子版在每一版都给出整篇稿件）：已作为一篇跨版稿件保存，正文只存一份（1版），各版都列出它",
        "共检查 1 期：所有转版均已接好",
    ]
    out = StringIO()
    call_command("check_jumps", "--json", stdout=out, stderr=StringIO())
    [copy] = json.loads(out.getvalue())["cross_page_copies"]
    assert (copy["pages"], copy["title"]) == (["1", "2"], title_)


def test_readers_and_search_see_the_story_once(client):
    page("songchuan-1", "1")
    page("songchuan-2", "2")
    issue_publish(issue=Issue.objects.get())
    assert index_matches(Article.objects.all(), "雨污分流").count() == 1
    assert Article.objects.public().filter(headline__startswith=STORY).count() == 1
    page_two = client.get(Page.objects.get(label="2").get_absolute_url()).content.decode()
    assert STORY in page_two  # page 2 still lists what it printed
    story = Article.objects.get(headline__startswith=STORY)
    assert page_two.count(story.get_absolute_url()) >= 1
    html = client.get(story.get_absolute_url()).content.decode()
    assert html.count(SENTENCE) == 1
    assert "以下刊于" not in html  # page 2's copy adds no empty "continued on" section
    response = client.get(reverse("search:search"), {"q": "雨污分流"})
    assert "找到 1 篇" in response.content.decode()


def test_copies_differing_in_whitespace_and_marker_spelling_merge_but_a_near_duplicate_does_not():
    for name, label in (("heling-4", "4"), ("heling-3", "3")):
        import_text(
            (CROSS / f"{name}.txt").read_text(encoding="utf-8"),
            label,
            when=WHEN,
            paper="鹤岭晚报",
            slug="heling",
        )
    headlines = sorted(Article.objects.values_list("headline", flat=True))
    # Same headline and opening, another text: a follow-up, printed on both pages, kept twice.
    assert headlines == ["老街夜市重新开张", "老街夜市重新开张", "鹤岭湖湿地迎来首批越冬候鸟"]
    story = Article.objects.with_parts().get(headline="鹤岭湖湿地迎来首批越冬候鸟")
    assert story.printed_on() == "本文刊于3、4版"
    assert [p.whole_copy for p in story.ordered_parts()] == [False, True]
    assert {a.page.label for a in Article.objects.filter(headline="老街夜市重新开张")} == {"3", "4"}


def test_fingerprint_ignores_markers_and_whitespace_but_not_words():
    text = (
        "管护站站长介绍，近几年湖区退养还湿两千多亩，浅滩和草洲面积明显扩大，候鸟的食物也更充足了。"
    )
    base = text_fingerprint([{"text": text}])
    assert base
    marked = text.replace("亩，", "亩，（下转第四版）（上接第三版）")
    spaced = text.replace("，", "， ").replace("亩", "\u3000亩")
    assert text_fingerprint([{"text": marked}]) == base
    assert text_fingerprint([{"text": spaced}]) == base
    assert text_fingerprint([{"text": text[:20]}, {"text": text[20:]}]) == base
    assert text_fingerprint([{"text": text.replace("两千", "三千")}]) != base
    assert text_fingerprint([{"text": "本报讯 短讯一则。"}]) == ""  # too short to tell apart


def test_page_two_giving_another_story_in_place_of_the_copy_makes_it_a_story_again():
    page("songchuan-1", "1")
    page("songchuan-2", "2")
    replaced = (CROSS / "songchuan-2.txt").read_text(encoding="utf-8")
    replaced = replaced.replace("新铺设管道九十多公里", "新建泵站三座")
    import_text(replaced, "2", when=WHEN, paper="松川日报", slug="songchuan")
    stories = (
        Article.objects.with_parts().filter(headline__startswith=STORY).order_by("page__sequence")
    )
    assert [(s.page.label, s.printed_on()) for s in stories] == [
        ("1", "本文刊于1版"),
        ("2", "本文刊于2版"),
    ]
    assert "新建泵站三座" in stories[1].full_text()
    assert not ArticlePart.objects.filter(whole_copy=True).exists()


def test_page_one_losing_the_story_leaves_page_two_with_its_text():
    page("songchuan-1", "1")
    page("songchuan-2", "2")
    without = (CROSS / "songchuan-1.txt").read_text(encoding="utf-8").split("\n\n", 1)[1]
    import_text(without, "1", when=WHEN, paper="松川日报", slug="songchuan")
    story = Article.objects.with_parts().get(headline__startswith=STORY)
    assert story.printed_on() == "本文刊于2版"
    assert story.full_text().count(SENTENCE) == 1
    assert not ArticlePart.objects.filter(whole_copy=True).exists()


def test_an_edited_story_keeps_page_two_as_a_copy_on_reimport():
    page("songchuan-1", "1")
    page("songchuan-2", "2")
    story = Article.objects.get(headline__startswith=STORY)
    home = story.parts.get(sequence=0)
    home.blocks = [{"kind": "paragraph", "text": "编辑改过的正文。"}, *home.blocks[1:]]
    home.save()
    story.mark_edited()
    story.save()
    report = page("songchuan-2", "2", force=True)
    assert report.conflicts == []
    assert ArticlePart.objects.get(page__label="2", position=1).whole_copy
    assert Article.objects.filter(headline__startswith=STORY).count() == 1


def test_check_jumps_without_copies_prints_no_copy_line():
    page("songchuan-1", "1")
    out = StringIO()
    call_command("check_jumps", stdout=out, stderr=StringIO())
    assert out.getvalue().splitlines() == ["共检查 1 期：所有转版均已接好"]


def test_equal_texts_without_a_merged_marker_pair_are_not_merged():
    """A page imported twice under two labels: no page says the story jumped, so no guess."""
    unmarked = (CROSS / "songchuan-1.txt").read_text(encoding="utf-8")
    unmarked = unmarked.replace("（下转第二版）（上接第一版）", "")
    for label in ("1", "2"):
        import_text(unmarked, label, when=WHEN, paper="松川日报", slug="songchuan")
    assert Article.objects.filter(headline__startswith=STORY).count() == 2
    assert not ArticlePart.objects.filter(whole_copy=True).exists()


def test_one_copy_with_the_markers_is_enough():
    """The e-paper's copy on page 2 came with its markers stripped; page 1's still has them."""
    stripped = (CROSS / "songchuan-2.txt").read_text(encoding="utf-8")
    stripped = stripped.replace("（下转第二版）（上接第一版）", "")
    import_text(stripped, "2", when=WHEN, paper="松川日报", slug="songchuan")
    page("songchuan-1", "1")
    assert_one_story_on_two_pages()


def test_a_merged_pair_printed_in_traditional_characters_still_makes_one_story():
    for name, label in (("songchuan-1", "1"), ("songchuan-2", "2")):
        text = (CROSS / f"{name}.txt").read_text(encoding="utf-8").replace("下转", "下轉")
        import_text(text, label, when=WHEN, paper="松川日报", slug="songchuan")
    story = Article.objects.with_parts().get(headline__startswith=STORY)
    assert story.printed_on() == "本文刊于1、2版"
    assert [p.whole_copy for p in story.ordered_parts()] == [False, True]


def test_the_pages_a_story_ran_whole_on_are_named_in_page_order_however_they_arrived():
    # the story whole on pages 1, 2 and 10 (10 as an e-paper serves it, joined), page 10
    # imported first, each page with its own other story: 1版、2版、10版, not in the order they arrived nor as text sorts them (1版、10版、2版)
    other = "城南新添一座社区图书馆"
    text = (CROSS / "songchuan-2.txt").read_text(encoding="utf-8")
    tenth = text[: text.index(other)].replace("（下转第二版）（上接第一版）", "") + (
        "城北公园新修环湖步道\n本报讯（记者 林沐阳）城北公园环湖步道日前完工，全长三公里，"
        "沿途设有六处休息平台。\n"
    )
    import_text(tenth, "10", when=WHEN, paper="松川日报", slug="songchuan")
    page("songchuan-1", "1")
    page("songchuan-2", "2")
    (copy,) = cross_page_copies(issues=Issue.objects.all())
    assert "全文同时见于1版、2版、10版" in copy.message
