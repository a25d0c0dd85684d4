"""Signed-off stories a re-import sends back to 待审, said on the page's line.

A page sent again whose text changes a story 已签发 ends its sign-off (the story form's rule,
:func:`articles.signoff.signoff_end_reason`: what the chief editor signed off is no longer
what is printed). A third reviewer's editor re-sent a page with one word changed on a paper
that requires sign-off: the preview said only ``将更新：“X”``, and the issue's scheduled
publication (定时发布) was later refused for that story, nobody told. The preview, the result
and ``import_pages``' line now name those stories and, when a publication is set for a time,
that it waits for their sign-off (:mod:`articles.schedulewaits`, as the story form says it)."""

from __future__ import annotations

from articles.models import Article, Page, Status
from articles.schedulewaits import SCHEDULE_BLOCKED, schedule_waiting
from articles.storynames import story_name


def signed_off_ids(page: Page) -> set[int]:
    """The ids of the stories 已签发 that print a part on ``page`` (before it is written again)."""
    found = Article.objects.filter(parts__page=page, status=Status.SIGNED_OFF)
    return set(found.values_list("pk", flat=True))


def sent_back_said(page: Page, before: set[int], report) -> None:
    """Name on ``report`` (a ``PageImportReport``) the stories of ``before``
    (:func:`signed_off_ids`, taken before the write) the write sent back to 待审
    (``report.sent_back``, quoted names) and when a publication set for a time waits for them
    (``report.sent_back_when``: :func:`~articles.schedulewaits.schedule_waiting`'s ``本期定于
    2026-12-07 06:00``, several joined by ``、``; ``""`` for none)."""
    if not before:
        return
    back = list(
        Article.objects.filter(pk__in=before)
        .exclude(status=Status.SIGNED_OFF)
        .select_related("issue")
        .order_by("position", "pk")
    )
    report.sent_back = [story_name(article.name_for_editors()) for article in back]
    whens = dict.fromkeys(w for w in map(schedule_waiting, back) if w)
    report.sent_back_when = "、".join(whens)


def sent_back_words(report) -> str:
    """The clause's words (``{names}`` the stories): ``已签发的稿件将改回待审（版面文本改了它，须
    重新签发）：“X”``, a real run's ``已改回待审``; with a publication set for a time,
    :data:`~articles.schedulewaits.SCHEDULE_BLOCKED` after it (``；注意：本期定于 … 的定时发布要等
    它重新签发；到时若仍未签发，定时发布会被拒绝并取消``)."""
    verb = "将改回待审" if report.dry_run else "已改回待审"
    words = f"已签发的稿件{verb}（版面文本改了它，须重新签发）：{{names}}"
    when = getattr(report, "sent_back_when", "")
    if when:
        it = "它" if len(report.sent_back) == 1 else "它们"
        words += "；" + SCHEDULE_BLOCKED.format(when=when, it=it).removesuffix("。")
    return words
