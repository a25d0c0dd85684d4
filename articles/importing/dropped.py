"""What a re-import does with a part the page's new text no longer gives: kept as a conflict
when its story was edited by hand or published (:func:`kept_as_conflict`), else what the report
says before it goes (:func:`removal_said`; a continuation of a story from another page:
:func:`continuation_dropped`); and how its reports name a story (:func:`article_name`)."""

from __future__ import annotations

from articles.continuations import copy_takes_over
from articles.continuations.copies import copy_differences
from articles.importing.reportlines import copy_differs_line
from articles.importing.reports import PageImportReport, continuation_dropped_line, story_name
from articles.models import Article, ArticlePart, Jump, JumpDirection, Page, Status


def article_name(article: Article, part: ArticlePart | None = None) -> str:
    """``article`` as the reports name it, quoted (``“标题”``; untitled, its opening words:
    :meth:`Article.name_for_editors`, ``part`` its first part when the caller has it)."""
    return story_name(article.name_for_editors(part))


def opening_jump(part: ArticlePart) -> Jump | None:
    """The jump that leads to ``part`` (a continuation): linked to it, or else the forward jump
    of the story's part before it."""
    return (
        Jump.objects.filter(to_part=part).first()
        or Jump.objects.filter(
            part__article_id=part.article_id,
            part__sequence=part.sequence - 1,
            direction=JumpDirection.FORWARD,
        ).first()
    )


def continuation_dropped(page: Page, part: ArticlePart, report: PageImportReport) -> None:
    """``part``, the continuation here of a story from another page, is about to go: the report
    says so, and that the jump to it is open again (:func:`continuation_dropped_line`); that
    jump is listed with the page's open jumps (``report.reopened_jumps``)."""
    article = part.article
    jump = opening_jump(part)
    if jump is not None:
        report.reopened_jumps.append(jump.pk)
    report.dropped_continuations.append(
        continuation_dropped_line(
            name=article_name(article),
            home=home_label(article),
            label=page.label,
            marker=jump.marker if jump else "",
            published=article.status == Status.PUBLISHED,
            dry_run=report.dry_run,
        )
    )


def continuation_orphaned(page: Page, part: ArticlePart, report: PageImportReport) -> None:
    """``part`` is about to go and its story goes on on another page: that continuation stays,
    a story of its own no page leads to. Named in ``report.orphaned_continuations`` and its
    warnings (:func:`continuation_orphaned_line`), so every surface (text, --json, the desk's
    preview) says it."""
    after = (
        ArticlePart.objects.filter(article_id=part.article_id, sequence=part.sequence + 1)
        .exclude(page=page)
        .select_related("page")
        .first()
    )
    if after is None or after.whole_copy:
        return
    blocks = after.blocks or []
    opening = next((b.get("text") or "" for b in blocks if (b.get("text") or "").strip()), "")
    line = continuation_orphaned_line(
        name=article_name(part.article, part),
        label=page.label,
        next_label=after.page.label,
        opening=story_name("", opening=opening),
        dry_run=report.dry_run,
    )
    report.orphaned_continuations.append(line)
    report.warnings.append(line)


def home_label(article: Article) -> str:
    """The label of the page ``article`` starts on (one query)."""
    return Page.objects.filter(pk=article.page_id).values_list("label", flat=True).get()


def kept_as_conflict(
    page: Page,
    part: ArticlePart,
    report: PageImportReport,
    *,
    position: int,
    overwrite_edited: bool = False,
) -> bool:
    """Whether ``part`` (no longer in the page text) is kept: its story edited by hand (unless
    ``overwrite_edited``) or published (unless ``report.remove_published``; None: unless
    ``overwrite_edited``); a conflict line says which, naming ``position``, where the kept part
    stands after the import. A whole copy of another page's story never is."""
    article = part.article
    home = article.page_id == page.pk
    if not home and part.whole_copy:
        return False
    remove = report.remove_published
    why = _why_kept(
        article,
        overwrite_edited=overwrite_edited,
        remove_published=overwrite_edited if remove is None else remove,
    )
    if why is None:
        return False
    name = article_name(article, part)
    whose = "" if home else f" (continued from {home_label(article)})"
    report.conflicts.append(
        f"{page.label} #{position} {name}{whose}: {why} and no longer in the page text; "
        "kept (use --overwrite-edited to remove it)"
    )
    return True


def removal_said(
    page: Page, part: ArticlePart, report: PageImportReport, *, number: int = 0
) -> None:
    """What the report says of ``part`` before it goes: a dropped continuation, and what
    ``--overwrite-edited`` removes of a story edited by hand or published (将删去 in a dry run,
    已删去 in a real one); a story of this page neither (a draft) is named in
    ``report.removed_drafts``. ``number``: which story of the page it was (第N位, photos and
    teasers not counted); its stored position when not given."""
    number = number or part.position
    article = part.article
    home = article.page_id == page.pk
    if not home and not part.whole_copy:
        continuation_dropped(page, part, report)
    if part.whole_copy and not home:
        return
    continuation_orphaned(page, part, report)
    done = "将删去" if report.dry_run else "已删去"
    name = article_name(article, part)
    what = f"第{number}位的{name}" if home else f"第{number}位{name}的续文"
    if article.is_edited:
        report.overwritten.append(
            f"{page.label}版 {what}：编辑改过，新的版面文本里已没有它，按 --overwrite-edited {done}"
        )
    if home and not article.is_edited and article.status != Status.PUBLISHED:
        report.removed_drafts.append(name)  # named on the page's line (删去：“…”)
    if article.status == Status.PUBLISHED:
        lost = "读者再打不开它的地址" if home else f"读者只看到它在{home_label(article)}版的部分"
        what = f"第{number}位的已发布稿件{name}" if home else f"{what}（已发布）"
        report.warnings.append(
            f"{page.label}版 {what}：新的版面文本里已没有它，按 --overwrite-edited {done}（{lost}）"
        )


def moved_to_its_copy(
    page: Page, part: ArticlePart, report: PageImportReport, *, number: int = 0
) -> bool:
    """Whether ``part`` (no longer in the page text) starts a story another page printed whole
    (a ``whole_copy`` follows it): then the story is not lost, it stays, starting on that page
    with its text (:func:`~articles.continuations.part_release`), so it is neither kept here as
    a conflict nor removed. A story edited by hand or published is said to be kept (a conflict
    line naming the page it starts on now; ``number``: which story of the page it was, as
    :func:`removal_said` takes it)."""
    copy = copy_takes_over(part)
    if copy is None:
        return False
    article = part.article
    why = _why_kept(article, overwrite_edited=False, remove_published=False)
    if why is None:
        return True
    report.conflicts.append(
        f"{page.label} #{number or part.position} {article_name(article, part)}: {why} and no "
        f"longer in the page text; kept, starting on page {copy.page.label} now, which prints it "
        "whole (same address)"
    )
    return True


def _why_kept(article, *, overwrite_edited: bool, remove_published: bool) -> str | None:
    """Why a story no longer in a page's text is kept: ``"edited by hand"`` (not
    ``overwrite_edited``), ``"published"`` (not ``remove_published``), or ``None`` (it goes)."""
    if article.is_edited and not overwrite_edited:
        return "edited by hand"
    if article.status == Status.PUBLISHED and not remove_published:
        return "published"
    return None


def copy_still_printed(
    page: Page, part: ArticlePart, rows, report: PageImportReport, *, keep: bool
) -> bool:
    """Does ``page``'s new text for the whole copy ``part`` (``rows``, the printed story's
    :class:`~articles.importing.rows.StoryRows`: its blocks, and its number on the page, which
    the warning names as 第N位) leave it a copy of its story? Yes when ``keep`` (an edited story not overwritten), or when the text is the story's
    (:func:`~articles.continuations.copies.copy_differences`): the same, or with a small edit
    (a corrected figure), which ``report`` then warns of, naming where the two printings differ
    (:func:`~articles.importing.reportlines.copy_differs_line`), so an editor checks which is
    right. No: another text, which makes the part a story of its own again."""
    if keep:
        return True
    differences = copy_differences(part, rows.part["blocks"])
    if differences:
        name = article_name(part.article, part)
        home = part.continued_from or "另一"
        report.warnings.append(
            copy_differs_line(page.label, rows.number or part.position, name, home, differences)
        )
    return differences is not None


def continuation_orphaned_line(
    *, name: str, label: str, next_label: str, opening: str, dry_run: bool = False
) -> str:
    """What a re-import says when page ``label``'s new text no longer gives the story ``name``
    (quoted) whose continuation ``opening`` (quoted, :func:`story_name`) is on page
    ``next_label``: the story goes, its continuation stays as a story of its own that no page
    leads to (its 上接 answers nothing: check_jumps lists it), and what an editor can do. A dry
    run says what would happen."""
    done = "将删去" if dry_run else "已删去"
    becomes = "将成为" if dry_run else "已成为"
    return (
        f"{label}版{name}已不在新的版面文本里，{done}；它在{next_label}版的续文{opening}{becomes}"
        f"单独的一篇草稿，已没有哪一版转到它（check_jumps 会列出它的“上接{label}版”）。"
        f"请核对：这篇稿件若确已撤下，把这段续文也从{next_label}版的文本里删去再导入"
        f"{next_label}版；若它仍印在{label}版，把它补回本版的文本再导入"
    )
