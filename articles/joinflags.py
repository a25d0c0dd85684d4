"""请先核对 after the editor did what it asked: a page's warnings that ask for a merge
(“……请把两篇合并”, “……请合并”) or a split (“……请拆开”) are worded as done once the stories on
the page show it was done (README, The editors' desk: 合并到上一篇 / 从这里拆开).

The parser's flags are stored with the page as it gave them (``Page.parser_flags``), and a
re-import gives them again: the page's 请先核对 list and an import's report read them through
:func:`flags_done`, which looks at the page's stories, not at what was stored: a merge undone by
覆盖人工修改 asks again. Done means: for a merge, no story of the page opens with the flagged line
and a story holds it further down (a crosshead or paragraph the merge made); for a split, a story
of the page opens with it (its first paragraph, or its headline taken from the text). Who and
when come from the story's history (the merge's or the split's record), when it has them. A
photo the parser left to no story (``图片说明…与前后两篇稿件都对得上，没有归入任何一篇``) is worded
as done once a photo of the page with its caption is a story's (an editor linked it, or it
repeats a photo of the story continued there: :mod:`articles.continuations.repeatedphotos`).
"""

from __future__ import annotations

from django.utils import timezone

from articles.editlocks import person_name
from articles.models import ArticlePart, Photo

#: The 请先核对 kinds whose message asks for a merge, and the one that asks for a split.
MERGE_KINDS = frozenset({"heading-new-story", "dispatch-own-story"})
SPLIT_KINDS = frozenset({"dateline-inside-story"})
#: The 请先核对 kind of a photo the parser left to no story (its caption fits the stories on
#: either side): done once a story has it (:func:`_photo_done`).
PHOTO_KIND = "photo-either-side"
_MERGE_REASON = "合并到上一篇"  # (articles.storyjoin.MERGE_REASON)
_SPLIT_REASON = "从这里拆开"  # (articles.storysplit.SPLIT_REASON)


def starts_with_line(text: str, line: str) -> bool:
    """Whether ``text`` (a block) opens with the flagged ``line`` (its first 20 characters: a
    paragraph the parser joined goes on after it)."""
    line = line.strip()
    return bool(line) and text.strip().startswith(line[:20])


def opens(part: ArticlePart, line: str) -> bool:
    """Whether ``part`` is a story's first part headed by ``line`` or opening with it."""
    first = part.blocks[0]["text"] if part.blocks else ""
    return part.sequence == 0 and (
        line.strip() in part.title_lines or starts_with_line(first, line)
    )


def holds(part: ArticlePart, line: str) -> bool:
    """Whether ``part`` holds ``line`` after its first block (a crosshead or paragraph)."""
    return any(starts_with_line(b["text"], line) for b in part.blocks[1:])


def flags_done(page, flags: list[dict]) -> list[dict]:
    """``flags`` (dicts with ``kind``, ``message``, ``text``), each one whose merge or split is
    done on ``page`` worded so, with ``done`` set (see the module docstring); the others as
    given. One query for the page's parts when there is such a flag, one per flag done."""
    wanted = MERGE_KINDS | SPLIT_KINDS
    if page is not None and page.pk and any(f.get("kind") == PHOTO_KIND for f in flags):
        flags = [
            _photo_done(page, flag) if flag.get("kind") == PHOTO_KIND else flag for flag in flags
        ]
    if page is None or not page.pk or not any(f.get("kind") in wanted for f in flags):
        return flags
    parts = list(
        ArticlePart.objects.filter(page=page).select_related("article").order_by("position")
    )
    shown = []
    for flag in flags:
        line = flag.get("text") or ""
        said = _merged(parts, line) if flag.get("kind") in MERGE_KINDS else ""
        if flag.get("kind") in SPLIT_KINDS and line:
            said = _split(parts, line)
        shown.append({**flag, "message": said, "done": True} if said else flag)
    return shown


def flags_count_said(flags: list[dict]) -> str:
    """The 请先核对 header's count: ``拿不准的 N 处`` of the flags still open, and how many a merge
    or split done settled (``done``, :func:`flags_done`), ``（另有 2 处已合并或拆开）``, and how
    many photos left to no story are a story's now, ``（另有 1 张图片已归入稿件）``."""
    done = sum(1 for flag in flags if flag.get("done"))
    photos = sum(1 for flag in flags if flag.get("done") and flag.get("kind") == PHOTO_KIND)
    said = f"拿不准的 {len(flags) - done} 处"
    if done - photos:
        said += f"（另有 {done - photos} 处已按提示合并或拆开）"
    return f"{said}（另有 {photos} 张图片已归入稿件）" if photos else said


def _photo_done(page, flag: dict) -> dict:
    """``flag`` (a photo the parser left to no story, its caption at the flagged line) worded
    as done when a photo of ``page`` with that caption is a story's now (an editor linked it,
    or it repeats a photo of the story its page continues:
    :mod:`articles.continuations.repeatedphotos`); else as given. One query."""
    line = (flag.get("text") or "").strip()
    photos = Photo.objects.filter(page=page, article__isnull=False, caption__startswith=line[:20])
    photo = photos.select_related("article").first() if line else None
    if photo is None:
        return flag
    name = photo.article.name_for_editors()
    return {**flag, "message": f"已归入：这张图片现在归入“{name}”，不用再归。", "done": True}


def _merged(parts: list[ArticlePart], line: str) -> str:
    if not line or any(opens(p, line) for p in parts):
        return ""
    holder = next((p for p in parts if holds(p, line)), None)
    if holder is None:
        return ""
    by = _by(holder.article, _MERGE_REASON)
    name = holder.article.name_for_editors()
    return f"已合并：这一行现在是“{name}”里的小标题或正文{by}，不用再合并。"


def _split(parts: list[ArticlePart], line: str) -> str:
    # (the parser joined the line's paragraph to the story before: only an editor's split, an
    # edited story, makes a story open with it; 覆盖人工修改 undoes it)
    part = next((p for p in parts if opens(p, line) and p.article.edited_at is not None), None)
    if part is None:
        return ""
    by = _by(part.article, _SPLIT_REASON, first=True)
    return f"已拆开：这一段现在是单独的稿件“{part.article.name_for_editors()}”{by}，不用再拆。"


def _by(article, reason: str, *, first: bool = False) -> str:
    """``（张三 12月5日 10:05 合并）``: who and when ``article``'s history recorded ``reason``,
    in the site's time zone; ``""`` when it has no such record."""
    records = article.history.filter(history_change_reason__startswith=reason)
    record = records.order_by(*(("history_date",) if first else ("-history_date",))).first()
    if record is None:
        return ""
    at = timezone.localtime(record.history_date)
    who = person_name(record.history_user) if record.history_user else ""
    done = "拆开" if reason == _SPLIT_REASON else "合并"
    return f"（{' '.join(x for x in (who, f'{at.month}月{at.day}日 {at:%H:%M}') if x)} {done}）"
