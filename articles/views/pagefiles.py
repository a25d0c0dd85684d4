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


def is_desk(request: HttpRequest) -> bool:
    user = request.user
    return bool(user.is_authenticated and user.is_active and user.is_staff)


@require_safe
def page_file(request: HttpRequest, name: str) -> HttpResponse:
    """``/media/pages/<name>``: the file, to readers only while its page shows its picture
    (:func:`shown_to_readers`), to the desk always; a 404 otherwise. Sent with
    ``Cache-Control: public, no-cache`` (a CDN asks again each time, so a withdrawn page's file
    stops at once) or ``private`` to the desk; its content-hash name is its ETag."""
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
    response["ETag"] = etag
    response["Cache-Control"] = cache
    if desk:
        response["Vary"] = "Cookie"
    return response
