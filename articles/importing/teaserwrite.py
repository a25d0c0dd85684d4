"""A page imported before: its teasers (导读) brought in line with its new parse.

A teaser is matched by its position among the page's teasers. One the new text no longer prints
goes, unless readers see it (its issue published): then it is kept and the report lists it as
a conflict, as a published story or photo is; ``--overwrite-edited`` (the desk's 覆盖人工修改)
removes it, said in the warnings (将删去/已删去). A draft issue's teaser goes unsaid, as before.
"""

from __future__ import annotations

from articles.importing.publishedleft import left_said
from articles.importing.reports import PageImportReport
from articles.importing.rows import teaser_fields
from articles.models import Page, Status, Teaser
from articles.storynames import quoted


def teasers_write(page: Page, parsed, report: PageImportReport, *, overwrite_edited: bool) -> None:
    """The page's teasers as ``parsed`` prints them (one as stored is not saved; one changed
    loses its link to the story it announced, found again when jumps are resolved). ``page.issue``
    at hand."""
    existing = {t.position: t for t in page.teasers.all()}
    wanted = {t.position: t for t in parsed.teasers}
    numbers = {position: n for n, position in enumerate(sorted(existing), start=1)}
    published = page.issue.status == Status.PUBLISHED
    stale = []
    for position, teaser in existing.items():
        if position in wanted:
            continue
        if published and _published_left(page, teaser, numbers[position], report, overwrite_edited):
            continue
        stale.append(teaser.pk)
    if stale:
        Teaser.objects.filter(pk__in=stale).delete()
    for position, pt in wanted.items():
        values = teaser_fields(pt)
        teaser = existing.get(position)
        if teaser is None:
            Teaser.objects.create(page=page, position=position, **values)
        elif any(getattr(teaser, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(teaser, key, value)
            teaser.target_article = None
            teaser.save()


def teaser_name(teaser: Teaser) -> str:
    """A teaser as the reports name it: its title lines and the page it points to, quoted
    (``“看南通·要闻（A4版）”``)."""
    title = " ".join(teaser.title_lines or []) or teaser.marker
    return quoted(f"{title}（{teaser.target_label}版）" if teaser.target_label else title)


def _published_left(
    page: Page, teaser: Teaser, number: int, report: PageImportReport, overwrite_edited: bool
) -> bool:
    """A published teaser the new text no longer prints: kept (True) with a conflict line,
    unless ``overwrite_edited`` (False, the caller removes it; the warnings say so)."""
    return left_said(page, teaser_name(teaser), number, report, overwrite_edited, kind="teaser")
