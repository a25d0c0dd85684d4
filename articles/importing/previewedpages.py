"""The pages an upload's preview saw, so that its confirmation writes only over those.

An upload's preview shows what the import would do to each page as stored then; confirmed
later, the same import writes over whatever the page has become (another editor's import of a
newer export, a hand edit, a merge or split, 撤销本版导入), and a stale preview would silently
put the older text back. The preview records :func:`page_state` of each page it shows (kept
with the item in the session and, for a background import, in the run's item), and the
confirmation asks :func:`pages_changed_since` inside the import's transaction: a page that is not
as the preview saw it is named (how it changed, who and when when known) and nothing is
imported (:func:`pages_changed_refusal`); the preview shown again is against the page as it is
now. A background import checks each page again as it imports it (the run's other pages go on,
each its own transaction as always).

What counts is what the import would overwrite and what only a person's action changes: the
page's own row as its last import wrote it (text checksum, parser version, import time), its
PDF, and the hand edits of the stories printed on it (each story's ``edited_at``: a save, a
merge and a split set it). Linking a jump (an earlier page of the same background run) changes
none of these, so a run's own pages never refuse each other; a story no longer edited by hand
since (an overwrite, 采用版面文本) is no change that the import would undo.

Nor is a page imported since with the very file the upload brings (the same preview confirmed in
another tab, the same export sent by a colleague): :func:`holds_upload` tells it by what the
import's own no-op test reads (:func:`~articles.importing.unchanged.same_as_stored`: the bytes'
checksum, the parser version, the type sizes; and the PDF's checksum when the upload brings
one), and its stories unedited since. Such a change is marked ``same``: the desk says the page
is already imported as uploaded (:func:`already_imported_text`) and offers no overwrite, and an
upload whose pages all hold so imports nothing (:func:`upload_held`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone
from django.utils.dateparse import parse_datetime

from articles.activity import importers_name
from articles.editlocks import person_name
from articles.handeditors import edit_record
from articles.importing.handedits import pages_of
from articles.importing.preparing import line_sizes_json
from articles.models import Article, ArticlePart, Page, PageImage
from articles.parsing import PARSER_VERSION
from articles.storynames import quoted


@dataclass(frozen=True)
class PageChange:
    """A page changed since the preview: its label, what happened (``重新导入``, ``导入``,
    ``撤销导入``, ``人工修改“…”``), who (``""`` when unknown) and when (None when unknown);
    ``same``: it was imported with what the upload brings (:func:`holds_upload`), so the
    confirmation would overwrite nothing of it."""

    label: str
    what: str
    who: str = ""
    at: datetime | None = None
    same: bool = False

    def by(self) -> str:
        """``王五 12月5日 10:31``, in the site's time zone (``""`` when neither is known)."""
        local = timezone.localtime(self.at) if self.at else None
        when = f"{local.month}月{local.day}日 {local:%H:%M}" if local else ""
        return " ".join(x for x in (self.who, when) if x)

    def text(self) -> str:
        """``A1版（王五 12月5日 10:31 重新导入）``."""
        by = self.by()
        return f"{self.label}版（{by} {self.what}）" if by else f"{self.label}版（{self.what}）"


def _digest(value) -> str:
    return hashlib.sha256(repr(value).encode()).hexdigest()[:20]


def page_state(item) -> dict:
    """What the preview saw of the stored page ``item`` (an upload item: paper, date, label)
    goes to, as JSON: ``{"page": id or None, "row": digest of the page's import columns and its
    PDF's checksum, "edits": {story id: edited_at}, "at": ISO time taken}``."""
    page = Page.objects.filter(pages_of([item])).first()
    state = {"page": None, "row": "", "edits": {}, "at": timezone.now().isoformat()}
    if page is None:
        return state
    pdf = PageImage.objects.filter(page=page).values_list("pdf_checksum", flat=True).first()
    state["page"] = page.pk
    state["row"] = _digest(
        (page.checksum, page.text_digest, page.parser_version, str(page.imported_at), pdf)
    )
    stories = ArticlePart.objects.filter(page=page).values("article")
    state["edits"] = {
        str(pk): str(at)
        for pk, at in Article.objects.filter(pk__in=stories, edited_at__isnull=False)
        .order_by("pk")
        .values_list("pk", "edited_at")
    }
    return state


def _sha256(data: bytes | str) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def holds_upload(item, page: Page | None) -> bool:
    """Whether the stored ``page`` holds what importing ``item`` (an upload item: ``data``,
    ``line_sizes``, ``pdf``) would write, so that the import leaves it as it is: the same bytes
    read by the parser in use with the same type sizes (the import's no-op test,
    :func:`~articles.importing.unchanged.same_as_stored`) and, when the item brings a PDF, the
    same PDF stored. A scan alone (no text) is never held: the page keeps another text."""
    if page is None or not item.data:
        return False
    if (page.checksum, page.parser_version, page.line_sizes) != (
        _sha256(item.data),
        PARSER_VERSION,
        line_sizes_json(item.line_sizes),
    ):
        return False
    if not item.pdf:
        return True
    pdf = PageImage.objects.filter(page=page).values_list("pdf_checksum", flat=True).first()
    return pdf == _sha256(item.pdf)


def upload_held(items) -> bool:
    """Whether every page of ``items`` holds what the upload would write (:func:`holds_upload`):
    confirming it would import nothing."""
    return bool(items) and all(
        holds_upload(item, Page.objects.filter(pages_of([item])).first()) for item in items
    )


def _last_record(page_id: int, since: datetime | None):
    """The latest history record of a story of page ``page_id`` after ``since``: who changed
    the page (an import's, a removal's deletion records, an editor's save)."""
    records = Article.history.filter(page_id=page_id)
    if since is not None:
        records = records.filter(history_date__gt=since)
    return records.select_related("history_user").order_by("-history_date", "-history_id").first()


def _change(item, seen: dict, now: dict) -> PageChange | None:
    """How page ``item`` changed from ``seen`` to ``now`` (:func:`page_state` values), or None."""
    since = parse_datetime(seen.get("at") or "")
    if now["page"] is None:
        if seen.get("page") is None:
            return None
        what, page_id = "撤销导入", seen["page"]
    elif now["page"] != seen.get("page"):
        what, page_id = "导入", now["page"]
    elif now["row"] != seen.get("row"):
        what, page_id = "重新导入", now["page"]
    else:
        edited = [pk for pk, at in now["edits"].items() if seen.get("edits", {}).get(pk) != at]
        if not edited:
            return None
        story = Article.objects.filter(pk__in=edited).order_by("-edited_at").first()
        if story is None:
            return None
        record = edit_record(Article.history, story.pk, story.edited_at)
        user = getattr(record, "history_user", None)
        name = story.name_for_editors()
        return PageChange(
            item.label,
            f"人工修改{quoted(name)}",
            person_name(user) if user else "",
            story.edited_at,
        )
    record = _last_record(page_id, since)
    user = getattr(record, "history_user", None)
    at = record.history_date if record is not None else None
    who = person_name(user) if user else ""
    page = Page.objects.filter(pk=page_id).first()
    same = False
    if what != "撤销导入" and page is not None:
        at = page.imported_at or at
        if not who:  # a new page's stories keep no history: the desk's upload that imported it
            importers_name([page])
            who = page.imported_by
        same = now["edits"] == seen.get("edits", {}) and holds_upload(item, page)
    return PageChange(item.label, what, who, at, same)


def pages_changed_since(items, states: list[dict | None]) -> list[PageChange]:
    """The pages of ``items`` that are not as their preview saw them (``states``: each item's
    :func:`page_state` at the preview, None for an item previewed before states were kept,
    which is not checked). Call it inside the import's transaction."""
    changes = []
    for item, seen in zip(items, states, strict=True):
        if seen is None:
            continue
        change = _change(item, seen, page_state(item))
        if change is not None:
            changes.append(change)
    return changes


def already_imported_text(changes: list[PageChange]) -> str:
    """What the desk says of the ``changes`` that brought the upload's own content
    (``same``): ``1版已经导入（editor 12月7日 23:18），内容与这次上传相同，无需再导入。``, the
    pages grouped by who, when and how."""
    groups: dict[tuple[str, str], list[str]] = {}
    for change in changes:
        if change.same:
            groups.setdefault((change.what, change.by()), []).append(f"{change.label}版")
    said = [
        f"{'、'.join(labels)}已经{what}" + (f"（{by}）" if by else "")
        for (what, by), labels in groups.items()
    ]
    return f"{'；'.join(said)}，内容与这次上传相同，无需再导入。" if said else ""


def pages_changed_refusal(changes: list[PageChange], *, background: bool = False) -> str:
    """What the desk says when a confirmation meets ``changes`` (some not ``same``): nothing
    imported, and, shown again, the preview of the pages as they are now; or, ``background``, a
    page of a background import refused (a result line of its run): upload it again. The pages
    imported since with what the upload brings are said apart (:func:`already_imported_text`):
    confirming overwrites nothing of them."""
    pages = "、".join(change.text() for change in changes if not change.same)
    head = f"没有导入：您预览之后，{pages}，预览显示的已不是它现在的样子，确认会覆盖那次改动。"
    head += already_imported_text(changes)
    if background:
        return head + "这一版什么都没有写入。请重新上传这一版，预览核对后再确认导入。"
    return (
        head
        + "本次什么都没有写入。下面是按版面现在的样子重新预览的结果：核对无误后再点“确认导入”；"
        "不想覆盖那次改动，就不要确认。"
    )
