"""合并到上一篇: an editor joins two stories the parser read apart (README, The editors' desk).

The parser flags a one-line headline that may be a crosshead of the story before it (请先核对：
……如果它是上一篇稿件的小标题，请把两篇合并); this is that merge, done whole in one transaction:
the later story's title lines become crossheads (小标题) or paragraphs of the earlier story, its
paragraphs follow, and its photos, reporters (each once), page zone, 下转 marker, teasers and
public address (a 301, :class:`~articles.models.ArticleRedirect`) go to the earlier story; the
later story's row goes, with a deletion record in history (who, why). The earlier story is
edited by hand (``edited_at``): a re-import of the page keeps it as the editor made it and
reports a conflict (``articles.importing.writer``). Its splitting twin is
:mod:`articles.storysplit`.

Two steps, as 撤销本版导入's (:mod:`articles.removal`): :func:`merge_plan` says what will
happen, line by line, or why it cannot (``refusal``: a story printed on several pages, the
first story of its page, a continuation, a published story on a paper that requires sign-off
and an editor who may not sign off), with a fingerprint of both stories; :func:`story_merge`
does it, and with the fingerprint the editor confirmed refuses (:class:`StoryJoinChanged`,
nothing written) when either story changed meanwhile. A later story that jumps to
other pages takes its continuations along (they become the earlier story's); an earlier story
that goes on to another page after it, a continuation (上接), a story given whole on another
page too, are refused. A story split off the earlier one with a headline the editor typed
(never printed, :func:`typed_headline_back`) comes back without it: its text as printed. A
later story whose deck an editor corrected goes in under the corrected deck, the plan saying
what was printed (:func:`deck_corrected`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q

from articles.changes import content_changed
from articles.continuations import issue_jumps_resolve
from articles.correctionnotices import notices_find
from articles.editing import hand_edit, history_baseline
from articles.forms.guards import article_version
from articles.models import (
    Article,
    ArticlePart,
    ArticleRedirect,
    Block,
    Byline,
    Jump,
    JumpDirection,
    Photo,
    Status,
    Teaser,
    Zone,
    ZoneSource,
)
from articles.signoff import may_sign_off, published_edit_refusal, signoff_end_reason

MERGE_REASON = "合并到上一篇"
#: How a split-off story's first history record's reason starts (articles.storysplit), and
#: what it adds when the editor typed its headline (never printed).
SPLIT_OFF_REASON, TYPED_HEADLINE = "从这里拆开：从“", "，标题为编辑所拟"
#: How the later story's title lines go into the earlier story (the form's choice).
AS_CROSSHEAD, AS_PARAGRAPH = Block.CROSSHEAD, Block.PARAGRAPH
_REASON_MAX = 100  # a history record's reason (django-simple-history's column)


class StoryJoinRefused(Exception):
    """The merge or split may not be done; the message (Chinese) says why and what to do."""


class StoryJoinChanged(Exception):
    """A story changed since the editor was shown the plan: nothing was written."""


@dataclass
class MergePlan:
    """What :func:`story_merge` of ``later`` into ``earlier`` does: ``lines`` in Chinese, one a
    change; ``refusal`` (``""`` when it may be done); ``notes``: what readers will see
    differently (a published story's text, a sign-off that ends); ``title_lines`` of the later
    story, which become crossheads or paragraphs."""

    later: Article
    earlier: Article | None = None
    earlier_part: ArticlePart | None = None
    later_part: ArticlePart | None = None
    continuations: list[ArticlePart] = field(default_factory=list)  # its parts on other pages
    title_lines: list[str] = field(default_factory=list)
    #: the later story's headline when the editor typed it at a split from the earlier one
    #: (:func:`typed_headline_back`): dropped, not made a crosshead
    typed_headline: str = ""
    #: the later story's title lines as printed when the editor corrected its deck since
    #: (:func:`deck_corrected`): ``title_lines`` are the deck as corrected, which goes in
    printed_title: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    refusal: str = ""
    fingerprint: str = ""


def story_name(article: Article) -> str:
    """``A1版“主题”``: a story as this module's lines name it."""
    return f"{article.page.label}版“{article.name_for_editors()}”"


def split_off_reason(source: Article, *, typed: bool) -> str:
    """The first history record's reason of a story split off ``source``:
    ``从这里拆开：从“主题”（#12）拆出``, with :data:`TYPED_HEADLINE` when the editor typed its
    headline (:func:`typed_headline_back`). At most 100 characters (the name is cut short)."""
    name = source.name_for_editors()
    name = name if len(name) <= 40 else name[:39] + "…"
    return f"{SPLIT_OFF_REASON}{name}”（#{source.pk}）拆出{TYPED_HEADLINE if typed else ''}"


def typed_headline_back(later: Article, earlier: Article) -> bool:
    """Whether ``later`` was split off ``earlier`` with a headline the editor typed (its newest
    creation record says so, :func:`split_off_reason`; a story merged and split back again,
    :mod:`articles.mergedaddress`, has its import's before it): merged back, that headline
    (never printed) is dropped and the text comes back as printed. One query."""
    made = later.history.filter(history_type="+").order_by("-history_date", "-history_id").first()
    reason = (made.history_change_reason or "") if made is not None else ""
    return (
        reason.startswith(SPLIT_OFF_REASON) and f"（#{earlier.pk}）拆出{TYPED_HEADLINE}" in reason
    )


def published_refusal(articles: list[Article], user) -> str:
    """The sign-off rule (:func:`articles.signoff.published_edit_refusal`) over every story
    the change writes: a published story of a paper that requires sign-off is the chief
    editor's."""
    for article in articles:
        if published_edit_refusal(article, user):
            return (
                f"本报须经签发：“{article.name_for_editors()}”已经发布，已发布的内容只有总编辑"
                "（签发权限）可以修改；请总编辑来做，或请总编辑先把它撤回（改为草稿）。"
            )
    return ""


def fingerprint_of(*values) -> str:
    return hashlib.sha256(repr(values).encode()).hexdigest()[:24]


def title_lines_of(article: Article, part: ArticlePart) -> list[str]:
    """The story's title lines as printed (its first part's), or its deck as edited when the
    part keeps none."""
    lines = [line for line in part.title_lines if line.strip()]
    if lines:
        return lines
    return [t for t in (article.kicker, article.headline, article.subheadline) if t.strip()]


def deck_corrected(article: Article) -> list[str]:
    """``article``'s deck (引题, 主题, 副题, the non-empty ones) when an editor changed it since
    the story was imported (its oldest recorded version, the import's, has another deck), else
    ``[]``. A merge puts that in as the crosshead: the editor's correction is the text the desk
    wants, as a corrected paragraph is (the printed one stays in history). One query."""
    first = article.history.order_by("history_date", "history_id").first()
    deck = [article.kicker, article.headline, article.subheadline]
    if first is None or [first.kicker, first.headline, first.subheadline] == deck:
        return []
    return [t for t in deck if t.strip()]


def _parts(article: Article) -> list[ArticlePart]:
    return list(article.parts.select_related("page").order_by("sequence"))


def _earlier_part(part: ArticlePart) -> ArticlePart | None:
    """The story part printed right before ``part`` on its page (photos and teasers between
    them do not count), or None."""
    return (
        ArticlePart.objects.filter(page_id=part.page_id, position__lt=part.position)
        .select_related("article__page", "article__issue__publication", "page")
        .order_by("-position")
        .first()
    )


def _merge_refusal(plan: MergePlan, later_parts, user) -> str:
    later = plan.later
    if not later_parts:
        return f"“{later.name_for_editors()}”没有正文，无法合并。"
    if any(p.whole_copy for p in later_parts):
        return (
            f"“{later.name_for_editors()}”在别的版上还有整篇重复（跨版整篇重复），不能合并；"
            "请先核对那一版。"
        )
    part = later_parts[0]
    jumps = {j.direction: j for j in part.jumps.all()}
    if part.continued_from or JumpDirection.BACKWARD in jumps or part.whole_copy:
        return (
            f"“{later.name_for_editors()}”是接续别版的续文，不是一篇单独的稿件：请在它的"
            "“转版标记”里把它接到上文，不要合并。"
        )
    if plan.earlier is None:
        return (
            f"“{later.name_for_editors()}”是{part.page.label}版的第一篇稿件，前面没有可以合并进去的"
            "稿件。"
        )
    earlier_parts = _parts(plan.earlier)
    if earlier_parts[-1].pk != plan.earlier_part.pk or plan.earlier_part.whole_copy:
        labels = "、".join(dict.fromkeys(p.page.label for p in earlier_parts))
        return (
            f"上一篇“{plan.earlier.name_for_editors()}”在{plan.earlier_part.page.label}版之后还转到"
            f"别的版（刊于{labels}版），它后面的文字不能接在这里；请先核对它的转版标记。"
        )
    if plan.earlier_part.jumps.filter(direction=JumpDirection.FORWARD).exists():
        return (
            f"上一篇“{plan.earlier.name_for_editors()}”在本版以转版标记结束，两篇中间隔着转版，"
            "不能合并；请先核对转版标记。"
        )
    return published_refusal([plan.earlier, later], user)


def merge_plan(later: Article, *, user=None) -> MergePlan:
    """What merging ``later`` into the story printed before it on its page would do (see the
    module docstring). ``user``: the editor (None: the system, never refused by sign-off)."""
    later = Article.objects.select_related("page", "issue__publication").get(pk=later.pk)
    plan = MergePlan(later=later)
    parts = _parts(later)
    first = parts[0] if parts else None
    before = _earlier_part(first) if first is not None else None
    if before is not None:
        plan.earlier, plan.earlier_part = before.article, before
    plan.refusal = _merge_refusal(plan, parts, user)
    earlier_version = article_version(plan.earlier.pk, with_status=True) if plan.earlier else ""
    plan.fingerprint = fingerprint_of(
        article_version(later.pk, with_status=True),
        earlier_version,
        list(Photo.objects.filter(article=later).order_by("pk").values_list("pk", flat=True)),
        later.reporter_names(),
    )
    if plan.refusal:
        return plan
    plan.later_part, plan.continuations = first, parts[1:]
    plan.title_lines = title_lines_of(later, first)
    if plan.title_lines and typed_headline_back(later, plan.earlier):
        plan.typed_headline, plan.title_lines = " / ".join(plan.title_lines), []
    elif any(line.strip() for line in first.title_lines) and (corrected := deck_corrected(later)):
        plan.printed_title, plan.title_lines = plan.title_lines, corrected
    _merge_lines(plan, user)
    return plan


def _merge_lines(plan: MergePlan, user) -> None:
    earlier, later, part = plan.earlier, plan.later, plan.later_part
    e_name, l_name = story_name(earlier), story_name(later)
    paragraphs = len(part.blocks)
    if plan.typed_headline:
        plan.lines.append(
            f"{l_name}是从{e_name}拆出的，标题“{plan.typed_headline}”是拆开时编辑所拟（版面上没有"
            f"印出）：合并回去时不放进正文，它的 {paragraphs} 段正文照印出的样子接在后面。"
        )
    else:
        corrected = (
            f"标题是编辑改过的，按改过的放进正文（版面印的是“{' / '.join(plan.printed_title)}”）；"
            if plan.printed_title
            else ""
        )
        plan.lines.append(
            f"{l_name}的标题（{' / '.join(plan.title_lines) or '无'}）成为{e_name}正文里的小标题"
            f"（或按下面的选择作为正文段落），{corrected}它的 {paragraphs} 段正文接在后面。"
        )
    photos = list(Photo.objects.filter(article=later).order_by("position"))
    if photos:
        plan.lines.append(
            f"{len(photos)} 张图片改归{e_name}：" + "、".join(f"“{p}”" for p in photos)
        )
    have = set(earlier.reporter_names())
    new = [name for name in later.reporter_names() if name not in have]
    if new:
        plan.lines.append(f"记者{'、'.join(new)}加入{e_name}的记者（已有的不重复）。")
    if later.byline and not earlier.byline:
        plan.lines.append(f"{e_name}没有署名行，用{l_name}的署名行“{later.byline}”。")
    elif byline_kept(earlier, later, part):
        plan.lines.append(
            f"{l_name}的署名行“{later.byline}”作为一段正文留在它的标题下（其中的记者加入上一篇的"
            "记者；以后从这里拆开，它又成为拆出稿件的署名）。"
        )
    jump = part.jumps.filter(direction=JumpDirection.FORWARD).first()
    if jump is not None:
        plan.lines.append(f"转版标记{jump.marker}移到{e_name}的末尾。")
    if plan.continuations:
        labels = [earlier.page.label, *(c.page.label for c in plan.continuations)]
        plan.lines.append(
            f"{l_name}在别的版上的续文随之成为{e_name}的续文"
            f"（{e_name}改为刊于{'、'.join(dict.fromkeys(labels))}版）。"
        )
    if Zone.objects.filter(part=part).exists():
        plan.lines.append(f"版面图上{l_name}的热区并入{e_name}的热区。")
    for teaser in Teaser.objects.filter(target_article=later).select_related("page"):
        plan.lines.append(
            f"{teaser.page.label}版导读“{' '.join(teaser.title_lines)}”改为指向{e_name}。"
        )
    plan.lines.append(f"{l_name}这篇稿件删去（删除记录保存在修改历史里）；它的网址转到{e_name}。")
    _status_notes(plan, user)


def _status_notes(plan: MergePlan, user) -> None:
    earlier, later = plan.earlier, plan.later
    if earlier.status == Status.PUBLISHED:
        plan.notes.append(f"“{earlier.name_for_editors()}”已发布：读者会立即看到合并后的全文。")
    elif later.status == Status.PUBLISHED:
        plan.notes.append(
            f"“{later.name_for_editors()}”已发布而“{earlier.name_for_editors()}”"
            f"是{earlier.get_status_display()}：合并后读者看不到这部分文字，直到上一篇发布。"
        )
    if earlier.status == Status.SIGNED_OFF and not may_sign_off(user):
        plan.notes.append(
            f"“{earlier.name_for_editors()}”已签发：合并后改回待审，须由总编辑重新签发。"
        )


def byline_kept(earlier: Article, later: Article, part: ArticlePart) -> bool:
    """Whether ``later``'s byline line goes into the merged text as a paragraph under its
    headline: the earlier story has a byline line of its own, and the later one's is not printed
    in its first paragraph already (``本报讯（记者 …）``): so no printed byline is lost, and a
    split there later gives it back (:func:`articles.importing.splitoffs.printed_credits`)."""
    if not later.byline or not earlier.byline or later.byline == earlier.byline:
        return False
    first = part.blocks[0]["text"] if part.blocks else ""
    return "".join(later.byline.split()) not in "".join(first.split())


def _reporters_join(earlier: Article, later: Article) -> None:
    """Add ``later``'s reporters after ``earlier``'s, each person once."""
    have = set(Byline.objects.filter(article=earlier).values_list("person_id", flat=True))
    order = len(have)
    for byline in Byline.objects.filter(article=later).order_by("order", "pk"):
        if byline.person_id not in have:
            Byline.objects.create(article=earlier, person_id=byline.person_id, order=order)
            have.add(byline.person_id)
            order += 1


def _zone_join(earlier_part: ArticlePart, later_part: ArticlePart) -> None:
    """The later part's zone (热区) becomes part of the earlier part's (or its zone)."""
    later = Zone.objects.filter(part=later_part).first()
    if later is None:
        return
    earlier = Zone.objects.filter(part=earlier_part).first()
    if earlier is None:
        later.part = earlier_part
        later.save(update_fields=["part"])
        return
    earlier.rects = [*earlier.rects, *later.rects]
    if ZoneSource.HAND in (earlier.source, later.source):
        earlier.source = ZoneSource.HAND
    earlier.coverage = None
    later.delete()
    earlier.save(update_fields=["rects", "source", "coverage"])


def merge_held(later: Article) -> dict:
    """What the redirect of ``later``'s address keeps (:attr:`ArticleRedirect.held`) of what
    its history does not, for a split that brings it back (:mod:`articles.mergedaddress`):
    ``"addresses"``, the old ids of the redirects that led to it (a story merged or joined
    into it before), which the merge points on to the earlier story; ``"acknowledged"``, the
    page-text changes its 定时发布 was set with (``publish_acknowledged_texts``), when it has
    some. Empty keys are left out. One query (before the redirects are pointed on)."""
    held: dict = {}
    addresses = sorted(
        ArticleRedirect.objects.filter(article=later).values_list("old_id", flat=True)
    )
    if addresses:
        held["addresses"] = addresses
    if later.publish_acknowledged_texts:
        held["acknowledged"] = list(later.publish_acknowledged_texts)
    return held


def _as(obj, reason: str, user):
    obj._change_reason = reason[:_REASON_MAX]
    if user is not None:
        obj._history_user = user
    return obj


@transaction.atomic
def story_merge(
    *, later: Article, user=None, fingerprint: str | None = None, title_as: str = AS_CROSSHEAD
) -> MergePlan:
    """Merge ``later`` into the story printed before it on its page, all in one transaction
    (see the module docstring). ``title_as``: :data:`AS_CROSSHEAD` or :data:`AS_PARAGRAPH`
    for its title lines. ``fingerprint``: the plan the editor confirmed. Raises
    :class:`StoryJoinChanged` (stale) or :class:`StoryJoinRefused` (``plan.refusal``), both
    with nothing written. Returns the plan carried out."""
    if title_as not in (AS_CROSSHEAD, AS_PARAGRAPH):
        raise ValueError(title_as)
    plan = merge_plan(later, user=user)
    ids = sorted(pk for pk in (later.pk, plan.earlier.pk if plan.earlier else None) if pk)
    list(Article.objects.select_for_update().filter(pk__in=ids))  # then read again, locked
    plan = merge_plan(later, user=user)
    if fingerprint is not None and fingerprint != plan.fingerprint:
        raise StoryJoinChanged(plan.later.name_for_editors())
    if plan.refusal:
        raise StoryJoinRefused(plan.refusal)
    earlier, later, e_part, l_part = plan.earlier, plan.later, plan.earlier_part, plan.later_part
    reason = f"{MERGE_REASON}：“{later.name_for_editors()}”并入本篇"
    # Both stories as imported stay in history (the later one's text can be read there after).
    history_baseline([later, l_part])
    hand_edit([e_part, earlier], reason=reason, user=user)
    waited_for = Jump.objects.filter(Q(to_part=l_part) | Q(candidates=l_part)).exists()
    heading = [{"kind": title_as, "text": line} for line in plan.title_lines]
    if byline_kept(earlier, later, l_part):
        heading.append({"kind": Block.PARAGRAPH, "text": later.byline})
    e_part.blocks = [*e_part.blocks, *heading, *l_part.blocks]
    Jump.objects.filter(part=l_part, direction=JumpDirection.FORWARD).update(part=e_part)
    _zone_join(e_part, l_part)
    photos = list(Photo.objects.filter(article=later))
    hand_edit(photos, reason=reason, user=user)
    for photo in photos:
        photo.article = earlier
        photo.save()
    _reporters_join(earlier, later)
    if later.byline and not earlier.byline:
        earlier.byline = later.byline
    Teaser.objects.filter(target_article=later).update(target_article=earlier)
    ArticleRedirect.objects.create(old_id=later.pk, article=earlier, held=merge_held(later))
    ArticleRedirect.objects.filter(article=later).update(article=earlier)
    e_part.save()
    for continuation in plan.continuations:  # its parts on other pages: the earlier's now
        hand_edit([continuation], reason=reason, user=user)
        continuation.article, continuation.sequence = (
            earlier,
            e_part.sequence + continuation.sequence,
        )
        continuation.save()
    _as(ArticlePart.objects.get(pk=l_part.pk), f"{MERGE_REASON}：并入“{earlier}”", user).delete()
    _as(later, f"{MERGE_REASON}：并入“{earlier.name_for_editors()}”", user).delete()
    if not may_sign_off(user):
        earlier._change_reason = signoff_end_reason(earlier, reason)
    earlier.save()  # last: its history record keeps the whole merged text and reporters
    if waited_for:  # a jump of another page had the later story as its continuation (or might)
        issue_jumps_resolve(earlier.issue)
    notices_find(articles=[earlier])  # a 更正 notice merged, or one naming either story
    content_changed(article_ids=[earlier.pk, later.pk], issue_id=earlier.issue_id)
    return plan
