"""The public search form: the query and its filters, all in the URL (GET)."""

from __future__ import annotations

from datetime import date

from django import forms
from django.db.models import Exists, OuterRef, QuerySet

from articles.labels import LabelError, normalize_label
from articles.models import ArticlePart, Byline, Publication
from articles.queries import Prepared
from search.engine import MAX_QUERY_LENGTH
from search.formhtml import WidgetMarkup

#: The papers readers may pick: only those with something public (listing the others would
#: leak that they exist), by name. Prepared (:mod:`articles.queries`): no ORM work a request.
_PAPERS = Prepared(
    Publication,
    (),
    lambda: Publication.objects.public().order_by("name").values_list("slug", "name"),
)


def public_papers() -> list[tuple[str, str]]:
    """``[(slug, name), …]`` of the papers with a public issue, by name. One query."""
    return [tuple(row) for row in _PAPERS.rows()[1]]


#: The filters, in the order their values are given to prepared queries (:mod:`search.results`).
FILTERS = ("paper", "start", "end", "label", "section", "reporter")


class SearchForm(forms.Form):
    """The query and its filters. Rendered as Django renders its widgets, without its template
    engine (:class:`search.formhtml.WidgetMarkup`: the widgets were a fifth of the page's
    time)."""

    default_renderer = WidgetMarkup()

    q = forms.CharField(
        label="关键词",
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": f"检索词太长：最多 {MAX_QUERY_LENGTH} 个字（现在 %(show_value)d 个）；"
            "请只留下要找的关键词"
        },
    )
    paper = forms.ChoiceField(label="报纸", required=False)
    start = forms.DateField(label="起始日期", required=False)
    end = forms.DateField(label="截止日期", required=False)
    label = forms.CharField(label="版次", required=False, max_length=12)
    section = forms.CharField(label="版名", required=False, max_length=100)
    reporter = forms.CharField(label="记者", required=False, max_length=50)

    FILTERS = FILTERS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["paper"].choices = [("", "全部报纸"), *public_papers()]
        for name in ("start", "end"):
            self.fields[name].widget = forms.DateInput(attrs={"type": "date"})
        self.fields["q"].widget.input_type = "search"  # (as attrs it printed type twice)
        self.fields["q"].widget.attrs.update(
            {
                "placeholder": "输入关键词，如：污染防治",
                "aria-label": "关键词",
                "autofocus": True,
            }
        )

    def clean_label(self) -> str:
        value = self.cleaned_data.get("label", "").strip()
        if not value:
            return ""
        try:
            return normalize_label(value)
        except LabelError as exc:
            raise forms.ValidationError("版次写法不对（例如 A1、2、第二版）") from exc

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            self.add_error("end", "截止日期早于起始日期")
        return data

    def valid_data(self) -> dict:
        """The fields that are valid (an invalid filter is reported and ignored, not fatal)."""
        self.is_valid()
        return {k: v for k, v in self.cleaned_data.items() if k not in self.errors}

    def has_filters(self) -> bool:
        data = self.valid_data()
        return any(data.get(name) for name in self.FILTERS)

    def filter_values(self) -> dict:
        """The valid filters given, as their lookups take them (:func:`apply_filters`): the
        paper's slug, the dates, the normalised label, the section and reporter stripped."""
        data = self.valid_data()
        values = {}
        for name in self.FILTERS:
            value = data.get(name)
            if value:
                values[name] = value.strip() if name in ("section", "reporter") else value
        return values

    def filter(self, queryset: QuerySet) -> QuerySet:
        """``queryset`` (stories) narrowed by the valid filters given."""
        return apply_filters(queryset, self.filter_values())


#: The type of each filter's value in :func:`apply_filters` (a prepared query's argument kinds).
FILTER_KINDS = {
    "paper": str,
    "start": date,
    "end": date,
    "label": str,
    "section": str,
    "reporter": str,
}


def apply_filters(queryset: QuerySet, values: dict) -> QuerySet:
    """``queryset`` (stories) narrowed by ``values`` (:meth:`SearchForm.filter_values`): each
    value is used as a lookup's value only, so that the same function builds the prepared
    queries of :mod:`search.results` with stand-ins."""
    if "paper" in values:
        queryset = queryset.filter(issue__publication__slug=values["paper"])
    if "start" in values:
        queryset = queryset.filter(issue__date__gte=values["start"])
    if "end" in values:
        queryset = queryset.filter(issue__date__lte=values["end"])
    if "label" in values:
        queryset = queryset.filter(
            Exists(ArticlePart.objects.filter(article=OuterRef("pk"), page__label=values["label"]))
        )
    if "section" in values:
        queryset = queryset.filter(
            Exists(
                ArticlePart.objects.filter(article=OuterRef("pk"), page__section=values["section"])
            )
        )
    if "reporter" in values:
        queryset = queryset.filter(
            Exists(Byline.objects.filter(article=OuterRef("pk"), person__name=values["reporter"]))
        )
    return queryset
