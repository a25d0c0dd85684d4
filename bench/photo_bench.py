#!/usr/bin/env python
"""Photos: what the desk's save of an uploaded photo costs the editor's request, and what making
its WebP copies costs the task worker, for a PNG at the pixel limit (10000×10000, 1 亿像素,
decoded whole) and a camera JPEG (11000×9000, decoded at an eighth).

    python bench/photo_bench.py [--rounds 3] [--side 10000]

The pictures are made here once (a smooth picture, so the PNG stays within the 40 MB limit).
Each measurement is a fresh child process (``DEBUG`` off, as deployed; SQLite and the media
folder in a temporary directory; the seed page imported, not timed) that POSTs the photo's
change form with the file, as a browser sends it, through Django's test client:

* **inline**: ``NEWSROOM_PHOTO_INLINE_PIXELS`` set beyond any picture: the copies are made in
  the save, as before this change;
* **queued**: the default bound (4 million decoded pixels): a larger picture's copies are
  queued for the task worker (``articles.photouploads``), which the child then runs
  (``db_worker --batch``), timed apart.

Printed per picture and mode: the request's wall time (median of the rounds) and its peak
memory above what the process held before the POST (Linux's ``VmHWM``, reset by
``/proc/self/clear_refs``: the whole process, Pillow's own buffers included), and the
worker's time and peak for the queued copies. Target: the save of any picture within the
limits ≤ 1 s and ≤ 100 MB above the process.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def make_pictures(folder: Path, side: int) -> dict[str, Path]:
    """The PNG at the limit and the camera JPEG, written once into ``folder``."""
    from PIL import Image

    small = Image.effect_noise((side // 40, side // 40), 60).convert("RGB")
    out = {}
    png = small.resize((side, side), Image.BILINEAR)
    out["png"] = folder / "limit.png"
    png.save(out["png"], format="PNG", compress_level=6)
    del png
    jpeg = small.resize((11000, 9000), Image.BILINEAR)
    out["jpeg"] = folder / "camera.jpg"
    jpeg.save(out["jpeg"], format="JPEG", quality=85)
    return out


def _peak_reset() -> float:
    """Start a new high-water mark of this process's memory (Linux: ``clear_refs`` 5 resets
    ``VmHWM``); returns the memory in use now (MB)."""
    Path("/proc/self/clear_refs").write_text("5")
    return _status_mb("VmRSS")


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise LookupError(field)


def _peak_above(before: float) -> float:
    """The high-water mark since :func:`_peak_reset` above ``before`` (MB)."""
    return _status_mb("VmHWM") - before


def measure(path: Path, mode: str) -> dict:
    """In this (child) process: one save of the photo's form with ``path``; for ``queued`` then
    the worker's run."""
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DJANGO_SETTINGS_MODULE"] = "newsroom.settings.dev"
        os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
        import django
        from django.conf import settings

        django.setup()
        from django.test.utils import setup_test_environment

        setup_test_environment()  # the test client's host, no e-mail
        settings.MEDIA_ROOT = f"{tmp}/media"
        settings.STORAGES = {  # the admin's CSS without collectstatic's manifest
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
        from django.core.files.storage import default_storage
        from django.core.files.uploadedfile import SimpleUploadedFile
        from django.core.management import call_command

        default_storage.location = settings.MEDIA_ROOT
        call_command("migrate", verbosity=0)
        if mode == "inline":
            settings.NEWSROOM_PHOTO_INLINE_PIXELS = 10**12
        from django.contrib.auth import get_user_model
        from django.test import Client
        from django.urls import reverse

        from articles.models import Photo
        from tests.admin.conftest import form_data
        from tests.factories import import_seed

        import_seed()
        user = get_user_model().objects.create_superuser("bench", "b@example.com", "x")
        client = Client()
        client.force_login(user)
        photo = Photo.objects.get()
        address = reverse("admin:articles_photo_change", args=[photo.pk])
        sent = form_data(client.get(address))
        kind = "image/png" if path.suffix == ".png" else "image/jpeg"
        sent["image"] = SimpleUploadedFile(path.name, path.read_bytes(), content_type=kind)
        before = _peak_reset()
        start = time.perf_counter()
        response = client.post(address, sent)
        seconds = time.perf_counter() - start
        assert response.status_code == 302, response.status_code
        request_peak = _peak_above(before)
        photo.refresh_from_db()
        result = {
            "request_s": seconds,
            "request_mb": request_peak,
            "state": photo.rendition_state or "done",
        }
        if mode == "queued":
            before = _peak_reset()
            start = time.perf_counter()
            call_command(
                "db_worker", "--batch", "--no-startup-delay", "--no-reload", stdout=io.StringIO()
            )
            result["worker_s"] = time.perf_counter() - start
            result["worker_mb"] = _peak_above(before)
            photo.refresh_from_db()
            result["after_worker"] = photo.rendition_state or "done"
        return result


def child(path: Path, mode: str) -> dict:
    command = [sys.executable, __file__, "--child", mode, "--picture", str(path)]
    env = dict(os.environ, DJANGO_DEBUG="0")
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--side", type=int, default=10000)
    parser.add_argument("--child", choices=["inline", "queued"])
    parser.add_argument("--picture", type=Path)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.picture, args.child)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        pictures = make_pictures(Path(tmp), args.side)
        print(f"CPUs {os.cpu_count()}, load {os.getloadavg()[0]:.1f}")
        for name, path in pictures.items():
            print(f"{name} {path.stat().st_size / 1e6:.1f} MB")
            for mode in ("inline", "queued"):
                runs = [child(path, mode) for _ in range(args.rounds)]
                each = " / ".join(f"{r['request_s']:.2f}" for r in runs)
                line = (
                    f"  {mode:6} request {statistics.median(r['request_s'] for r in runs):.2f} s "
                    f"({each}), "
                    f"peak +{max(r['request_mb'] for r in runs):.0f} MB, {runs[0]['state']}"
                )
                if mode == "queued" and "worker_s" in runs[0]:
                    line += (
                        f"; worker {statistics.median(r['worker_s'] for r in runs):.2f} s, "
                        f"peak +{max(r['worker_mb'] for r in runs):.0f} MB, "
                        f"{runs[0]['after_worker']}"
                    )
                print(line, flush=True)
        print(f"load {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
