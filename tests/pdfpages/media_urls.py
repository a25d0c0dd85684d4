"""The site's URLs plus the media files of the default storage (page images, PDFs), for the
browser tests' live server, which serves no media of its own (DEBUG is off)."""

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.urls import re_path

from newsroom.urls import urlpatterns as site


def media(request, name: str):
    if ".." in name or not default_storage.exists(name):
        raise Http404(name)
    return FileResponse(default_storage.open(name, "rb"))


urlpatterns = [re_path(r"^media/(?P<name>.+)$", media), *site]
