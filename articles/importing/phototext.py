"""A photo edited by hand whose page is re-imported printing it otherwise: the page's text kept
pending on the photo, said old → new, and taken at the desk (采用版面文本), as a story's is
(:mod:`articles.importing.pagetext`, :mod:`articles.importing.pagetake`; README: Importing,
“Hand edits win”, and The editors' desk, “采用版面文本”).

* :func:`pending_keep` — the import (:func:`articles.importing.photowrite.photos_write`): what
  the page text changed in the photo's caption and credit line since it was last imported
  (:func:`photo_imported_version`: its newest history record an import wrote, never the
  editor's version), ``说明“…”→“…”``, ``署名“…”→“…”``; when anything, the page's text is kept on
  the photo (``Photo.page_text_pending``, with the photographers its credit names), else cleared;
  :func:`pending_clear` when the page prints the photo as the editor has it.
* :func:`photo_text_offer` / :func:`photo_text_take` — the desk takes it for one photo: its
  caption, credit line and photographers become the page text (as an import writes them), it is
  no longer edited by hand, one history record ``采用版面文本（A3版）`` by the editor, its story
  saved as after a caption fix (sign-off rule included). A stale confirmation is refused.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import partial

from django.db import transaction
from django.utils import timezone

from articles.crediting import people_for, photo_credits_set
from articles.editing import history_baseline, photo_stories_update
from articles.importing.pagetext import (
    TAKE_REASON,
    PageTextRefused,
    changes_line,
    field_changes,
    written_by_import,
)
from articles.models import Photo
from articles.signoff import edit_reason, photo_refusal
from articles.storynames import quoted

#: A photo's printed fields, as the desk names them.
PHOTO_FIELDS = (("caption", "说明"), ("credit_line", "署名"))
#: The history reason of the story a photo that took its page text is printed with (not
#: ``采用版面文本…``: that would read as the story's own text taken from the page).
STORY_REASON = "所附图片采用版面文本（{label}版）"
STALE_MESSAGE = (
    "没有采用版面文本：确认页打开之后，{name}又有了改动（有人修改了它，或重新导入了{label}版），"
    "什么都没有写入。请回到图片页重新查看改动，再点“采用版面文本”。"
)
NOTHING_MESSAGE = (
    "没有采用版面文本：{name}没有未采用的版面文本（可能已经采用过，或重新导入后已与版面相同）。"
)


def photo_name(photo: Photo) -> str:
    """``A3版的图片“游客乘船夜游濠河。”``, as the desk names a photo (``photo.page`` at hand)."""
    return f"{photo.page.label}版的图片{quoted(str(photo))}"


def photo_imported_version(photo: Photo) -> dict | None:
    """``{"caption", "credit_line"}`` as ``photo`` was last imported: its newest history record
    an import of its page wrote (:func:`~articles.importing.pagetext.written_by_import`: the
    baseline recorded before its first hand edit, an importer's save, the page text taken);
    None when none is recorded. One query (``photo.page`` at hand)."""
    label = photo.page.label
    for record in photo.history.order_by("-history_date", "-history_id"):
        if written_by_import(record, label):
            return {name: getattr(record, name) for name, _ in PHOTO_FIELDS}
    return None


def pending_keep(photo: Photo, values: dict, names: list[str]) -> str:
    """``photo`` (edited by hand) is kept as the editor saved it while its page's new text
    prints ``values`` (``caption``, ``credit_line``; ``names``: the photographers its credit
    names): what that text changed since the photo was last imported, as a conflict line goes
    on (``版面文本有改动：说明“…”→“…”；署名“…”→“…”``), ``""`` when nothing (it prints it as
    imported). The page's text is kept pending on the photo when it changed something, else
    cleared. Two queries at most; no history record."""
    after = {name: values[name] for name, _ in PHOTO_FIELDS}
    before = photo_imported_version(photo) or {name: getattr(photo, name) for name in after}
    said = field_changes(before, after, PHOTO_FIELDS)
    _pending_set(photo, {**after, "photographers": list(names), "changes": said} if said else None)
    return changes_line(said)


def pending_clear(photo: Photo) -> None:
    """Nothing of ``photo``'s page text is pending (the page prints it as the editor has it)."""
    _pending_set(photo, None)


def pending_settled(photo: Photo) -> None:
    """After an editor saved ``photo``: its pending page text is cleared when the photo now
    prints it (typed in by hand)."""
    pending = photo.page_text_pending
    if pending and all(getattr(photo, name) == pending[name] for name, _ in PHOTO_FIELDS):
        pending_clear(photo)


def _pending_set(photo: Photo, value: dict | None) -> None:
    if photo.page_text_pending != value:
        Photo.objects.filter(pk=photo.pk).update(page_text_pending=value)
        photo.page_text_pending = value


@dataclass(frozen=True)
class PhotoTextOffer:
    """``photo``'s pending page text: ``changes`` (since last imported), ``replaced`` (what
    taking it changes in the photo as it is now, the editor's own edits undone too),
    ``photographers`` (names) and ``token`` (the fingerprint of what was shown)."""

    photo: Photo
    changes: list[str]
    replaced: list[str]
    photographers: list[str]
    token: str

    @property
    def notice(self) -> str:
        """``版面文本与这张图片不同（A3版 2026-12-05 07:30重新导入）``, in the site's time zone."""
        page = self.photo.page
        at = timezone.localtime(page.imported_at) if page.imported_at else None
        when = f" {at:%Y-%m-%d %H:%M}重新导入" if at else ""
        return f"版面文本与这张图片不同（{page.label}版{when}）"


def photo_text_offer(photo: Photo) -> PhotoTextOffer | None:
    """What ``photo`` could take (``photo.page`` at hand), or None when nothing is pending."""
    pending = photo.page_text_pending
    if not pending:
        return None
    now = {name: getattr(photo, name) for name, _ in PHOTO_FIELDS}
    return PhotoTextOffer(
        photo=photo,
        changes=list(pending.get("changes", [])),
        replaced=field_changes(now, pending, PHOTO_FIELDS),
        photographers=list(pending.get("photographers", [])),
        token=_fingerprint(photo),
    )


def _fingerprint(photo: Photo) -> str:
    """The photo as stored (caption, credit, when edited, what is pending)."""
    value = (photo.caption, photo.credit_line, str(photo.edited_at), photo.page_text_pending)
    return hashlib.sha256(repr(value).encode()).hexdigest()[:20]


def photo_text_take(*, photo_id: int, token: str, user) -> PhotoTextOffer:
    """Give photo ``photo_id`` its pending page text (the offer the editor confirmed, ``token``
    its fingerprint), as the module's docstring says; the offer taken is returned. Raises
    :class:`~articles.importing.pagetext.PageTextRefused` (nothing written) when nothing is
    pending, the photo changed since (``token`` stale), or ``user`` may not change it
    (:func:`~articles.signoff.photo_refusal`)."""
    with transaction.atomic():
        rows = Photo.objects.select_for_update(of=("self",))
        photo = rows.select_related("page__issue__publication", "article").get(pk=photo_id)
        name, label = f"第{photo.position}位的图片", photo.page.label
        offer = photo_text_offer(photo)
        if offer is None:
            raise PageTextRefused(NOTHING_MESSAGE.format(name=name))
        if offer.token != token:
            raise PageTextRefused(STALE_MESSAGE.format(name=name, label=label))
        if refusal := photo_refusal(photo, user):
            raise PageTextRefused(f"没有采用版面文本：{refusal}")
        _take(photo, photo.page_text_pending, user)
    return offer


def _take(photo: Photo, pending: dict, user) -> None:
    history_baseline([photo])
    label = photo.page.label
    photo.caption, photo.credit_line = pending["caption"], pending["credit_line"]
    photo.edited_at = None  # its page's next correction reaches it by itself
    photo.page_text_pending = None
    photo._change_reason = TAKE_REASON.format(label=label)
    photo._history_user = user
    photo.save()
    people = people_for(photo, pending["photographers"])  # (namesakes: those it credits)
    photo_credits_set(photo, [people[name] for name in pending["photographers"]])
    photo_stories_update(
        [photo.article_id],
        reason=STORY_REASON.format(label=label),
        rule=partial(edit_reason, user=user),
    )
