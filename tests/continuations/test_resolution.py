"""Stitching 下转/上接 into one story, in any import order; never guessing."""

import pytest

from articles.continuations import jump_link_manually, jump_problems, jump_unlink
from articles.models import Article, ArticlePart, Issue, Jump, JumpState
from tests.conftest import DATA
from tests.factories import SEED, import_seed, import_text

pytestmark = pytest.mark.django_db
JUMPS = DATA / "jumps"

# A1 story → the first words of the continuation on A2 written for it.
CONTINUES = {
    "推进重点工程和重大项目不断取得新突破 发挥指挥部体制机制优势": "王晖要求，各指挥部要倒排工期",
    "全市打好污染防治攻坚战": "此次考核将更加突出现场核查",
    "千企联千村、共走振兴路": "沈雷强调，各地要把企村对接",
    "用党建品牌让社会组织“亮心”": "港闸区委组织部相关负责人表示",
}


def fixture(name: str) -> str:
    return (JUMPS / name).read_text(encoding="utf-8")


def stitched() -> dict[str, list[tuple[str, str]]]:
    """Each story with more than one part: headline → [(page, first words of the part)]."""
    result = {}
    for article in Article.objects.with_parts():
        parts = article.ordered_parts()
        if len(parts) > 1:
            result[article.headline] = [(p.page.label, p.blocks[0]["text"][:14]) for p in parts]
    return result


def assert_four_seed_stories_whole():
    stories = stitched()
    assert set(stories) == set(CONTINUES)
    for headline, opening in CONTINUES.items():
        assert [label for label, _ in stories[headline]] == ["A1", "A2"]
        assert opening.startswith(stories[headline][1][1]) or stories[headline][1][1].startswith(
            opening
        )
    assert Article.objects.count() == 5  # the placeholders of the A2 parts are gone
    assert set(Jump.objects.filter(direction="forward").values_list("state", flat=True)) == {
        JumpState.LINKED
    }


def test_four_continuations_on_a2_in_shuffled_order_join_their_stories():
    import_seed()
    import_text(fixture("A2.txt"), "A2")
    assert_four_seed_stories_whole()
    assert jump_problems(Issue.objects.all()) == []


def test_a2_imported_before_a1_gives_the_same_result():
    import_text(fixture("A2.txt"), "A2")
    assert Article.objects.count() == 4  # four continuation parts, each alone for now
    import_seed()
    assert_four_seed_stories_whole()


def test_reimporting_either_page_keeps_the_links():
    import_seed()
    import_text(fixture("A2.txt"), "A2")
    links = sorted(Jump.objects.values_list("pk", "to_part_id", "state"))
    import_seed(force=True)
    import_text(fixture("A2.txt"), "A2", force=True)
    assert sorted(Jump.objects.values_list("pk", "to_part_id", "state")) == links
    assert_four_seed_stories_whole()


def test_stitched_story_reads_whole_in_print_order():
    import_seed()
    import_text(fixture("A2.txt"), "A2")
    article = Article.objects.with_parts().get(headline__startswith="全市打好污染防治攻坚战")
    assert article.printed_on() == "本文刊于A1、A2版"
    text = article.full_text()
    assert text.index("一季度没有组织现场考评，") < text.index("此次考核将更加突出现场核查")
    assert "上接" not in text and "下转" not in text


def test_chinese_numbered_pages_and_traditional_zhuan():
    seed = SEED.read_text(encoding="utf-8").replace("（下转A2版）", "（下轉第二版）")
    import_text(seed, "1")
    import_text(
        fixture("A2.txt").replace("（上接A1版）", "（上接第一版）").replace("A2  要闻", ""), "2"
    )
    stories = stitched()
    assert set(stories) == set(CONTINUES)
    assert all([label for label, _ in parts] == ["1", "2"] for parts in stories.values())


def test_a2_never_imported_leaves_four_jumps_pending():
    import_seed()
    problems = jump_problems(Issue.objects.all())
    assert [(p.kind, p.message) for p in problems] == [
        ("missing-page", "目标版面尚未导入（A2版还没有导入；导入后会自动接上）")
    ] * 4


def test_a_fifth_orphan_continuation_is_left_alone_and_reported():
    import_seed()
    import_text(fixture("orphan-A2.txt"), "A2")
    assert_four_seed_stories_whole_with_orphan()
    problems = jump_problems(Issue.objects.all())
    assert [(p.page, p.kind, p.title) for p in problems] == [
        ("A2", "orphan", "港口集装箱吞吐量创新高")
    ]


def assert_four_seed_stories_whole_with_orphan():
    stories = stitched()
    assert set(stories) == set(CONTINUES)
    assert Article.objects.count() == 6


def test_two_continuations_that_fit_equally_are_ambiguous_not_guessed():
    import_text(fixture("tie-A1.txt"), "A1")
    import_text(fixture("tie-A2.txt"), "A2")
    jump = Jump.objects.get(direction="forward")
    assert jump.state == JumpState.AMBIGUOUS and jump.to_part is None
    assert jump.candidates.count() == 2
    assert stitched() == {}
    problems = [p for p in jump_problems(Issue.objects.all()) if p.kind == "ambiguous"]
    [problem] = [p for p in problems if "下转" in p.marker]
    assert len(problem.candidates) == 2
    # each continuation it may take says so (not that A1 has no marker leading to it), naming
    # the one 下转 that may (not "several 下转" with one title)
    said = [p.message for p in problems if p is not problem]
    assert said and all("的“下转”可能接到这里，也可能接到别的“上接”" in m for m in said)


def test_three_page_chain_is_one_story_in_any_order():
    for order in (
        ("A1", "A2", "A5"),
        ("A5", "A2", "A1"),
        ("A2", "A5", "A1"),
        ("A5", "A1", "A2"),
        ("A1", "A5", "A2"),
        ("A2", "A1", "A5"),
    ):
        Issue.objects.all().delete()
        for label in order:
            import_text(fixture(f"chain-{label}.txt"), label)
        [(headline, parts)] = stitched().items()
        assert headline == "长江大保护十年禁渔见成效"
        assert [label for label, _ in parts] == ["A1", "A2", "A5"], order
        article = Article.objects.with_parts().get()
        assert article.printed_on() == "本文刊于A1、A2、A5版"
        # each page's part keeps what it printed; read whole, the sentences cut at the jumps
        # are one paragraph again
        assert [len(p.blocks) for p in article.ordered_parts()] == [1, 1, 1]
        assert "沿江渔民转产转业工作稳步推进，退捕渔民" in article.full_text()
        assert "持续加强，非法捕捞" in article.full_text()
        assert jump_problems(Issue.objects.all()) == []


def test_an_editor_picks_the_continuation_of_an_ambiguous_jump_and_it_survives_reimport():
    import_text(fixture("tie-A1.txt"), "A1")
    import_text(fixture("tie-A2.txt"), "A2")
    jump = Jump.objects.get(direction="forward")
    second = ArticlePart.objects.get(page__label="A2", position=2)
    jump_link_manually(jump=jump, part=second)
    jump.refresh_from_db()
    assert (jump.state, jump.to_part_id) == (JumpState.MANUAL, second.pk)
    import_text(fixture("tie-A1.txt") + "\n", "A1")
    import_text(fixture("tie-A2.txt") + "\n", "A2")
    jump.refresh_from_db()
    assert (jump.state, jump.to_part_id) == (JumpState.MANUAL, second.pk)
    [(_, parts)] = stitched().items()
    assert parts[1][1].startswith("全面提速，市民休闲")
    assert [p.kind for p in jump_problems(Issue.objects.all())] == ["orphan"]


def test_an_editor_unlinks_a_wrong_link_and_the_resolver_leaves_it():
    import_seed()
    import_text(fixture("A2.txt"), "A2")
    jump = Jump.objects.filter(direction="forward").first()
    jump_unlink(jump=jump)
    jump.refresh_from_db()
    assert jump.state == JumpState.UNLINKED
    import_text(fixture("A2.txt") + "\n", "A2")
    jump.refresh_from_db()
    assert jump.state == JumpState.UNLINKED and jump.to_part is None
    assert len(stitched()) == 3


def test_teasers_link_to_their_target_page_and_name_its_section():
    import_seed()
    text = "用心守护空港第一防线\n\n本报讯（记者李明）南通机场集团医务室主任顾春华带领团队，坚守空港第一防线，用心守护旅客健康。\n"
    import_text(text, "A4")
    from articles.models import Page, Teaser

    assert Page.objects.get(label="A4").section == "看南通·要闻"
    teaser = Teaser.objects.get(target_label="A4")
    assert teaser.target_article.headline == "用心守护空港第一防线"


def test_stitched_story_takes_the_same_number_of_queries_for_1_2_and_5_parts(
    django_assert_num_queries,
):
    counts = []
    for length in (1, 2, 5):
        Issue.objects.all().delete()
        labels = [f"A{i}" for i in range(1, length + 1)]
        for i, label in enumerate(labels):
            back = f"（上接{labels[i - 1]}版）" if i else "本报讯（记者周游）"
            forward = f"（下转{labels[i + 1]}版）" if i + 1 < length else ""
            import_text(f"长江禁渔第{i}段\n\n{back}长江禁渔工作第{i}段，{forward}\n", label)
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as ctx:
            article = Article.objects.with_parts().get(page__label="A1")
            article.printed_on()
            article.full_text()
            article.reporter_names()
            [p.page.label for p in article.ordered_parts()]
        assert len(article.ordered_parts()) == length
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1] == counts[2]


def test_a_continuation_read_before_its_jump_was_resolved_keeps_a_working_url(client):
    import_text(fixture("A2.txt"), "A2")
    placeholder = Article.objects.get(headline="千企联千村")
    old_url = placeholder.get_absolute_url()
    import_seed()
    assert not Article.objects.filter(pk=placeholder.pk).exists()
    Issue.objects.update(status="published")
    Article.objects.update(status="published")
    response = client.get(old_url)
    whole = Article.objects.get(headline__startswith="千企联千村、共走振兴路")
    assert response.status_code == 301 and response["Location"] == whole.get_absolute_url()
