"""URLconf for bench/public_bench.py: the whole site plus ``/bench/minimal/``, the smallest Django
view there is (same middleware, no template, no query), to measure the public views against."""

import time

from django.http import HttpResponse
from django.urls import path

from newsroom.urls import urlpatterns as site_urlpatterns


def minimal(request):
    return HttpResponse("ok", content_type="text/plain")


class ServerTiming:
    """Outermost middleware: ``Server-Timing: app;dur=<ms>`` on every response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        start = time.perf_counter()
        response = self.get_response(request)
        response["Server-Timing"] = f"app;dur={(time.perf_counter() - start) * 1000:.3f}"
        return response


urlpatterns = [path("bench/minimal/", minimal), *site_urlpatterns]
