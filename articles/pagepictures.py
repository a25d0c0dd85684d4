"""What readers see of a page and its picture, in the words of the public page and of the desk.

The rule is :meth:`articles.querysets.PageQuerySet.public` (a page is shown when its issue is
public and it prints a published story, or no story at all) and
:func:`articles.querysets.picture_public` (its image, thumbnail and PDF only while every story
printed on it is published: the picture is the page as printed, every story legible on it).
Here: the sentence a page shown without its picture says (:data:`PICTURE_WITHHELD`), and what
the desk is told: on the page's form (:func:`desk_notes`) and when stories are withdrawn
(:func:`pictures_withdrawn_note`).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.core.files.storage import default_storage
from django.db.models import Q

from articles.models import ArticlePart, Page, PageImage, Zone
from articles.querysets import PUBLISHED, picture_public, public_issue

#: The folder of the media storage that holds the pages' files (PDF, image, thumbnail).
PAGES_FOLDER = "pages/"


def guarded() -> bool:
    """Whether the pages' files are reached only through
    :func:`articles.views.pagefiles.page_file` (their storage gives addresses under
    ``MEDIA_URL``, which the URLconf routes there), not straight from a bucket."""
    url = default_storage.url(PAGES_FOLDER + "x.pdf")
    return url.startswith("/" + settings.MEDIA_URL.lstrip("/") + PAGES_FOLDER)


#: What a page shown for its published stories says where its picture would be, when a story
#: printed on it is not published (a draft, one withdrawn).
PICTURE_WITHHELD = "本版版面图暂不公开：版上还有稿件未发布。"


def unpublished_on(page: Page) -> list[str]:
    """The stories printed on ``page`` (a part or a zone there) that are not published, each
    as ``“标题”（草稿）``, in print order. One query."""
    parts = (
        ArticlePart.objects.filter(
            Q(page=page) | Q(pk__in=Zone.objects.filter(page=page).values("part_id")),
            ~Q(article__status=PUBLISHED),
        )
        .select_related("article")
        .order_by("position")
    )
    named = {part.article_id: part.article for part in parts}
    return [f"“{article}”（{article.get_status_display()}）" for article in named.values()]


def desk_notes(page: Page) -> list[str]:
    """What the desk's page form says readers see of ``page`` beyond its stories: nothing of it
    (a page whose stories are all unpublished), or the page without its picture (a story on it
    unpublished), naming the stories that hold it back and how to show it. Empty when readers
    see the page as the desk does, or when its issue is not public (nothing of it is shown).
    Two to three queries."""
    if not Page.objects.filter(public_issue("issue__"), pk=page.pk).exists():
        return []
    waiting = unpublished_on(page)
    if not waiting:
        return []
    listed = "、".join(waiting[:8]) + ("等" if len(waiting) > 8 else "")
    if not Page.objects.public().filter(pk=page.pk).exists():
        return [
            f"读者看不到本版：版上的稿件都还没有发布（{listed}）。"
            "版面导航、栏目、网站地图里都没有本版，发布其中一篇后本版即公开。"
        ]
    if not PageImage.objects.filter(page=page).exists():
        return []
    return [
        f"{PICTURE_WITHHELD}读者看得到本版已发布的稿件，但看不到版面图、缩略图和 PDF"
        f"（图上能读到未发布稿件的全文）：{listed}。这些稿件全部发布，或移出本版后，版面图自动公开。"
    ]


def pictures_withdrawn_note(article_ids: Iterable[int]) -> str:
    """What the desk is told when the stories ``article_ids`` were just withdrawn (or set back
    to a draft): the pages of public issues that print one of them and have a picture, whose
    image, thumbnail and PDF readers no longer get; "" when none. One query."""
    pages = (
        Page.objects.filter(
            public_issue("issue__"),
            parts__article_id__in=list(article_ids),
            picture__isnull=False,
        )
        .exclude(picture_public())
        .select_related("issue__publication")
        .order_by("issue__date", "sequence")
        .distinct()
    )
    labels = [f"{page.issue} {page.label}版" for page in pages]
    if not labels:
        return ""
    if guarded():
        files = "原来的地址也打不开了（读者得到 404，编辑部仍看得到）"
    else:
        files = (
            "但文件仍在媒体存储里，拿到原地址的人还能下载；"
            "法律原因撤稿须另从存储中删除这些文件（见 README“Taking content down”）"
        )
    return (
        f"{'、'.join(labels)}的版面图、缩略图和 PDF 随之撤下，{files}："
        "版上有未发布的稿件，读者只看得到本版已发布的稿件。"
        "这些稿件全部重新发布后，版面图自动恢复公开。"
    )


def deleted_photos_note(photos: Iterable) -> str:
    """What the desk is told before it deletes ``photos`` (``Photo`` rows) printed on a page
    with a picture from its PDF: deleting takes the photo itself off the site (its files, its
    caption and credit: :mod:`articles.photofiles`), not the page as printed, whose image,
    thumbnail, big picture and PDF still show it; and what the editor can do about those (a
    corrected PDF for the page; meanwhile a story of the page withdrawn, which withholds the
    picture: :func:`~articles.querysets.picture_public`). "" when no such page. One query."""
    photos = list(photos)
    pages = (
        Page.objects.filter(pk__in={p.page_id for p in photos}, picture__isnull=False)
        .select_related("issue__publication")
        .order_by("issue__date", "sequence")
    )
    labels = [f"{page.issue} {page.label}版" for page in pages]
    if not labels:
        return ""
    files = (
        ""
        if guarded()
        else "（版面文件存在对象存储里，撤下后原地址仍能下载，法律原因撤下须另从存储中删除，"
        "见 README“Taking content down”）"
    )
    these = "这张图片" if len(photos) == 1 else "这些图片"
    return (
        f"版面图和版面PDF仍印有{these}：删除只撤下图片本身（它的图片文件、阅读用图和分享用的 JPEG "
        f"不再对外提供，说明和摄影署名也从页面上去掉），{'、'.join(labels)}的版面图、缩略图、"
        "看大图和下载的版面 PDF 是版面的原样，仍印着它。要让读者也看不到：请排版部门出一份去掉"
        f"{these}的版面 PDF，在编辑台“导入版面文件”只上传这一版的新 PDF（文字不变，版面图和 PDF "
        "随之换掉）；等新 PDF 期间须立即撤下的，撤回这一版上的一篇稿件（稿件列表的“撤回所选稿件”），"
        f"这一版的版面图、缩略图和 PDF 即暂不公开，那篇稿件重新发布后恢复{files}。"
    )
