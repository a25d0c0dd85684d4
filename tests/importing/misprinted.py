"""A page file whose masthead prints another date or label than the one it is imported as, for
the tests of ``--printed-date-wrong`` and ``--printed-label-wrong``."""

from datetime import date

import pytest

from articles.importing import PageImportError, PageInput
from articles.importing.pipeline import page_import_parsed
from articles.models import Page


def misprinted_input(text: str, *, paper: str, day: date, label: str, **said) -> PageInput:
    """``text`` imported as ``paper``'s page ``label`` of ``day`` from ``<day>/<label>.txt``;
    ``said``: the :class:`PageInput` fields saying the print is wrong (``printed_date_wrong``,
    ``printed_label_wrong``)."""
    return PageInput(
        paper_name=paper,
        issue_date=day,
        label=label,
        data=text.encode(),
        source_name=f"{day.isoformat()}/{label}.txt",
        **said,
    )


def refusal(item: PageInput) -> str:
    """What the import says refusing ``item``, once checked that it says and wrote nothing."""
    with pytest.raises(PageImportError) as refused:
        page_import_parsed(item)
    said = str(refused.value)
    assert said.endswith("什么都没有写入") and not Page.objects.exists()
    return said
