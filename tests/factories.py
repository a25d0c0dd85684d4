"""Plain helper functions that build test data through the real import service."""

from datetime import date
from pathlib import Path

from articles.importing import PageInput, page_import

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "nantong-daily" / "2020-07-09" / "A1.txt"
SEED_DATE = date(2020, 7, 9)


def import_text(
    text: str | bytes,
    label: str,
    *,
    when: date = SEED_DATE,
    paper: str = "南通日报",
    slug: str = "nantong-daily",
    **kwargs,
):
    return page_import(
        paper_name=paper,
        paper_slug=slug,
        issue_date=when,
        label=label,
        data=text if isinstance(text, bytes) else text.encode("utf-8"),
        source_name=f"{label}.txt",
        **kwargs,
    )


def import_seed(**kwargs):
    return import_text(SEED.read_bytes(), "A1", **kwargs)


def page_inputs(
    pages: dict[str, str],
    *,
    when: date = SEED_DATE,
    paper: str = "南通日报",
    slug="nantong-daily",
    in_folder: bool = True,
) -> list[PageInput]:
    """``pages`` ({label: text}) as the import service's inputs, one a page, in order; each
    named ``<date>/<label>.txt``, or ``<label>.txt`` when not ``in_folder``."""
    return [
        PageInput(
            paper_name=paper,
            paper_slug=slug,
            issue_date=when,
            label=label,
            data=text.encode("utf-8"),
            source_name=f"{when}/{label}.txt" if in_folder else f"{label}.txt",
        )
        for label, text in pages.items()
    ]
