"""从这里拆开: an editor splits a story the parser read as one (README, The editors' desk).

The parser flags a dispatch it joined to the story before it (请先核对：……如果它是一篇没有标题的
新稿件，请拆开); this is that split, done whole in one transaction: the blocks of the story's
printed part from the one chosen on become a new story right after it on the same page (the
page's later stories, photos and teasers move down one place when there is no free one). Its
headline is the chosen block when that is a crosshead or a short line with no sentence end
(:func:`headline_like`: it is taken out of the body), else what the editor types (may be left
empty: an untitled dispatch). When its text opens with a dateline or byline (a dispatch, or a
story merged into this one before, :mod:`articles.storyjoin`, whose paragraphs kept them as
printed), those are its 电头 and 署名 again, read as an import reads them
(:func:`~articles.importing.splitoffs.printed_credits`), and the reporters that byline names go with it (leaving the story
split when its own 署名 does not name them). The editor chooses which of the story's photos go
with it. The
new story starts as its source is when that is a 草稿 or 待审, else (published, signed off) as a
待审 on a paper that requires sign-off and a 草稿 otherwise (:func:`split_off_status`), edited by hand like the
story it came from (``edited_at``): a re-import of the page keeps both as the editor made them
and reports them (``articles.importing.writer``, ``articles.importing.leftovers``). A story
printed on several pages is split in its first page's part, whose text ends in the 下转 marker
(a merge of a story that jumps moved it there, with the text it ends): the marker goes with the
later half, and so do the later pages' parts (and the story's photos printed there); one whose
first part does not end in a marker is refused (:func:`several_pages_refusal`), and so is a
published one on a paper that requires sign-off for an editor who may not sign off.

A split that brings back a story merged into this one (合并到上一篇), at the block its text
opened with, gives it its old id and address again, and it comes back as its last history
record has it: 状态 and sign-off, deck lines as its fields, 电头, 署名 and reporters (taken back
from this story) (:mod:`articles.mergedaddress`).

Two steps, as the merge's (:mod:`articles.storyjoin`): :func:`split_plan`, then
:func:`story_split` with the plan's fingerprint (:class:`~articles.storyjoin.StoryJoinChanged`,
nothing written, when the story changed since).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from articles.changes import content_changed
from articles.continuations import held_jumps_resolve
from articles.correctionnotices import notices_find
from articles.crediting import people_for
from articles.editing import hand_edit, story_snapshot_refresh
from articles.forms.guards import article_version
from articles.importing.splitoffs import PrintedCredits, printed_credits
from articles.mergedaddress import (
    MergedStory,
    addresses_back,
    back_lines,
    merged_story,
    merged_story_back,
    reporters_back,
    story_as_it_was,
)
from articles.models import (
    Article,
    ArticlePart,
    Block,
    Byline,
    Jump,
    JumpDirection,
    Page,
    Photo,
    Status,
    Teaser,
)
from articles.querysets import PDF_PICTURES_FROM
from articles.signoff import may_sign_off, signoff_end_reason
from articles.storyjoin import (
    StoryJoinChanged,
    StoryJoinRefused,
    fingerprint_of,
    published_refusal,
    split_off_reason,
    story_name,
)

SPLIT_REASON = "从这里拆开"
#: A paragraph this short, without a sentence's end, reads as a headline.
HEADLINE_LENGTH = 30
_SENTENCE_END = re.compile(r"[。！？；…!?;]")
_HEADLINE_MAX = 300  # Article.headline
_OFFSET = 1_000_000  # rows moved out of the way first: (page, position) stays unique throughout
_ROWS_WITH_PLACES = (Article, ArticlePart, Photo, Teaser)


def split_off_status(article: Article) -> str:
    """The status a story split off ``article`` starts with: its source's when that is a 草稿
    or 待审 (the editor's 提交待审 is not skipped, nor a review undone); a published or signed-off
    source's split-off has not been read as a story yet: 待审 on a paper that requires sign-off,
    草稿 otherwise."""
    if article.status in (Status.DRAFT, Status.REVIEW):
        return article.status
    return Status.REVIEW if article.issue.publication.review_required else Status.DRAFT


def headline_like(block: dict) -> bool:
    """Whether a body block reads as a headline: a crosshead, or a paragraph of at most
    :data:`HEADLINE_LENGTH` characters with no sentence end in it."""
    text = block["text"].strip()
    if block["kind"] == Block.CROSSHEAD:
        return bool(text)
    return 0 < len(text) <= HEADLINE_LENGTH and not _SENTENCE_END.search(text)


@dataclass
class SplitPlan:
    """What :func:`story_split` of ``article`` at block ``index`` (0-based, in its one part)
    does: ``lines`` in Chinese; ``refusal`` (``""`` when it may be done); ``headline``: the
    chosen block when it reads as one (``title_from_text``), else the editor's to give;
    ``photos``: the story's photos the editor may send with the new story."""

    article: Article
    index: int
    part: ArticlePart | None = None
    title_from_text: bool = False
    headline: str = ""
    photos: list[Photo] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    refusal: str = ""
    fingerprint: str = ""
    credits: PrintedCredits = field(default_factory=PrintedCredits)
    #: the story's parts on later pages: the new story's (they follow its 下转 marker)
    continuations: list[ArticlePart] = field(default_factory=list)
    #: the story merged into this one that the split brings back (:mod:`articles.mergedaddress`)
    back: MergedStory | None = None

    @property
    def blocks_kept(self) -> list[dict]:
        return self.part.blocks[: self.index] if self.part else []

    @property
    def blocks_moved(self) -> list[dict]:
        """The blocks the new story takes, as printed (its headline, when taken from the text,
        and a byline line a merge kept as a paragraph left out: they are its fields again)."""
        if self.part is None:
            return []
        moved = self.part.blocks[self.index :]
        if self.back is not None and self.back.deck:  # as the merge put them: its fields again
            deck = list(self.back.deck)
            while moved and deck and moved[0]["text"].strip() in deck:
                deck = deck[deck.index(moved[0]["text"].strip()) + 1 :]
                moved = moved[1:]
        elif self.title_from_text:
            moved = moved[1:]
        lines = self.credits.lines
        while moved and lines and moved[0]["text"].strip() in lines:
            moved = moved[1:]
        return moved


def several_pages_refusal(article: Article, parts: list[ArticlePart]) -> str:
    """Why a story printed on several pages (``parts``, in order) is not split here, or ``""``:
    its first page's part must end in the 下转 marker that leads to the others (it goes with
    the later half, and those parts with it), and no page may give it whole again."""
    if len(parts) <= 1:
        return ""
    first = parts[0]
    ends_in_jump = first.jumps.filter(direction=JumpDirection.FORWARD).exists()
    if first.sequence == 0 and ends_in_jump and not any(p.whole_copy for p in parts):
        return ""
    labels = "、".join(dict.fromkeys(p.page.label for p in parts))
    return (
        f"这篇稿件“{article.name_for_editors()}”跨版刊登（刊于{labels}版），但{first.page.label}版的"
        "部分不以转版标记结束（或别版整篇重复）：不知道别版的续文该归拆开后的哪一篇，不能在这里拆开。"
        "请先在它的“转版标记”里把转版断开（人工断开），再来拆开。"
    )


def _split_refusal(plan: SplitPlan, parts: list[ArticlePart], user) -> str:
    article = plan.article
    if not parts:
        return f"“{article.name_for_editors()}”没有正文，无法拆开。"
    if refusal := several_pages_refusal(article, parts):
        return refusal
    blocks = parts[0].blocks
    if len(blocks) < 2:
        return (
            f"“{article.name_for_editors()}”只有 {len(blocks)} 段正文，没有可以拆开的地方：要把它"
            "分成两篇，请先在稿件的正文里把要拆出的文字另起一段（段落之间空一行）并保存，再来拆开。"
        )
    if not 1 <= plan.index < len(blocks):
        return (
            f"拆开处须是第2段到第{len(blocks)}段中的一段（这篇稿件有 {len(blocks)} 段）："
            "请在稿件的段落列表里点要拆开的那一段。"
        )
    if headline_like(blocks[plan.index]) and plan.index == len(blocks) - 1:
        return (
            f"第{plan.index + 1}段“{blocks[plan.index]['text']}”像一行标题，它后面没有正文："
            "拆开后新稿件没有内容。请选它前面的一段，或在稿件里删去这一行。"
        )
    return published_refusal([article], user)


def split_plan(article: Article, index: int, *, user=None) -> SplitPlan:
    """What splitting ``article`` at its ``index``-th block (0-based) would do (see the module
    docstring). ``user``: the editor (None: the system)."""
    article = Article.objects.select_related("page", "issue__publication").get(pk=article.pk)
    plan = SplitPlan(article=article, index=index)
    parts = list(article.parts.select_related("page").order_by("sequence"))
    plan.refusal = _split_refusal(plan, parts, user)
    pages = {p.page_id for p in parts[1:]} - {parts[0].page_id} if parts else set()
    photos = Photo.objects.filter(article=article).order_by("position")
    plan.photos = list(photos.exclude(page_id__in=pages))  # (those on later pages follow them)
    plan.fingerprint = fingerprint_of(
        article_version(article.pk, with_status=True), index, [p.pk for p in plan.photos]
    )
    if plan.refusal:
        return plan
    plan.part, plan.continuations = parts[0], parts[1:]
    chosen = plan.part.blocks[index]
    if headline_like(chosen):
        plan.title_from_text, plan.headline = True, chosen["text"].strip()
    if (back := merged_story_back(article, chosen)) is not None:
        plan.back = merged_story(back, article)
        if plan.back.deck:  # (an untitled one's is the editor's to give, as any split-off's)
            plan.title_from_text, plan.headline = True, plan.back.record.headline.strip()
    plan.credits = printed_credits(plan.headline, plan.blocks_moved)  # (then without its lines)
    if not plan.blocks_moved:  # (only its headline and byline: nothing to read)
        plan.refusal = (
            f"第{index + 1}段之后只有署名，没有正文：拆开后新稿件没有内容。请选别的段落。"
        )
        return plan
    _split_lines(plan, user)
    return plan


def _split_lines(plan: SplitPlan, user) -> None:
    article, name = plan.article, story_name(plan.article)
    kept, moved = len(plan.blocks_kept), len(plan.blocks_moved)
    if plan.back is not None:
        plan.lines.extend(back_lines(plan.back, article, plan.index, moved, user))
        plan.lines.append(f"{name}保留前 {kept} 段，标题、电头和署名不变。")
    elif plan.title_from_text:
        plan.lines.append(
            f"第{plan.index + 1}段“{plan.headline}”成为新稿件的标题，其后的 {moved} 段成为它的正文。"
        )
    else:
        plan.lines.append(
            f"从第{plan.index + 1}段起的 {moved} 段成为新稿件的正文；新稿件的标题请在下面填写"
            "（可留空：没有标题的稿件按开头的字命名）。"
        )
    if plan.back is None:
        unchanged = "标题、电头和署名" if plan.credits.reporters else "标题、电头、署名和记者"
        plan.lines.append(f"{name}保留前 {kept} 段，{unchanged}不变。")
        status = Status(split_off_status(article))
        plan.lines.append(
            f"新稿件排在{article.page.label}版紧接它的位置，状态为“{status.label}”（{_status_why(article)}），"
            + _credits_said(plan.credits)
        )
    if plan.photos:
        plan.lines.append(f"{len(plan.photos)} 张图片：勾选的改归新稿件，其余留在{name}。")
    jump = plan.part.jumps.filter(direction=JumpDirection.FORWARD).first()
    if jump is not None:
        plan.lines.append(f"末尾的转版标记{jump.marker}随正文的后半移到新稿件。")
    if plan.continuations:
        labels = "、".join(dict.fromkeys(c.page.label for c in plan.continuations))
        plan.lines.append(
            f"{labels}版上的续文（接在转版标记之后）随之归新稿件，它刊于{article.page.label}、{labels}版"
            f"（那几版上这篇稿件的图片也归它）；{name}改为只刊于{article.page.label}版。"
        )
    if plan.part.zones.exists():
        plan.lines.append("版面图上的热区仍框住拆开前的整篇：需要时在版面页“重新匹配热区”。")
    if article.status == Status.PUBLISHED:
        plan.notes.append(
            f"“{article.name_for_editors()}”已发布：拆开后读者只看到前 {kept} 段，"
            "拆出的新稿件发布后才看得到。"
        )
    if article.status == Status.SIGNED_OFF and not may_sign_off(user):
        plan.notes.append(
            f"“{article.name_for_editors()}”已签发：拆开后改回待审，须由总编辑重新签发。"
        )


def _status_why(article: Article) -> str:
    if article.status in (Status.DRAFT, Status.REVIEW):
        return f"与原稿相同：原稿是{article.get_status_display()}"
    signoff = article.issue.publication.review_required
    return f"原稿已{'签发' if article.status == Status.SIGNED_OFF else '发布'}，新稿件" + (
        "须经审核签发后才能发布" if signoff else "核对后才发布"
    )


def _credits_said(credits: PrintedCredits) -> str:
    said = [
        f"{label}“{value}”"
        for label, value in (("电头", credits.dateline), ("署名", credits.byline))
        if value
    ]
    if not said:
        return "没有电头、署名和记者（需要时在新稿件的编辑页补上）。"
    who = f"，记者{'、'.join(credits.reporters)}随之归新稿件" if credits.reporters else ""
    lines = "、".join(f"“{line}”" for line in credits.lines)
    kept = f"（单列的署名行{lines}不再作为正文段落）" if lines else "（正文照原样保留）"
    return f"{'、'.join(said)}取自拆出的正文开头{kept}{who}。"


def _reporters_move(article: Article, new: Article, credits: PrintedCredits) -> None:
    """The reporters the split-off text's byline names: the new story's, in order; taken from
    ``article`` when its own 署名 does not name them (they came with a merge)."""
    people = people_for(article, credits.reporters)
    for order, name in enumerate(credits.reporters):
        Byline.objects.create(article=new, person=people[name], order=order)
        if name not in article.byline:
            Byline.objects.filter(article=article, person=people[name]).delete()


def _place_after(page: Page, position: int) -> int:
    """A free place right after ``position`` on ``page`` for a new story: ``position + 1``,
    made free when taken by moving every later row of the page (stories, parts, photos,
    teasers; not a PDF's pictures of their own) down one place."""
    wanted = position + 1
    taken = any(
        model.objects.filter(page=page, position=wanted).exists() for model in _ROWS_WITH_PLACES
    )
    if not taken:
        return wanted
    for model in _ROWS_WITH_PLACES:
        later = model.objects.filter(page=page, position__gt=position)
        later.filter(position__lt=PDF_PICTURES_FROM).update(position=F("position") + _OFFSET)
        model.objects.filter(page=page, position__gte=_OFFSET).update(
            position=F("position") - _OFFSET + 1
        )
    return wanted


def _continuations_move(
    plan: SplitPlan, new: Article, new_part: ArticlePart, reason: str, user
) -> None:
    """The story's parts on later pages (they follow its 下转 marker, now the new story's) and
    its photos printed there: the new story's; their 上接 links lead back to its part."""
    if not plan.continuations:
        return
    hand_edit(plan.continuations, reason=reason, user=user)
    for continuation in plan.continuations:
        continuation.article = new
        continuation.save()
    ids = [c.pk for c in plan.continuations]
    Jump.objects.filter(part_id__in=ids, to_part=plan.part).update(to_part=new_part)
    for jump in Jump.objects.filter(part_id__in=ids, candidates=plan.part):
        jump.candidates.remove(plan.part)
        jump.candidates.add(new_part)
    pages = {c.page_id for c in plan.continuations} - {plan.part.page_id}
    photos = list(Photo.objects.filter(article=plan.article, page_id__in=pages))
    hand_edit(photos, reason=reason, user=user)
    for photo in photos:
        photo.article = new
        photo.save()


def _as(obj, reason: str, user):
    obj._change_reason = reason[:100]
    if user is not None:
        obj._history_user = user
    return obj


@transaction.atomic
def story_split(
    *,
    article: Article,
    index: int,
    user=None,
    fingerprint: str | None = None,
    headline: str = "",
    photo_ids=(),
) -> Article:
    """Split ``article`` at its ``index``-th block, all in one transaction (see the module
    docstring). ``headline``: the new story's, when the chosen block is not one (ignored
    otherwise); ``photo_ids``: which of the story's photos go with the new story;
    ``fingerprint``: the plan the editor confirmed. Raises
    :class:`~articles.storyjoin.StoryJoinChanged` or :class:`~articles.storyjoin.StoryJoinRefused`
    with nothing written. Returns the new story."""
    Article.objects.select_for_update().get(pk=article.pk)
    plan = split_plan(article, index, user=user)
    if fingerprint is not None and fingerprint != plan.fingerprint:
        raise StoryJoinChanged(plan.article.name_for_editors())
    if plan.refusal:
        raise StoryJoinRefused(plan.refusal)
    article, part = plan.article, plan.part
    title = plan.headline if plan.title_from_text else headline.strip()[:_HEADLINE_MAX]
    moved, kept = plan.blocks_moved, plan.blocks_kept
    reason = f"{SPLIT_REASON}：第{index + 1}段起拆成新稿件“{title or '（无标题）'}”"
    hand_edit([part, article], reason=reason, user=user)  # (its baseline: the text before)
    position = _place_after(article.page, part.position)
    new = Article(
        issue_id=article.issue_id,
        page_id=article.page_id,
        position=position,
        headline=title,
        dateline=plan.credits.dateline,
        byline=plan.credits.byline,
        status=split_off_status(article),
        edited_at=timezone.now(),
    )
    made = split_off_reason(article, typed=bool(title) and not plan.title_from_text)
    if plan.back is not None:  # its old id, deck, 状态 and reporters (articles.mergedaddress)
        made = f"{made}；{story_as_it_was(new, plan.back, article, user)}"
    _as(new, made, user).save(force_insert=True)
    if plan.back is not None:
        addresses_back(article, new, plan.back)
        reporters_back(article, new, plan.back)
    else:
        _reporters_move(article, new, plan.credits)
    new_part = ArticlePart(
        article=new,
        page_id=part.page_id,
        position=position,
        sequence=0,
        title_lines=plan.back.deck if plan.back and plan.back.deck else [title] if title else [],
        blocks=moved,
    )
    _as(new_part, made, user).save()
    Jump.objects.filter(part=part, direction=JumpDirection.FORWARD).update(part=new_part)
    _continuations_move(plan, new, new_part, reason, user)
    photos = [p for p in plan.photos if p.pk in {int(pk) for pk in photo_ids}]
    hand_edit(photos, reason=reason, user=user)
    for photo in photos:
        photo.article = new
        photo.save()
    part.position = ArticlePart.objects.values_list("position", flat=True).get(pk=part.pk)
    part.blocks = kept
    part.save()
    if not may_sign_off(user):
        article._change_reason = signoff_end_reason(article, reason)
    article.save()  # its history record keeps the shorter text
    story_snapshot_refresh(new)  # the new story's first record, with its text
    notices_find(articles=[article, new])  # a 更正 notice split off, or a story one names
    content_changed(article_ids=[article.pk, new.pk], issue_id=article.issue_id)
    if new.status == Status.PUBLISHED:  # as any publish: a link held for it is decided again
        held_jumps_resolve([new.pk])
    return new
