"""A story row that no longer names its story: what happened to it, said to the editor.

Two ways a row of an exported sheet stops matching the story it was exported from, each refused
before (the whole import, as any refused row refuses it) with a message that sent the editor
looking in the wrong place (reviewer, session 63):

* the story was merged into the one before it (合并到上一篇, or a jump joined it) after the export:
  its 版次 + 位置 name no story any more. :func:`gone_story_message` says into which story it
  went and what to do (export again, or drop the row), from the story's deletion record in
  history and its redirect (:class:`~articles.models.ArticleRedirect`, the old address's);
* the row's 报纸 cell was changed to another paper that has a story at the same 日期, 版次 and
  位置: the row then names that paper's story, and every cell differs from what it holds.
  :func:`other_paper_message` recognises the row by its 导出指纹 (every cell's digest that of the
  story of the same date and place in another paper) and says the paper was changed, and that a
  row cannot move a story to another paper.
"""

from __future__ import annotations

from articles.models import Article, ArticlePart, ArticleRedirect
from articles.spreadsheets.fingerprints import cell_digest, row_texts
from articles.storynames import quoted


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


def other_paper_message(resource, instance: Article, exported: list[str]) -> str:
    """For a row (found as ``instance``, its 导出指纹's digests ``exported``) whose cells differ
    from ``instance``'s: ``""``, unless the row is another paper's story of the same 日期, 版次
    and 位置 (every digest that story's as it is now: the 报纸 cell was changed); then why the
    row is refused and how to fix it. One query, and one per such story."""
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
        paper, wrong = other.issue.publication.name, instance.issue.publication.name
        return (
            f"这一行的报纸被改成了“{wrong}”，但这一行导出时是{paper} {other.issue.date:%Y-%m-%d} "
            f"{other.page.label}版 第{_number(other)}篇{quoted(other.name_for_editors())}"
            f"（导出指纹与它的一致）。表格不能把稿件移到另一份报纸；请把报纸改回“{paper}”再导入，"
            "或删去这一行"
        )
    return ""
