"""The site's 400 handler: a request Django refused for going past one of its size limits gets a
page that names the limit and what to do, in the desk's words (an editor's upload of too many
files, a paste too long, a form with too many fields); any other bad request gets the generic
page (``templates/400.html``)."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.shortcuts import render
from django.views import defaults


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
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        return (
            f"这次提交的文字超过 {limit:,} 字节的上限。一个版面的文本请存成文件后按文件上传"
            "（每个版面文本最多 "
            f"{settings.NEWSROOM_MAX_PAGE_BYTES:,} 字节），什么都没有导入。"
        )
    if isinstance(exception, TooManyFieldsSent):
        return (
            f"这个表单的字段超过 {settings.DATA_UPLOAD_MAX_NUMBER_FIELDS:,} 个，无法保存。"
            "请分几次修改（例如先保存一部分稿件），什么都没有改动。"
        )
    return None


def bad_request(request, exception=None):
    """``handler400``: the limit's own message (:func:`limit_message`) when Django refused the
    request for its size, else Django's default (``templates/400.html``). Status 400 either way."""
    message = limit_message(exception)
    if message is None:
        return defaults.bad_request(request, exception)
    return render(request, "400.html", {"message": message}, status=400)
