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
from articles.models import Article, ArticlePart, Page, PageImage
from articles.storynames import quoted


@dataclass(frozen=True)
class PageChange:
    """A page changed since the preview: its label, what happened (``重新导入``, ``导入``,
    ``撤销导入``, ``人工修改“…”``), who (``""`` when unknown) and when (None when unknown)."""

    label: str
    what: str
    who: str = ""
    at: datetime | None = None

    def text(self) -> str:
        """``A1版（王五 12月5日 10:31 重新导入）``, in the site's time zone."""
        local = timezone.localtime(self.at) if self.at else None
        when = f"{local.month}月{local.day}日 {local:%H:%M}" if local else ""
        by = " ".join(x for x in (self.who, when) if x)
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
    page = Page.objects.filter(pk=page_id).only("pk", "imported_at").first()
    if what != "撤销导入" and page is not None:
        at = page.imported_at or at
        if not who:  # a new page's stories keep no history: the desk's upload that imported it
            importers_name([page])
            who = page.imported_by
    return PageChange(item.label, what, who, at)


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


def pages_changed_refusal(changes: list[PageChange], *, background: bool = False) -> str:
    """What the desk says when a confirmation meets ``changes``: nothing imported, and, shown
    again, the preview of the pages as they are now; or, ``background``, a page of a background
    import refused (a result line of its run): upload it again."""
    pages = "、".join(change.text() for change in changes)
    head = f"没有导入：您预览之后，{pages}，预览显示的已不是它现在的样子，确认会覆盖那次改动。"
    if background:
        return head + "这一版什么都没有写入。请重新上传这一版，预览核对后再确认导入。"
    return (
        head
        + "本次什么都没有写入。下面是按版面现在的样子重新预览的结果：核对无误后再点“确认导入”；"
        "不想覆盖那次改动，就不要确认。"
    )
