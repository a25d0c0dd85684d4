"""What an editor's upload may not change on a published page of a paper that requires sign-off.

On such a paper (发布须经签发) what readers see of a published issue beside its stories — a
page's 版名, its 导读, its page picture and zones — is the chief editor's
(:func:`articles.signoff.published_issue_refusal`); the desk's forms show it read-only to an
editor. An upload reached it another way: a reviewer's editor re-imported a published A1 whose
head now read another 版名 and whose teaser box was reworded, and gave A1 a new PDF, all public
at once and signed off by nobody. :func:`page_face` takes what readers see of the page an
upload item goes to before the page's import (inside the page's savepoint);
:func:`face_refusal` compares it with what the import wrote and says why the page is refused
(the caller rolls the savepoint back), naming what would change. The story text is
:func:`articles.signoff.published_reimport_refusal`'s.

A page readers do not see yet is held the same way (:func:`shown_refusal`): a late page new to a
published issue, or one of its pages hidden so far (``Page.objects.public()``: it prints only
stories not published), that the import would show to readers at once — a page of pictures or
adverts printing no story, whose 版名, photos standing alone and 导读 a reviewer's editor
brought to readers signed off by nobody. Its new stories stay drafts, and a late page of drafts
stays hidden until a chief editor publishes one of them, so an editor still imports it; a
continuation of a published story on it (a 下转 answered) changes that story's text and is
refused as such (:func:`articles.signoff.published_reimport_refusal`).

Not held to it: a chief editor (:func:`articles.signoff.may_sign_off`), ``user`` None (the
``import_pages`` command, run by whoever runs the site), a paper without sign-off and an issue
not published.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from articles.importing.handedits import pages_of
from articles.importing.pdfreport import dry_run_action
from articles.models import Page, PageImage, Photo, Status, Teaser
from articles.signoff import may_sign_off

_TEASER_FIELDS = ("position", "title_lines", "target_label", "target_section", "marker")


@dataclass(frozen=True)
class PageFace:
    """What readers see of stored page ``page_id`` beside its stories: its 版名 ``section``,
    its teasers (``(position, title lines, target label, target section, marker)`` tuples, in
    order), its stored PDF (a ``PageImage`` or None) and whether readers see the page now
    (``shown``: ``Page.objects.public()``)."""

    page_id: int
    section: str
    teasers: tuple
    picture: PageImage | None
    shown: bool = True


def _teasers(page_id: int) -> tuple:
    rows = Teaser.objects.filter(page_id=page_id).order_by("position")
    return tuple(tuple(map(_frozen, row)) for row in rows.values_list(*_TEASER_FIELDS))


def _frozen(value):
    return tuple(value) if isinstance(value, list) else value


def page_face(item, user) -> PageFace | None:
    """What readers see now of the page upload ``item`` (paper, date, label) goes to, when
    ``user`` may not change it (a published issue of a paper that requires sign-off, ``user``
    not one who may sign off); None when the page is not held (see the module)."""
    if user is None or may_sign_off(user):
        return None
    page = (
        Page.objects.filter(
            pages_of([item]),
            issue__status=Status.PUBLISHED,
            issue__publication__review_required=True,
        )
        .only("pk", "section")
        .first()
    )
    if page is None:
        return None
    picture = PageImage.objects.filter(page_id=page.pk).only("pdf_checksum", "pdf_page").first()
    shown = Page.objects.public().filter(pk=page.pk).exists()
    return PageFace(page.pk, page.section, _teasers(page.pk), picture, shown)


def face_changes(before: PageFace, pdf: bytes | None) -> list[str]:
    """What the import just written (inside the page's savepoint) changed of ``before`` that
    readers see, in Chinese: ``版名“要闻”→“综合新闻”`` (``版名（原为空）→“要闻”``: an import
    gives a page the 版名 its head prints only when it has none), ``导读``, ``版面图和热区`` (``pdf``, the
    upload's PDF for the page, new or other than the one stored)."""
    changes = []
    section = Page.objects.filter(pk=before.page_id).values_list("section", flat=True).first()
    if section is not None and section != before.section:
        was = f"“{before.section}”" if before.section else "（原为空）"
        changes.append(f"版名{was}→“{section}”")
    if _teasers(before.page_id) != before.teasers:
        changes.append("导读")
    if pdf and dry_run_action(hashlib.sha256(pdf).hexdigest(), 0, before.picture) != "unchanged":
        changes.append("版面图和热区")
    return changes


def face_refusal(before: PageFace | None, label: str, pdf: bytes | None) -> str:
    """Why the upload of page ``label`` is refused (:func:`face_changes` found something readers
    see changed on a published page held by :func:`page_face`), or ``""``."""
    changes = face_changes(before, pdf) if before is not None else []
    if not changes:
        return ""
    return (
        f"{label}版所在的一期已经发布，本报须经签发：这次导入会改动读者正在看的"
        f"{'、'.join(changes)}，只有总编辑（签发权限）可以导入这一版。"
        "请总编辑来导入；或请总编辑撤回本期，改好后再由总编辑发布。"
    )


def _seen_on(page: Page) -> str:
    """What readers would see of ``page`` beside its stories, in Chinese: ``版名“摄影”、2 幅图片、
    导读`` (``这一版`` when it prints none of them: an empty page is still one more page)."""
    seen = [f"版名“{page.section}”"] if page.section else []
    if photos := Photo.objects.public().filter(page_id=page.pk).count():
        seen.append(f"{photos} 幅图片")
    if Teaser.objects.filter(page_id=page.pk).exists():
        seen.append("导读")
    return "、".join(seen) or "这一版"


def shown_refusal(before: PageFace | None, page_id: int, label: str, user) -> str:
    """Why ``user``'s import of page ``label`` (``page_id``, as the import just wrote it inside
    the page's savepoint) is refused, or ``""``: readers did not see the page (new to the issue:
    ``before`` None; or hidden: ``before.shown`` False) and would now, on a published issue of
    a paper that requires sign-off, with ``user`` not one who may sign off (see the module)."""
    if user is None or may_sign_off(user) or (before is not None and before.shown):
        return ""
    page = (
        Page.objects.public()
        .filter(pk=page_id, issue__publication__review_required=True)
        .only("pk", "section")
        .first()
    )
    if page is None:
        return ""
    was = (
        "是已发布的一期新补的版面"
        if before is None
        else "所在的一期已经发布，这一版读者现在还看不到"
    )
    return (
        f"{label}版{was}，本报须经签发：导入后读者会立即看到它的{_seen_on(page)}，"
        "只有总编辑（签发权限）可以导入这一版。请总编辑来导入；"
        "版上有稿件的版面，稿件导入后是草稿，读者要等总编辑签发发布后才看得到这一版。"
    )
