"""What readers see of a page an upload imports (:class:`Visibility`, :func:`page_visibility`):
the desk's preview and result, a background run's page and ``import_pages``
(:mod:`articles.importing.readers`) say it in these words. A preview of a page imported before
names only what the import makes public (``before``: what readers saw of it before), and says
what they already saw apart (照旧), so a re-import of a published page does not claim to show
readers its stories again."""

from __future__ import annotations

from dataclasses import dataclass, field

from articles.importing.dropped import article_name
from articles.importing.handedits import pages_of
from articles.importing.previewpictures import picture_digest
from articles.models import ArticlePart, Jump, JumpDirection, JumpState, Page, Status
from articles.storynames import quoted


@dataclass
class Visibility:
    """What readers see of a page once it is imported. A page into an issue already published
    is public at once, but only partly: its photos and teasers, and the parts continuing
    stories already published; the stories that start on it are new drafts until published.

    ``public``: what readers see at once (one line each); ``drafts``: the new stories that
    start on the page and stay hidden (id, title), ``new_draft_ids`` their ids; ``waiting``: the
    new continuations (上接) not linked to the story they continue (``“…”（上接1版）``): drafts
    too, but not to be published alone (not in ``drafts``: the desk's publish button leaves
    them, as the import report says: ``reportlines.waiting_continuations_line``). ``dry_run``:
    a preview's, read inside its rolled-back import: what readers will see once it is imported
    (导入后读者立即看到), not what they see now (a page not imported yet shows them nothing);
    of a page imported before, ``public`` holds only what the import makes public and
    ``already`` what readers saw before and still see (``2 篇稿件``, ``1 张图片``: 照旧).
    ``photos``, ``teasers``: how many of each readers see; ``changed``: of what readers saw
    before, what the import changes (a photo's caption, a story's text: ``1 张图片``), said as
    changed, not 照旧; ``shown``: what readers see of each public story and photo (its words),
    so that a later preview tells what changed; ``page_id``: the page's."""

    issue: str
    issue_published: bool
    page_id: int | None = None
    dry_run: bool = False
    public: list[str] = field(default_factory=list)
    drafts: list[tuple[int, str]] = field(default_factory=list)
    published_now: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    shown: set = field(default_factory=set)
    photos: int = 0
    teasers: int = 0

    @property
    def new_draft_ids(self) -> list[int]:
        return [pk for pk, _ in self.drafts]

    @property
    def summary(self) -> str:
        """One line in Chinese: what is public, what stays draft."""
        if not self.issue_published:
            return f"{self.issue} 尚未发布：本版的全部内容在发布本期之前读者都看不到。"
        text = f"{self.issue} 已发布："
        seen = "导入后读者立即看到 " if self.dry_run else "读者现在看到 "
        if self.public:
            text += seen + "、".join(self.public)
        elif not self.changed:
            text += "本版没有新公开的内容" if self.already else "本版没有立即公开的内容"
        if self.changed:
            text += "；" if self.public else ""
            text += f"读者{'将' if self.dry_run else '已'}看到改动：{'、'.join(self.changed)}"
        if self.already:
            text += f"（读者已经看到的 {'、'.join(self.already)}照旧）"
        if self.published_now:
            text += f"；本次一并发布了 {len(self.published_now)} 篇新稿件"
        if self.drafts:
            titles = "、".join(f"{quoted(title)}" for _, title in self.drafts)
            text += f"；{len(self.drafts)} 篇新稿件仍是草稿，读者看不到：{titles}"
        if self.waiting:
            text += (
                f"；{len(self.waiting)} 段新续文还没有接上它所接的稿件，仍是草稿，不要单独发布"
                f"（先接好转版）：{'、'.join(self.waiting)}"
            )
        return text + "。"


def seen_before(item, *, since) -> Visibility | None:
    """What readers see now of the page upload ``item`` (paper, date, label) goes to, before a
    preview imports it (:func:`page_visibility`'s ``before``); None for a page not imported yet
    or one of an issue not published (readers see nothing of it)."""
    page = Page.objects.filter(pages_of([item]), issue__status=Status.PUBLISHED).only("pk").first()
    return page_visibility(page.pk, since=since, pictures={}) if page is not None else None


def page_visibility(
    page_id: int,
    *,
    since,
    dry_run: bool = False,
    before: Visibility | None = None,
    pictures: dict[int, str] | None = None,
) -> Visibility:
    """What readers see of page ``page_id`` now (:class:`Visibility`); ``since``: stories
    created at or after it are the new ones; ``dry_run``: asked inside a preview's import
    (what readers will see once it is imported); ``before``: what they saw of the page before
    that import (:func:`seen_before`): what they saw already is said apart (``already``).
    ``pictures``: the photos' pictures are compared too, by content (a dict, maybe empty: each
    photo's stored file's SHA-256, or the one given by photo id, the picture the preview's PDF
    will give it: :mod:`articles.importing.previewpictures`); None: by their words alone."""
    page = Page.objects.select_related("issue__publication").defer("raw_text").get(pk=page_id)
    issue = page.issue
    found = Visibility(
        issue=str(issue),
        issue_published=issue.status == Status.PUBLISHED,
        page_id=page_id,
        dry_run=dry_run,
    )
    if not found.issue_published:
        return found
    parts = list(
        ArticlePart.objects.filter(page=page).select_related("article").order_by("position")
    )
    waiting = _waiting_continuations(page)
    seen = set(before.public) if before is not None else set()
    kept = changed = 0
    for part in parts:
        article = part.article
        if article.status == Status.PUBLISHED:
            where = f"（上接{part.continued_from}版）" if part.is_continuation else ""
            line = f"{quoted(article.name_for_editors(part))}{where}"
            words = ("story", line, part.text())
            found.shown.add(words)
            if line in seen and before is not None and words not in before.shown:
                changed += 1
            else:
                kept += line in seen
            found.public += [] if line in seen else [line]
        elif article.page_id != page.pk or article.created_at < since:
            continue
        elif article.pk in waiting:
            found.waiting.append(f"{article_name(article, part)}（上接{waiting[article.pk]}版）")
        else:
            found.drafts.append((article.pk, article.name_for_editors(part)))
    photos = page.photos.public().values_list("pk", "caption", "credit_line", "image")
    found.shown |= {
        ("photo", caption, credit, _picture(pk, image, pictures))
        for pk, caption, credit, image in photos
    }
    found.photos, found.teasers = len(photos), page.teasers.count()
    _counts_said(found, kept, changed, before)
    return found


def _picture(pk: int, image: str, pictures: dict[int, str] | None) -> str:
    """What a photo's picture is, for comparing (:func:`page_visibility`'s ``pictures``)."""
    if pictures is None:
        return ""
    return pictures[pk] if pk in pictures else picture_digest(image)


def _counts_said(found: Visibility, kept: int, changed: int, before: Visibility | None) -> None:
    """``found``'s photos and teasers in its ``public`` (those more than ``before`` had), what
    readers saw ``before`` and still see in its ``already`` (``kept`` stories, photos, teasers)
    and what the import changed of it in its ``changed`` (``changed`` stories; the photos
    whose caption, credit or picture readers did not see before)."""
    old = (before.photos, before.teasers) if before is not None else (0, 0)
    new_words = {w for w in found.shown if w[0] == "photo"} - (before.shown if before else set())
    added = max(found.photos - old[0], 0)  # new photos are said as public, not as changed
    photos_changed = max(min(len(new_words) - added, old[0]), 0) if before is not None else 0
    pairs = [(kept, "篇稿件")]
    for count, was, noun, differ in zip(
        (found.photos, found.teasers), old, ("张图片", "条导读"), (photos_changed, 0), strict=True
    ):
        found.public += [f"{count - was} {noun}"] if count > was else []
        pairs.append((min(count, was) - differ, noun))
    found.already = [f"{n} {noun}" for n, noun in pairs if n]
    said = [(changed, "篇稿件"), (photos_changed, "张图片")]
    found.changed = [f"{n} {noun}" for n, noun in said if n]


def _waiting_continuations(page: Page) -> dict[int, str]:
    """The stories starting on ``page`` that open with a 上接 not linked (nor linked by hand):
    continuations waiting for their jump, by id, with the page they continue from."""
    return dict(
        Jump.objects.filter(
            part__page=page, part__article__page=page, direction=JumpDirection.BACKWARD
        )
        .exclude(state__in=[JumpState.LINKED, JumpState.MANUAL])
        .values_list("part__article_id", "target_label")
    )
