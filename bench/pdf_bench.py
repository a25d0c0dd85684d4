#!/usr/bin/env python
"""Page PDFs: what attaching a page's PDF costs (render + WebP + thumbnail + characters + zones
+ storage + rows) against bare pypdfium2 rendering of the same pages, in one run, and where
the time goes, step by step.

    python bench/pdf_bench.py [--pages 24] [--pdf PATH]

The pages are made here (tests/pdfpages/builder.py: three columns, an L-shaped story, a photo
with its caption, a jump), each with its own bytes so that storage never skips one; ``--pdf``
uses a real page PDF instead (every page the same file, with a byte appended to tell them
apart). Their text is imported first (not timed). Then, per page, in one process and alternating
so that the machine's noise hits both alike:

* **bare**: ``pypdfium2.PdfDocument(bytes)``, ``page.render(scale=dpi/72).to_pil()`` — what any
  renderer must do at least;
* **ours**: :func:`articles.importing.pdfs.page_attach_pdf` — open and check within the limits,
  read every character, then render and encode the page image and thumbnail (JPEG by default)
  in a thread while the zones are matched, store the three files (Django's file-system storage
  in a temp folder) and write the rows (SQLite).

Then each step alone on the first six pages (no thread), with the page image in both formats
(JPEG and WebP: time and size), so the figures say where the time goes.

Peak memory (``ru_maxrss``, the whole process, PDFium's own allocations included) is measured in
two fresh child processes, one doing only *bare* for the whole edition and one only *ours*.
Targets: ours ÷ bare ≤ 1.5 (median per page), peak memory ≤ 300 MB for the edition.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def make_pdfs(n: int, pdf: str | None, folder: Path) -> None:
    """Write ``n`` page PDFs (``NN.pdf``, each with different bytes) and their text (``NN.txt``,
    empty for a real PDF: its text then comes from the PDF) into ``folder``. Done in the parent
    process: fpdf2 and its fonts are not part of what the children measure."""
    if pdf:
        data = Path(pdf).read_bytes()
        pages = [(data, "")] * n
    else:
        from tests.pdfpages.builder import front_page, second_page

        built = [front_page(), second_page()]
        pages = [(built[i % 2].pdf, built[i % 2].text) for i in range(n)]
    for i, (data, text) in enumerate(pages):
        (folder / f"{i:02d}.pdf").write_bytes(data + f"\n% bench page {i}\n".encode())
        (folder / f"{i:02d}.txt").write_text(text, encoding="utf-8")


def read_pdfs(folder: Path) -> list[tuple[bytes, str]]:
    return [
        (path.read_bytes(), path.with_suffix(".txt").read_text(encoding="utf-8"))
        for path in sorted(folder.glob("*.pdf"))
    ]


def setup_django(tmp: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "newsroom.settings.dev"
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
    import django
    from django.conf import settings

    django.setup()
    settings.MEDIA_ROOT = f"{tmp}/media"
    from django.core.files.storage import default_storage
    from django.core.management import call_command

    default_storage.location = settings.MEDIA_ROOT  # the storage was made before the override
    call_command("migrate", verbosity=0)


def import_texts(pages: list[tuple[bytes, str]]) -> list:
    """The pages' text imported (from the .txt twin, or from the PDF), not timed."""
    from datetime import date

    from articles.importing import page_import
    from articles.importing.pdfs import PdfPage, pdf_text
    from articles.models import Page
    from articles.parsing import parse_page

    out = []
    for i, (data, text) in enumerate(pages):
        text = text or pdf_text(PdfPage(data))
        meta = parse_page(text).metadata  # a real page's stamp names its date and page
        report = page_import(
            paper_name=f"基准日报{i}",  # a paper per page: every page may be the same page
            paper_slug=f"bench-daily-{i}",
            issue_date=date.fromisoformat(meta.date) if meta.date else date(2024, 5, 20),
            label=meta.label or str(i + 1),
            data=text,
        )
        out.append(Page.objects.get(pk=report.page_id))
    return out


def bare(data: bytes, dpi: int) -> None:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    page = document[0]
    page.render(scale=dpi / 72).to_pil()
    page.close()
    document.close()


def ours(page, data: bytes):
    from articles.importing.pdfs import PdfPage, page_attach_pdf

    return page_attach_pdf(page, PdfPage(data))


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stages(pdfs: list[tuple[bytes, str]], pages: list, dpi: int) -> dict[str, list[float]]:
    """Where the time of *ours* goes, step by step on the same pages (ms): what
    ``page_attach_pdf`` does in order, each step alone (no thread), plus both image formats."""
    import pypdfium2

    from articles import pdfpages
    from articles.importing.pdfs import pdf_limits, zones_find

    limits = pdf_limits()
    out: dict[str, list[float]] = {}

    clock = [0.0]

    def lap(name: str) -> None:
        now = time.perf_counter()
        out.setdefault(name, []).append((now - clock[0]) * 1000)
        clock[0] = now

    for page, (data, _) in zip(pages, pdfs, strict=True):
        clock[0] = time.perf_counter()
        document = pypdfium2.PdfDocument(data)
        loaded = document[0]
        lap("open + load the page")
        layout = pdfpages.read_page(loaded, limits=limits)
        lap("characters + images + fonts")
        image = pdfpages.render_image(loaded, 0, limits)
        lap(f"render at {dpi} dpi (RGBX, no copy)")
        for name in ("jpeg", "webp"):
            rendered = pdfpages.encode_image(image, dataclasses.replace(limits, image_format=name))
            lap(f"encode {name} q{limits.image_quality} + thumbnail")
            out.setdefault(f"{name} bytes", []).append(len(rendered.image))
        zones_find(page, layout)
        lap("zones (rows read + matching)")
        loaded.close()
        document.close()
    return out


def worker(mode: str, folder: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        setup_django(tmp)
        from articles.importing.pdfs import pdf_limits

        dpi = pdf_limits().dpi
        pdfs = read_pdfs(folder)
        django_mb = _rss_mb()
        pages = import_texts(pdfs)
        base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        times = {"bare": [], "ours": []}
        zones = unmatched = 0
        for page, (data, _) in zip(pages, pdfs, strict=True):
            if mode in ("both", "bare"):
                start = time.perf_counter()
                bare(data, dpi)
                times["bare"].append(time.perf_counter() - start)
            if mode in ("both", "ours"):
                start = time.perf_counter()
                report = ours(page, data)
                times["ours"].append(time.perf_counter() - start)
                zones += report.zones
                unmatched += len(report.unmatched)
        steps = stages(pdfs[:6], pages[:6], dpi) if mode == "both" else {}
        return {
            "steps": steps,
            "django_mb": django_mb,
            "times": times,
            "zones": zones,
            "unmatched": unmatched,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "before_mb": base_rss / 1024,
            "dpi": dpi,
            "format": pdf_limits().image_format,
        }


def child(mode: str, folder: Path) -> dict:
    command = [sys.executable, __file__, "--worker", mode, "--folder", str(folder)]
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=24)
    parser.add_argument("--pdf", help="a real page PDF to use for every page")
    parser.add_argument("--worker", choices=["both", "bare", "ours"], help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.folder)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        make_pdfs(args.pages, args.pdf, Path(tmp))
        both = child("both", Path(tmp))
        only_bare, only_ours = child("bare", Path(tmp)), child("ours", Path(tmp))
    bare_ms = [t * 1000 for t in both["times"]["bare"]]
    ours_ms = [t * 1000 for t in both["times"]["ours"]]
    ratios = [o / b for o, b in zip(ours_ms, bare_ms, strict=True)]
    ratio = statistics.median(ratios)
    print(
        f"pages: {args.pages} ({args.pdf or 'made by tests/pdfpages/builder.py'}), {both['dpi']} dpi"
    )
    print(f"bare pypdfium2 render: median {statistics.median(bare_ms):.0f} ms per page")
    print(
        f"ours (characters + render + {both['format']} + thumbnail + zones + storage + rows): median "
        f"{statistics.median(ours_ms):.0f} ms per page; {both['zones']} zones, "
        f"{both['unmatched']} parts not found"
    )
    print(f"ours ÷ bare (median per page): {ratio:.2f} (target ≤ 1.5)")
    steps = both["steps"]
    print(
        f"where the time goes (each step alone, median of the first {len(steps['open + load the page'])} pages; "
        "page_attach_pdf renders and encodes in a thread while it matches zones):"
    )
    for name, values in steps.items():
        if name.endswith("bytes"):
            continue
        print(f"  {name}: {statistics.median(values):.0f} ms")
    print(
        f"  page image size: jpeg {statistics.median(steps['jpeg bytes']) / 1024:.0f} KB, "
        f"webp {statistics.median(steps['webp bytes']) / 1024:.0f} KB"
    )
    print(
        f"peak memory, whole edition (the process: Django {only_ours['django_mb']:.0f} MB, then "
        f"jieba and the imported text, then the PDFs): ours {only_ours['peak_mb']:.0f} MB, bare {only_bare['peak_mb']:.0f} MB; before "
        f"the PDFs {only_ours['before_mb']:.0f} MB, so the PDFs add "
        f"{only_ours['peak_mb'] - only_ours['before_mb']:.0f} MB (ours) and "
        f"{only_bare['peak_mb'] - only_bare['before_mb']:.0f} MB (bare) (target ≤ 300 MB)"
    )
    met = ratio <= 1.5 and only_ours["peak_mb"] <= 300
    print("targets met" if met else "targets NOT met")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
