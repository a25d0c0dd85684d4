"""Whether readers saw a story change: the 更正 / 更新 line on a corrected story's page.

A newspaper's site says when a story readers could already read was changed, and how: the
chief imported the page again with corrected text (``重新导入A2.txt：版面文本有更正``, or the
desk's 采用版面文本), which is a **更正** of what the paper printed; or an editor changed the
published text at the desk (the story form, a revert, the spreadsheet, a join or a split), an
**更新**. Nothing new is stored: the story's history (django-simple-history, each record a
whole version with its body and reporters, :class:`articles.models.stories.StoryVersionFields`)
already records every version and why it was written, and :attr:`Issue.published_at` when
readers first could read the issue. :func:`story_corrections` reads them back:

* a change counts only when the version before it had been published (a record's 状态) and it
  was made after the issue was first published: an edit before publication is no correction;
* only what readers see: the deck, dateline, byline, reporters and the text of every part,
  compared with all white space left out (a save that changes nothing, or only spaces and line
  breaks, is none); a photo's caption, a story's place on the page or its title lines are not;
* a continuation joined or unlinked (``接上续文`` / ``断开续文``, a scheduled join), or a page
  undone, makes the story longer or shorter, which is no correction of what was printed: not
  said, and the versions after it are compared with the story as it then read.

Cheap: no query for a story not saved since its issue was first published (its 更新时间 is
older: most of the archive), else one (its history's content columns), kept with the story's
cache tag (:func:`kept_corrections`); lists never ask, but the Atom feeds, whose entries'
``updated`` is the latest of them (:func:`last_changed_for_readers`, one query for a whole feed),
else the issue's date; the story page's JSON-LD ``dateModified`` says the same
(:func:`articles.public.date_modified`, from :func:`kept_corrections`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from articles import caching
from articles.editing import VERSION_FIELDS
from articles.models import Article, Status

#: The kinds of change: the page's text was corrected (a re-import, 采用版面文本), or an editor
#: changed the published story at the desk.
PAGE_TEXT = "page_text"
EDIT = "edit"

# History reasons that say the page's text was taken again (articles.importing.reports'
# REIMPORT_REASON, articles.importing.pagetext's TAKE_REASON; a signed-off story's reason
# carries a suffix after them, hence prefixes).
_PAGE_TEXT_REASONS = ("重新导入", "采用版面文本")
# History reasons of a story made longer or shorter by a link, an unlink or a page undone
# (articles.continuations.published, .schedules; articles.removal): no correction.
_NOT_CORRECTIONS = ("接上续文", "断开续文", "并入定时发布的续文", "撤销本版导入", "删除本期")

_RECORD_COLUMNS = ("history_date", "history_change_reason", "status", *VERSION_FIELDS, "story")


@dataclass(frozen=True)
class Correction:
    """The latest change of one ``kind`` (:data:`PAGE_TEXT` or :data:`EDIT`) made to a story
    readers could read, at ``at`` (aware)."""

    kind: str
    at: datetime

    @property
    def label(self) -> str:
        return "更正" if self.kind == PAGE_TEXT else "更新"

    @property
    def when(self) -> str:
        """``2026年11月21日 14:05``, in the site's time zone."""
        local = timezone.localtime(self.at)
        return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"

    @property
    def iso(self) -> str:
        """``2026-11-21T14:05:09+08:00``, in the site's time zone, to the second."""
        return timezone.localtime(self.at).isoformat(timespec="seconds")

    @property
    def why(self) -> str:
        return "按报纸版面的更正作了修改" if self.kind == PAGE_TEXT else "经编辑修改"

    @property
    def text(self) -> str:
        """``更正：本文于2026年11月21日 14:05 按报纸版面的更正作了修改``."""
        return f"{self.label}：本文于{self.when} {self.why}"

    def as_json(self) -> dict:
        return {
            "kind": self.kind,
            "at": self.iso,
            "text": self.text,
        }


def kind_of(reason: str | None) -> str | None:
    """The kind of change a history record's ``reason`` says, None for a link's or an undo's."""
    reason = reason or ""
    if reason.startswith(_PAGE_TEXT_REASONS):
        return PAGE_TEXT
    if reason.startswith(_NOT_CORRECTIONS):
        return None
    return EDIT


def _folded(text: str) -> str:
    return "".join(text.split())


def _body(story: dict) -> tuple:
    """What readers read of a version's snapshot (``story``: its reporters and parts), white
    space left out (a jump cut moved is the same text)."""
    parts = sorted(story.get("parts") or (), key=lambda part: part.get("sequence", 0))
    text = "".join(_folded(block.get("text", "")) for p in parts for block in p.get("blocks") or ())
    return tuple(story.get("reporters") or ()), text


def corrections_in(records, published_at: datetime | None) -> tuple[Correction, ...]:
    """The changes readers saw in a story's history ``records`` (rows of
    :data:`_RECORD_COLUMNS`, oldest first): the latest of each kind made after a version that
    was published and, when ``published_at`` (the issue's first publication) is known, after
    it; oldest first. A record without a snapshot (a bulk publish) has the body of the one
    before it; versions before the first with a body are not compared."""
    found: dict[str, datetime] = {}
    before = None
    seen_published = False
    for at, reason, status, *fields, story in records:
        if story is not None:
            body = _body(story)
        elif before is not None:
            body = before[1]
        else:
            body = None
        now = (tuple(_folded(f or "") for f in fields), body)
        kind = kind_of(reason)
        later = published_at is None or at > published_at
        changed = before is not None and body is not None and now != before
        if changed and seen_published and later and kind is not None:
            found[kind] = at
        if body is not None:
            before = now
        seen_published = seen_published or status == Status.PUBLISHED
    return tuple(sorted((Correction(k, at) for k, at in found.items()), key=lambda c: c.at))


def story_corrections(article: Article, published_at: datetime | None) -> tuple[Correction, ...]:
    """:func:`corrections_in` of ``article``, whose issue was first published at
    ``published_at``: none, without a query, when it was not saved after that; else one
    query."""
    if published_at is not None and article.updated_at <= published_at:
        return ()
    records = (
        Article.history.filter(id=article.pk)
        .order_by("history_date", "history_id")
        .values_list(*_RECORD_COLUMNS)
    )
    return corrections_in(records, published_at)


def kept_corrections(article: Article, published_at: datetime | None) -> tuple[Correction, ...]:
    """:func:`story_corrections`, kept (:func:`articles.caching.kept`) while the story is
    unchanged: a story page rendered again for a neighbour's edit reads no history."""
    if published_at is not None and article.updated_at <= published_at:
        return ()
    return caching.kept(
        f"corrections:{article.pk}",
        lambda: story_corrections(article, published_at),
        lambda found: [caching.story(article.pk)],
    )


def stories_corrections(stories) -> dict[int, tuple[Correction, ...]]:
    """``{story id: its :func:`corrections_in`}`` for those of ``stories`` (with their
    ``issue``) saved after their issue was first published (or whose issue never was); a story
    not in it has none (:func:`story_corrections`' rule). No query when no story was saved so,
    else one for all of them (their history, oldest first): what a page of stories asks
    instead of one query a story."""
    since = {
        story.pk: story.issue.published_at
        for story in stories
        if story.issue.published_at is None or story.updated_at > story.issue.published_at
    }
    if not since:
        return {}
    records: dict[int, list] = {pk: [] for pk in since}
    rows = (
        Article.history.filter(id__in=list(since))
        .order_by("id", "history_date", "history_id")
        .values_list("id", *_RECORD_COLUMNS)
    )
    for pk, *record in rows.iterator():
        records[pk].append(record)
    return {pk: corrections_in(found, since[pk]) for pk, found in records.items()}


def last_changed_for_readers(stories) -> dict[int, datetime]:
    """``{story id: when readers' text of it last changed}`` (the latest
    :func:`corrections_in` of each, :data:`PAGE_TEXT` or :data:`EDIT`) for those of
    ``stories`` (published stories with their ``issue``) changed after their issue was first
    published; a story not in it never was (an archive issue imported and published tonight is
    none: importing and publishing are no change readers saw). What the feeds' ``<updated>``
    reads. No query when no story was saved after its issue came out (most feeds, the archive),
    else one for all of them (:func:`stories_corrections`)."""
    return {pk: found[-1].at for pk, found in stories_corrections(stories).items() if found}
