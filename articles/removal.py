"""Undoing an import: “撤销本版导入” (a page and what it printed) and “删除本期” (a whole issue).

A wrong page (the wrong date, the wrong paper, a draft file) is taken out again by the editor who
imported it, never by Django's generic delete (which would cut stories in half and leave jumps
pointing at nothing). Each has two steps, both here:

* a **plan** (:func:`page_removal_plan`, :func:`issue_removal_plan`) that lists exactly what
  goes: the stories that start there (whole, with their parts on that page), the parts of stories
  that start elsewhere and stay (they lose only that part, and the jump to it is open again), the
  continuations on other pages that become stories of their own again, the stories that start
  here and stay because another page printed them whole (``whole_copy``: they start on that page
  now, the same story with its text, deck, reporters, status and address), photos, teasers, jump
  markers, and the hand edits that would be lost; with a fingerprint, so that what is removed is
  what the editor was shown (:class:`RemovalChanged` otherwise);
* the **removal** (:func:`page_remove`, :func:`issue_remove`): all of it in one transaction,
  jumps of the issue resolved again, the public cache and search index told, and a record in
  history: every story, part and photo that goes gets a deletion record (who, when, why), and
  the issue (for a page) a record whose reason says what went.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from django.db import models, transaction
from django.utils import timezone

from articles.changes import content_changed
from articles.continuations import (
    MergeContext,
    copy_takes_over,
    issue_jumps_resolve,
    part_detach,
    part_release,
)
from articles.handeditors import edit_record
from articles.headwaits import undone_reason
from articles.importing.pdfs import page_files_remove_unused
from articles.importing.undone import edits_coming_back, redirected_undo, undone_not_back
from articles.models import (
    Article,
    ArticlePart,
    CorrectionNotice,
    Issue,
    Jump,
    JumpDirection,
    Page,
    PageImage,
    Photo,
    Status,
    Teaser,
)
from articles.storynames import quoted

PAGE_REMOVAL_REASON = "撤销本版导入"
ISSUE_REMOVAL_REASON = "删除本期"


class RemovalChanged(Exception):
    """What would be removed is no longer what the editor was shown (a page was imported, a
    story edited or a jump linked meanwhile): nothing was removed."""


@dataclass
class RemovalPlan:
    """What a removal takes out, for the confirmation page and the history record. Each list
    holds lines in Chinese, one per row (``stories``: stories that go whole; ``parts``: parts of
    stories that stay; ``detached``: continuations elsewhere that become stories of their own;
    ``kept``: stories that start here and stay, starting on the page that printed them whole;
    ``reopened``: jumps on other pages that will wait for this page again)."""

    what: str
    kind: str = "issue"  # or "page"
    pages: list[str] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    detached: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    photos: list[str] = field(default_factory=list)
    teasers: list[str] = field(default_factory=list)
    jumps: list[str] = field(default_factory=list)
    reopened: list[str] = field(default_factory=list)
    #: printed 更正 links that end: a notice that goes, whose story stays and loses its
    #: ``本报7月10日A2版刊登更正`` line; a story that goes, whose notice stays unlinked
    corrections: list[str] = field(default_factory=list)
    hand_edits: list[str] = field(default_factory=list)
    #: hand edits the page imported again gives back (撤销本版导入: a story's deck edits)
    edits_back: list[str] = field(default_factory=list)
    #: the published stories it deletes whole (readers lose them), and whether their paper
    #: requires sign-off (only a chief editor then removes them or takes text from them)
    published: list[str] = field(default_factory=list)
    #: the published stories that stay and lose their part on the page that goes (readers still
    #: see them on the page they start on, shorter): ``“标题”（A1版）``
    shortened: list[str] = field(default_factory=list)
    signoff_required: bool = False
    #: what becomes of the stories that go when the page is imported again (``""`` for none)
    comeback: str = ""
    fingerprint: str = ""

    def summary(self) -> str:
        """One line for the history record and the message: ``3 篇稿件、1 段续文、…``."""
        counts = [
            (len(self.pages) if self.kind == "issue" else 0, "个版面"),
            (len(self.stories), "篇稿件"),
            (len(self.parts), "段续文"),
            (len(self.photos), "张图片"),
            (len(self.teasers), "条导读"),
            (len(self.jumps), "个转版标记"),
        ]
        text = "、".join(f"{n} {unit}" for n, unit in counts if n) or "没有内容"
        if self.hand_edits:
            text += f"（含 {len(self.hand_edits)} 处人工修改）"
        if self.kept:
            text += f"；{len(self.kept)} 篇稿件整篇也印在别的版上，保留在那一版"
        return text


#: What the confirmation of 撤销本版导入 says of the stories that go and the page imported again
#: (:mod:`articles.importing.undone`), and what readers see meanwhile.
COMEBACK = (
    "撤销后到本版重新导入前，读者看不到这些稿件（原网址暂时打不开），它们在别的版上的续文也不单独发布。"
    "重新导入本版（同一文件或改正后的文件）时，文字相同的稿件会回来：原网址自动转到回来的稿件，"
    "发布状态和编辑改过的标题、电头、署名恢复；正文按重新导入的版面文本，"
    "原稿件的修改历史和“更新”说明不再显示。"
)
#: Its limit (:mod:`articles.importing.undone` matches the page by its issue and its label): what
#: a page imported again under another label gets, and the way for a wrong label (改版次,
#: :mod:`articles.relabel`). ``{label}``: the page's.
COMEBACK_LABEL = (
    "这只对以同一版次（{label}版）重新导入的版面有效：以别的版次导入时，稿件是新稿件（新编号、草稿），"
    "原网址打不开，热区要重画。如果只是版次导错了（报纸上印的不是{label}版），"
    "请不要撤销，用本版的“改版次”：稿件、网址、发布状态和热区都保留，原网址转到新版次。"
)


def _title(article: Article) -> str:
    return article.name_for_editors()


def _edit_line(kind: str, name: str, record) -> str:
    who = record.history_user if record is not None and record.history_user else "编辑"
    when = f"{timezone.localtime(record.history_date):%Y-%m-%d %H:%M}" if record else ""
    return f"{kind}{quoted(name)}：{who} {when} 的人工修改".replace("  ", " ")


def _story_edits(plan: RemovalPlan, article: Article) -> None:
    """The hand edits of ``article``, undone with its page: those the page imported again gives
    back (its deck, dateline, byline: :func:`~articles.importing.undone.edits_coming_back`) are
    not listed as lost; a body edit is."""
    line = _edit_line(
        "稿件", _title(article), edit_record(Article.history, article.pk, article.edited_at)
    )
    fields, body = edits_coming_back(article)
    back = f"改过的{'、'.join(fields)}在本版重新导入、这篇稿件回来时恢复"
    if fields and not body:
        plan.edits_back.append(f"{line}（{back}）")
    else:
        plan.hand_edits.append(f"{line}（正文的修改将丢失；{back}）" if fields else line)


def _fingerprint(plan: RemovalPlan, rows: list) -> str:
    text = repr(
        (plan.what, rows, plan.stories, plan.parts, plan.kept, plan.hand_edits, plan.reopened)
    )
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def _jump_line(jump: Jump, numbers: dict[tuple[int, int], int]) -> str:
    """A jump marker where editors find it: its page and its story's number there (photos and
    teasers take no number: :meth:`~articles.querysets.ArticlePartQuerySet.story_numbers_at`)."""
    part = jump.part
    number = numbers.get((part.page_id, part.position), part.position)
    return f"{part.page.label}版 第{number}篇 {jump.marker}"


def _number_of(part: ArticlePart) -> int:
    """The number editors see for ``part`` among its page's stories (one query)."""
    return ArticlePart.objects.story_numbers_at([part.page_id])[part.page_id, part.position]


def _photos_and_teasers(plan: RemovalPlan, pages) -> list:
    rows = []
    for photo in Photo.objects.filter(page__in=pages).select_related("page").order_by("pk"):
        plan.photos.append(f"{photo.page.label}版 {photo.place}“{photo.caption[:30]}”")
        rows.append(("photo", photo.pk, str(photo.edited_at)))
        if photo.edited_at:
            record = edit_record(Photo.history, photo.pk, photo.edited_at)
            plan.hand_edits.append(_edit_line("图片", photo.caption[:20], record))
    for teaser in Teaser.objects.filter(page__in=pages).select_related("page").order_by("pk"):
        plan.teasers.append(f"{teaser.page.label}版 导读“{' '.join(teaser.title_lines)}”")
        rows.append(("teaser", teaser.pk))
    return rows


def _kept_line(article: Article, copy: ArticlePart) -> str:
    """The line for a story that starts on the page that goes and stays, starting on ``copy``'s
    page, which printed it whole (:func:`~articles.continuations.merging.part_release`)."""
    label = copy.page.label
    return (
        f"{label}版 第{_number_of(copy)}篇“{_title(article)}”：{label}版也印了全文，稿件保留，"
        f"改为从{label}版开始（正文、标题、电头、记者、状态和网址不变；重新导入本版后仍是这一篇）"
    )


def _shown(article: Article, plan: RemovalPlan, *, listed: bool = True) -> str:
    """``——已发布，读者正在看`` after a published story's line (noted in ``plan.published``
    when ``listed``: one that goes or loses text), else ``""``."""
    if article.status != Status.PUBLISHED:
        return ""
    if listed:
        plan.published.append(f"“{_title(article)}”")
    return "——已发布，读者正在看"


def _shortened(article: Article, plan: RemovalPlan) -> str:
    """What a published story that stays and loses its part on the page that goes is told
    (noted in ``plan.shortened``); ``""`` for one not published."""
    if article.status != Status.PUBLISHED:
        return ""
    label = article.page.label
    plan.shortened.append(f"“{_title(article)}”（{label}版）")
    return f"——已发布：删去后读者在{label}版仍看得到这篇稿件，只是少了本版这段续文"


def _day(article: Article) -> str:
    return f"{article.issue.date.month}月{article.issue.date.day}日"


def _corrections(plan: RemovalPlan, going: set[int], where: str) -> list:
    """The 更正 links between the stories that go (``going``: ids) and stories that stay, as
    ``plan.corrections`` lines (``where``: ``本版``, ``本期``); their rows for the fingerprint.
    One query."""
    links = (
        CorrectionNotice.objects.filter(corrected__isnull=False)
        .filter(models.Q(notice__in=going) | models.Q(corrected__in=going))
        .select_related("notice__issue", "notice__page", "corrected__issue", "corrected__page")
        .order_by("pk")
    )
    rows = []
    for link in links:
        notice, story = link.notice, link.corrected
        if notice.pk in going and story.pk not in going:
            plan.corrections.append(
                f"{_day(story)}{story.page.label}版{quoted(_title(story))}不再显示"
                f"“本报{_day(notice)}{notice.page.label}版刊登更正”：这则更正启事随{where}删去"
                f"（重新导入后会再找被更正的稿件）{_shown(story, plan, listed=False)}"
            )
        elif story.pk in going and notice.pk not in going:
            plan.corrections.append(
                f"{_day(notice)}{notice.page.label}版的更正启事{quoted(_title(notice))}不再链接"
                f"被更正的{quoted(_title(story))}，改为未找到被更正稿件（{where}重新导入后会自动再链接）"
            )
        else:
            continue
        rows.append(("notice", link.pk, link.corrected_id))
    return rows


def removal_refusal(plan: RemovalPlan, may_sign_off: bool) -> str:
    """Why a user (``may_sign_off``: a chief editor's permission) may not carry out ``plan``, or
    ``""``: on a paper that requires sign-off, what is published is the chief editor's
    (README, Sign-off), so only they delete a published story or take text from it; a
    reviewer's editor deleted a signed-off, published story with 撤销本版导入."""
    if may_sign_off or not plan.signoff_required or not (plan.published or plan.shortened):
        return ""
    names = "、".join(dict.fromkeys(plan.published + plan.shortened))
    what = "撤销本版导入" if plan.kind == "page" else "删除本期"
    return (
        f"本报须经签发：要删去的内容里有已发布的稿件或它们的续文（{names}），只有总编辑（签发权限）可以{what}；"
        "请总编辑来做，或先把这些稿件撤回（撤回后读者就看不到了），再撤销。"
    )


def page_removal_plan(page: Page) -> RemovalPlan:
    """What “撤销本版导入” of ``page`` would remove (see the module docstring)."""
    page = Page.objects.select_related("issue__publication").get(pk=page.pk)
    plan = RemovalPlan(what=f"{page.issue} {page.label}版", kind="page", pages=[f"{page.label}版"])
    plan.signoff_required = page.issue.publication.review_required
    rows: list = [("page", page.pk, page.checksum)]
    parts = list(
        ArticlePart.objects.filter(page=page).select_related("article__page").order_by("position")
    )
    incoming = list(
        Jump.objects.filter(to_part__page=page)
        .exclude(part__page=page)
        .select_related("part__page")
        .order_by("pk")
    )
    numbers = ArticlePart.objects.story_numbers_at(
        {page.pk} | {jump.part.page_id for jump in incoming}
    )
    going: set[int] = set()
    for part in parts:
        article = part.article
        number = numbers.get((page.pk, part.position), part.position)
        rows.append(("part", part.pk, part.article_id, part.sequence, str(article.edited_at)))
        copy = copy_takes_over(part)
        if copy is not None:
            plan.kept.append(_kept_line(article, copy))
            rows.append(("kept", copy.pk, str(article.edited_at)))
        elif part.sequence == 0:
            going.add(article.pk)
            plan.stories.append(f"第{number}篇“{_title(article)}”{_shown(article, plan)}")
            if article.edited_at:
                _story_edits(plan, article)
            for later in article.parts.exclude(page=page).select_related("page"):
                plan.detached.append(
                    f"{later.page.label}版 第{_number_of(later)}篇"
                    f"（“{_title(article)}”的续文）"
                    "保留为单独的草稿，不单独发布：本版重新导入前读者看不到这段续文，"
                    "重新导入后自动接回"
                )
                rows.append(("detached", later.pk))
                break
        elif part.whole_copy:
            plan.parts.append(
                f"第{number}篇：{article.page.label}版“{_title(article)}”整篇也印在本版，删去本版"
                f"这一处（稿件和正文保留在{article.page.label}版）"
            )
        else:
            plan.parts.append(
                f"第{number}篇：{article.page.label}版“{_title(article)}”在本版的续文"
                f"（稿件保留在{article.page.label}版，转版标记改为待目标版面）"
                f"{_shortened(article, plan)}"
            )
            record = edit_record(ArticlePart.history, part.pk, None)
            if record is not None:
                plan.hand_edits.append(_edit_line("续文", _title(article), record))
    rows += _photos_and_teasers(plan, [page])
    for jump in Jump.objects.filter(part__page=page).select_related("part__page").order_by("pk"):
        plan.jumps.append(_jump_line(jump, numbers))
        rows.append(("jump", jump.pk, jump.state))
    for jump in incoming:
        plan.reopened.append(_jump_line(jump, numbers) + " → 改为待目标版面")
    rows += _corrections(plan, going, "本版")
    plan.comeback = COMEBACK + COMEBACK_LABEL.format(label=page.label) if going else ""
    plan.fingerprint = _fingerprint(plan, rows)
    return plan


def issue_removal_plan(issue: Issue) -> RemovalPlan:
    """What “删除本期” of ``issue`` would remove: every page, story, part, photo, teaser and jump
    marker of it, and the hand edits among them."""
    issue = Issue.objects.select_related("publication").get(pk=issue.pk)
    plan = RemovalPlan(what=str(issue), signoff_required=issue.publication.review_required)
    pages = list(issue.pages.order_by("sequence"))
    plan.pages = [f"{p.label}版（{p.source_name or '上传'}）" for p in pages]
    rows: list = [("issue", issue.pk, issue.status)] + [("page", p.pk, p.checksum) for p in pages]
    articles = issue.articles.select_related("page").prefetch_related("parts__page")
    numbers = ArticlePart.objects.story_numbers_at([p.pk for p in pages])
    for article in articles.order_by("page__sequence", "position"):
        labels = "、".join(p.page.label for p in article.ordered_parts())
        number = numbers.get((article.page_id, article.position), article.position)
        plan.stories.append(
            f"{article.page.label}版 第{number}篇“{_title(article)}”（刊于{labels}版）"
            f"{_shown(article, plan)}"
        )
        rows.append(("article", article.pk, str(article.edited_at)))
        if article.edited_at:
            plan.hand_edits.append(
                _edit_line(
                    "稿件",
                    _title(article),
                    edit_record(Article.history, article.pk, article.edited_at),
                )
            )
    rows += _photos_and_teasers(plan, pages)
    rows += _corrections(plan, {row[1] for row in rows if row[0] == "article"}, "本期")
    plan.comeback = undone_not_back(issue.pk)  # (stories of an undone page, waiting)
    jumps = Jump.objects.filter(part__page__issue=issue).select_related("part__page")
    for jump in jumps.order_by("part__page__sequence", "part__position", "direction"):
        plan.jumps.append(_jump_line(jump, numbers))
        rows.append(("jump", jump.pk, jump.state))
    plan.fingerprint = _fingerprint(plan, rows)
    return plan


def _check(plan: RemovalPlan, fingerprint: str | None) -> None:
    if fingerprint is not None and fingerprint != plan.fingerprint:
        raise RemovalChanged(plan.what)


def _as(obj, user, reason: str):
    obj._change_reason = reason
    if user is not None:
        obj._history_user = user
    return obj


def _page_files_go(images) -> None:
    """The files of the pages' PDFs going with them (``images``: their ``PageImage`` rows: the
    PDF, page image and thumbnail) removed from storage once the removal is committed, those no
    other page uses (a multi-page PDF's file is shared), as a replaced PDF's are
    (:func:`~articles.importing.pdfs.page_files_remove_unused`): a removed page cannot be
    restored (its photos' history says so; import it again), so nothing is withheld for it."""
    names = {name for row in images.values_list("pdf", "image", "thumbnail") for name in row}
    names.discard("")
    if names:
        transaction.on_commit(lambda: page_files_remove_unused(names))


#: The history reason of a continuation whose head page was undone, kept off the site.
WAITS_REASON = "{reason}：上接的那一版已撤销，这段续文暂不单独发布，等那一版重新导入后自动接回"


def _waits(story: Article, user, reason: str) -> None:
    """A continuation left alone by an undo of its head's page waits as a draft (no schedule):
    readers never get a fragment with the repeated headline; the re-import stitches it to its
    head again, which takes back the state the undone story had (:mod:`articles.importing.undone`).
    """
    if story.status == Status.DRAFT and story.publish_at is None:
        return
    story.status, story.publish_at, story.publish_by = Status.DRAFT, None, None
    story.signed_off_by, story.signed_off_at = None, None
    _as(story, user, WAITS_REASON.format(reason=reason)[:100]).save()


@transaction.atomic
def page_remove(*, page: Page, user=None, fingerprint: str | None = None) -> RemovalPlan:
    """Undo the import of ``page``, all in one transaction (see the module docstring). With
    ``fingerprint`` (the plan the editor confirmed), raises :class:`RemovalChanged` and removes
    nothing when the plan is no longer the same. Returns the plan carried out."""
    issue = Issue.objects.select_for_update().get(pk=page.issue_id)
    plan = page_removal_plan(page)
    _check(plan, fingerprint)
    reason = undone_reason(page.label)  # (the import gives the stories back by it)
    parts = list(
        ArticlePart.objects.filter(page=page).select_related("article").order_by("position")
    )
    # Stories that stay with less text: updated when published, sign-off ended (its flush).
    shortened = MergeContext()
    for part in parts:
        if part.sequence == 0:
            continue
        # A story that starts elsewhere stays: only its part here goes, and the jump to it opens.
        part_release(part, merges=shortened)
        _as(ArticlePart.objects.get(pk=part.pk), user, reason).delete()
        shortened.shorter.add(part.article_id)
    for part in parts:
        if part.sequence != 0:
            continue
        if copy_takes_over(part) is not None:
            # Another page printed the story whole: it stays, starting there, with its text.
            part_release(part)
            _as(ArticlePart.objects.get(pk=part.pk), user, reason).delete()
            _as(Article.objects.get(pk=part.article_id), user, reason).save()
            continue
        later = part.article.parts.exclude(page=page).filter(sequence__gt=0).order_by("sequence")
        first_elsewhere = later.first()
        if first_elsewhere is not None:
            # The continuation stays, a story of its own again: not public (a fragment under a
            # repeated headline, its text starting mid-sentence) until its head comes back.
            _waits(part_detach(first_elsewhere, merges=shortened), user, reason)
        article = Article.objects.get(pk=part.article_id)
        redirected_undo(article, user=user, reason=reason)  # (its merged stories' addresses)
        _as(article, user, reason).delete()
    for photo in Photo.objects.filter(page=page):
        _as(photo, user, reason).delete()
    _page_files_go(PageImage.objects.filter(page=page))
    Page.objects.filter(pk=page.pk).delete()
    shortened.flush()
    issue_jumps_resolve(issue)
    content_changed(issue_id=issue.pk)
    _as(issue, user, f"{reason}：{plan.summary()}"[:100])
    issue.save(update_fields=["updated_at"])
    return plan


@transaction.atomic
def issue_remove(*, issue: Issue, user=None, fingerprint: str | None = None) -> RemovalPlan:
    """Delete ``issue`` and everything imported into it, in one transaction; every story, part
    and photo gets a deletion record in history, the issue's says what went. Raises
    :class:`RemovalChanged` as :func:`page_remove` does."""
    issue = Issue.objects.select_for_update().get(pk=issue.pk)
    plan = issue_removal_plan(issue)
    _check(plan, fingerprint)
    reason = f"{ISSUE_REMOVAL_REASON}：{plan.summary()}"[:100]
    articles = list(Article.objects.filter(issue=issue))
    # Jumps first: a marker linked to a part that goes would be rewritten as it goes.
    Jump.objects.filter(part__page__issue=issue, direction=JumpDirection.FORWARD).delete()
    for article in articles:
        _as(article, user, reason).delete()
    for photo in Photo.objects.filter(page__issue=issue):
        _as(photo, user, reason).delete()
    _page_files_go(PageImage.objects.filter(page__issue=issue))
    _as(issue, user, reason).delete()
    content_changed()
    return plan
