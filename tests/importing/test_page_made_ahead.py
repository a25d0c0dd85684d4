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
