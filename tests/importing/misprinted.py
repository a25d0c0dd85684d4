"""A page file whose masthead prints another date or label than the one it is imported as, for
the tests of ``--printed-date-wrong`` and ``--printed-label-wrong``."""

from datetime import date

from articles.importing import PageInput


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
