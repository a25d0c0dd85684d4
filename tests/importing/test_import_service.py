"""The import service on the seed: exact structure, idempotence, atomicity, conflicts."""

import json

import pytest
from django.db import connection

from articles.importing import PageImportError, page_reparse, pipeline, writer
from articles.models import (
    Article,
    ArticlePart,
    Issue,
    Jump,
    JumpState,
    Page,
    Person,
    Photo,
    Publication,
    Teaser,
)
from tests.conftest import DATA
from tests.factories import SEED, import_seed, import_text

pytestmark = pytest.mark.django_db

EXPECTED = json.loads((DATA / "seed-A1.expected.json").read_text(encoding="utf-8"))


def _snapshot():
    return {
        model.__name__: sorted(model.objects.values_list("pk", flat=True))
        for model in (Publication, Issue, Page, Article, ArticlePart, Photo, Teaser, Jump, Person)
    }


def test_seed_import_stores_issue_page_and_raw_text_verbatim():
    report = import_seed()
    assert report.action == "created"
    page = Page.objects.get()
    assert (page.issue.publication.name, str(page.issue.date), page.label) == (
        "南通日报",
        "2020-07-09",
        "A1",
    )
    assert page.raw_text == SEED.read_text(encoding="utf-8")
    assert len(page.checksum) == 64 and page.imported_at is not None


def test_seed_import_gives_the_expected_articles_field_by_field():
    import_seed()
    articles = list(Article.objects.with_parts().order_by("position"))
    assert len(articles) == 5
    for article, want in zip(articles, EXPECTED["articles"], strict=True):
        part = article.ordered_parts()[0]
        assert part.title_lines == want["title_lines"]
        assert article.paragraphs() == want["paragraphs"]
        assert article.crossheads() == want["crossheads"]
        assert article.dateline == want["dateline"]
        assert article.reporter_names() == want["reporters"]
        for role in ("kicker", "headline"):
            if role in want:
                assert getattr(article, role) == want[role]


def test_seed_import_leaves_four_pending_jumps_to_a2():
    report = import_seed()
    jumps = Jump.objects.all()
    assert [(j.direction, j.target_label, j.state) for j in jumps] == [
        ("forward", "A2", JumpState.PENDING)
    ] * 4
    assert len(report.pending_jumps) == 4


def test_seed_import_stores_photo_with_photographer_and_teasers_with_sections():
    import_seed()
    photo = Photo.objects.get()
    assert photo.caption == EXPECTED["photos"][0]["caption"]
    assert photo.credit_line == "记者 许丛军摄"
    assert [p.name for p in photo.photographers.all()] == ["许丛军"]
    teasers = [(t.title_lines, t.target_label, t.target_section) for t in Teaser.objects.all()]
    assert teasers == [
        (t["title_lines"], t["target_page"], t["target_section"]) for t in EXPECTED["teasers"]
    ]


def test_reimporting_the_same_file_changes_nothing():
    import_seed()
    before = _snapshot()
    updated_at = list(Article.objects.values_list("updated_at", flat=True))
    report = import_seed()
    assert report.action == "unchanged"
    assert _snapshot() == before
    assert list(Article.objects.values_list("updated_at", flat=True)) == updated_at


def test_reimporting_a_changed_page_updates_in_place_keeping_ids():
    import_seed()
    ids = _snapshot()
    changed = SEED.read_text(encoding="utf-8").replace(
        "首批18组企业村居集中签约", "首批18组企业村居签约"
    )
    report = import_text(changed, "A1")
    assert report.action == "updated"
    assert _snapshot() == ids
    # A two-line deck is the headline and its subheadline (主题, 副题).
    assert Article.objects.filter(subheadline__contains="首批18组企业村居签约").exists()


def test_dry_run_writes_nothing():
    report = import_seed(dry_run=True)
    assert report.dry_run and report.articles == 5
    assert not Page.objects.exists() and not Publication.objects.exists()


def test_an_error_in_the_middle_of_a_page_leaves_no_trace(monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    # After the stories, photos and teasers are written, before the jumps are resolved.
    monkeypatch.setattr(pipeline, "jumps_resolve", explode)
    with pytest.raises(RuntimeError):
        import_seed()
    assert not any(_snapshot()[name] for name in ("Page", "Article", "ArticlePart", "Jump"))


def test_an_error_during_reimport_keeps_the_previous_version(monkeypatch):
    import_seed()
    before = _snapshot()
    monkeypatch.setattr(writer, "teasers_write", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        import_text(SEED.read_text(encoding="utf-8").replace("用心守护", "用心守卫"), "A1")
    assert _snapshot() == before
    assert Page.objects.get().raw_text == SEED.read_text(encoding="utf-8")


def test_an_article_edited_by_hand_is_reported_and_left_alone():
    import_seed()
    article = Article.objects.get(position=1)
    article.headline = "编辑改过的标题"
    article.mark_edited()
    article.save()
    changed = SEED.read_text(encoding="utf-8").replace("以重大项目支撑", "以重大项目支撑起")
    report = import_text(changed, "A1")
    assert len(report.conflicts) == 1 and "编辑改过的标题" in report.conflicts[0]
    assert Article.objects.get(pk=article.pk).headline == "编辑改过的标题"


def test_overwrite_edited_replaces_the_hand_edit():
    import_seed()
    article = Article.objects.get(position=1)
    article.headline = "编辑改过的标题"
    article.mark_edited()
    article.save()
    changed = SEED.read_text(encoding="utf-8").replace("以重大项目支撑", "以重大项目支撑起")
    report = import_text(changed, "A1", overwrite_edited=True)
    assert report.conflicts == []
    article.refresh_from_db()
    assert article.headline.startswith("以重大项目支撑起") and not article.is_edited


def test_reparse_reruns_the_parser_over_stored_text_with_the_conflict_rule():
    import_seed()
    page = Page.objects.get()
    ids = _snapshot()
    Article.objects.filter(position=1).update(headline="坏标题")
    report = page_reparse(page=page)
    assert report.action == "updated" and _snapshot() == ids
    assert Article.objects.get(position=1).headline == "以重大项目支撑 南通高质量发展走在前列"


def test_reparse_that_reads_the_page_as_before_leaves_its_stories_untouched():
    import_seed()
    page = Page.objects.get()
    before = {a.pk: (a.position, a.updated_at, a.history.count()) for a in Article.objects.all()}
    parts = sorted(ArticlePart.objects.values_list("pk", "position", "blocks"))
    page_reparse(page=page)
    after = {a.pk: (a.position, a.updated_at, a.history.count()) for a in Article.objects.all()}
    assert after == before  # same places, same 更新时间, no new history row
    assert sorted(ArticlePart.objects.values_list("pk", "position", "blocks")) == parts
    Article.objects.filter(position=1).update(headline="坏标题")
    page_reparse(page=page)
    changed = Article.objects.get(position=1)
    assert changed.updated_at > before[changed.pk][1] and changed.position == 1


def test_a_page_whose_stamp_contradicts_the_date_is_refused():
    text = "《人民日报》（2026年04月30日 第 04 版）\n\n标题\n\n本报讯（记者甲乙）正文。\n"
    with pytest.raises(PageImportError, match="版面上印的日期是 2026-04-30") as refused:
        import_text(text, "4")
    assert str(refused.value).endswith("；本版什么都没有写入")  # (as the page label's refusal says)
    assert not Page.objects.exists()


def test_a_page_over_the_size_limit_is_refused(settings):
    settings.NEWSROOM_MAX_PAGE_BYTES = 1000
    with pytest.raises(PageImportError, match="超过上限 1,000 字节"):
        import_seed()


def test_labels_are_natural_keys_whatever_the_spelling():
    import_text("标题\n\n正文第一段。\n", "第二版")
    import_text("标题\n\n正文第一段。\n", "2")
    assert list(Page.objects.values_list("label", flat=True)) == ["2"]


def test_import_uses_a_fixed_number_of_queries_per_article(django_assert_max_num_queries):
    with django_assert_max_num_queries(250):
        import_seed()
    assert connection.vendor in {"sqlite", "postgresql"}


def test_a_paper_whose_slug_the_site_uses_is_refused():
    with pytest.raises(PageImportError, match=r"A1\.txt: “search” 是网站自身使用的地址"):
        import_text("标题\n\n本报讯（记者甲乙）正文。\n", "A1", paper="Search", slug="search")
    assert not Publication.objects.exists()
