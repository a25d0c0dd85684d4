"""Refuse requests no browser sends, before they reach a view or the database."""

from django.http import HttpResponseBadRequest


class RejectNulBytesMiddleware:
    """A NUL (or other C0 control character) in the path or query string is a 400.

    PostgreSQL cannot even compare text containing NUL, so without this a URL like
    ``/people/%00/`` would be a 500 rather than a clear refusal."""

    CONTROL = {chr(c) for c in range(32)} - {"\t"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any(ch in self.CONTROL for ch in request.path) or any(
            ch in self.CONTROL for values in request.GET.lists() for v in values[1] for ch in v
        ):
            return HttpResponseBadRequest(
                "The address holds control characters (such as NUL); remove them and try again.",
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
