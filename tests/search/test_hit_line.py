"""A search result line, written in Python ({% hit %}), is what the template it replaced wrote."""

import pytest
from django.template import Context, Template

from articles.models import Article, ArticlePart
from search.engine import parse_query
from search.results import show, stories
from search.templatetags.search_tags import hit
from search.views import _mark
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db

# search/includes/hit.html as it was, the fixed part already its own tag.
TEMPLATE = """{% load search_tags scripts %}<article class="hit"{{ article.reader_name|script_lang }}>
  {% if article.kicker %}<p class="deck">{{ article.hl_kicker|default:article.kicker }}</p>{% endif %}
  <h2><a href="{{ article.get_absolute_url }}">{{ article.hl_headline|default:article.title }}</a></h2>
  {% if article.subheadline %}<p class="deck">{{ article.hl_subheadline|default:article.subheadline }}</p>{% endif %}{% if article.hl_printed %}
  <p class="deck printed">见报标题：{{ article.hl_printed }}</p>{% endif %}
  {% if article.hl_snippet %}<p class="snippet">{{ article.hl_snippet }}</p>{% endif %}
  {% hit_meta article.shown %}
</article>
"""


def lines(query: str | None):
    make_story("港口<建设> & “新泊位”", "港口建设继续推进。", kicker="港航", section="港航")
    make_story("", "只有引题的稿件，港口。", kicker="引题 <b>", label="A2")
    make_story("港口夜景", "夜里的港口。", kicker="", paper="晚报", slug="evening")
    Article.objects.filter(subheadline="").update(subheadline="副题 & 港口")
    # (a headline corrected since print: 见报标题 shown where the query marks it)
    ArticlePart.objects.filter(article__headline="港口夜景").update(title_lines=["港口<夜>色"])
    from search.results import STORY_COLUMNS

    rows = Article.objects.order_by("pk").values_list(*STORY_COLUMNS)
    found = show(stories("default", list(rows)))
    if query is not None:
        _mark(found, parse_query(query))
    return found


@pytest.mark.parametrize("query", [None, "港口", "港口 新泊位", "没有的词"])
def test_a_result_line_is_what_the_template_wrote(query):
    template = Template(TEMPLATE)
    found = lines(query)
    for article in found:
        context = Context({"article": article})
        assert hit(context, article) == template.render(context)
    if query == "港口":
        assert "见报标题：<mark>港口</mark>&lt;夜&gt;色" in hit(Context(), found[-1])
