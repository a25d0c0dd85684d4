"""A story merged by mistake (合并到上一篇) and split back (从这里拆开) gets its own address back.

A merge removes the later story: its old address (``/…/article/21/``) redirects (301,
:class:`~articles.models.ArticleRedirect`) to the story it joined (``/article/20/``), and so do
the citations of it. When an editor splits that text off again at the place it joined, the
story that comes back is the same story as far as its readers are concerned: it takes its old
id again (the redirect goes), so ``/article/21/`` leads to the text it always named and
``/article/20/`` keeps naming the story it printed first; a new id (``22``) would leave ``21``
leading to a story that no longer holds its text. The older addresses the merge pointed on to
``/article/20/`` (those that led to ``21``: a story merged or joined into it before, kept by
its redirect, :func:`~articles.storyjoin.merge_held`) lead to it again (:func:`addresses_back`),
and its 定时发布 (time, who set it, the page-text changes acknowledged) is set again as it was.

Which merged story comes back is read from history: the stories whose redirect leads to the
story split that a merge into it removed (the deletion's reason starts with
:data:`~articles.storyjoin.MERGE_REASON`), whose part's last record (the one the merge deleted)
opens with the block the split starts at: its title line, which the merge made a crosshead or
paragraph, or its first block when it had none. A split elsewhere (in the middle of the merged
text, or of the story's own) makes a new story, as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils import timezone

from articles.crediting import people_for
from articles.dates import local_text
from articles.models import Article, ArticlePart, ArticleRedirect, Byline, Status
from articles.signoff import may_sign_off
from articles.storyjoin import MERGE_REASON


def merged_story_back(article: Article, chosen: dict) -> int | None:
    """The id of the story merged into ``article`` that a split at its block ``chosen``
    (``{"kind", "text"}``: the first block the new story takes, as printed) brings back, or
    None (none of them opens there, or its id is taken again). The newest merge counts first.
    Three queries at most; one when no story redirects to ``article``."""
    old_ids = list(ArticleRedirect.objects.filter(article=article).values_list("old_id", flat=True))
    text = (chosen.get("text") or "").strip()
    if not old_ids or not text:
        return None
    merged = list(
        Article.history.filter(
            id__in=old_ids,
            history_type="-",
            history_change_reason__startswith=MERGE_REASON,
        )
        .order_by("-history_date", "-history_id")
        .values_list("id", "headline")
    )
    if not merged:
        return None
    opening: dict[int, set[str]] = {pk: {headline.strip()} - {""} for pk, headline in merged}
    parts = ArticlePart.history.filter(article_id__in=opening, history_type="-")
    for pk, title_lines, blocks in parts.order_by("-history_date", "-history_id").values_list(
        "article_id", "title_lines", "blocks"
    ):
        first = (title_lines or [None])[0] or next(iter(blocks or []), {}).get("text", "")
        opening[pk].add((first or "").strip())
    for pk, _ in merged:
        if text in opening[pk] and not Article.objects.filter(pk=pk).exists():
            return pk
    return None


@dataclass(frozen=True)
class MergedStory:
    """The story a split brings back as it was before the merge, read from its last history
    record (the one the merge's deletion wrote): its deck (引题, 主题, 副题), 状态 and sign-off;
    ``reporters``: its names in byline order, from its newest record that kept them (a deletion
    keeps none); ``kept`` and ``byline_kept``: the names and the 署名 the story it was merged
    into had before the merge (None when no record of it says); ``held``: what the redirect
    of its address keeps (:func:`~articles.storyjoin.merge_held`: ``"addresses"``, the old ids
    whose redirects the merge pointed on; ``"acknowledged"``; {} for a merge before these were
    kept)."""

    record: object
    reporters: tuple[str, ...]
    kept: tuple[str, ...] | None
    byline_kept: str | None = None
    held: dict = field(default_factory=dict)

    @property
    def deck(self) -> list[str]:
        """Its title lines as the merge put them in the text (the non-empty ones, in order)."""
        r = self.record
        return [t.strip() for t in (r.kicker, r.headline, r.subheadline) if t.strip()]


def merged_story(pk: int, into: Article) -> MergedStory:
    """What :func:`merged_story_back` found (``pk``, merged into ``into``) was before the merge.
    Four queries."""
    records = Article.history.filter(id=pk).order_by("-history_date", "-history_id")
    last = records.first()
    with_story = records.filter(story__isnull=False).first()
    before = (
        into.history.filter(history_date__lt=last.history_date, story__isnull=False)
        .order_by("-history_date", "-history_id")
        .first()
    )
    return MergedStory(
        record=last,
        reporters=tuple(with_story.story.get("reporters", [])) if with_story else (),
        kept=tuple(before.story.get("reporters", [])) if before else None,
        byline_kept=before.byline if before else None,
        held=ArticleRedirect.objects.filter(old_id=pk).values_list("held", flat=True).first() or {},
    )


def status_back(back: MergedStory, article: Article, user) -> str:
    """The 状态 the story ``back`` comes back with: the one it had before the merge; but a
    published or signed-off one on a paper that requires sign-off, split by an editor who may
    not sign off (``user``), 待审: a chief editor signs it off again (as
    :func:`articles.storysplit.split_off_status` has a published story's split-off)."""
    status = back.record.status
    gated = status in (Status.PUBLISHED, Status.SIGNED_OFF) and not may_sign_off(user)
    return Status.REVIEW if gated and article.issue.publication.review_required else status


def story_as_it_was(new: Article, back: MergedStory, article: Article, user) -> str:
    """Give ``new`` (the story split off ``article``, not saved yet) the id, deck, 电头, 署名,
    状态 (:func:`status_back`), sign-off and 定时发布 the merged story ``back`` had (an untitled
    one keeps the headline the editor typed, if any; a schedule is checked again at its time,
    :func:`articles.scheduling.publish_due`). Returns what its
    history record says was done (Chinese, after :func:`~articles.storyjoin.split_off_reason`'s
    text, which :func:`~articles.importing.splitoffs.split_made` reads)."""
    record = back.record
    new.pk, new.kicker = record.id, record.kicker
    new.headline = record.headline if back.deck else new.headline
    new.subheadline, new.dateline, new.byline = record.subheadline, record.dateline, record.byline
    new.status = status_back(back, article, user)
    if new.status == record.status:
        new.signed_off_by_id, new.signed_off_at = record.signed_off_by_id, record.signed_off_at
    new.publish_at, new.publish_by_id = record.publish_at, record.publish_by_id
    if record.publish_at is not None:
        new.publish_acknowledged_texts = list(back.held.get("acknowledged") or [])
    said = Status(new.status).label
    return f"拆回合并前的稿件：原编号、标题、记者和状态（{said}）"


def addresses_back(article: Article, new: Article, back: MergedStory) -> None:
    """The addresses of the merged story ``back``, brought back as ``new`` (saved): its own
    redirect goes, and those the merge pointed on to ``article`` (``back.held["addresses"]``)
    lead to ``new`` again, unless one was pointed elsewhere since. Two statements."""
    ArticleRedirect.objects.filter(old_id=new.pk).delete()
    addresses = back.held.get("addresses") or []
    if addresses:
        ArticleRedirect.objects.filter(article=article, old_id__in=addresses).update(article=new)


def reporters_back(article: Article, new: Article, back: MergedStory) -> None:
    """The merged story's reporters, as before the merge: ``new``'s again, in order; taken from
    ``article`` unless it credited them before the merge (when no record says: unless its 署名
    names them). ``article``'s 署名, when the merge gave it the merged story's (it had none) and
    no editor changed it since, is its own again (``article`` is saved by the caller)."""
    if back.byline_kept is not None and article.byline == back.record.byline:
        article.byline = back.byline_kept
    people = people_for(article, list(back.reporters))
    for order, name in enumerate(back.reporters):
        Byline.objects.create(article=new, person=people[name], order=order)
        own = name in back.kept if back.kept is not None else name in article.byline
        if not own:
            Byline.objects.filter(article=article, person=people[name]).delete()


def back_lines(back: MergedStory, article: Article, index: int, moved: int, user) -> list[str]:
    """What the split plan says of the story it brings back (Chinese): the split's block
    (``index``, 0-based), its ``moved`` blocks, its old address, deck, credits and 状态
    (:func:`status_back`)."""
    record = back.record
    deck = "、".join(f"“{line}”" for line in back.deck)
    deck = f"标题恢复为{deck}" if deck else "它合并前没有标题：标题请在下面填写（可留空）"
    status = Status(status_back(back, article, user))
    was = Status(record.status)
    why = "与合并前相同" if status == was else f"合并前是{was.label}，发布须由总编辑签发"
    who = "、".join(back.reporters)
    credits = "、".join(
        f"{label}“{value}”"
        for label, value in (("电头", record.dateline), ("署名", record.byline))
        if value
    )
    return [
        f"从第{index + 1}段起是合并进来的稿件（原编号 #{record.id}）：拆开后它恢复原编号和网址，"
        f"{deck}，其后的 {moved} 段是它的正文。",
        f"它排在{article.page.label}版紧接的位置，状态为“{status.label}”（{why}）"
        + (f"，{credits}恢复为合并前的" if credits else "")
        + (f"，记者{who}随之归它" if who else "")
        + "。",
        *_schedule_lines(record.publish_at),
    ]


def _schedule_lines(at) -> list[str]:
    """What the split plan says of the merged story's 定时发布 (``at``: its time, or None)."""
    if at is None:
        return []
    line = f"它合并前设定的定时发布恢复为 {local_text(at)}"
    if at <= timezone.now():
        line += (
            "：这个时间已过，拆开后下一次定时任务（每分钟）就会发布它，不想发布请随后取消定时发布"
        )
    return [line + "。"]
