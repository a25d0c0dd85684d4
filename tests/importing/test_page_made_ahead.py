"""A page's stored flags, text digest and parse warnings made by the parsing worker that parsed
it (articles.importing.preparing.PageAhead): the importing process reads them instead of making
them again, and stores and reports what one process does."""

from datetime import date

import pytest

from articles.importing import pages_import, preparing
from articles.models import Issue, Page
from bench.synthetic import issue_pages
from tests.factories import page_inputs


@pytest.mark.django_db(transaction=True)
def test_a_page_parsed_by_a_worker_keeps_its_flags_digest_and_warnings_made_there(monkeypatch):
    made_here: list[str] = []
    for name in ("stored_flags", "text_digest"):
        real = getattr(preparing, name)
        monkeypatch.setattr(
            preparing, name, lambda *a, _real=real, _name=name: made_here.append(_name) or _real(*a)
        )
    real_warnings = preparing.Prepared.parse_warnings
    monkeypatch.setattr(
        preparing.Prepared,
        "parse_warnings",
        lambda self: made_here.append("warnings") or real_warnings(self),
    )
    pages = issue_pages(3)
    pages["A3"] += "\n\n社?公??放的消息\n"  # (characters lost to a narrower encoding: a flag)
    items = page_inputs(pages, when=date(2021, 3, 4))

    def stored():
        return sorted(
            Page.objects.values_list("label", "text_digest", "parser_flags", "import_warnings")
        )

    reports = [(r.label, r.flags, r.warnings) for r in pages_import(items, batch_pages=2)]
    alone, made_alone = stored(), len(made_here)
    Issue.objects.all().delete()
    made_here.clear()
    with_worker = [
        (r.label, r.flags, r.warnings) for r in pages_import(items, batch_pages=2, workers=1)
    ]
    assert stored() == alone and with_worker == reports
    assert any(flags for _, _, flags, _ in alone)
    assert made_alone == 12 and made_here == []  # (4 pages: flags, digest and warnings each)


# A byline holding a character no page prints: its warning reads the byline's names with jieba's
# dictionary (articles/importing/bylinechars.py).
EMOJI_PAGE = "社区食堂开到家门口\n\n本报讯（记者 王😀明）今年以来，我市新建社区食堂二十六家。\n"


@pytest.mark.django_db(transaction=True)
def test_a_byline_read_with_the_dictionary_is_warned_about_by_the_worker_as_one_process_does(
    monkeypatch,
):
    made_here: list[str] = []
    real_warnings = preparing.Prepared.parse_warnings
    monkeypatch.setattr(  # (counted in this process only: a forked worker counts in its own)
        preparing.Prepared,
        "parse_warnings",
        lambda self: made_here.append(self.label) or real_warnings(self),
    )
    pages = issue_pages(3)
    pages["A2"] = EMOJI_PAGE
    items = page_inputs(pages, when=date(2021, 3, 4))
    alone = [(r.label, r.warnings) for r in pages_import(items, batch_pages=2)]
    Issue.objects.all().delete()
    made_here.clear()
    with_worker = [(r.label, r.warnings) for r in pages_import(items, batch_pages=2, workers=1)]
    assert with_worker == alone
    assert any("王😀明" in w and "记者没有记上" in w for _, warnings in alone for w in warnings)
    assert made_here == []  # (made by the worker, with the dictionary this process then had)


def _emoji_page(ahead_warnings: tuple[str, ...]) -> preparing.Prepared:
    item = page_inputs({"A2": EMOJI_PAGE}, when=date(2021, 3, 4))[0]
    prepared = preparing.prepared_or_error(item)
    ahead = prepared.made_ahead(ahead_warnings)
    return preparing.Prepared(
        item, prepared.parsed, prepared.text, prepared.checksum, "A2", ahead=ahead
    )


@pytest.mark.parametrize(
    "differ, taken",
    [(set(), True), ({"日报"}, True), ({"王明"}, False), (None, False)],
    ids=["same-dictionary", "a-word-it-does-not-print", "a-word-of-its-byline", "not-known"],
)
def test_a_workers_byline_warning_is_made_again_where_the_dictionaries_may_read_it_otherwise(
    differ, taken
):
    page = _emoji_page(("made by the worker",))
    warnings = page.new_report(False, differ).warnings
    assert (warnings == ["made by the worker"]) is taken
    if not taken:
        assert any("记者没有记上" in w for w in warnings)
