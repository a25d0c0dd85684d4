"""The site's 400 and 403 answers, in the look of where they were asked: the desk's
(``/admin/…``: the admin's header, breadcrumbs home) or the public site's (``templates/400.html``,
``templates/403.html``, with the e-paper's masthead).

A request Django refused for going past one of its size limits gets a page that names the limit
and what to do, in the desk's words (an editor's upload of too many files, a paste too long, a
form with too many fields), whatever ``DEBUG`` is: Django answers such a request with its
English debug page when ``DEBUG`` is on (``scripts/run``), so
:class:`newsroom.middleware.RequestLimitsMiddleware` reads the request's data before any view
and answers here (:func:`limit_response`); ``handler400`` answers the same when it is off."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.views import defaults

#: What a request past one of Django's limits raises (when its data is first read).
LIMIT_ERRORS = (RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent)


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):g} MB"


def limit_message(exception: Exception | None) -> str | None:
    """What to tell the person whose request went past a Django request limit (settings
    ``DATA_UPLOAD_MAX_NUMBER_FILES``, ``DATA_UPLOAD_MAX_MEMORY_SIZE``,
    ``DATA_UPLOAD_MAX_NUMBER_FIELDS``), or ``None`` for any other bad request."""
    if isinstance(exception, TooManyFilesSent):
        return (
            f"一次最多上传 {settings.DATA_UPLOAD_MAX_NUMBER_FILES} 个文件。"
            "请把这些文件分成几次上传（例如每次一个版面组），什么都没有导入。"
        )
    if isinstance(exception, RequestDataTooBig):
        limit, page = settings.DATA_UPLOAD_MAX_MEMORY_SIZE, settings.NEWSROOM_MAX_PAGE_BYTES
        return (
            f"这次提交的文字超过 {limit:,} 字节（{_mb(limit)}）的上限，什么都没有保存或导入。"
            "上传版面时，请把每个版面的文本存成 .txt 文件，用“选择文件”上传，不要粘贴"
            f"（每个版面的文本最多 {page:,} 字节）；粘贴的文字比这还长，多半是把几个版面粘在了"
            "一起，请按版分开，一版一个文件。"
        )
    if isinstance(exception, TooManyFieldsSent):
        return (
            f"这个表单的字段超过 {settings.DATA_UPLOAD_MAX_NUMBER_FIELDS:,} 个，无法保存。"
            "请分几次修改（例如先保存一部分稿件），什么都没有改动。"
        )
    return None


def at_the_desk(request) -> bool:
    """Whether ``request`` is for the desk (the admin, ``/admin/…``)."""
    try:
        return request.path.startswith(reverse("admin:index"))
    except NoReverseMatch:
        return False


def desk_error(request, *, title: str, message: str, status: int):
    """The desk's error page: the admin's header and a way back to the desk's home."""
    from django.contrib import admin

    context = {**admin.site.each_context(request), "title": title, "message": message}
    return render(request, "admin/articles/desk_error.html", context, status=status)


def limit_response(request, exception: Exception):
    """The 400 answer to a request past a Django limit (``exception``, one of
    :data:`LIMIT_ERRORS`): its :func:`limit_message`, in the desk's look at the desk."""
    message = limit_message(exception)
    if at_the_desk(request):
        return desk_error(request, title="提交的内容超过上限", message=message, status=400)
    return render(request, "400.html", {"message": message}, status=400)


def bad_request(request, exception=None):
    """``handler400``: the limit's own message (:func:`limit_message`) when Django refused the
    request for its size, else Django's default (``templates/400.html``). Status 400 either way."""
    if limit_message(exception) is not None:
        return limit_response(request, exception)
    return defaults.bad_request(request, exception)


#: The desk's 403 when the refusal gave no reason of its own.
DESK_FORBIDDEN = (
    "您的账号不能做这件事（例如只有总编辑可以签发和发布，或这个操作不属于您的角色）。"
    "如需要，请联系总编辑或管理员。"
)


def permission_denied(request, exception=None):
    """``handler403``: at the desk, the desk's page (its header, not the e-paper's masthead of
    whichever paper), with the refusal's own reason when it gave one; elsewhere the public
    site's (``templates/403.html``)."""
    if at_the_desk(request):
        given = getattr(exception, "args", ())
        reason = str(given[0]) if given and given[0] else ""  # (PermissionDenied(None): none)
        return desk_error(request, title="没有权限", message=reason or DESK_FORBIDDEN, status=403)
    return defaults.permission_denied(request, exception)


#: What an expired form (a CSRF refusal) tells the person who sent it.
FORM_EXPIRED = (
    "这个表单已经过期（页面打开太久、期间重新登录过，或在另一个窗口退出了登录），"
    "这次的修改没有保存。您输入的文字还在上一页的表单里：请按浏览器的“后退”回到上一页，"
    "把要保留的文字复制下来，然后刷新那一页，重新填写或粘贴，再提交一次。"
)


def view_methods(request) -> list[str]:
    """The HTTP methods (upper case) the view at ``request``'s address answers: a class view's
    own (``GET``, ``HEAD``, ``OPTIONS`` for the public pages), ``["GET", "HEAD"]`` for a
    function view or an address no view has (the public site's function views only read)."""
    from django.urls import Resolver404, resolve

    try:
        view_class = getattr(resolve(request.path_info).func, "view_class", None)
    except Resolver404:
        view_class = None
    if view_class is None:
        return ["GET", "HEAD"]
    return [
        m.upper() for m in view_class.http_method_names if hasattr(view_class, m) or m == "head"
    ]


def method_not_allowed(request, allowed=("GET", "HEAD")):
    """The public site's 405 (``templates/405.html``): this address is only read, not sent to."""
    response = render(request, "405.html", status=405)
    response["Allow"] = ", ".join(allowed)
    return response


def csrf_failure(request, reason=""):
    """``CSRF_FAILURE_VIEW``: a form sent without a valid CSRF token. At the desk (and for a
    form sent to any address that takes one) the page says the form had expired, that nothing was
    saved and how to redo it without losing the typing, in the desk's look (status 403); a POST,
    PUT or DELETE to a public page that only answers GET is that page's 405 instead, as it would
    be with a token (:func:`method_not_allowed`). ``reason`` (Django's English) is not shown."""
    if not at_the_desk(request) and request.method not in view_methods(request):
        return method_not_allowed(request, view_methods(request))
    if at_the_desk(request):
        return desk_error(request, title="表单已过期，没有保存", message=FORM_EXPIRED, status=403)
    return render(request, "form_expired.html", {"message": FORM_EXPIRED}, status=403)


def server_error(request):
    """``handler500``: a request that failed because the database could not be reached (a
    connection refused or lost: :func:`newsroom.dbcheck.is_connection_failure`) is a 503 with a
    page saying the site is briefly unavailable and to retry (``templates/503.html``, rendered
    without the database, ``Retry-After: 30``); any other failure is Django's 500
    (``templates/500.html``)."""
    import sys

    from django.db import DatabaseError
    from django.http import HttpResponse
    from django.template import loader

    from newsroom.dbcheck import is_connection_failure

    exc = sys.exc_info()[1]
    if isinstance(exc, DatabaseError) and is_connection_failure(exc):
        page = loader.get_template("503.html").render()
        response = HttpResponse(page, status=503)
        response["Retry-After"] = "30"
        return response
    return defaults.server_error(request)
