"""A story edited by hand that a re-sent page prints otherwise (:mod:`articles.importing.writer`):
kept as the editor saved it, the page's changes to what the editor never touched written into
it, the rest pending (:mod:`articles.importing.editmerge`); and the writer's helpers it shares
(a story's bylines, its name on the page's 更正/更新 line)."""

from __future__ import annotations

from functools import partial

from articles.continuations.restoring import reporters_kept
from articles.importing.dropped import article_name
from articles.importing.editmerge import (
    KEPT_REASON,
    flowed_reason,
    hand_edit_merge,
    merged_base_record,
)
from articles.importing.pagetext import PRINTED_FIELDS, changes_line
from articles.importing.photowrite import assign
from articles.importing.reports import PageImportReport
from articles.importing.splitoffs import head_blocks
from articles.models import Article, ArticlePart, Byline, Person, Status
from articles.publishing import history_reason
from articles.signoff import signoff_end_reason

#: What the writer's ``saves`` holds for a story saved already.
SAVED = object()


def hand_edit_kept(page, part, rows, people, report, saves, split_from) -> None:
    """A story edited by hand that the page prints otherwise: kept as the editor saved it, the
    page's changes to what the editor never touched written into it
    (:func:`~articles.importing.editmerge.hand_edit_merge`; said in the report's warnings and
    its history, :data:`~articles.importing.editmerge.FLOWED_REASON`), the rest a conflict
    line saying what of the page's text is pending (the desk offers to take it: pagetake).
    No conflict line when nothing is pending (the page's change flowed in whole, or the story
    holds it already: a reviewer, session 68, was told ``1 处冲突…保留编辑保存的内容`` of a
    published story readers saw changed at once); one when no import of it is recorded to
    merge against (what of it is the page's cannot be told)."""
    article = part.article
    is_home = article.page_id == page.pk
    line = (
        f"{page.label} #{rows.number} {article_name(article, part)}: edited by hand, left as the "
        "editor saved it (use --overwrite-edited to replace it with the page text)"
    )
    cut = partial(head_blocks, splits=list(split_from))  # (none split off: all of them)
    merged = hand_edit_merge(article, part, rows, is_home=is_home, cut=cut)
    said = changes_line(merged.pending) if merged else ""
    if said:  # what the page text changed in it: the desk offers to take it (pagetake)
        line += f"；{said}"
        report.page_text_said(line, article.pk)
    if said or merged is None:  # (all of it flowed in, or the story holds it: no conflict)
        report.conflicts.append(line)
    part.position = rows.position
    if merged and merged.flowed:
        _flowed_write(page, part, rows, people, merged, report, saves)
        return
    part.save(update_fields=["position"])
    if is_home:
        Article.objects.filter(pk=article.pk).update(position=rows.position)
    if said and not report.dry_run:  # (seen in its history, the and the desk's)
        article._change_reason = kept_reason(page, said)
        Article.history.bulk_history_create([article], update=True)


def kept_reason(page, said: str) -> str:
    """:data:`~articles.importing.editmerge.KEPT_REASON` for ``page`` re-sent, ``said`` (its
    :func:`~articles.importing.pagetext.changes_line`) pending in a story edited by hand."""
    source = (page.source_name or "").replace("\\", "/").rsplit("/", 1)[-1] or f"{page.label}版"
    return history_reason(KEPT_REASON.format(source=source, said=said))


def _flowed_write(page, part, rows, people, merged, report, saves) -> None:
    """Write what :func:`_hand_edit_kept` merged (``merged.printed``) and say it."""
    article = part.article
    is_home = article.page_id == page.pk
    printed = merged.printed
    assign(part, {"title_lines": printed["title_lines"], "blocks": printed["blocks"]})
    part.save()
    verb = "将按" if report.dry_run else "已按"
    report.warnings.append(
        f"{page.label}版 第{rows.number}位的{article_name(article, part)}：编辑改过，"
        f"编辑没有改过的地方{verb}新的版面文本改："
        + changes_line(merged.flowed).removeprefix("版面文本有改动：")
    )
    text_changed_said(report, article, part)
    if is_home:
        article.position = rows.position
        assign(article, {name: printed[name] for name, _ in PRINTED_FIELDS})
        if printed["reporters"] == list(rows.byline_names):
            set_bylines(article, reporters_kept(article.pk, [people[n] for n in rows.byline_names]))
    article._change_reason = signoff_end_reason(article, flowed_reason(page.label, merged.flowed))
    article.save()
    merged_base_record(article, part, merged)  # (the next merge's base: editmerge.merge_base)
    saves[article.pk] = SAVED


def text_changed_said(report: PageImportReport, article: Article, part: ArticlePart) -> None:
    """Name a story whose printed text changed on the page's line: 更正 when readers saw it
    (published, ``report.corrected``), 更新 for a draft (``report.revised``)."""
    said = report.corrected if article.status == Status.PUBLISHED else report.revised
    said.append(article_name(article, part))


def set_bylines(article: Article, people: list[Person], *, new: bool = False) -> bool:
    """The story's bylines, ``people`` in order (``new``: a story just created); True if changed."""
    current = [] if new else [b.person_id for b in article.bylines.order_by("order")]
    if current == [p.pk for p in people]:
        return False
    if not new:
        article.bylines.all().delete()
    Byline.objects.bulk_create(
        [Byline(article=article, person=p, order=i) for i, p in enumerate(dict.fromkeys(people))]
    )
    return True
