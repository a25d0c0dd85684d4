"""A page's files (its PDF, image and thumbnail under ``pages/``) served only while readers may
see its picture.

A page's picture is the page as printed, every story legible on it: readers get it only while
the page is public and every story printed on it is published
(:func:`articles.querysets.picture_public`). Hiding the link is not enough, since anyone who
kept the address could still fetch the file, so every ``/media/pages/…`` address goes through
:func:`page_file`, which serves a file only when each page whose picture it is (a PDF of several
pages is the picture of each) shows its picture now. Otherwise, and for a name no page holds
any more (the file of a PDF replaced since: a stale copy), it is a 404. The desk (a staff
user) sees every page's files, as its page form shows them.

Deployment: the web server must pass ``/media/pages/`` to Django, not serve it from the media
folder (README, Deploying); with ``NEWSROOM_PAGE_FILES_ACCEL_PREFIX`` set (an nginx
``internal`` location over the media folder, e.g. ``/protected-media/``) Django only decides
and nginx sends the bytes (``X-Accel-Redirect``).
"""

from __future__ import annotations

import mimetypes
import re
from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import default_storage
from django.db.models import Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseNotModified
from django.views.decorators.http import require_safe

from articles.models import Page, PageImage
from articles.pagepictures import PAGES_FOLDER
from articles.querysets import picture_public


def shown_to_readers(name: str) -> bool | None:
    """Whether readers may fetch the page file ``name`` (``pages/ab/ab12….webp``): True when
    every page whose PDF, image or thumbnail it is shows its picture to readers, False when one
    does not, None when no page holds the name (a stale copy, or no file). Two queries."""
    holders = list(
        PageImage.objects.filter(Q(pdf=name) | Q(image=name) | Q(thumbnail=name)).values_list(
            "page_id", flat=True
        )
    )
    if not holders:
        return None
    shown = Page.objects.public().filter(picture_public(), pk__in=holders).count()
    return shown == len(set(holders))


# What a file name on Windows, macOS or Linux cannot hold (and controls): made ``_``.
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')


def pdf_name(paper: str, day, labels: list[str]) -> str:
    """What a page PDF is saved as: ``南通日报-2020-07-09-A2.pdf`` (``paper`` a paper's name or
    slug, ``day`` the issue's date, ``labels`` the pages it is the PDF of, in print order: a PDF
    of several pages ``…-A1-A4.pdf``), with what no file name may hold made ``_``. Also the
    page template's ``download`` name (``articles/templatetags``: ``pdf_download_name``)."""
    pages = "-".join(labels[:1] + labels[1:][-1:])
    return _NOT_IN_FILE_NAMES.sub("_", f"{paper}-{day:%Y-%m-%d}-{pages}.pdf")


#: The query parameter of a page PDF's address naming the page it is downloaded from
#: (:func:`pdf_url`): its page's id.
PDF_PAGE_PARAMETER = "page"


def pdf_url(picture: PageImage, page: Page) -> str:
    """The address of ``page``'s PDF (``picture``'s) naming ``page``
    (``/media/pages/ab/ab12….pdf?page=<id>``): two issues that print one PDF (the same file,
    so the same content-hash name) each get it under their own paper, date and label
    (:func:`pdf_disposition`); "" without a PDF."""
    if not picture.pdf:
        return ""
    return f"{picture.pdf.url}?{PDF_PAGE_PARAMETER}={page.pk}"


def pdf_disposition(name: str, page_id: int | None = None) -> str | None:
    """``Content-Disposition`` of the page PDF ``name`` (``pages/ab/ab12….pdf``): ``inline``
    (a browser shows it; the page's link says ``download``), its name for readers
    (:func:`pdf_name`) as RFC 6266 has it: ``filename*`` in UTF-8 and an ASCII ``filename``
    (the paper's slug) for the clients that read only that. Named after the issue of the page
    ``page_id`` when that page holds it (the page it was downloaded from, :func:`pdf_url`: a
    browser takes this name over the link's ``download``), else the earliest issue that prints
    it, with the labels of that issue's pages it is the PDF of. None when no page holds it.
    One query."""
    pages = list(
        Page.objects.filter(picture__pdf=name)
        .select_related("issue__publication")
        .order_by("issue__date", "sequence")
    )
    if not pages:
        return None
    named = next((p for p in pages if p.pk == page_id), pages[0])
    issue, labels = named.issue, [p.label for p in pages if p.issue_id == named.issue_id]
    readable = pdf_name(issue.publication.name, issue.date, labels)
    ascii_name = pdf_name(issue.publication.slug, issue.date, labels).encode("ascii", "replace")
    fallback = ascii_name.decode().replace("?", "_")
    return f"inline; filename=\"{fallback}\"; filename*=UTF-8''{quote(readable)}"


def _page_named(request: HttpRequest) -> int | None:
    """The page id a PDF's address names (:func:`pdf_url`), None for none or not a number."""
    value = request.GET.get(PDF_PAGE_PARAMETER, "")
    return int(value) if value.isascii() and value.isdigit() else None


def is_desk(request: HttpRequest) -> bool:
    user = request.user
    return bool(user.is_authenticated and user.is_active and user.is_staff)


@require_safe
def page_file(request: HttpRequest, name: str) -> HttpResponse:
    """``/media/pages/<name>``: the file, to readers only while its page shows its picture
    (:func:`shown_to_readers`), to the desk always; a 404 otherwise. Sent with
    ``Cache-Control: public, no-cache`` (a CDN asks again each time, so a withdrawn page's file
    stops at once) or ``private`` to the desk; its content-hash name is its ETag. A PDF is
    named for readers: ``南通日报-2020-07-09-A2.pdf`` (:func:`pdf_disposition`), not its hash."""
    full = PAGES_FOLDER + name
    shown = shown_to_readers(full)
    desk = is_desk(request)
    if shown is None or not (shown or desk):
        raise Http404("这个版面文件不存在或暂不公开。")
    etag = f'"{full}"'
    cache = "public, no-cache" if shown else "private, no-cache"
    if request.headers.get("If-None-Match") == etag:
        response = HttpResponseNotModified()
    elif settings.NEWSROOM_PAGE_FILES_ACCEL_PREFIX:
        response = HttpResponse(content_type=mimetypes.guess_type(full)[0] or "")
        response["X-Accel-Redirect"] = settings.NEWSROOM_PAGE_FILES_ACCEL_PREFIX + full
    else:
        try:
            handle = default_storage.open(full)
        except (FileNotFoundError, OSError) as missing:
            raise Http404("这个版面文件不在存储里。") from missing
        response = FileResponse(handle, content_type=mimetypes.guess_type(full)[0])
    if response.status_code == 200 and full.endswith(".pdf"):
        disposition = pdf_disposition(full, _page_named(request))
        if disposition:
            response["Content-Disposition"] = disposition
    response["ETag"] = etag
    response["Cache-Control"] = cache
    if desk:
        response["Vary"] = "Cookie"
    return response
