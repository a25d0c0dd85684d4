"""A story merged by mistake (合并到上一篇) and split back (从这里拆开) at the place it joined
gets its own id and address back (articles/mergedaddress.py): its old address leads to its text
again, not to the story it was merged into, and that story keeps its own. A split elsewhere
makes a new story, as before."""

import pytest

from articles.models import Article, ArticleRedirect
from articles.storyjoin import AS_PARAGRAPH, story_merge
from articles.storysplit import story_split
from tests.admin.test_storyjoin import GLUED, page_of, story, texts
from tests.public.conftest import publish_everything

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("title_as", ["crosshead", AS_PARAGRAPH])
def test_splitting_a_merged_story_back_where_it_joined_gives_it_its_old_address(client, title_as):
    page_of(GLUED)
    earlier, later = story("西门菜场改造完成"), story("夜市人气在哪里")
    old_address = later.get_absolute_url()
    story_merge(later=later, title_as=title_as)
    assert texts(earlier)[3][1] == "夜市人气在哪里"
    back = story_split(article=earlier, index=3, headline="夜市人气在哪里")
    assert back.pk == later.pk
    assert not ArticleRedirect.objects.filter(old_id=later.pk).exists()
    assert texts(back)[0][1].startswith("傍晚时分") and len(texts(earlier)) == 3
    publish_everything()
    assert back.get_absolute_url() == old_address
    page = client.get(old_address)
    assert page.status_code == 200 and "傍晚时分" in page.content.decode()
    assert "傍晚时分" not in client.get(earlier.get_absolute_url()).content.decode()


def test_a_split_elsewhere_in_the_merged_story_makes_a_new_story():
    page_of(GLUED)
    earlier, later = story("西门菜场改造完成"), story("夜市人气在哪里")
    story_merge(later=later)
    new = story_split(article=earlier, index=5, headline="夜市要管得住")
    assert new.pk != later.pk and not Article.objects.filter(pk=later.pk).exists()
    assert ArticleRedirect.objects.get(old_id=later.pk).article_id == earlier.pk
