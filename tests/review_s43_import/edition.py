"""A two-page edition PDF built from the tests' own pages (tests/pdfpages/builder.py), and
``import_pages`` run with its output and error text."""

from __future__ import annotations

import io
from io import StringIO

from django.core.management import CommandError, call_command


def edition_pdf(pages) -> bytes:
    """The built front page and second page as one two-page PDF, in that order."""
    import pypdfium2 as pdfium

    one, two = pages
    document = pdfium.PdfDocument(one.pdf)
    document.import_pages(pdfium.PdfDocument(two.pdf))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def run_import(*args) -> tuple[bool, str]:
    """``import_pages`` with ``args``: (whether it raised CommandError, stdout + stderr)."""
    out, err = StringIO(), StringIO()
    try:
        call_command("import_pages", *map(str, args), stdout=out, stderr=err)
    except CommandError as exc:
        return True, out.getvalue() + err.getvalue() + str(exc)
    return False, out.getvalue() + err.getvalue()
