"""Every list and form of the desk renders for the seed's data; filters and the Chinese search
return the right rows."""

import pytest
from django.contrib import admin
from django.urls import reverse

from articles.models import Article, Issue, Jump, JumpState, Page, ProofreadingWord, WordKind
from tests.admin.test_roles import unmatched_notice
from tests.factories import SEED, SEED_DATE, import_text

pytestmark = pytest.mark.django_db

DESK_MODELS = [m for m in admin.site._registry if m._meta.app_label == "articles"]


def url(model, view, *args):
    return reverse(f"admin:articles_{model._meta.model_name}_{view}", args=args)


@pytest.fixture
def desk(seed_with_a2, tie):
    """The seed issue with its A2 (every chain whole), an issue with an ambiguous jump and one
    entry of the proofreading word list."""
    ProofreadingWord.objects.create(kind=WordKind.PREFERRED, word="既使", preferred="即使")
    unmatched_notice(Article.objects.filter(issue__date=SEED_DATE).order_by("pk").first())
    return tie


def test_every_model_of_the_paper_has_a_desk():
    names = {m.__name__ for m in DESK_MODELS}
    assert {
        "Publication",
        "Issue",
        "Page",
        "Article",
        "ArticlePart",
        "Jump",
        "Photo",
        "Teaser",
        "Person",
    } <= names


@pytest.mark.parametrize("model", DESK_MODELS, ids=lambda m: m.__name__)
def test_every_changelist_and_change_form_renders(editor_client, desk, model):
    response = editor_client.get(url(model, "changelist"))
    assert response.status_code == 200
    assert "报刊编辑系统" in response.content.decode()
    objects = list(model.objects.all())
    assert objects, f"the seed has no {model.__name__}"
    for obj in objects:
        response = editor_client.get(url(model, "change", obj.pk))
        assert response.status_code == 200, f"{model.__name__} {obj.pk}"


@pytest.mark.parametrize(
    "model", [m for m in DESK_MODELS if hasattr(m, "history")], ids=lambda m: m.__name__
)
def test_history_pages_render(editor_client, desk, model):
    obj = model.objects.first()
    assert editor_client.get(url(model, "history", obj.pk)).status_code == 200


@pytest.mark.parametrize("model", [Article, Issue, Page], ids=lambda m: m.__name__)
def test_spreadsheet_pages_render(editor_client, desk, model):
    assert editor_client.get(url(model, "import")).status_code == 200
    assert editor_client.get(url(model, "export")).status_code == 200


def test_desk_views_render(editor_client, desk):
    issue = Issue.objects.get(date="2020-07-09")
    page = Page.objects.get(issue=issue, label="A1")
    for address in [
        reverse("admin:articles_page_upload"),
        reverse("admin:articles_page_reparse", args=[page.pk]),
        reverse("admin:articles_issue_publish", args=[issue.pk]),
        reverse("admin:articles_jump_fix", args=[desk.pk]),
    ]:
        assert editor_client.get(address).status_code == 200, address


def test_issue_form_lists_pages_in_print_order_with_counts(editor_client, seed_with_a2):
    issue = Issue.objects.get()
    import_text(SEED.read_text(encoding="utf-8").replace("A1", "B1"), "B1")  # sorts after A2
    import_text(SEED.read_text(encoding="utf-8"), "10")  # a bare number sorts first
    response = editor_client.get(url(Issue, "change", issue.pk))
    pages = [f.original for f in response.context["inline_admin_formsets"][0]]
    assert [p.label for p in pages] == ["10", "A1", "A2", "B1"]
    a1, a2 = pages[1], pages[2]
    assert (a1.n_parts, a1.n_photos) == (5, 1)
    assert a2.n_parts == 4
    assert "所有转版均已接好" in response.content.decode() or "转版" in response.content.decode()


def test_issue_form_lists_broken_chains_with_fix_links(editor_client, seed):
    issue = Issue.objects.get()
    html = editor_client.get(url(Issue, "change", issue.pk)).content.decode()
    for jump in Jump.objects.filter(direction="forward"):
        assert reverse("admin:articles_jump_fix", args=[jump.pk]) in html
    assert "目标版面尚未导入" in html


def test_page_form_shows_raw_text_read_only_and_stories_in_print_order(editor_client, seed):
    page = Page.objects.get(label="A1")
    response = editor_client.get(url(Page, "change", page.pk))
    html = response.content.decode()
    assert "raw-text" in html and 'name="raw_text"' not in html
    assert "以重大项目支撑" in html[html.index("raw-text") :]
    parts, photos, teasers = response.context["inline_admin_formsets"]
    printed = [f.original for f in parts]
    assert [p.position for p in printed] == [1, 2, 3, 4, 6]
    assert [p.article.title for p in printed][:2] == [
        a.title for a in Article.objects.filter(page=page).order_by("position")[:2]
    ]
    assert len(list(photos)) == 1 and len(list(teasers)) == 2


def test_article_form_shows_ambiguous_jump_with_candidates(editor_client, tie):
    article = tie.part.article
    html = editor_client.get(url(Article, "change", article.pk)).content.decode()
    assert "有歧义" in html and "候选" in html
    assert reverse("admin:articles_jump_fix", args=[tie.pk]) in html
    assert 'name="parts-0-blocks"' in html  # the body editor


def changelist_titles(client, query: str) -> set[str]:
    response = client.get(url(Article, "changelist") + query)
    assert response.status_code == 200
    return {a.title for a in response.context["cl"].result_list}


def seed_titles(*positions):
    return {
        a.title
        for a in Article.objects.filter(
            issue__date="2020-07-09", page__label="A1", position__in=positions
        )
    }


def test_search_for_a_chinese_name_finds_the_stories_that_mention_it(editor_client, desk):
    assert changelist_titles(editor_client, "?q=徐惠民") == seed_titles(1, 2)


def test_search_covers_bylines_titles_and_continuations(editor_client, desk):
    assert changelist_titles(editor_client, "?q=金帅") == seed_titles(3, 4)  # byline
    assert changelist_titles(editor_client, "?q=集中签约") == seed_titles(4)  # headline
    # words printed only in a continuation on A2 find the whole story
    assert changelist_titles(editor_client, "?q=倒排工期") == seed_titles(2)
    assert changelist_titles(editor_client, "?q=徐惠民 城建") == seed_titles(2)  # every word
    assert changelist_titles(editor_client, "?q=不存在的词") == set()


def test_filters_by_date_paper_page_status_and_jump_state(editor_client, desk):
    seed_issue = Issue.objects.get(date="2020-07-09")
    assert changelist_titles(editor_client, "?date=2020-07-09") == {
        a.title for a in Article.objects.filter(issue=seed_issue)
    }
    assert changelist_titles(
        editor_client, f"?issue__publication__id__exact={seed_issue.publication_id}"
    ) == {a.title for a in Article.objects.all()}
    on_a2 = changelist_titles(editor_client, "?page=A2")
    assert on_a2 == {a.title for a in Article.objects.filter(page__label="A2")}
    assert on_a2 == {"城市绿道建设提速"}  # the tie's two continuations, still unlinked
    assert changelist_titles(editor_client, "?status__exact=published") == set()
    assert len(changelist_titles(editor_client, "?status__exact=draft")) > 0
    assert changelist_titles(editor_client, "?jump=ambiguous") == {tie_title(desk)}
    linked = changelist_titles(editor_client, "?jump=linked")
    assert linked == {a.title for a in Article.objects.filter(parts__jumps__state=JumpState.LINKED)}
    assert len(linked) == 4
    assert changelist_titles(editor_client, "?jump=none") == seed_titles(1)
    assert tie_title(desk) in changelist_titles(editor_client, "?jump=broken")


def tie_title(jump):
    return jump.part.article.title


def test_date_hierarchy_by_issue_date(editor_client, desk):
    response = editor_client.get(
        url(Article, "changelist")
        + "?issue__date__year=2020&issue__date__month=7&issue__date__day=10"
    )
    assert {a.issue.date.isoformat() for a in response.context["cl"].result_list} == {"2020-07-10"}


def test_changelist_queries_do_not_grow_with_rows(
    editor_client, desk, django_assert_max_num_queries
):
    with django_assert_max_num_queries(25):
        editor_client.get(url(Article, "changelist"))
    with django_assert_max_num_queries(25):
        editor_client.get(url(Issue, "changelist"))
