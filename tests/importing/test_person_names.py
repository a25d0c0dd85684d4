"""One person is one ``Person`` row however the page encoded the name's characters
(articles/namechars.py ``name_canonical``): a name typed decomposed or composed, a PDF text
layer's Kangxi radical for an ideograph, a CJK compatibility ideograph. Traditional and
simplified names stay apart, and so do full-width letters. The byline keeps what was printed.
Pages and names written for these tests (an invented paper, 东湖日报)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from django.utils import timezone

from articles import parsing
from articles.models import Article, Person
from articles.namechars import name_canonical, person_key
from tests.factories import import_text

pytestmark = pytest.mark.django_db

ZOE_COMPOSED = "Zo\u00eb"
ZOE_DECOMPOSED = "Zoe\u0308"


def _page(byline: str, headline: str = "东湖公园今日重新开放") -> str:
    return (
        f"{headline}\n\n本报讯（{byline}）东湖公园今日重新开放，市民纷纷前来游览。\n\n"
        "　　公园管理处表示，今年新增了多处景点。\n"
    )


def _import(byline: str, label: str, **kwargs):
    return import_text(
        _page(byline, f"第{label}版的稿件"),
        label,
        when=date(2026, 3, 2),
        paper="东湖日报",
        slug="donghu",
        **kwargs,
    )


@pytest.fixture
def names_read_as_printed(monkeypatch):
    """The parser reads a name in letters of two words or more (``记者 Zoë Müller``); a single
    word (``记者 Zoë``) credits nobody: here a story whose byline ``记者 …`` it credited no one
    for credits the text after 记者, as the page encoded it, so that the writer gets that name."""
    parse = parsing.parse_decoded

    def reading(*args, **kwargs):
        page = parse(*args, **kwargs)
        return dataclasses.replace(
            page,
            articles=tuple(
                dataclasses.replace(a, reporters=(a.byline.removeprefix("记者 "),))
                if a.byline.startswith("记者 ") and not a.reporters
                else a
                for a in page.articles
            ),
        )

    monkeypatch.setattr(parsing, "parse_decoded", reading)


def test_the_canonical_form_composes_and_maps_radicals_and_compatibility_ideographs():
    assert name_canonical(ZOE_DECOMPOSED) == ZOE_COMPOSED
    assert name_canonical("王\u2f06明") == "王二明"  # KANGXI RADICAL TWO
    assert name_canonical("王\uf9b1明") == "王\u9234明"  # a compatibility ideograph for 鈴
    for kept in ("林報明", "林报明", "Ｚｏｅ", "彭\u3000波", "埃里克·施密特"):
        assert name_canonical(kept) == kept


def test_a_name_typed_decomposed_and_composed_on_two_pages_is_one_person(names_read_as_printed):
    _import(f"记者 {ZOE_COMPOSED}", "1")
    _import(f"记者 {ZOE_DECOMPOSED}", "2")
    zoe = Person.objects.get()
    assert zoe.name == ZOE_COMPOSED
    assert sorted(a.byline for a in zoe.articles.all()) == sorted(
        [f"记者 {ZOE_COMPOSED}", f"记者 {ZOE_DECOMPOSED}"]  # each as printed
    )


def test_a_kangxi_radical_name_from_a_pdf_text_layer_is_the_plain_named_person():
    _import("记者 王二明", "1")
    _import("记者 王\u2f06明", "2")  # ⼆: what some PDF text layers give for 二
    person = Person.objects.get()
    assert person.name == "王二明"
    assert person.articles.count() == 2
    assert Article.objects.get(page__label="2").byline == "记者 王\u2f06明"


def test_a_compatibility_ideograph_in_a_byline_is_the_unified_ideographs_person():
    _import("记者 王\u9234明", "1")
    _import("记者 王\uf9b1明", "2")
    assert list(Person.objects.values_list("name", flat=True)) == ["王\u9234明"]
    assert Person.objects.get().articles.count() == 2


def test_traditional_and_simplified_twins_stay_two_people():
    _import("記者 林報明", "1")
    _import("记者 林报明", "2")
    assert set(Person.objects.values_list("name", flat=True)) == {"林报明", "林報明"}


def test_full_width_letters_are_another_name(names_read_as_printed):
    _import("记者 Zoe", "1")
    _import("记者 Ｚｏｅ", "2")
    assert sorted(Person.objects.values_list("name", flat=True)) == ["Zoe", "Ｚｏｅ"]


def test_a_story_edited_by_hand_and_read_again_is_no_conflict_for_its_radical_name():
    _import("记者 王\u2f06明", "1")
    Article.objects.update(edited_at=timezone.now())  # an editor saved it since
    again = _import("记者 王\u2f06明", "1", force=True)
    assert again.conflicts == []  # its reporters read again are the ones stored
    assert Article.objects.get().reporter_names() == ["王二明"]


def test_names_in_letters_read_by_the_parser_are_people_with_canonical_names():
    """The parser reads ``Zoe\u0308 Müller`` (decomposed) and ``Zoë Müller`` as the page prints
    them; the import makes one person of them, by the canonical name (``person_key``)."""
    _import(f"记者 {ZOE_DECOMPOSED} Müller", "1")
    _import(f"记者 {ZOE_COMPOSED} Müller、阿依古丽·买买提 Ann Lee", "2")
    names = sorted(Person.objects.values_list("name", flat=True))
    assert names == sorted(
        person_key(n) for n in (f"{ZOE_COMPOSED} Müller", "阿依古丽·买买提", "Ann Lee")
    )
    assert Person.objects.get(name=f"{ZOE_COMPOSED} Müller").articles.count() == 2
    assert Article.objects.get(page__label="1").byline == f"记者 {ZOE_DECOMPOSED} Müller"


def test_a_photo_credit_with_a_radical_credits_the_plain_named_person():
    import_text(
        "港口新貌\n\n3月1日，货轮停靠澜江港。\n\n记者 王\u2f06明 摄\n",
        "1",
        when=date(2026, 3, 2),
        paper="东湖日报",
        slug="donghu",
    )
    assert list(Person.objects.values_list("name", flat=True)) == ["王二明"]
