"""The public search form: the query and its filters, all in the URL (GET).

The 版名 and 记者 filters find what is printed in either script (traditional = simplified, as
the query box does, and as people's pages take a name: ``/people/何曉雨/`` leads to 何晓雨):
a value is looked up as every spelling that folds alike (:func:`articles.text.fold`), so each
lookup is still an equality on the stored name (the unique index on ``Person.name``), written
as one parameter whatever the number of spellings (:func:`spelled`, :class:`search.lookups.OneOf`)
so that prepared queries keep one shape. The page shows the value as the reader typed it.
"""

from __future__ import annotations

import json
import sys
import threading
from array import array
from datetime import date
from html import escape
from itertools import compress, product
from math import prod
from operator import ne

from django import forms
from django.db import connections
from django.db.models import CharField, Exists, F, OuterRef, Q, QuerySet, Value
from django.utils.safestring import SafeData, SafeString, mark_safe

from articles.labels import LabelError, normalize_label, section_key
from articles.models import ArticlePart, Byline, Publication
from articles.namechars import name_canonical
from articles.public import FRONT_PAGE, FRONT_PAGE_LABELS, spaceless_section
from articles.queries import Prepared
from articles.text import fold
from search.engine import MAX_QUERY_LENGTH
from search.formhtml import WidgetMarkup
from search.lookups import EntryLabel, OneOf, person_one_of
from search.queries import too_long_line
from search.storyphotos import photographed_by
from search.writtendates import written_date

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


#: How results may be listed (``?order=``): best first (the default), or newest first.
NEWEST = "newest"
ORDERS = [("", "按相关度"), (NEWEST, "按日期，新的在前")]

#: The filters, in the order their values are given to prepared queries (:mod:`search.results`).
FILTERS = ("paper", "start", "end", "label", "section", "reporter")


#: How many different filter blocks a process keeps (:meth:`SearchForm.filters_html`).
FILTERS_KEPT = 1_000
#: The longest filter value a kept block may show (every valid one is shorter).
FILTER_KEPT_LENGTH = 100
_FILTERS_WRITTEN: dict[tuple, SafeString] = {}


def _escaped(text) -> str:
    """``conditional_escape`` without its lazy-text wrapper: ``html.escape`` (what Django's
    ``escape`` is) unless ``text`` is marked safe."""
    return text if isinstance(text, SafeData) else escape(str(text))


class _Shared:
    """A field that no form changes once it is declared: every form uses the declared field
    itself where Django gives each form a deep copy of each (a tenth of the search page's
    time, for seven fields). Nothing here writes to a field or its widget after declaring it;
    the paper field, whose choices each form sets, is copied as usual."""

    def __deepcopy__(self, memo):
        return self


class _SharedCharField(_Shared, forms.CharField):
    pass


class _SharedDateField(_Shared, forms.DateField):
    def to_python(self, value):
        """Django's date (also written as :func:`written_date` reads: ``20200710``,
        ``2020年7月10日`` as the site prints a date, ``2020.7.10``, ``2020/7/10``), or an error
        in Chinese naming the value given (``2020-02-30``: a day the month does not have) and
        the forms a date takes."""
        given = str(value or "").strip()
        if given:
            value = written_date(given)
        try:
            return super().to_python(value)
        except forms.ValidationError:
            given = (given or str(value)).strip()[:20]  # as the reader wrote it
            raise forms.ValidationError(
                f"“{given}”不是有效的日期（没有这一天，或写法不对）：请写成 2020-07-09、2020年7月9日或 2020.7.9 这样的年月日",
                code="invalid",
            ) from None


class _SharedChoiceField(_Shared, forms.ChoiceField):
    pass


#: A paper the search cannot pick (a slug no public paper has: mistyped, or a paper with nothing
#: public yet), said as readers are told every unused filter (``报纸：…``).
UNKNOWN_PAPER = "没有网址为“%(value)s”的报纸（或它还没有公开的内容）；请在“筛选”的“报纸”里选一份，或去掉这个条件"


def _new_paper_field(papers: tuple[tuple[str, str], ...] = ()) -> _SharedChoiceField:
    return _SharedChoiceField(
        label="报纸",
        required=False,
        choices=[("", "全部报纸"), *papers],
        error_messages={"invalid_choice": UNKNOWN_PAPER},
    )


def _paper_field(papers: tuple[tuple[str, str], ...]) -> _SharedChoiceField:
    """The paper field listing ``papers`` (``(slug, name)`` of the public papers): one field for
    each list, shared by the forms that show it (a field is a fifth of a form's making), made
    again when the list changes."""
    field = _PAPER_FIELDS.get(papers)
    if field is None:
        field = _new_paper_field(papers)
        if len(_PAPER_FIELDS) >= 16:
            _PAPER_FIELDS.clear()
        _PAPER_FIELDS[papers] = field
    return field


_PAPER_FIELDS: dict[tuple, forms.ChoiceField] = {}


class _SearchInput(forms.TextInput):
    input_type = "search"  # (as an attribute, ``type`` was printed twice)


class SearchForm(forms.Form):
    """The query and its filters. Rendered as Django renders its widgets, without its template
    engine (:class:`search.formhtml.WidgetMarkup`: the widgets were a fifth of the page's
    time)."""

    default_renderer = WidgetMarkup()

    q = _SharedCharField(
        label="关键词",
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={"max_length": too_long_line("%(show_value)d")},
        widget=_SearchInput(
            attrs={
                "maxlength": str(MAX_QUERY_LENGTH),  # (first, where the field's own goes)
                "placeholder": "输入关键词，如：污染防治",
                "aria-label": "关键词",
                "autofocus": True,
            }
        ),
    )
    paper = _new_paper_field()  # each form gets the one listing the papers public now
    start = _SharedDateField(
        label="起始日期", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = _SharedDateField(
        label="截止日期", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    order = _SharedChoiceField(
        label="排序",
        required=False,
        choices=ORDERS,
        widget=forms.Select(attrs={"aria-label": "排序"}),
    )
    label = _SharedCharField(label="版次", required=False, max_length=12)
    section = _SharedCharField(label="版名", required=False, max_length=100)
    reporter = _SharedCharField(label="记者", required=False, max_length=50)

    FILTERS = FILTERS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["paper"] = _paper_field(tuple(public_papers()))

    def clean_label(self) -> str:
        value = self.cleaned_data.get("label", "").strip()
        if not value:
            return ""
        try:
            return normalize_label(value)
        except LabelError as exc:
            raise forms.ValidationError("版次写法不对（例如 A1、2、第二版）") from exc

    #: Whether the dates were given the wrong way round and searched swapped (:meth:`clean`).
    dates_swapped = False

    def clean(self):
        """A start date after the end date is read as the range it names, the two swapped
        (``2026-01-01`` to ``2025-01-01`` searches 2025-01-01 to 2026-01-01; the page says so:
        :attr:`dates_swapped`), not as an error that would leave one of them unused."""
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            data["start"], data["end"] = data["end"], data["start"]
            self.dates_swapped = True
        return data

    def valid_data(self) -> dict:
        """The fields that are valid (an invalid filter is reported and ignored, not fatal)."""
        self.is_valid()
        return {k: v for k, v in self.cleaned_data.items() if k not in self.errors}

    def filters_html(self) -> SafeString:
        """The filter fields, each with its label, widget and errors, laid out as
        ``search/search.html`` lays them out (written here: through the template language, six
        fields cost as much as the rest of the page). The widgets' HTML is Django's
        (:class:`search.formhtml.WidgetMarkup`); labels and errors are escaped.

        Written once per process for each set of what it shows (the papers listed, each
        filter's value as given and its errors: most searches give no filter, so this is
        nearly always the same text)."""
        shown = self._filters_shown()
        html = _FILTERS_WRITTEN.get(shown)
        if html is None:
            html = mark_safe("".join(self._filter_html(name) for name in FILTERS))
            if all(len(value or "") <= FILTER_KEPT_LENGTH for value, _ in shown[1]):
                if len(_FILTERS_WRITTEN) >= FILTERS_KEPT:
                    _FILTERS_WRITTEN.clear()
                _FILTERS_WRITTEN[shown] = html  # (not a block of absurd values: kept small)
        return html

    def _filters_shown(self) -> tuple:
        """Everything the filter fields' HTML follows from: the paper choices, and each filter's
        value as given (what its widget shows: the last one given, as ``QueryDict.get``) and
        errors."""
        errors = self.errors if self.is_bound else {}
        return (
            tuple(self.fields["paper"].choices),
            tuple(
                (self.data.get(name), tuple(str(e) for e in errors.get(name, ())))
                for name in FILTERS
            ),
        )

    def _filter_html(self, name: str) -> str:
        field = self[name]
        errors = field.errors
        said = "；".join(_escaped(error) for error in errors)
        said = f'<div class="errors">{said}</div>' if errors else ""
        return (
            f'\n      <div>\n        <label for="{_escaped(field.id_for_label)}">'
            f"{_escaped(field.label)}</label>\n        {field}\n        {said}\n"
            "      </div>\n      "
        )

    def unused_filters(self) -> list[str]:
        """The filters given that the search could not use, each as readers are told it
        (``起始日期：“2020-02-30”不是有效的日期…``): the results are not narrowed by them, and the
        page says so beside the results, not only inside the folded filter box."""
        if not self.is_bound:
            return []
        errors = self.errors
        return [
            f"{self.fields[name].label}：{'；'.join(errors[name])}"
            for name in FILTERS
            if name in errors
        ]

    def repeated_filters(self) -> list[str]:
        """The filters given more than once with different values (``?paper=shenbao&paper=
        sanmen``), each as readers are told it (``报纸给了 2 个，一次只能按一个检索：按最后一个
        “新三门”检索``): every filter takes one value, the last one given (as its widget shows
        it, ``QueryDict.get``), so the page names the one used rather than drop the others
        silently. ``[]`` for an unbound form or one each given once."""
        if not self.is_bound or not hasattr(self.data, "getlist"):
            return []
        said = []
        for name in FILTERS:
            given = self.data.getlist(name)
            if len(set(given)) < 2:
                continue
            last = given[-1].strip()
            if name == "paper":
                last = dict(self.fields["paper"].choices).get(last, last)
            shown = f"“{last}”" if last else "空值（不按它筛选）"
            label = self.fields[name].label
            said.append(
                f"{label}给了 {len(set(given))} 个，一次只能按一个检索：按最后一个{shown}检索"
            )
        return said

    def newest_first(self) -> bool:
        """Whether the reader asked for the results newest first (``?order=newest``)."""
        return self.valid_data().get("order") == NEWEST

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
        """``queryset`` (stories) narrowed by the valid filters given (:func:`apply_filters`)."""
        return apply_filters(queryset, self.filter_values())


#: The type of each filter's value in :func:`narrowed` (a prepared query's argument kinds).
FILTER_KINDS = {
    "paper": str,
    "start": date,
    "end": date,
    "label": str,
    "section": str,
    "reporter": str,
}


#: The filters compared with every spelling of their value that folds alike (:func:`spelled`).
SPELLED = ("section", "reporter")
#: The most spellings a value is looked up as (each character's forms multiplied: 何曉雨 has
#: 2; as ``/people/<name>/`` takes a name); a value with more (a long name, each character
#: with a traditional form) is looked up as typed and folded only.
SPELLINGS_AT_MOST = 512


class _Forms:
    """Every character that :func:`articles.text.fold` turns into a given one, the fold's
    inverse: worked out once per process from folding every code point at once (one
    ``str.translate``, a few milliseconds), where looking a character's forms up in the fold's
    table reads all of it (about 1.5 ms a character)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._forms: dict[str, tuple[str, ...]] | None = None

    def _build(self) -> dict[str, tuple[str, ...]]:
        with self._lock:
            if self._forms is None:
                # Every code point up to the last Han block the fold's table holds, surrogates
                # left out, and the places where folding changes it (found at C speed).
                codes = array("I", [*range(0xD800), *range(0xE000, 0x323B0)])
                printed = codes.tobytes().decode(
                    "utf-32-le" if sys.byteorder == "little" else "utf-32-be"
                )
                folded = fold(printed)
                others: dict[str, list[str]] = {}
                for at in compress(range(len(printed)), map(ne, printed, folded)):
                    others.setdefault(folded[at], []).append(printed[at])
                changed = {ch for each in others.values() for ch in each}
                self._forms = {
                    ch: tuple(([] if ch in changed else [ch]) + each) for ch, each in others.items()
                }
        return self._forms

    def of(self, ch: str) -> tuple[str, ...]:
        """The characters whose fold is ``ch``: itself first unless it folds to another."""
        forms = self._forms if self._forms is not None else self._build()
        found = forms.get(ch)
        if found is None:  # nothing folds to ch: itself, unless it folds to another
            return () if fold(ch) != ch else (ch,)
        return found


_FORMS = _Forms()


def spellings(text: str) -> list[str]:
    """Every text whose fold (:func:`articles.text.fold`: traditional = simplified, full-width
    = half-width) is ``text``'s: ``何曉雨`` → ``["何晓雨", "何曉雨"]``, the folded one first;
    with more than :data:`SPELLINGS_AT_MOST` of them, ``text`` folded and as given."""
    folded = fold(text)
    forms = [_FORMS.of(ch) for ch in folded]
    if prod(len(each) for each in forms) > SPELLINGS_AT_MOST:
        return list(dict.fromkeys((folded, text)))
    return ["".join(letters) for letters in product(*forms)]


def spelled(text: str) -> str:
    """:func:`spellings` of ``text`` as the one parameter :class:`search.lookups.OneOf` takes
    (a JSON array)."""
    return json.dumps(spellings(text), ensure_ascii=False)


#: What a :data:`SPELLED` filter's value is spelled from (:func:`lookup_values`).
_SPELLED_KEYS = {"section": section_key, "reporter": name_canonical}


def lookup_values(values: dict) -> dict:
    """The filter ``values`` (:meth:`SearchForm.filter_values`) as :func:`narrowed` compares
    them: those of :data:`SPELLED` as their :func:`spelled` spellings (a 版名 without the spaces
    it was set with, :func:`articles.labels.section_key`: ``要 闻`` is 要闻; a 记者 as
    ``Person.name`` holds it, :func:`articles.namechars.name_canonical`: a decomposed ``Zoë``
    finds ``Zoë``), the others as given."""
    return {
        name: spelled(_SPELLED_KEYS[name](value)) if name in SPELLED else value
        for name, value in values.items()
    }


def entry_label(queryset: QuerySet, label: str) -> QuerySet:
    """PostgreSQL: ``queryset`` (stories) narrowed to those that ran on a page of 版次 ``label``,
    from the labels their index entries keep (migration ``search.0010``:
    :class:`search.lookups.EntryLabel`), as :func:`narrowed` asks it of the parts (an
    ``EXISTS`` for each story: 460 ms for a frequent word with 版次 A1 at 200,000 stories,
    bench/HISTORY.md, stop 56). Only stories with an entry are kept. (The 版名 kept so was
    dearer: a 版名 most stories share made the planner read its whole bitmap.)"""
    return queryset.filter(EntryLabel(F("search_entry__issue_date"), label))


def _in_section(spelled_section: str) -> Q:
    """Parts printed on pages readers know as the section (any of its spellings,
    :func:`spelled`), as the site names them (:func:`articles.public.in_section`: 头版 is also a
    front page printed without a 版名; a 版名 however it was spaced, ``要　闻`` is 要闻), written so
    that its SQL is the same whatever the value (whether 头版 is among the spellings is asked in
    SQL), as a prepared query needs (:mod:`search.prepared`)."""
    front = Q(page__section="", page__label__in=FRONT_PAGE_LABELS) & Q(
        OneOf(Value(FRONT_PAGE, output_field=CharField()), spelled_section)
    )
    return Q(OneOf(spaceless_section("page__section"), spelled_section)) | front


def apply_filters(queryset: QuerySet, values: dict, *, entries: bool = False) -> QuerySet:
    """``queryset`` (stories) narrowed by the filter ``values`` as a reader gives them
    (:meth:`SearchForm.filter_values`): the paper's slug, the dates, the normalised label, the
    section and the reporter (of the story, or a photographer of its photos) in either script
    (:func:`spellings`). ``entries``: as for :func:`narrowed`."""
    return narrowed(queryset, lookup_values(values), entries=entries)


def narrowed(queryset: QuerySet, values: dict, *, entries: bool = False) -> QuerySet:
    """``queryset`` (stories) narrowed by ``values`` as :func:`lookup_values` gives them: each
    value is used as a lookup's value only, so that the same function builds the prepared
    queries of :mod:`search.results` with stand-ins. ``entries`` (a search, which reads only
    stories with an index entry): on PostgreSQL the 版次 is asked of the labels kept on the
    entry (:func:`entry_label`), the same stories."""
    if entries and "label" in values and connections[queryset.db].vendor == "postgresql":
        queryset = entry_label(queryset, values["label"])
        values = {name: value for name, value in values.items() if name != "label"}
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
                ArticlePart.objects.filter(_in_section(values["section"]), article=OuterRef("pk"))
            )
        )
    if "reporter" in values:  # a reporter of the story, or a photographer of its photos
        reporters = Byline.objects.filter(person_one_of(values["reporter"]), article=OuterRef("pk"))
        queryset = queryset.filter(Q(Exists(reporters)) | photographed_by(values["reporter"]))
    return queryset
