"""Refuse requests no browser sends, before they reach a view or the database."""

from django.http import HttpResponseBadRequest
from django.template.loader import render_to_string


class RejectNulBytesMiddleware:
    """A NUL (or other C0 control character) in the path or query string is a 400.

    PostgreSQL cannot even compare text containing NUL, so without this a URL like
    ``/people/%00/`` would be a 500 rather than a clear refusal. The 400 page says so in
    Chinese (``templates/400.html``)."""

    CONTROL = {chr(c) for c in range(32)} - {"\t"}
    MESSAGE = "地址里有不可见的控制字符（如 NUL）：请删去它们，或从网站上的链接重新进入。"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any(ch in self.CONTROL for ch in request.path) or any(
            ch in self.CONTROL for values in request.GET.lists() for v in values[1] for ch in v
        ):
            return HttpResponseBadRequest(render_to_string("400.html", {"message": self.MESSAGE}))
        return self.get_response(request)
