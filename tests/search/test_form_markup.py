"""The search form's widgets, written in Python (search.formhtml), are Django's HTML exactly."""

from urllib.parse import urlencode

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates
from django.http import QueryDict

from search.formhtml import WidgetMarkup
from search.forms import SearchForm
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db

ASKED = [
    None,
    {},
    {"q": "港口"},
    {"q": "\"'><script>&amp; 港口"},
    {"q": "", "paper": "", "start": "", "end": "", "label": "", "section": "", "reporter": ""},
    {"q": "报" * 300},
    {"start": "2021-13-45", "end": "<b>"},
    {"start": "2021-01-10", "end": "2021-01-05"},
    {"paper": "no-such-paper"},
    {"paper": "a&b-daily"},
    {"paper": "test-daily", "label": "???", "section": " 港航 ", "reporter": "林晓舟"},
    {"label": "Ａ３", "page": "2"},
]


@pytest.fixture
def papers(db):
    make_story("港口建设", "港口建设继续推进。")
    make_story("夜市", "夜市开张。", paper="<晚报> & “夜刊”", slug="a&b-daily")


@pytest.mark.parametrize("asked", ASKED)
def test_every_widget_is_written_as_djangos_templates_write_it(papers, asked):
    data = None if asked is None else QueryDict(urlencode(asked))
    ours, django = SearchForm(data), SearchForm(data, renderer=DjangoTemplates())
    ours.is_valid(), django.is_valid()
    for name in SearchForm.base_fields:
        assert str(ours[name]) == str(django[name]), name


def test_the_known_widgets_do_not_go_through_the_templates(papers, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("rendered by a template")

    monkeypatch.setattr(DjangoTemplates, "render", refuse)
    form = SearchForm(QueryDict("q=港口&start=2021-01-01&paper=test-daily"))
    assert 'value="港口"' in str(form["q"])
    assert '<option value="test-daily" selected>测试日报</option>' in str(form["paper"])
    assert 'type="date"' in str(form["start"])


def test_other_widgets_still_go_through_the_templates():
    for widget in (forms.Textarea(), forms.CheckboxInput(), forms.RadioSelect(choices=[(1, "a")])):
        ours = widget.render("x", "<v>", attrs={"id": "id_x"}, renderer=WidgetMarkup())
        assert ours == widget.render("x", "<v>", attrs={"id": "id_x"}, renderer=DjangoTemplates())


def test_a_grouped_select_goes_through_the_templates():
    widget = forms.Select(choices=[("报纸", [("a", "甲"), ("b", "乙")]), ("c", "丙")])
    ours = widget.render("x", "b", renderer=WidgetMarkup())
    assert ours == widget.render("x", "b", renderer=DjangoTemplates())
    assert "<optgroup" in ours


FIELD_LOOP = """{% for field in form %}{% if field.name != "q" and field.name != "order" %}
      <div>
        <label for="{{ field.id_for_label }}">{{ field.label }}</label>
        {{ field }}
        {% if field.errors %}<div class="errors">{{ field.errors|join:"；" }}</div>{% endif %}
      </div>
      {% endfor %}"""


@pytest.mark.parametrize("asked", ASKED)
def test_the_filters_are_laid_out_as_the_template_loop_laid_them_out(papers, asked):
    from django.template import Context, Template

    data = None if asked is None else QueryDict(urlencode(asked))
    form = SearchForm(data)
    looped = Template(FIELD_LOOP.replace("{% endfor %}", "{% endif %}{% endfor %}"))
    assert form.filters_html() == looped.render(Context({"form": form}))


def test_the_filters_written_once_follow_every_value_they_show(papers):
    first = SearchForm(QueryDict("q=港口")).filters_html()
    assert SearchForm(QueryDict("q=灯塔")).filters_html() is first  # the same filters: kept
    picked = SearchForm(QueryDict("q=港口&paper=test-daily")).filters_html()
    assert '<option value="test-daily" selected>' in picked
    wrong = SearchForm(QueryDict("q=港口&start=2021-13-45"))
    wrong.is_valid()
    assert 'value="2021-13-45" aria-invalid="true"' in wrong.filters_html()
    make_story("新报", "新报创刊。", paper="新报", slug="new-paper")  # a paper readers can now see
    assert (
        '<option value="new-paper">新报</option>' in SearchForm(QueryDict("q=港口")).filters_html()
    )


def test_absurd_filter_values_are_shown_but_not_kept(papers):
    from search import forms as search_forms

    search_forms._FILTERS_WRITTEN.clear()
    html = SearchForm(QueryDict(urlencode({"q": "港口", "section": "版" * 5000}))).filters_html()
    assert "版" * 5000 in html and not search_forms._FILTERS_WRITTEN
    SearchForm(QueryDict("q=港口&section=港航")).filters_html()
    assert len(search_forms._FILTERS_WRITTEN) == 1
