"""The hand edits an upload with 覆盖人工修改 may overwrite, as its preview saw them.

The preview of an upload that overwrites hand edits lists them (将被…覆盖); its confirmation
must overwrite only those (README: Importing, “Hand edits win”; The editors' desk, “A stale
form is refused”). The preview records :func:`hand_edits_plan` of its pages — each story edited
by hand with a part on them, by id and version — and the confirmation, inside the import's
transaction, asks :func:`hand_edits_since` what differs now: a story edited by hand since the
preview (or edited again) is named, who and when, and nothing is imported
(:func:`hand_edits_refusal`). A background import checks each page again in the page's own
transaction (the plan travels in each item of its run). The same kind of fingerprint as a stale form's
(``articles.forms.guards``), kept here so that the import service can use it too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q
from django.utils import timezone

from articles.editlocks import person_name
from articles.handeditors import edit_record
from articles.labels import LabelError, normalize_label
from articles.models import Article, ArticlePart, Page
from articles.storynames import quoted


@dataclass(frozen=True)
class HandEdit:
    """A story edited by hand since the preview: its name, the page label it starts on, who
    saved it last (``""`` when unknown) and when it was edited (``edited_at``)."""

    article_id: int
    name: str
    label: str
    who: str
    edited_at: datetime | None

    def text(self) -> str:
        """``A1版“主题”（张三 7月9日 21:05 修改）``, in the site's time zone."""
        at = timezone.localtime(self.edited_at) if self.edited_at else None
        when = f"{at.month}月{at.day}日 {at:%H:%M}" if at else ""
        by = " ".join(x for x in (self.who, when) if x)
        return (
            f"{self.label}版{quoted(self.name)}（{by} 修改）"
            if by
            else f"{self.label}版{quoted(self.name)}"
        )


def pages_of(items: Iterable) -> Q:
    """The stored pages ``items`` (upload items: ``paper_name``, ``paper_slug``,
    ``issue_date``, ``label``) go to. A paper is matched by its name or slug, as the import
    finds it (``articles.importing.papers.paper_lookup``): not by the slug a new paper's name
    would derive, which another paper may have (ABC日报's ``abc`` is not ABC晚报's)."""
    where = Q(pk__in=[])
    for item in items:
        try:
            label = normalize_label(item.label)
        except LabelError:
            label = item.label
        where |= issue_of(item, "issue__") & Q(label=label)
    return where


def issue_of(item, prefix: str = "") -> Q:
    """The stored issue ``item`` (``paper_name``, ``paper_slug``, ``issue_date``) goes to, as
    :func:`pages_of` finds it; ``prefix``: the path to the issue (``"issue__"`` from a page)."""
    name = item.paper_name.strip()
    paper = Q(**{f"{prefix}publication__name": name}) | Q(**{f"{prefix}publication__slug": name})
    if item.paper_slug:
        paper |= Q(**{f"{prefix}publication__slug": item.paper_slug})
    return paper & Q(**{f"{prefix}date": item.issue_date})


def _edited(items: Iterable, *, lock: bool = False):
    pages = Page.objects.filter(pages_of(items)).values("pk")
    stories = Article.objects.filter(
        edited_at__isnull=False, pk__in=ArticlePart.objects.filter(page__in=pages).values("article")
    )
    if lock:  # an editor's save that commits later waits for the import (PostgreSQL)
        stories = stories.select_for_update(no_key=True, of=("self",))
    return stories.order_by("pk")


def story_fingerprint(article: Article) -> str:
    """A story's hand edit as stored: when edited and saved, and every part's text."""
    parts = list(
        ArticlePart.objects.filter(article_id=article.pk)
        .order_by("pk")
        .values_list("pk", "title_lines", "blocks")
    )
    value = (str(article.edited_at), str(article.updated_at), parts)
    return hashlib.sha256(repr(value).encode()).hexdigest()[:20]


def hand_edits_plan(items: Iterable) -> dict[str, str]:
    """``{story id (str, as JSON keeps it): version}`` of every story edited by hand with a part
    on the pages of ``items``: what the preview of an overwriting upload saw."""
    return {str(article.pk): story_fingerprint(article) for article in _edited(list(items))}


def hand_edits_since(items: Iterable, plan: dict[str, str], *, lock: bool = True) -> list[HandEdit]:
    """The hand edits on the pages of ``items`` that ``plan`` (:func:`hand_edits_plan` at the
    preview) did not see: stories edited by hand since, or edited again. ``lock``: their rows
    are locked until the transaction ends (call it inside the import's transaction)."""
    found = []
    for article in _edited(list(items), lock=lock).select_related("page"):
        if plan.get(str(article.pk)) == story_fingerprint(article):
            continue
        record = edit_record(Article.history, article.pk, article.edited_at)
        user = getattr(record, "history_user", None)
        found.append(
            HandEdit(
                article_id=article.pk,
                name=article.name_for_editors(),
                label=article.page.label if article.page_id else "",
                who=person_name(user) if user else "",
                edited_at=article.edited_at,
            )
        )
    return found


_PREVIEWED_AGAIN = (
    "下面是重新预览的结果，“将被…覆盖”里列出了它们：确要用版面文本覆盖，请再点“确认导入”；"
    "要保留这些修改，请取消勾选“覆盖人工修改”后重新上传。"
)
_UPLOAD_AGAIN = (
    "确要用版面文本覆盖，请重新上传这一版并预览，预览会列出它们；要保留这些修改，上传时不要勾选"
    "“覆盖人工修改”。"
)


def hand_edits_refusal(edits: list[HandEdit], *, background: bool = False) -> str:
    """What the desk says when a confirmation meets ``edits`` its preview did not list: the
    preview is shown again; or, ``background``, a page of a background import (a result line
    of its run, :mod:`articles.importing.runs`) is refused: upload it again."""
    where = "这一版什么都没有写入。" if background else "本次什么都没有写入。"
    return (
        "没有导入：预览之后，" + "、".join(edit.text() for edit in edits) + "被人工修改了，"
        f"预览没有列出这些修改，为免覆盖它们，{where}"
        + (_UPLOAD_AGAIN if background else _PREVIEWED_AGAIN)
    )
