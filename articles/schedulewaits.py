"""A signed-off story sent back to 待审 stops a publication set for a time (定时发布): what the
desk says of it (:func:`articles.signoff.status_after_edit`'s message after the save, and the
story form before it). A story not signed off then refuses its issue's scheduled publication on
a paper that requires sign-off (``articles.scheduling``); a fresh reviewer's editor saved such a
story and was told only that it went back to 待审."""

from __future__ import annotations

from articles.dates import local_text
from articles.models import Article, Status

#: Said after the message that a story went back to 待审 when its issue (or the story) is to
#: publish itself at a set time (定时发布), which a story not signed off refuses (``it``: 它, or
#: 它们 for several stories sent back by one import: :mod:`articles.importing.sentback`).
SCHEDULE_BLOCKED = (
    "注意：{when} 的定时发布要等{it}重新签发；到时若仍未签发，定时发布会被拒绝并取消。"
)
#: What the story form says before an editor who may not sign off changes such a story.
SCHEDULE_NOTE = (
    "这篇稿件已签发，{when} 定时发布：修改它的内容会把它改回“待审”，"
    "到时若仍未重新签发，定时发布会被拒绝并取消。"
)


def schedule_waiting(article: Article) -> str:
    """When ``article`` is to be published by a set time (定时发布): its issue's, ``本期定于
    2026-12-07 06:00``, else its own, ``本篇定于 …`` (the site's time zone); ``""`` for none.
    A story back to 待审 then stops that publication (``articles.scheduling`` refuses an issue
    holding stories not signed off on a paper that requires sign-off)."""
    if article.issue.publish_at is not None:
        return f"本期定于 {local_text(article.issue.publish_at)}"
    if article.publish_at is not None:
        return f"本篇定于 {local_text(article.publish_at)}"
    return ""


def schedule_note(article: Article, *, signs_off: bool) -> str:
    """What the story form says before an editor edits ``article`` (:data:`SCHEDULE_NOTE`):
    when it is 已签发 and to be published at a set time, and the editor may not sign off
    (``signs_off`` False: their change sends it back to 待审,
    :func:`articles.signoff.status_after_edit`); ``""`` otherwise."""
    if article.status != Status.SIGNED_OFF or signs_off:
        return ""
    when = schedule_waiting(article)
    return SCHEDULE_NOTE.format(when=when) if when else ""
