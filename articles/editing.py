"""The one hand-edit rule: what every writer on the desk does before it saves a row an editor
changed (the story, part, photo and page admins, history reverts, the spreadsheet import).

1. **A baseline in history.** The importer writes pages in bulk, which records no history; the
   stored state of a row is recorded (as "导入时的版本") before its first change, so the change
   can be diffed and reverted (:func:`history_baseline`).
2. **Marked as edited by hand.** A story or photo gets ``edited_at``: a re-import then leaves it
   alone and reports a conflict, unless ``--overwrite-edited``. A printed part is marked through
   its story (the caller passes the story too).
3. **Why and who**, for the history record: ``_change_reason`` and, when given, ``_history_user``
   (django-simple-history reads both when the row is saved).

Publishing uses :func:`history_baseline` alone: it changes status, not what was printed.

**A story's version is all of it.** The body lives in the story's printed parts and its reporters
in bylines, so every history record of a story also keeps them (``story``, see
:class:`articles.models.stories.StoryVersionFields`): :func:`story_snapshot` is written into
each record as it is made (:func:`record_story_snapshot`, connected to django-simple-history's
``pre_create_historical_record`` in ``articles/apps.py``) and refreshed by the desk after a form
has saved the parts too (:func:`story_snapshot_refresh`). :func:`story_versions` reads the
versions back, :func:`story_revert` restores one's content whole (deck, dateline, byline,
reporters and every part's text) in one transaction, and leaves whether and when the story is
public as it is now (:data:`PUBLICATION_FIELDS`); of a version from before a split
(从这里拆开) it restores only the text the story owns now (:func:`split_offs_in`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from articles.crediting import photographers_fill
from articles.models import Article, ArticlePart, Byline, Photo
from articles.people.typedlines import people_recorded, reporters_credit, set_reporters
from articles.splitcuts import SplitMade, owned_blocks, split_offs_made, split_start

BASELINE_REASON = "导入时的版本"
#: The baseline of a row whose import time the data does not tell (no save time, no page
#: import time): dated when it was recorded, and saying so.
BASELINE_UNDATED_REASON = "导入时的版本（导入时间不详，这里是首次修改时记下的时间）"
EDIT_REASON = "编辑修改"
REVERT_REASON = "恢复到历史版本"
SPREADSHEET_REASON = "表格导入"
#: The history reason of a story whose photo an editor changed apart from the story's own form
#: (the photo's form, a photo spreadsheet): see :func:`photo_stories_update`.
PHOTO_EDIT_REASON = "修改了所附图片（图片说明、署名或图片）"
#: … and of a story whose photo an editor deleted (the photo's form or the photo list).
PHOTO_DELETE_REASON = "删除了所附图片"


def history_baseline(objects: Iterable, imported: dict | None = None) -> None:
    """Record the stored state of rows that have no history yet, before they are changed.

    ``objects``: saved rows of one or several models with history (others are skipped); unsaved
    rows are skipped. ``imported``: :func:`written_at`'s. One query per model to find which
    have history, one insert for the rest."""
    by_model: dict[type, list] = {}
    for obj in objects:
        if obj.pk is not None and hasattr(type(obj), "history"):
            by_model.setdefault(type(obj), []).append(obj)
    for model, rows in by_model.items():
        history = model.history
        recorded = set(
            history.filter(id__in=[o.pk for o in rows]).values_list("id", flat=True).distinct()
        )
        missing = [o.pk for o in rows if o.pk not in recorded]
        if not missing:
            continue
        stored = list(model.objects.filter(pk__in=missing))
        written = written_at(model, missing, imported)
        for row in stored:
            row._history_user = None  # written by the importer, not by whoever edits it now
            if written.get(row.pk) is not None:
                row._history_date = written[row.pk]  # dated at the import, not at this edit
            else:
                row._change_reason = BASELINE_UNDATED_REASON
        history.bulk_history_create(stored, default_change_reason=BASELINE_REASON)
        if model is Article:
            snapshots_fill(history.filter(id__in=missing))
        if model is Photo:
            photographers_fill(history.filter(id__in=missing))


def written_at(model, ids: list[int], imported: dict | None = None) -> dict:
    """When each row ``ids`` of ``model`` was last written as stored, as far as the data tells
    (aware datetimes by id; an id the data tells nothing of is left out): the latest of its
    save time (``updated_at``) and of the import time (``Page.imported_at``) of the page it is
    printed on (a story: each page its parts are on, as a later page's continuation joins it),
    never later than now. What :func:`history_baseline` dates a row's "导入时的版本" at: a
    story imported at 14:45:10 and first edited at 14:49:35 has its import's version at
    14:45:10 (``imported``: ``{page id: time}`` for pages being imported again, their time
    before). One or two queries."""
    names, imported = {f.name for f in model._meta.get_fields()}, imported or {}
    found: dict = {}

    def later(pk, when) -> None:
        if when is not None and (found.get(pk) is None or when > found[pk]):
            found[pk] = when

    rows = model.objects.filter(pk__in=ids)
    if "updated_at" in names:
        for pk, when in rows.values_list("pk", "updated_at"):
            later(pk, when)
    if "page" in names:
        for pk, page_id, when in rows.values_list("pk", "page_id", "page__imported_at"):
            later(pk, imported.get(page_id, when))
    if model is Article:
        parts = ArticlePart.objects.filter(article_id__in=ids)
        for pk, page_id, when in parts.values_list("article_id", "page_id", "page__imported_at"):
            later(pk, imported.get(page_id, when))
    now = timezone.now()
    return {pk: min(when, now) for pk, when in found.items()}


def snapshots_fill(records) -> None:
    """Give each story history record in ``records`` (a queryset of ``Article.history``) that
    has no body yet its story's body as stored now (:func:`story_snapshot`): bulk inserts of
    history skip the signal that records it. Two queries a record."""
    for record in records.filter(story__isnull=True):
        record.story = story_snapshot(record.id)
        record.save(update_fields=["story"])


def hand_edit(objects: Iterable, *, reason: str = EDIT_REASON, user=None) -> None:
    """Prepare rows an editor changed for saving (the caller saves them): a history baseline,
    ``edited_at`` on stories and photos, and the reason (and user) for their history records.

    ``objects``: model instances (stories, parts, photos, anything with history); ``reason``:
    one of this module's reasons, in Chinese; ``user``: the editor when the row is saved outside
    a request (the history middleware gives the request's user otherwise)."""
    objects = list(objects)
    history_baseline(objects)
    now = timezone.now()
    for obj in objects:
        if hasattr(obj, "edited_at"):
            obj.edited_at = now
        obj._change_reason = reason
        if user is not None:
            obj._history_user = user


def desk_reason(request) -> str:
    """Why a row is saved from the admin: a history revert (``…/history/<id>/``) or an edit."""
    return REVERT_REASON if "/history/" in request.path else EDIT_REASON


def photo_stories_update(
    article_ids: Iterable[int | None],
    *,
    reason: str = PHOTO_EDIT_REASON,
    rule: Callable[[Article, str], str] | None = None,
):
    """Save the stories a changed photo is printed with, as when the same photo is edited in
    its story's form: each story's 更新时间 moves (the sitemaps' ``lastmod``), it gets
    one history record (``reason``, with its whole text: :func:`record_story_snapshot`) and
    its save invalidates its cached pages (:func:`articles.changes.row_changed`).

    ``article_ids``: the stories' ids (a photo's before and after, if it moved; ``None`` for a
    photo printed with no story is skipped). ``rule``: the sign-off rule of the editor who made
    the change (``functools.partial(articles.signoff.edit_reason, user=…)``), which may send a
    signed-off story back to 待审 and gives the reason; its status fields are saved too. Called
    by every writer that saves a photo an editor changed: the photo's own form and the photo
    spreadsheet. A story with no history yet gets its imported version first
    (:func:`history_baseline`), as before its own first hand edit: else that version is lost and
    a later re-sent page's text is never offered to it (:mod:`articles.importing.pagetake`).
    Two queries and a baseline insert at most, then one save per story."""
    fields = ["updated_at", "status", "signed_off_by", "signed_off_at"] if rule else ["updated_at"]
    stories = list(Article.objects.filter(pk__in=set(article_ids) - {None}))
    history_baseline(stories)  # (a story's version as imported stays its first record)
    for story in stories:
        story._change_reason = rule(story, reason) if rule else reason
        story.save(update_fields=fields)


# A story's versions ---------------------------------------------------------------------------

#: The story's own fields a version restores (its place on the page is the importer's business).
VERSION_FIELDS = ("kicker", "headline", "subheadline", "dateline", "byline")
#: The fields saying whether and when a story is public, and who signed it off: a revert keeps
#: them as they are now. An editor undoing a text edit wants the text back; restoring the
#: recorded 状态 took a published story off the site (the import's version is a 草稿).
PUBLICATION_FIELDS = (
    "status",
    "signed_off_by",
    "signed_off_at",
    "publish_at",
    "publish_by",
)


def story_snapshot(article_id: int) -> dict:
    """The story's reporters and every printed part's text, as stored now: ``{"reporters":
    [names], "people": [[id, name, 区分说明], ...], "parts": [{"id", "page", "position",
    "sequence", "title_lines", "blocks"}, ...]}`` (reporters in byline order, parts in story
    order; ``people`` the same reporters as whom a revert credits again, two namesakes each
    theirs: :func:`articles.people.typedlines.people_recorded`; a version recorded before it
    was kept has names only). Two queries."""
    people = [
        [pk, name, note]
        for pk, name, note in Byline.objects.filter(article_id=article_id)
        .order_by("order", "pk")
        .values_list("person_id", "person__name", "person__note")
    ]
    reporters = [name for _, name, _ in people]
    parts = [
        {
            "id": pk,
            "page": label,
            "position": position,
            "sequence": sequence,
            "title_lines": title_lines,
            "blocks": blocks,
        }
        for pk, label, position, sequence, title_lines, blocks in ArticlePart.objects.filter(
            article_id=article_id
        )
        .order_by("sequence")
        .values_list("pk", "page__label", "position", "sequence", "title_lines", "blocks")
    ]
    return {"reporters": reporters, "people": people, "parts": parts}


def record_story_snapshot(sender, instance, history_instance, **kwargs) -> None:
    """``pre_create_historical_record`` receiver for stories: the record keeps the body and the
    reporters too. A deletion keeps none (its parts are gone already)."""
    if history_instance.history_type != "-" and instance.pk is not None:
        history_instance.story = story_snapshot(instance.pk)


def story_snapshot_refresh(article: Article) -> None:
    """After a form saved a story and then its parts and reporters: its newest version holds
    what was saved (the record was written before the parts were)."""
    record = article.history.order_by("-history_date", "-history_id").first()
    if record is not None:
        record.story = story_snapshot(article.pk)
        record.save(update_fields=["story"])


@dataclass
class StoryVersion:
    """One recorded version of a story: its history ``record`` (deck, dateline, byline, status,
    who, when, why) and ``story``, its reporters and parts (:func:`story_snapshot`'s shape;
    carried over from the previous version when that save did not record them, ``None`` when no
    version before it did)."""

    record: object
    story: dict | None

    @property
    def reporters(self) -> list[str]:
        return list(self.story["reporters"]) if self.story else []

    @property
    def credited(self) -> list[str] | None:
        """Its reporters as the desk names them, a namesake with their 区分说明 (``王明（体育部）``,
        as ``Person.__str__``); None for a version that kept names only."""
        people = (self.story or {}).get("people")
        if people is None:
            return None
        return [f"{name}（{note}）" if note else name for _, name, note in people]

    @property
    def parts(self) -> list[dict]:
        return list(self.story["parts"]) if self.story else []


def story_versions(article_id: int) -> list[StoryVersion]:
    """Every recorded version of a story, oldest first. One query."""
    versions: list[StoryVersion] = []
    carried = None
    records = Article.history.filter(id=article_id).select_related("history_user")
    for record in records.order_by("history_date", "history_id"):
        if record.story is not None:
            carried = record.story
        versions.append(StoryVersion(record=record, story=carried))
    return versions


StatusRule = Callable[..., str]
"""``(article, *, before, user, content_changed) -> note``: see :func:`story_revert`."""


@dataclass
class RevertReport:
    """What a revert did: parts whose text came back, parts of that version the story no longer
    has (a jump was undone since: left alone), parts the story gained since (kept as they are)."""

    restored_parts: list[int] = field(default_factory=list)
    gone_parts: list[dict] = field(default_factory=list)
    newer_parts: list[ArticlePart] = field(default_factory=list)
    status_note: str = ""  # the sign-off rule kept or changed the restored state: why
    #: stories split off it since whose text the version holds: left out (:func:`split_offs_in`)
    split_offs: list[SplitMade] = field(default_factory=list)


@transaction.atomic
def story_revert(
    *, article: Article, record, user=None, status_rule: StatusRule | None = None
) -> RevertReport:
    """Restore ``article``'s content to the version of history ``record`` (of this story): deck,
    dateline, byline (:data:`VERSION_FIELDS`), reporters and the text of every part it still
    has, all in one transaction (an error anywhere writes nothing). Its state, publication and
    sign-off (:data:`PUBLICATION_FIELDS`) stay as they are now: a published story stays
    published. The revert is itself a hand edit, recorded as :data:`REVERT_REASON` by ``user``.

    ``status_rule(article, before=, user=, content_changed=)`` (the desk passes
    :func:`articles.signoff.revert_status`) applies the edit rule to the state before the save
    and returns a note for :attr:`RevertReport.status_note` (``""`` when nothing to say): text
    an editor brings back into a signed-off story sends it back to 待审, as any edit does."""
    article = Article.objects.select_for_update().get(pk=article.pk)
    status_before = article.status
    version = next(v for v in story_versions(article.pk) if v.record.pk == record.pk)
    report = RevertReport()
    changed = _revert_parts(article, version, report)
    hand_edit([article, *changed], reason=REVERT_REASON, user=user)
    for part in changed:
        part.save()
        report.restored_parts.append(part.pk)
    _reporters_revert(article, version, report.split_offs)
    deck_before = [getattr(article, name) for name in VERSION_FIELDS]
    for name in VERSION_FIELDS:
        setattr(article, name, getattr(version.record, name))
    deck_after = [getattr(article, name) for name in VERSION_FIELDS]
    if status_rule is not None:
        report.status_note = status_rule(
            article,
            before=status_before,
            user=user,
            content_changed=bool(changed) or deck_after != deck_before,
        )
    article.save()  # last: its history record keeps the restored body and reporters
    return report


def split_offs_in(version: StoryVersion) -> list[SplitMade]:
    """The stories split off ``version``'s story since (:func:`articles.splitcuts.split_offs_made`)
    whose text ``version`` (from before the split) holds: a revert restores only what the story
    owns now, the text before theirs (:func:`articles.splitcuts.owned_blocks`), and never
    prints their text twice. Two queries."""
    made = split_offs_made(version.record.id)
    return [s for s in made if any(split_start(p["blocks"], s.made) for p in version.parts)]


def _owned(blocks: list[dict], split_offs: list[SplitMade]) -> list[dict]:
    return owned_blocks(blocks, [s.made for s in split_offs]) if split_offs else blocks


def _reporters_revert(article: Article, version: StoryVersion, split_offs: list[SplitMade]):
    """``article``'s reporters as ``version`` credited them (:func:`_owned_reporters`): the
    people it kept (by id: two namesakes, :func:`articles.people.typedlines.people_recorded`),
    else by name (a version from before ids were kept). Nothing for a version that kept none."""
    if version.story is None:
        return
    reporters = _owned_reporters(version, split_offs)
    recorded = _owned_people(version, reporters)
    if recorded is None:
        if article.reporter_names() != reporters:
            set_reporters(article, reporters)
        return
    people = people_recorded(article, recorded)
    now = list(Byline.objects.filter(article=article).order_by("order", "pk"))
    if [b.person_id for b in now] != [p.pk for p in people]:
        reporters_credit(article, people)


def _owned_reporters(version: StoryVersion, split_offs: list[SplitMade]) -> list[str]:
    """``version``'s reporters but those a split-off took with its text (its byline names
    them, the version's own 署名 does not: :func:`articles.storysplit.story_split`)."""
    taken = {name for s in split_offs for name in s.reporters}
    byline = version.record.byline or ""
    return [n for n in version.reporters if n not in taken or n in byline]


def revert_outcome(now: StoryVersion, version: StoryVersion) -> tuple[StoryVersion, list, list]:
    """What :func:`story_revert` to ``version`` makes of the story as it is ``now`` (its
    current record and :func:`story_snapshot`), for the version page to preview exactly that:
    ``(the story after the revert, the parts kept as they are, the parts not brought back)``.
    The deck and reporters are the version's; each part the story still has gets the version's
    text, a part it gained since (a continuation joined later) stays as it is, a part of the
    version it no longer has is not brought back (:func:`_revert_parts`, the same rule). Parts
    are :func:`story_snapshot`'s dicts. A version that recorded no body changes none. A
    reviewer's preview listed ``删去正文第5段`` for a continuation the revert then kept. Text
    split off since stays with the story it was split off to (:func:`split_offs_in`)."""
    if version.story is None or now.story is None:
        return StoryVersion(record=version.record, story=now.story), [], []
    split_offs = split_offs_in(version)
    then = {p["id"]: {**p, "blocks": _owned(p["blocks"], split_offs)} for p in version.parts}
    parts, newer = [], []
    for part in now.parts:
        old = then.get(part["id"])
        if old is None:
            newer.append(part)
            parts.append(part)
        else:
            parts.append({**part, "title_lines": old["title_lines"], "blocks": old["blocks"]})
    current = {p["id"] for p in now.parts}
    gone = [p for p in version.parts if p["id"] not in current]
    reporters = _owned_reporters(version, split_offs)
    story = {**now.story, "reporters": reporters, "parts": parts}
    story["people"] = _owned_people(version, reporters)
    return StoryVersion(record=version.record, story=story), newer, gone


def _owned_people(version: StoryVersion, reporters: list[str]) -> list | None:
    """``version``'s recorded people (:func:`story_snapshot`) of the names ``reporters`` (those
    it owns, :func:`_owned_reporters`), in order; None when it kept names only."""
    recorded = version.story.get("people") if version.story else None
    if recorded is None:
        return None
    owned = set(reporters)
    return [entry for entry in recorded if entry[1] in owned]


def _revert_parts(article: Article, version: StoryVersion, report: RevertReport) -> list:
    """Put each part's text of ``version`` back on the parts ``article`` still has (unsaved);
    note parts gained or lost since in ``report``. Returns the parts whose text changed."""
    current = list(article.parts.order_by("sequence"))
    report.split_offs = split_offs_in(version)
    then = {p["id"]: {**p, "blocks": _owned(p["blocks"], report.split_offs)} for p in version.parts}
    changed = []
    for part in current:
        old = then.get(part.pk)
        if old is None:
            if version.story is not None:
                report.newer_parts.append(part)
            continue
        if (part.title_lines, part.blocks) != (old["title_lines"], old["blocks"]):
            part.title_lines, part.blocks = old["title_lines"], old["blocks"]
            changed.append(part)
    current_ids = {p.pk for p in current}
    report.gone_parts = [p for p in version.parts if p["id"] not in current_ids]
    return changed


#: Where a printed part sits, the importer's and the resolver's business, never a form's.
PART_PLACE = ["article_id", "page_id", "position", "sequence", "continued_from"]


def inline_rows_in_place(instances: list) -> list:
    """The rows a story form's inlines are about to save (parts, photos, bylines), each kept
    with the story it belongs to now: the form's save of the story, when it published or
    withdrew it, may have joined a continuation to its head meanwhile (a held link decided again:
    ``articles.publishing.story_status_follow``), moving the continuation's parts and photos
    into the head and deleting it with its bylines. Parts and photos keep their stored story;
    rows of a story that is gone are left out (it has none left to change)."""
    where = {ArticlePart: PART_PLACE, Photo: ["article_id"]}
    for model, columns in where.items():
        rows = [i for i in instances if type(i) is model and i.pk is not None]
        stored = model.objects.filter(pk__in=[i.pk for i in rows]).values("pk", *columns)
        now = {row.pop("pk"): row for row in stored} if rows else {}
        for instance in rows:
            for column, value in now.get(instance.pk, {}).items():
                setattr(instance, column, value)
    stories = {i.article_id for i in instances if getattr(i, "article_id", None)}
    live = set(Article.objects.filter(pk__in=stories).values_list("pk", flat=True))
    return [i for i in instances if not getattr(i, "article_id", None) or i.article_id in live]
