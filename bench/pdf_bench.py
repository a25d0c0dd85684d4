#!/usr/bin/env python
"""Page PDFs: what attaching an edition's page PDFs costs (characters + render + page image and
thumbnail + zones + storage + rows, as ``import_pages`` runs it with the default settings)
against bare pypdfium2 rendering of the same pages, in one run, and where the time goes.

    python bench/pdf_bench.py [--pages 24] [--rounds 3] [--pdf PATH]

The pages are made here (tests/pdfpages/builder.py: three columns, an L-shaped story, a photo
with its caption, a jump), each with its own bytes so that storage never skips one; ``--pdf``
uses a real page PDF instead (every page the same file, with a byte appended to tell them
apart). Their text is imported first (not timed). Then, in one process, ``--rounds`` times and
alternating so that the machine's noise hits both alike, the whole edition:

* **bare**: for each page in turn, ``pypdfium2.PdfDocument(bytes)``,
  ``page.render(scale=dpi/72).to_pil()`` — what any renderer must do at least;
* **ours**: every page as ``import_pages`` handles it (the text import between the two steps
  is done first and not timed), a PDF beside its ``.txt``: checked before the text import,
  where it is read and rendered once (``source_data`` with a
  :class:`articles.importing.pdfprepare.PdfPreparer`: on this thread PDFium opens the page
  (counting its pages: a page's own PDF has one), refuses what is over the limits, copies its
  characters' codes and boxes and renders it, into two buffers kept from page to page, used in
  turn; one worker thread makes the characters' layout from what PDFium gave and packs it while
  the page renders, another encodes the page image and thumbnail, WebP by default, into a
  temporary folder while the next page is checked: two rendered pages at a time at most), then
  through one
  :class:`articles.importing.pdfs.PdfAttacher`, which calls PDFium no more: its worker thread
  matches the zones, and the rows (SQLite) and the three files (Django's file-system storage
  in a temp folder) are written on this thread. The per-page figure is the edition's wall time
  ÷ pages, so it counts on a second CPU for the worker threads. The output says how many CPUs
  the machine has, its load, and how much faster two threads do GIL-free work than one, before
  and after (about 2 with a CPU free, about 1 when other programs keep both busy: then no worker
  thread can help); and the CPU time of each thread in each step, from which ours ÷ bare with a
  CPU free for each thread follows.

Then each step alone on the first six pages (one thread), with the page image in both formats
and WebP's three fastest methods (time and size side by side; 0, the fastest, is the one used),
and the thumbnail made from the rendered page (used) or rendered by PDFium at its own size, so
the figures say where the time goes.

Peak memory (``ru_maxrss``, the whole process, PDFium's own allocations included) is measured in
fresh child processes, one doing only *bare* for the whole edition and one only *ours*.

The children run with ``DEBUG`` off, as the site is deployed (``newsroom.settings.dev`` with
``DJANGO_DEBUG=0``): under ``DEBUG`` Django keeps every query of the text import in memory
(about 3 MB for 24 pages); one more child runs *ours* with ``DEBUG`` on, and its peak is printed
beside.
Targets: ours ÷ bare ≤ 1.5 (median of the rounds), peak memory ≤ 300 MB for the edition.
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


def pdf_paths(folder: Path) -> list[Path]:
    """The page PDFs, in order; each is read when it is used (an importer holds one or two)."""
    return sorted(folder.glob("*.pdf"))


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


def import_texts(paths: list[Path], edition: int = 0) -> list:
    """The pages' text imported (from the .txt twin, or from the PDF), not timed; one paper per
    page and edition (every page may be the same page)."""
    from datetime import date

    from articles.importing import page_import
    from articles.importing.pdfs import PdfPage
    from articles.importing.pdfsources import pdf_text
    from articles.models import Page
    from articles.parsing import parse_page

    out = []
    for i, path in enumerate(paths):
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        text = text or pdf_text(PdfPage(path.read_bytes()))
        meta = parse_page(text).metadata  # a real page's stamp names its date and page
        report = page_import(
            paper_name=f"基准日报{edition}-{i}",
            paper_slug=f"bench-daily-{edition}-{i}",
            issue_date=date.fromisoformat(meta.date) if meta.date else date(2024, 5, 20),
            label=meta.label or str(i + 1),
            data=text,
        )
        out.append(Page.objects.select_related("issue__publication").get(pk=report.page_id))
    return out


def bare(paths: list[Path], dpi: int) -> tuple[float, float]:
    """Every page rendered in turn, the plain way: (seconds, CPU seconds)."""
    import pypdfium2

    start, cpu = time.perf_counter(), time.process_time()
    for path in paths:
        document = pypdfium2.PdfDocument(path.read_bytes())
        page = document[0]
        page.render(scale=dpi / 72).to_pil()
        page.close()
        document.close()
    return time.perf_counter() - start, time.process_time() - cpu


def ours(pages: list, paths: list[Path]) -> dict:
    """Every page's PDF as ``import_pages`` handles it (beside its ``.txt``): checked before the
    text import, where each page is read and rendered once (``source_data`` with a
    ``PdfPreparer``: the check opens the page and refuses what is over the limits, reads its
    characters and renders it; the preparer's worker thread packs the characters and encodes
    the page image while the next page is checked), then attached through one ``PdfAttacher``
    (zones matched on its worker thread; rows and files here). The text import between the two
    is not timed. Returns, for the check and for the attaching, the seconds and the CPU seconds
    of this thread and of the whole process, and the zones made and parts not found. A page
    that fails stops the bench."""
    from types import SimpleNamespace

    from articles.importing.pdfpairs import PdfRef
    from articles.importing.pdfprepare import PdfPreparer
    from articles.importing.pdfs import PdfAttacher, pdf_limits
    from articles.importing.pdfsources import source_data

    zones = unmatched = 0

    def count(done) -> None:
        nonlocal zones, unmatched
        for _, outcome in done:
            if isinstance(outcome, Exception):
                raise outcome
            zones += outcome.zones
            unmatched += len(outcome.unmatched)

    def clocks() -> tuple[float, float, float]:
        return time.perf_counter(), time.thread_time(), time.process_time()

    start = clocks()
    checked = []
    with PdfAttacher() as attacher, PdfPreparer(pdf_limits()) as preparer:
        for path, page in zip(paths, pages, strict=True):
            # As for a PDF beside its .txt: the page's text (from the .txt, or for a PDF alone
            # from its text layer) is the text import's work, done above and not timed here.
            source = SimpleNamespace(
                path=path.with_suffix(".txt"),
                paper_name=page.issue.publication.name,
                paper_slug=page.issue.publication.slug,
                date=page.issue.date,
                label=page.label,
            )
            checked.append(source_data(source, PdfRef(path), lambda _: "", preparer=preparer)[1])
        middle = clocks()
        for n, (page, pdf) in enumerate(zip(pages, checked, strict=True)):
            count(attacher.add(n, page, pdf))
        count(attacher.finish())
        end = clocks()  # the preparer's folder is emptied as it closes: not timed
    return {
        "check": [b - a for a, b in zip(start, middle, strict=True)],
        "attach": [b - a for a, b in zip(middle, end, strict=True)],
        "zones": zones,
        "unmatched": unmatched,
    }


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stages(paths: list[Path], pages: list, dpi: int) -> dict[str, list[float]]:
    """Where the time of *ours* goes, step by step on the same pages (ms): what the attacher
    does, each step alone on one thread, plus the other format and WebP's other fast methods."""
    import io

    import pypdfium2
    from PIL import Image

    from articles import pdfpages
    from articles.importing.pagezones import zones_find
    from articles.importing.pdfs import pdf_limits

    limits = pdf_limits()
    out: dict[str, list[float]] = {}

    clock = [0.0]

    def lap(name: str) -> None:
        now = time.perf_counter()
        out.setdefault(name, []).append((now - clock[0]) * 1000)
        clock[0] = now

    for page, path in zip(pages, paths, strict=True):
        data = path.read_bytes()
        clock[0] = time.perf_counter()
        document = pypdfium2.PdfDocument(data)
        loaded = document[0]
        lap("open + load the page")
        layout = pdfpages.read_page(loaded, limits=limits)
        lap("characters + images + fonts")
        image = pdfpages.render_image(loaded, 0, limits)
        lap(f"render at {dpi} dpi (RGBX, no copy)")
        zones_find(page, layout)
        lap("zones (rows read + matching)")
        for name in ("webp", "jpeg"):
            rendered = pdfpages.encode_image(image, dataclasses.replace(limits, image_format=name))
            lap(f"encode {name} q{limits.image_quality} + thumbnail")
            out.setdefault(f"{name} bytes", []).append(len(rendered.image))
        for method in (0, 1, 2):
            buffer = io.BytesIO()
            image.save(buffer, format="WEBP", quality=limits.image_quality, method=method)
            lap(f"webp method {method} (page image only)")
            out.setdefault(f"webp method {method} bytes", []).append(len(buffer.getvalue()))
        width = limits.thumbnail_width
        image.reduce(image.width // width).resize(
            (width, round(image.height * width / image.width)), Image.Resampling.LANCZOS
        )
        lap("thumbnail from the rendered page (reduce + Lanczos; used)")
        loaded.render(scale=width / loaded.get_width(), rev_byteorder=True, prefer_bgrx=True)
        lap("thumbnail rendered by PDFium at its own size (not used)")
        loaded.close()
        document.close()
    return out


def worker(mode: str, folder: Path, rounds: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        setup_django(tmp)
        from django.conf import settings

        from articles.importing.pdfs import pdf_limits

        dpi = pdf_limits().dpi
        paths = pdf_paths(folder)
        django_mb = _rss_mb()
        editions = [import_texts(paths, n) for n in range(rounds if mode != "bare" else 1)]
        base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        times: dict[str, list] = {"bare": [], "ours": [], "check": [], "attach": []}
        zones = unmatched = 0
        for pages in editions if mode != "bare" else [None]:
            if mode in ("both", "bare"):
                times["bare"].append(bare(paths, dpi))
            if mode in ("both", "ours"):
                done = ours(pages, paths)
                check, attach = done["check"], done["attach"]
                times["ours"].append([c + a for c, a in zip(check, attach, strict=True)])
                times["check"].append(check)
                times["attach"].append(attach)
                zones, unmatched = done["zones"], done["unmatched"]
        steps = stages(paths[:6], editions[0][:6], dpi) if mode == "both" else {}
        return {
            "steps": steps,
            "django_mb": django_mb,
            "times": times,
            "zones": zones,
            "unmatched": unmatched,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "before_mb": base_rss / 1024,
            "dpi": dpi,
            "debug": settings.DEBUG,
            "format": pdf_limits().image_format,
        }


def two_threads() -> float:
    """How much faster two threads do two pieces of GIL-free work (SHA-256 of 64 MB each) than
    one thread does them one after the other, on this machine now: about 2 with a second CPU
    free, about 1 when other programs keep both busy (then no worker thread can help)."""
    import hashlib
    import threading

    data = b"\0" * (64 * 1024 * 1024)
    best = 0.0
    for _ in range(3):
        start = time.perf_counter()
        hashlib.sha256(data).digest()
        hashlib.sha256(data).digest()
        alone = time.perf_counter() - start
        threads = [threading.Thread(target=hashlib.sha256, args=(data,)) for _ in range(2)]
        start = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        best = max(best, alone / (time.perf_counter() - start))
    return best


def child(mode: str, folder: Path, rounds: int, *, debug: bool = False) -> dict:
    """One child process doing ``mode``, with ``DEBUG`` off as deployed (or on)."""
    command = [sys.executable, __file__, "--worker", mode, "--folder", str(folder)]
    command += ["--rounds", str(rounds)]
    env = dict(os.environ, DJANGO_DEBUG="1" if debug else "0")
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=24)
    parser.add_argument("--rounds", type=int, default=3, help="editions timed, alternating")
    parser.add_argument("--pdf", help="a real page PDF to use for every page")
    parser.add_argument("--worker", choices=["both", "bare", "ours"], help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.folder, args.rounds)))
        return 0
    load, spare = os.getloadavg(), two_threads()
    with tempfile.TemporaryDirectory() as tmp:
        make_pdfs(args.pages, args.pdf, Path(tmp))
        both = child("both", Path(tmp), args.rounds)
        only_bare, only_ours = child("bare", Path(tmp), 1), child("ours", Path(tmp), 1)
        ours_debug = child("ours", Path(tmp), 1, debug=True)
    load_after, spare_after = os.getloadavg(), two_threads()
    pages = args.pages
    bare_ms = [t[0] * 1000 / pages for t in both["times"]["bare"]]
    ours_ms = [t[0] * 1000 / pages for t in both["times"]["ours"]]
    bare_cpu = statistics.median(t[1] * 1000 / pages for t in both["times"]["bare"])
    all_cpu = statistics.median(t[2] * 1000 / pages for t in both["times"]["ours"])

    def phase(name: str) -> tuple[float, float, float]:
        """A phase's median per page (ms): wall time, this thread's CPU, the worker threads'."""
        rounds = both["times"][name]
        return (
            statistics.median(t[0] * 1000 / pages for t in rounds),
            statistics.median(t[1] * 1000 / pages for t in rounds),
            statistics.median((t[2] - t[1]) * 1000 / pages for t in rounds),
        )

    check, attach = phase("check"), phase("attach")
    # With a CPU free for each thread: the check takes its busier thread's time (PDFium here,
    # the encoder there: both let the other run); the attaching is Python on both threads
    # (zones there, rows and files here), one at a time under the GIL: their sum.
    free = max(check[1], check[2]) + attach[1] + attach[2]
    ratios = [o / b for o, b in zip(ours_ms, bare_ms, strict=True)]
    ratio = statistics.median(ratios)
    print(
        f"pages: {pages} ({args.pdf or 'made by tests/pdfpages/builder.py'}), {both['dpi']} dpi, "
        f"{args.rounds} rounds; machine: {os.cpu_count()} CPUs, load average "
        f"{load[0]:.1f} before, {load_after[0]:.1f} after; two threads of GIL-free work run "
        f"{spare:.2f}× as fast as one before, {spare_after:.2f}× after (2 with a CPU free); "
        f"DEBUG {'on' if both['debug'] else 'off'}"
    )
    print(
        "bare pypdfium2 render, one page after another: per page "
        + ", ".join(f"{v:.0f}" for v in bare_ms)
        + " ms (each round)"
    )
    print(
        f"ours (the check before the text import, each page read and rendered once: open + "
        f"limits + characters + render, the preparer's worker thread packing the characters and "
        f"encoding {both['format']} + thumbnail while the next page is checked: two rendered "
        f"pages at a time at most; then PdfAttacher: zones on its worker thread, storage + rows; "
        f"edition wall time ÷ pages): per page "
        + ", ".join(f"{v:.0f}" for v in ours_ms)
        + f" ms; {both['zones']} zones, {both['unmatched']} parts not found"
    )
    print(
        f"ours ÷ bare: {', '.join(f'{r:.2f}' for r in ratios)}; median {ratio:.2f} "
        "(target ≤ 1.5; uses the worker threads: 2 CPUs)"
    )
    print(
        f"per page, median of the rounds: the check {check[0]:.0f} ms (CPU: this thread "
        f"{check[1]:.0f}, the worker {check[2]:.0f}), the attaching {attach[0]:.0f} ms (CPU: this "
        f"thread {attach[1]:.0f}, the worker {attach[2]:.0f})"
    )
    print(
        f"CPU time per page: bare {bare_cpu:.0f} ms; ours {all_cpu:.0f} ms; with a CPU free for "
        f"each thread, ours ÷ bare ≈ {free / bare_cpu:.2f} (the check's busier thread + the "
        f"attaching's two threads one at a time, Python under the GIL; waits for files and the "
        f"database come on top); on one CPU {all_cpu / bare_cpu:.2f}"
    )
    steps = both["steps"]
    print(
        f"where the time goes (each step alone on one thread, median of the first "
        f"{len(steps['open + load the page'])} pages):"
    )
    for name, values in steps.items():
        if name.endswith("bytes"):
            continue
        print(f"  {name}: {statistics.median(values):.0f} ms")
    sizes = ", ".join(
        f"{name[:-6]} {statistics.median(values) / 1024:.0f} KB"
        for name, values in steps.items()
        if name.endswith("bytes")
    )
    print(f"  page image size: {sizes}")
    print(
        f"peak memory, whole edition (the process: Django {only_ours['django_mb']:.0f} MB, then "
        f"jieba and the imported text, then the PDFs): ours {only_ours['peak_mb']:.0f} MB, bare "
        f"{only_bare['peak_mb']:.0f} MB; before the PDFs {only_ours['before_mb']:.0f} MB (ours), "
        f"{only_bare['before_mb']:.0f} MB (bare), so the PDFs add "
        f"{only_ours['peak_mb'] - only_ours['before_mb']:.0f} MB (ours) and "
        f"{only_bare['peak_mb'] - only_bare['before_mb']:.0f} MB (bare) (target ≤ 300 MB; "
        f"DEBUG off as deployed; with DEBUG on: ours {ours_debug['peak_mb']:.0f} MB, "
        f"{ours_debug['before_mb']:.0f} before the PDFs)"
    )
    met = ratio <= 1.5 and only_ours["peak_mb"] <= 300
    print("targets met" if met else "targets NOT met")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
