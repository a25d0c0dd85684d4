"""A story row that no longer names its story: what happened to it, said to the editor.

Two ways a row of an exported sheet stops matching the story it was exported from, each refused
before (the whole import, as any refused row refuses it) with a message that sent the editor
looking in the wrong place (reviewer, session 63):

* the story was merged into the one before it (合并到上一篇, or a jump joined it) after the export:
  its 版次 + 位置 name no story any more. :func:`gone_story_message` says into which story it
  went and what to do (export again, or drop the row), from the story's deletion record in
  history and its redirect (:class:`~articles.models.ArticleRedirect`, the old address's);
* the row's 报纸 cell (or 日期, 版次, 位置) was changed so that it names another story: the
  row must never write into a story it was not exported from, whatever its other cells hold
  (reviewer, session 63: a row moved to another paper whose story differed only in its headline
  wrote its edited 副题 into that story, the headline "left as exported"). A ``v2`` 导出指纹
  digests the row's key cells as exported: :func:`key_change_message` (every resource) tells
  which key cells were changed, finds the row they were exported with (each changed cell's
  digest matched against the values the database holds) and says to change them back.
  An older ``v1`` fingerprint has no key digests: :func:`other_paper_message` recognises a
  story row by its cells' digests, those of the story of the same date and place in another
  paper.

Both are asked before the row is matched to any other (a second row naming the same story is
refused as a duplicate only after), so the moved row of a whole export says what happened.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError

from articles.models import Article, ArticlePart, ArticleRedirect, Issue, Page, Publication
from articles.spreadsheets.cells import cell_text
from articles.spreadsheets.fingerprints import cell_digest, row_texts
from articles.spreadsheets.keys import DATE, PAGE, PAPER, POSITION, lookup_keys
from articles.storynames import quoted

#: Where a row whose key cell was changed would move its row to, by the column.
_WHERE = {PAPER: "另一份报纸", DATE: "另一天", PAGE: "另一版", POSITION: "另一个位置"}


def _number(article: Article) -> int:
    numbers = ArticlePart.objects.story_numbers_at([article.page_id])
    return numbers.get((article.page_id, article.position), article.position)


def gone_story_message(found: dict) -> str:
    """For a row whose 版次 + 位置 (``found``: :func:`~articles.spreadsheets.keys.lookup_keys`'s
    ``page`` and ``position``) hold no story: ``""`` when none stood there, else what became of
    the story that did (merged into which one, or removed) and what to do. Two queries at most."""
    page, position = found["page"], found["position"]
    record = (
        Article.history.filter(page_id=page.pk, position=position, history_type="-")
        .order_by("-history_date", "-history_id")
        .first()
    )
    if record is None:
        return ""
    name = quoted(record.headline or record.kicker or "（无标题）")
    redirect = (
        ArticleRedirect.objects.filter(old_id=record.id).select_related("article__page").first()
    )
    if redirect is None:
        return (
            f"{page.label}版第 {position} 篇{name}在导出这份表格之后已删去"
            f"（{record.history_change_reason or '已删除'}）；这一行不能再导入："
            "请删去这一行，或重新导出表格后在新表格里修改"
        )
    into = redirect.article
    return (
        f"{page.label}版第 {position} 篇{name}在导出这份表格之后已合并到"
        f"{into.page.label}版 第{_number(into)}篇{quoted(into.name_for_editors())}，"
        "这一行的稿件已不单独存在；请重新导出表格，在新表格里修改那篇稿件，"
        "或删去这一行后再导入"
    )


def story_name(story: Article) -> str:
    """A story as a moved row's refusal names it: ``东湖日报 2026-04-02 A1版 第3篇“…”``."""
    return (
        f"{story.issue.publication.name} {story.issue.date:%Y-%m-%d} "
        f"{story.page.label}版 第{_number(story)}篇{quoted(story.name_for_editors())}"
    )


def _refusal(resource, now: dict, changed: list[str], was: dict, original) -> str:
    changes = "、".join(f"{column}被改成了“{now[column]}”" for column in changed)
    noun = resource.noun[1:] if len(resource.noun) > 1 else resource.noun
    where = "或".join(_WHERE[column] for column in changed)
    if original is None:
        columns = "、".join(changed)
        return (
            f"这一行的{changes}，与导出时不同（导出指纹记着导出时的{columns}）。"
            f"表格不能把{noun}移到{where}；请把{columns}改回导出时的再导入，或删去这一行"
        )
    back = "、".join(f"{column}改回“{was[column]}”" for column in changed)
    return (
        f"这一行的{changes}，但这一行导出时是{resource.exported_name(original)}"
        f"（导出指纹与它的一致）。表格不能把{noun}移到{where}；"
        f"请把{back}再导入，或删去这一行"
    )


def key_change_message(resource, instance, digests: list[str]) -> dict:
    """For a row found as ``instance`` whose fingerprint's key digests are ``digests``: ``{}``
    when its key cells are those it was exported with, else ``{column: message}`` (the first
    changed key column): which key cells were changed, the row they were exported from
    (when the database still holds it) and what to do. A few queries, only for such a row."""
    now = dict(zip(resource.key_columns, resource.key_texts(instance), strict=True))
    wanted = dict(zip(resource.key_columns, digests, strict=True))
    changed = [
        column for column in resource.key_columns if cell_digest(now[column]) != wanted[column]
    ]
    if not changed:
        return {}
    was = _exported_keys(resource, now, wanted)
    original = None
    if was is not None:
        try:
            original = resource.find(lookup_keys(was))
        except ValidationError:
            original = None
    return {changed[0]: _refusal(resource, now, changed, was or {}, original)}


def _exported_keys(resource, now: dict, wanted: dict) -> dict | None:
    """The key cells a row was exported with: ``now``'s, each changed one found among the
    values the database holds (papers' names, the paper's dates, the issue's page labels, the
    page's positions) by its digest; None when one is not found."""
    was = dict(now)
    for column in resource.key_columns:
        if cell_digest(was[column]) == wanted[column]:
            continue
        texts = (cell_text(value) for value in _values(resource, column, was))
        was[column] = next((t for t in texts if cell_digest(t) == wanted[column]), None)
        if was[column] is None:
            return None
    return was


def _values(resource, column: str, was: dict):
    paper = {"publication__name": was.get(PAPER)}
    if column == PAPER:
        return Publication.objects.values_list("name", flat=True)
    if column == DATE:
        return Issue.objects.filter(**paper).values_list("date", flat=True)
    on_page = {"issue__publication__name": was[PAPER], "issue__date": was[DATE]}
    if column == PAGE:
        return Page.objects.filter(**on_page).values_list("label", flat=True)
    page = Page.objects.filter(**on_page, label=was[PAGE]).first()
    return resource._meta.model.objects.filter(page=page).values_list("position", flat=True)


def other_paper_message(resource, instance: Article, exported: list[str]) -> str:
    """For a story row with a ``v1`` 导出指纹 (no key digests: ``exported``, its cells' digests)
    found as ``instance``, whose cells as exported differ from ``instance``'s: ``""``, unless
    the row is another paper's story of the same 日期, 版次 and 位置 (every digest that story's
    as it is now: the 报纸 cell was changed); then why the row is refused and how to fix it.
    One query, and one per such story."""
    others = (
        Article.objects.with_parts()
        .filter(
            issue__date=instance.issue.date,
            page__label=instance.page.label,
            position=instance.position,
        )
        .exclude(issue__publication_id=instance.issue.publication_id)
        .select_related("issue__publication", "page")
    )
    for other in others:
        if [cell_digest(text) for text in row_texts(resource, other)] != exported:
            continue
        now = {PAPER: instance.issue.publication.name}
        return _refusal(resource, now, [PAPER], {PAPER: other.issue.publication.name}, other)
    return ""
