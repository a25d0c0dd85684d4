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
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from articles.models import Article, ArticlePart, Page, PageImage, Photo, PictureRelease, Zone
from articles.models.photos import PDF_PHOTOS
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
#: printed on it is not published yet (a draft).
PICTURE_WITHHELD = "本版版面图暂不公开：版上还有稿件未发布。"
#: ... when a story printed on it was withdrawn (撤回) after publication: it was published, so
#: "未发布" was untrue (a reviewer's A2 after one story was withdrawn).
PICTURE_WITHDRAWN = "本版有稿件已撤回，版面图暂不公开。"
#: ... when its own stories are all public but its PDF (one file, the same bytes) is also
#: another issue's page whose stories are withdrawn or not yet public: that file prints them.
PICTURE_SHARED = (
    "本版版面图暂不公开：同一份版面文件也是另一期的版面，那一期版上还有稿件已撤回或未公开。"
)


def _holding(page: Page) -> list[tuple[Article, bool]]:
    """The stories printed on ``page`` (a part or a zone there) that hold its picture back, in
    print order, each with whether it was withdrawn after publication: not published, and not
    a withdrawn story the desk released the picture for (``PictureRelease``, still good: the
    rule of :func:`articles.querysets.picture_public`). Two queries."""
    parts = (
        ArticlePart.objects.filter(
            Q(page=page) | Q(pk__in=Zone.objects.filter(page=page).values("part_id")),
            ~Q(article__status=PUBLISHED),
        )
        .select_related("article")
        .order_by("position")
    )
    named = {part.article_id: part.article for part in parts}
    if not named:
        return []
    once = set(
        Article.history.filter(id__in=list(named), status=PUBLISHED)
        .values_list("id", flat=True)
        .distinct()
    )
    released = set(released_for(page, [pk for pk in named if pk in once]))
    return [(a, a.pk in once) for pk, a in named.items() if pk not in released]


def released_for(page: Page, article_ids: list[int]) -> list[int]:
    """Those of ``article_ids`` (stories withdrawn after publication) printed on ``page`` whose
    withdrawal the desk chose to show its picture despite, the choice still good (the story not
    published again since). One query, none without ids."""
    if not article_ids:
        return []
    again = Article.history.filter(
        id=OuterRef("article_id"), status=PUBLISHED, history_date__gt=OuterRef("released_at")
    )
    releases = PictureRelease.objects.filter(page=page, article_id__in=article_ids)
    return list(releases.filter(~Exists(again)).values_list("article_id", flat=True))


def released_labels(article_ids: list[int]) -> dict[int, list[str]]:
    """For each of ``article_ids`` (stories withdrawn after publication) the labels of the pages
    whose picture the desk chose to show despite it (:func:`released_for`'s rule, on any page),
    in print order; stories with none left out. One query, none without ids."""
    if not article_ids:
        return {}
    again = Article.history.filter(
        id=OuterRef("article_id"), status=PUBLISHED, history_date__gt=OuterRef("released_at")
    )
    releases = PictureRelease.objects.filter(article_id__in=article_ids).filter(~Exists(again))
    labels: dict[int, list[str]] = {}
    for pk, label in releases.order_by("page__sequence").values_list("article_id", "page__label"):
        labels.setdefault(pk, []).append(label)
    return labels


def withheld_text(page: Page) -> str:
    """What ``page`` (shown, its picture withheld) says where its picture would be:
    :data:`PICTURE_WITHDRAWN` when a story withdrawn after publication holds it back, else
    :data:`PICTURE_WITHHELD`; :data:`PICTURE_SHARED` when no story of its own holds it back
    (its files are another issue's page's too: :func:`articles.querysets.picture_public`).
    Two to three queries."""
    holding = _holding(page)
    if any(withdrawn for _, withdrawn in holding):
        return PICTURE_WITHDRAWN
    return PICTURE_WITHHELD if holding else PICTURE_SHARED


def unpublished_on(page: Page) -> list[str]:
    """The stories that hold ``page``'s picture back (:func:`_holding`), each as
    ``“标题”（草稿）`` or ``“标题”（已撤回）``, in print order. Two queries."""
    return [
        f"“{article}”（{'已撤回' if withdrawn else article.get_status_display()}）"
        for article, withdrawn in _holding(page)
    ]


def desk_notes(page: Page) -> list[str]:
    """What the desk's page form says readers see of ``page`` beyond its stories: nothing of it
    (a page whose stories are all unpublished), or the page without its picture (a story on it
    unpublished or withdrawn), naming the stories that hold it back, why and how to show it
    (a withdrawn story: the desk chooses, :mod:`articles.admin.picturerelease`). Empty when
    readers see the page as the desk does, or when its issue is not public (nothing of it is
    shown). Up to five queries."""
    if not Page.objects.filter(public_issue("issue__"), pk=page.pk).exists():
        return []
    holding = _holding(page)
    waiting = unpublished_on(page) if holding else []
    if not waiting:
        return _shared_note(page)
    listed = "、".join(waiting[:8]) + ("等" if len(waiting) > 8 else "")
    if not Page.objects.public().filter(pk=page.pk).exists():
        return [
            f"读者看不到本版：版上的稿件都还没有发布（{listed}）。"
            "版面导航、栏目、网站地图里都没有本版，发布其中一篇后本版即公开。"
        ]
    if not PageImage.objects.filter(page=page).exists():
        return []
    if any(withdrawn for _, withdrawn in holding):
        return [
            f"{PICTURE_WITHDRAWN}读者看得到本版已发布的稿件，但看不到版面图、缩略图和 PDF："
            f"图上印着撤回的稿件，能读到全文（{listed}）。出于法律原因撤回的，请保持不公开；"
            "只是暂时撤下（改错、重复）的，可以在本页上方的“版面图与撤回的稿件”里选择照常公开版面图。"
        ]
    return [
        f"{PICTURE_WITHHELD}读者看得到本版已发布的稿件，但看不到版面图、缩略图和 PDF"
        f"（图上能读到未发布稿件的全文）：{listed}。这些稿件全部发布，或移出本版后，版面图自动公开。"
    ]


def _shared_note(page: Page) -> list[str]:
    """:func:`desk_notes` for a public page none of whose own stories holds its picture back,
    withheld all the same because its PDF is another issue's page's too (:data:`PICTURE_SHARED`),
    naming those pages. Up to three queries."""
    picture = PageImage.objects.filter(page=page).exclude(pdf="").first()
    if picture is None or Page.objects.filter(picture_public(), pk=page.pk).exists():
        return []
    others = (
        Page.objects.filter(picture__pdf=picture.pdf)
        .exclude(pk=page.pk)
        .select_related("issue__publication")
        .order_by("issue__date", "sequence")
    )
    named = "、".join(f"{other.issue} {other.label}版" for other in others)
    return [
        f"{PICTURE_SHARED}读者看得到本版已发布的稿件，但看不到版面图、缩略图和 PDF：同一份 PDF "
        f"也是{named}，那里还有稿件未公开或已撤回，图上能读到。那一版的稿件都公开后，本版的版面图自动公开。"
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
        "版上有撤回的稿件，读者只看得到本版已发布的稿件。"
        "这些稿件全部重新发布后，版面图自动恢复公开；只是暂时撤下（不是法律原因）的，"
        "也可以在该版的“版面图与撤回的稿件”里选择照常公开版面图。"
    )


def withdrawn_on(page: Page) -> list[tuple[Article, bool]]:
    """The stories printed on ``page`` withdrawn after publication (not published now, once
    published), in print order, each with whether the desk chose to show the page's picture
    despite it (:func:`released_for`). Three queries."""
    parts = ArticlePart.objects.filter(
        Q(page=page) | Q(pk__in=Zone.objects.filter(page=page).values("part_id")),
        ~Q(article__status=PUBLISHED),
    ).select_related("article")
    named = {part.article_id: part.article for part in parts.order_by("position")}
    once = set(
        Article.history.filter(id__in=list(named), status=PUBLISHED).values_list("id", flat=True)
    )
    released = set(released_for(page, list(once)))
    return [(a, pk in released) for pk, a in named.items() if pk in once]


@transaction.atomic
def picture_release_set(page: Page, chosen: Iterable[int], *, user) -> str:
    """The desk's choice for ``page``: its picture shown despite the withdrawn stories
    ``chosen`` (ids among :func:`withdrawn_on`; others ignored), held back for the rest.

    Only a real change is written and logged: a story ticked whose picture was held back
    (given: its ``PictureRelease`` row written, or a lapsed one dated again, as the story was
    published again since) and one unticked whose release was still good (taken back: its row
    deleted). A story left as it was keeps its row, who and when, untouched, and logs nothing:
    a re-save of the form logged every ticked story again, so the audit export listed one
    release once per save. A lapsed row left unticked is deleted silently (it held nothing
    back any more). Each story given or taken back gets one admin log entry by ``user``
    (:func:`_release_logged`; the audit export, ``articles.admin.auditrows``, reads the log, so
    who let a withdrawn story stay legible on the page image, and when, stays on record), and
    the page's picture is saved so every cached page of its issue shows the change at once
    (``articles.changes``: ``PageImage`` is content); neither without a change. Returns what
    the desk is told, starting ``没有改动：`` when nothing changed. In one transaction."""
    stories = withdrawn_on(page)
    withdrawn = {article.pk: article for article, _ in stories}
    before = {article.pk for article, released in stories if released}
    chosen = {pk for pk in chosen if pk in withdrawn}
    given, taken_back = sorted(chosen - before), sorted(before - chosen)
    PictureRelease.objects.filter(page=page).exclude(article_id__in=chosen).delete()
    for pk in given:
        PictureRelease.objects.update_or_create(
            page=page,
            article_id=pk,
            defaults={"released_by": user, "released_at": timezone.now()},
        )
    _release_logged(
        page, [withdrawn[pk] for pk in given], [withdrawn[pk] for pk in taken_back], user
    )
    picture = PageImage.objects.filter(page=page).first()
    if picture is not None and (given or taken_back):
        picture.save(update_fields=["updated_at"])
    unchanged = "" if given or taken_back else "没有改动："
    label = f"{page.issue} {page.label}版"
    if chosen:
        names = "、".join(f"“{withdrawn[pk]}”" for pk in sorted(chosen))
        return (
            f"{unchanged}{label}的版面图照常公开：撤回的稿件{names}在图上仍能读到。"
            "这些稿件再次发布后又撤回时，版面图会重新暂不公开，需要再决定。"
        )
    return f"{unchanged}{label}的版面图暂不公开，直到版上撤回的稿件重新发布。"


def _release_logged(page: Page, released: list, taken_back: list, user) -> None:
    """One admin log entry (修改, on the story) for each story of ``released`` and
    ``taken_back`` by :func:`picture_release_set`, saying which page's picture it is about."""
    from django.contrib.admin.models import CHANGE, LogEntry

    label = f"{page.issue} {page.label}版（版面 #{page.pk}）"
    for stories, said in (
        (released, f"版面图与撤回的稿件：{label}的版面图照常公开，这篇已撤回的稿件在图上仍能读到"),
        (
            taken_back,
            f"版面图与撤回的稿件：{label}的版面图改回暂不公开，这篇已撤回的稿件不再在图上给读者看",
        ),
    ):
        if stories:
            LogEntry.objects.log_actions(user.pk, stories, CHANGE, change_message=said)


def _cut_shared_by(photos: list) -> list[str]:
    """Where the other photos (not among ``photos``) using one of their pictures cut from a page
    PDF are printed, ``城市日报 2024-05-21 A1版``, in date order, each once: deleting these
    leaves that file public (:func:`articles.importing.pdfphotos.remove_unused_cuts`)."""
    cuts = {p.image.name for p in photos if (p.image.name or "").startswith(PDF_PHOTOS)}
    if not cuts:
        return []
    others = (
        Photo.objects.filter(image__in=cuts)
        .exclude(pk__in=[p.pk for p in photos])
        .select_related("page__issue__publication")
        .order_by("page__issue__date", "page__sequence")
    )
    return list(dict.fromkeys(f"{o.page.issue} {o.page.label}版" for o in others))


def deleted_photos_note(photos: Iterable) -> str:
    """What the desk is told before it deletes ``photos`` (``Photo`` rows) printed on a page
    with a picture from its PDF: deleting takes the photo itself off the site (its files, its
    caption and credit: :mod:`articles.photofiles`), not the page as printed, whose image,
    thumbnail, big picture and PDF still show it; and what the editor can do about those (a
    corrected PDF for the page; meanwhile a story of the page withdrawn, which withholds the
    picture: :func:`~articles.querysets.picture_public`); and, when a picture cut from the PDF is
    another photo's too (the same PDF in another issue: one file), that the file stays public
    with it (:func:`_cut_shared_by`). "" when no such page. Two queries."""
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
    sharing = _cut_shared_by(photos)
    kept = (
        f"；但它裁自版面 PDF 的图片文件同时是{'、'.join(sharing)}的图片（同一份 PDF），"
        "那些图片还在，这个文件仍能从原地址打开，要撤下须把那些图片一并删除"
        if sharing
        else ""
    )
    return (
        f"版面图和版面PDF仍印有{these}：删除只撤下图片本身（它的图片文件、阅读用图和分享用的 JPEG "
        f"不再对外提供，说明和摄影署名也从页面上去掉{kept}），{'、'.join(labels)}的版面图、缩略图、"
        "看大图和下载的版面 PDF 是版面的原样，仍印着它。要让读者也看不到：请排版部门出一份去掉"
        f"{these}的版面 PDF，在编辑台“导入版面文件”只上传这一版的新 PDF（文字不变，版面图和 PDF "
        "随之换掉）；等新 PDF 期间须立即撤下的，撤回这一版上的一篇稿件（稿件列表的“撤回所选稿件”），"
        f"这一版的版面图、缩略图和 PDF 即暂不公开，那篇稿件重新发布后恢复{files}。"
    )
