"""Refuse requests no browser sends, before they reach a view or the database."""

from django.http import HttpResponseBadRequest, UnreadablePostError
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


class RequestLimitsMiddleware:
    """A request past one of Django's size limits (a paste over ``DATA_UPLOAD_MAX_MEMORY_SIZE``,
    too many fields or files) is answered with the page that names the limit and what to do
    (:func:`newsroom.errors.limit_response`: the desk's look at the desk), whatever ``DEBUG``
    is. Django raises the error only when the data is first read (the CSRF check, a view) and
    with ``DEBUG`` on answers it with its English debug page, so the data is read here first.
    Put it after the authentication and message middleware (the desk's page names the user)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from newsroom.errors import LIMIT_ERRORS, limit_response

        try:
            request.GET  # noqa: B018  (parsing counts the fields)
            if request.method == "POST":
                request.POST  # noqa: B018  (parsing checks the size, fields and files)
        except LIMIT_ERRORS as exc:
            return limit_response(request, exc)
        except UnreadablePostError:
            pass  # the connection broke while sending: the CSRF check answers it, as before
        return self.get_response(request)


class MethodNotAllowedPageMiddleware:
    """The public site takes no forms: a request to it with any method but ``GET``, ``HEAD`` or
    ``OPTIONS`` (a POST, PUT, PATCH, DELETE …) is answered with the site's Chinese 405 page
    (:func:`newsroom.errors.method_not_allowed`) before any view or the CSRF check runs, unless
    the address's view is a class that declares that method (none does today). Before, a function
    view's address (``/search/``, the feeds, the sitemaps, ``/robots.txt``, ``/healthz``) was the
    CSRF check's 403 "表单已过期" instead. A public view's own bare 405 (Django's empty
    ``HttpResponseNotAllowed``) becomes the same page, same ``Allow``. The desk's are left alone."""

    SAFE = frozenset({"GET", "HEAD", "OPTIONS"})

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from newsroom.errors import at_the_desk, method_not_allowed, view_methods

        if request.method not in self.SAFE and not at_the_desk(request):
            allowed = view_methods(request)
            if request.method not in allowed:
                return method_not_allowed(request, allowed)
        response = self.get_response(request)
        if response.status_code != 405 or getattr(response, "content", b"x"):
            return response
        if at_the_desk(request):
            return response
        allowed = [m.strip() for m in response.get("Allow", "GET, HEAD").split(",") if m.strip()]
        return method_not_allowed(request, allowed)
