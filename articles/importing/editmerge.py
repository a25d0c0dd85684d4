"""A story edited by hand, its page re-sent: the page's changes merged into it
(:mod:`articles.importing.textmerge`), what stays pending, and the editor's 已核对 of that.

* :func:`hand_edit_merge` — what the story as last imported, as stored and as the page prints
  it now give (:class:`~articles.importing.textmerge.Merged`): the import writes what flowed
  in (:mod:`articles.importing.writer`), the desk lists what is pending
  (:mod:`articles.importing.pagetake`);
* :func:`stored_version` — a story's part (and its printed fields and reporters) as stored;
* :func:`acknowledged` / :func:`acknowledge` — the editor looked at the page's changes and keeps
  their own text (a button on the story form, recorded in its history as
  ``已核对版面文本（A1版），保留编辑的修改：…``): the page's text of that import is no longer
  pending. Ticking 已核对 when publishing or signing off (``publish_issue --keep-edited-text``,
  :func:`~articles.pendingtext.acknowledged_record`) counts the same.

The merge's base (:func:`merge_base`) is the page's text as last merged in: the story's newest
version written by an import (:func:`~articles.importing.pagetext.imported_version`) with the
changes each later merge wrote into it (:data:`FLOWED_REASON`'s records; they hold the editor's
text too, so not whole). A page re-sent a third time changing again what flowed in from the
second flows in again; what the story holds from that merge is not the page's change to list
(a reviewer, session 68: a third send listed 二十分钟→二十五分钟, which the story held, as
未采用, with the new change of an untouched paragraph).
"""

from __future__ import annotations

from collections.abc import Callable

from articles.continuations.restoring import own_reporters
from articles.editing import BASELINE_REASON, story_versions
from articles.importing.pagetext import (
    PRINTED_FIELDS,
    changes_line,
    imported_at,
    printed_of_rows,
    version_printed,
)
from articles.importing.textmerge import Merged, merge_printed
from articles.models import Article, ArticlePart, Page
from articles.publishing import history_reason

#: The history reason of a story given the page's changes its editor never touched.
FLOWED_REASON = "并入{label}版版面文本的改动（编辑没有改过的地方）：{changes}"
#: Where a merge's record keeps the page's text as merged in, by part id (:func:`merge_base`).
PAGE_TEXT_KEY = "page_text_merged"
#: The history reason of a story edited by hand whose page was re-sent with changes to what the
#: editor changed too (kept, pending): not an import's record (its text is the editor's).
KEPT_REASON = "版面重新送来（{source}），保留编辑的修改：{said}"
#: The history reason of the editor's 已核对 (the story's text kept over the page's changes).
ACK_REASON = "已核对版面文本（{label}版），保留编辑的修改：{changes}"
_ACK_PREFIX = "已核对版面文本（{label}版）"
#: The 已核对 written at publishing or signing off (:data:`articles.pendingtext.ACKNOWLEDGED_REASON`).
_PUBLISH_ACK = "已核对，按编辑保存的内容"


def stored_version(article: Article, part: ArticlePart, is_home: bool, printed: list[str]) -> dict:
    """``part`` (and its story's printed fields and reporters, ``is_home``; ``printed``: the
    reporters its home page prints, kept from losing those a continuation's page signed:
    :func:`~articles.continuations.restoring.own_reporters`) as stored, in
    :func:`~articles.importing.pagetext.printed_of_rows`' shape."""
    stored = {"title_lines": list(part.title_lines), "blocks": list(part.blocks)}
    if is_home:
        stored.update({name: getattr(article, name) for name, _ in PRINTED_FIELDS})
        stored["reporters"] = own_reporters(article.pk, article.reporter_names(), printed)
    return stored


def hand_edit_merge(
    article: Article, part: ArticlePart, rows, *, is_home: bool, cut: Callable | None = None
) -> Merged | None:
    """The page's changes (``rows``: what it prints of ``part`` now) merged into ``article``
    as stored, against the story as last imported; ``cut``: the blocks as last imported to the
    part ``rows`` holds of them (a story an editor split). None when no import of it is
    recorded. One history query."""
    before = merge_base(article.pk, part.pk, is_home=is_home)
    if before is None or baseline_edited(article.pk):
        return None
    if cut is not None:
        before["blocks"] = cut(before["blocks"])
    if is_home:  # (a reporter a continuation's page signed is not this page's to change)
        before["reporters"] = own_reporters(article.pk, before["reporters"], rows.byline_names)
    mine = stored_version(article, part, is_home, rows.byline_names)
    return merge_printed(before, mine, printed_of_rows(rows, is_home=is_home))


def merge_base(article_id: int, part_id: int, *, is_home: bool) -> dict | None:
    """What the page printed of story ``article_id``'s part ``part_id`` (and of its printed
    fields and reporters, ``is_home``) as last imported or merged in, in
    :func:`~articles.importing.pagetext.printed_of_rows`' shape: the page's text a merge
    recorded (:func:`merged_base_record`) since the newest version an import wrote, else that
    version (:func:`~articles.importing.pagetext.imported_version`). None when no import of it
    is recorded. One query."""
    versions = story_versions(article_id)
    at = imported_at(versions, part_id)
    if at is None:
        return None
    for version in reversed(versions[at + 1 :]):
        kept = (version.record.story or {}).get(PAGE_TEXT_KEY, {}).get(str(part_id))
        if kept is not None and is_home == ("reporters" in kept):  # (kept as home or not)
            return {name: list(v) if isinstance(v, list) else v for name, v in kept.items()}
    return version_printed(versions, at, part_id, is_home=is_home)


def merged_base_record(article: Article, part: ArticlePart, merged: Merged) -> None:
    """Keep ``merged.base`` (the page's text of ``part`` as merged in) in the story's newest
    history record (the merge's, :data:`FLOWED_REASON`), under :data:`PAGE_TEXT_KEY` of its
    version's body: the next merge's base (:func:`merge_base`). Its other keys, the version
    itself, are unchanged. Two queries."""
    record = article.history.order_by("-history_date", "-history_id").first()
    if record is None:
        return
    story = dict(record.story or {})
    story[PAGE_TEXT_KEY] = {**story.get(PAGE_TEXT_KEY, {}), str(part.pk): merged.base}
    record.story = story
    record.save(update_fields=["story"])


def baseline_edited(article_id: int) -> bool:
    """Whether the story's imported version (导入时的版本) was recorded when it was already
    edited by hand (a change that recorded no history before it; the re-import recorded it
    then: :mod:`articles.importing.baselines`): it holds the editor's text, not the page's, and
    merging against it would undo the edit. One query."""
    records = Article.history.filter(id=article_id, edited_at__isnull=False)
    return records.filter(history_change_reason__startswith=BASELINE_REASON).exists()


def flowed_reason(label: str, flowed: list[str]) -> str:
    """:data:`FLOWED_REASON` within the history's reason column."""
    said = changes_line(flowed).removeprefix("版面文本有改动：")
    return history_reason(FLOWED_REASON.format(label=label, changes=said))


def acknowledged(article_id: int, page: Page) -> bool:
    """Whether an editor acknowledged ``page``'s text for story ``article_id`` since it was
    imported (:func:`acknowledge`, or 已核对 at publishing or signing off naming the page)."""
    records = Article.history.filter(id=article_id)
    if page.imported_at is not None:
        records = records.filter(history_date__gte=page.imported_at)
    own = _ACK_PREFIX.format(label=page.label)
    for reason in records.values_list("history_change_reason", flat=True):
        reason = reason or ""
        if reason.startswith(own):
            return True
        if reason.startswith(_PUBLISH_ACK) and f"未采用{page.label}版" in reason.replace(
            "、", "未采用"
        ):
            return True
    return False


def acknowledge(article: Article, page: Page, pending: list[str], *, user) -> None:
    """Record in ``article``'s history that ``user`` looked at ``page``'s changes ``pending``
    and keeps the story's text (:data:`ACK_REASON`); the story is not changed otherwise. Call
    it in a transaction, the story locked."""
    said = changes_line(pending).removeprefix("版面文本有改动：")
    article._change_reason = history_reason(ACK_REASON.format(label=page.label, changes=said))
    Article.history.bulk_history_create([article], default_user=user, update=True)
