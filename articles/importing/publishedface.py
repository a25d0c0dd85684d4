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

Not held to it: a chief editor (:func:`articles.signoff.may_sign_off`), ``user`` None (the
``import_pages`` command, run by whoever runs the site), a paper without sign-off, an issue not
published, and a page new to the issue (a late page: README, the desk's upload).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from articles.importing.handedits import pages_of
from articles.importing.pdfreport import dry_run_action
from articles.models import Page, PageImage, Status, Teaser
from articles.signoff import may_sign_off

_TEASER_FIELDS = ("position", "title_lines", "target_label", "target_section", "marker")


@dataclass(frozen=True)
class PageFace:
    """What readers see of stored page ``page_id`` beside its stories: its 版名 ``section``,
    its teasers (``(position, title lines, target label, target section, marker)`` tuples, in
    order) and its stored PDF (a ``PageImage`` or None)."""

    page_id: int
    section: str
    teasers: tuple
    picture: PageImage | None


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
    return PageFace(page.pk, page.section, _teasers(page.pk), picture)


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
