"""An issue's names spelt two ways are the people its stories credit, not its byline strings: a
glued byline (``（卢兆新林娟）``) credits 卢兆新 and 林娟, so 卢兆新 is found beside the seed's
卢兆欣 and marked where it is printed inside the glued line; a name printed with spaces
(``卢 兆 新``) is marked as printed."""

import pytest

from articles.models import ProofreadingFinding
from tests.factories import import_seed, import_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        import_seed()


def _import(page: str, capture) -> None:
    with capture(execute=True):
        import_text(page, "A3")


def _variants():
    return ProofreadingFinding.objects.filter(kind="name_variant")


def test_a_name_in_a_glued_byline_is_compared_and_marked_where_printed(
    seed, django_capture_on_commit_callbacks
):
    page = "简讯\n\n近日，全市召开会议，部署下半年安全生产工作任务，要求各地抓好落实。\n（卢兆新林娟）\n"
    _import(page, django_capture_on_commit_callbacks)
    glued = _variants().get(text="卢兆新")
    assert glued.article.byline[glued.start : glued.end] == "卢兆新"
    assert sorted(_variants().values_list("text", flat=True)) == ["卢兆新", "卢兆欣", "卢兆欣"]


def test_a_name_printed_with_spaces_is_marked_as_printed(seed, django_capture_on_commit_callbacks):
    page = "另一篇稿件的标题\n\n本报讯（记者 卢 兆 新）昨日，全市召开会议，部署下半年工作任务。\n"
    _import(page, django_capture_on_commit_callbacks)
    spaced = _variants().get(article__headline="另一篇稿件的标题")
    assert spaced.text == "卢 兆 新"


def test_a_byline_is_cut_into_names_only_when_one_of_them_is_spelt_two_ways():
    """``byline_variants`` skips a byline none of whose reporters the issue spells two ways
    (most bylines): the same findings as reading it, the reporters given or read there."""
    from articles.proofreading.names import byline_variants

    variants = {"卢兆欣": {"卢兆新"}, "卢兆新": {"卢兆欣"}}
    (found,) = byline_variants("本报记者 卢兆欣 林娟", variants)
    assert (found.start, found.end, found.text) == (5, 8, "卢兆欣")
    assert byline_variants("本报记者 卢兆欣 林娟", variants, ("卢兆欣", "林娟")) == [found]
    assert byline_variants("本报记者 王明 林娟", variants) == []
    assert byline_variants("本报记者 卢兆欣", {}) == []
