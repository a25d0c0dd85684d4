"""Continuations, the way back: a story a link swallowed comes back as itself when its text is
detached again, and an old address always leads to the story that holds its text.

A link removes the story it joins to another (``merging``: its row goes, its address redirects
to the whole story). When an editor or the resolver later detaches that text again
(:func:`~articles.continuations.merging.part_detach`), the story that printed it is brought
back from its history: the same id (so its address works again), its own headline, deck,
status, edits (``edited_at``), reporters and history, not a new story from nothing. The
redirects follow the text: a redirect to the shortened story whose old story's text is among
the parts detached now leads to the story that holds it (or goes, for the story restored).

Which story printed a part is read from what its redirect kept when it joined
(:attr:`ArticleRedirect.held`: the ids of its parts, and of the photos and teasers it brought):
by identity, so a page re-imported since (its stories renumbered, the part still there as the
same row) still gives back the same story, with its own photos and the teasers (导读) that
announced it. A redirect made before that was kept falls back on the story history's own
snapshots (``StoryVersionFields.story``: ``{"parts": [{"id", …}, …]}``): the last snapshot that
lists parts of a removed story names the parts it held; a story never edited has none, and its
deletion record's place (page, position: where it started) names its first part.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth import get_user_model

from articles.bulk import update_values
from articles.bylines import reporters_read
from articles.continuations.issuereads import pointing_at
from articles.crediting import people_for
from articles.models import (
    Article,
    ArticlePart,
    ArticleRedirect,
    Byline,
    Person,
    Photo,
    Status,
    Teaser,
)
from articles.namechars import person_key
from articles.queries import Prepared

#: The history reason of a story brought back by :func:`swallowed_story_restore`.
RESTORE_REASON = "断开续文：被并入的稿件按原编号恢复"
#: The history reason of the story a detached continuation becomes when no story it was comes
#: back (:func:`~articles.continuations.merging.part_detach`): the consequence of an unlink or
#: a link elsewhere, not an import (编辑部最近的操作 lists the marker's fix, ``articles.activity``).
DETACHED_REASON = "断开续文：续文单独成篇"


def detached_story_create(article: Article, part: ArticlePart) -> Article:
    """The story ``part`` (detached from ``article``, none it was coming back) becomes: made on
    its page at its place, titled by its title lines, with ``article``'s status (a signed-off
    one's 待审: what was signed off was the whole story), its history record saying why it was
    made (:data:`DETACHED_REASON`)."""
    story = Article(
        issue_id=article.issue_id,
        page_id=part.page_id,
        position=part.position,
        headline=" ".join(part.title_lines)[:300],
        status=Status.REVIEW if article.status == Status.SIGNED_OFF else article.status,
    )
    story._change_reason = DETACHED_REASON
    story.save(force_insert=True)
    return story


class _Removed:
    """A removed story, as its history last saw it: ``record`` (its newest history record, the
    deletion's), ``ids`` (the part ids its newest snapshot with parts lists; empty when none
    has: a story imported in bulk and never edited has no record before its deletion) and
    ``place`` (``(page id, position)`` where it started)."""

    def __init__(self, record, ids: set[int]):
        self.record, self.ids = record, ids
        self.place = (record.page_id, record.position)
        #: its reporters by its newest snapshot (None: no snapshot; read from its byline)
        self.reporters: list[str] | None = None
        #: what its redirect kept when it joined (:attr:`ArticleRedirect.held`)
        self.brought: dict = {}

    def held(self, parts: Iterable[ArticlePart]) -> set[int]:
        """The ids of ``parts`` this story held: by the ids its redirect kept, else its
        snapshot's, else the part at its place."""
        ids = set(self.brought.get("parts") or ()) or self.ids
        if ids:
            return {p.pk for p in parts} & ids
        return {p.pk for p in parts if (p.page_id, p.position) == self.place}


def _removed(old_ids: Iterable[int], held: dict[int, dict] | None = None) -> dict[int, _Removed]:
    """``{id: _Removed}`` for the ``old_ids`` that no longer exist and have a history record
    (``held``: what each one's redirect kept). One query for which ids still exist, one for
    the records."""
    ids = set(old_ids)
    if not ids:
        return {}
    alive = set(Article.objects.filter(pk__in=ids).values_list("pk", flat=True))
    records = Article.history.filter(id__in=ids - alive).order_by(
        "id", "-history_date", "-history_id"
    )
    found: dict[int, _Removed] = {}
    for record in records:
        if record.id not in found:
            found[record.id] = _Removed(record, set())
            found[record.id].brought = (held or {}).get(record.id) or {}
        removed = found[record.id]
        if record.story and removed.reporters is None:
            removed.reporters = list(record.story.get("reporters") or [])
        parts = (record.story or {}).get("parts") or []
        if parts and not removed.ids:
            removed.ids = {p["id"] for p in parts if "id" in p}
    return found


def _redirects_to(article: Article) -> tuple[dict[int, int], dict[int, dict]]:
    """The redirects to ``article``: ``({old id: redirect id}, {old id: what it held})``."""
    redirects: dict[int, int] = {}
    held: dict[int, dict] = {}
    rows = ArticleRedirect.objects.filter(article=article).values_list("old_id", "pk", "held")
    for old_id, pk, brought in rows:
        redirects[old_id], held[old_id] = pk, brought or {}
    return redirects, held


def swallowed_story_restore(article: Article, parts: list[ArticlePart]) -> Article | None:
    """Before ``parts`` (the first one and what follows it, in order) leave ``article``: the
    story a link removed whose text began with ``parts[0]``, brought back with its id, fields,
    edits and reporters from its last history record (reason :data:`RESTORE_REASON`), the
    redirect of its address to ``article`` dropped; None when there is none (the caller makes a
    new story). The parts are not moved here."""
    if not parts:
        return None
    redirects, held = _redirects_to(article)
    for old_id, removed in _removed(redirects, held).items():
        if parts[0].pk not in removed.held(parts[:1]):
            continue
        record = removed.record
        story = record.instance
        story.page_id, story.position = parts[0].page_id, parts[0].position
        if not story.title:  # (titled since by its part, as a detached part titles a new story)
            story.headline = " ".join(parts[0].title_lines)[:300]
        story._change_reason = RESTORE_REASON
        _users_still_there(story)
        ArticleRedirect.objects.filter(pk=redirects[old_id]).delete()
        story.save(force_insert=True)
        Article.objects.filter(pk=old_id).update(created_at=record.created_at)
        _reporters_back(story, removed)
        _brought_back(article, story, removed.brought, parts)
        return story
    return None


def _reporters_back(story: Article, removed: _Removed) -> None:
    """The restored ``story``'s reporters: those it had when it joined (their person ids, kept
    in its redirect by :func:`bylines_follow`), else its newest snapshot's, else those its byline
    line names."""
    kept = removed.brought.get("reporters")
    if kept is not None:
        _bylines_create(story, kept)
        return
    names = removed.reporters
    if names is None:
        names = reporters_read(story.byline, story.dateline)
    names = list(dict.fromkeys(person_key(name) for name in names))
    people = people_for(story, names)  # (namesakes: the paper's)
    _bylines_create(story, [people[n].pk for n in names])


def _bylines_create(story: Article, person_ids: list[int]) -> None:
    """``story``'s reporters, ``person_ids`` in order (those still there: one deleted since
    is left out)."""
    alive = set(Person.objects.filter(pk__in=person_ids).values_list("pk", flat=True))
    ids = [pk for pk in person_ids if pk in alive]
    Byline.objects.bulk_create(
        [Byline(article=story, person_id=pk, order=i) for i, pk in enumerate(ids)]
    )


def bylines_give_back(article: Article, new: Article, parts: list[ArticlePart]) -> None:
    """``parts`` (the first one and what follows it) left ``article`` for ``new``, a story made
    for them: no removed story came back (:func:`swallowed_story_restore`; one that joined in
    the import that made it has no history). When they were a story that brought reporters
    (its redirect kept the first part's id and the ``reporters`` :func:`bylines_follow` moved),
    those are ``new``'s now, and ``article`` loses the ones it took from it. One query, and
    four statements when it brought some."""
    rows = ArticleRedirect.objects.filter(article=article, held__has_key="reporters")
    for pk, held in rows.values_list("pk", "held"):
        if parts and parts[0].pk in (held.get("parts") or ()):
            Byline.objects.filter(article=article, person_id__in=held.pop("bylines", [])).delete()
            _bylines_create(new, held.pop("reporters"))
            ArticleRedirect.objects.filter(pk=pk).update(held=held)
            return


def brought_follow(final: dict[int, int], held: dict[int, dict]) -> None:
    """Before the emptied stories of a link go (``final``: {emptied story id: the story it
    ended up in}; its parts there already): their photos, teasers, redirects (old addresses)
    and reporters (:func:`bylines_follow`) are that story's. ``held`` ({emptied story id: what
    its redirect keeps, :attr:`ArticleRedirect.held`}) gets the ids of the photos and teasers
    each brought: it takes them back if it comes back (:func:`swallowed_story_restore`)."""
    for model, field, kind in (
        (Photo, "article", "photos"),
        (Teaser, "target_article", "teasers"),
        (ArticleRedirect, "article", ""),
    ):
        rows = pointing_at(model, list(final))  # (id, the emptied story's id)
        for pk, old in rows:
            if kind:
                held[old].setdefault(kind, []).append(pk)
        update_values(model, [field], [[final[old], pk] for pk, old in rows])
    bylines_follow(final, held)


# (read each batch an import links a jump in: built once, articles.queries)
_STORIES_BYLINES = Prepared(
    Byline,
    (list,),
    lambda ids: (
        Byline.objects.filter(article_id__in=ids)
        .order_by("order", "pk")
        .values_list("pk", "article_id", "person_id", "order")
    ),
)


def bylines_follow(final: dict[int, int], held: dict[int, dict]) -> None:
    """Before the emptied stories of a link go (``final``: {emptied story id: the story it
    ended up in}): their reporters join that story after its own, in print order (the emptied
    stories by where their parts stand in it now), each person once — a reporter signed only
    at the end of a continuation (``……（本報記者　林振華）``) is the whole story's. The bylines
    are moved, not copied (a person the story has already stays once; that byline goes with the
    emptied story). ``held`` ({emptied story id: what its redirect keeps}) gets, for each one
    that gave the story a reporter, the ``bylines`` it added and its ``reporters`` (person ids,
    in order): when its text is detached again, the story it was (or a new one, when it joined
    in the import that made it) takes them back (:func:`swallowed_story_restore`,
    :func:`bylines_give_back`). Two queries, and one statement when a byline moves."""
    rows = _STORIES_BYLINES.rows(list({*final, *final.values()}))[1]
    have: dict[int, list[int]] = {}
    after: dict[int, int] = {}  # story → the order its next byline takes
    for _, story, person, order in rows:
        have.setdefault(story, []).append(person)
        after[story] = max(after.get(story, 0), order + 1)
    givers = [old for old in final if have.get(old)]
    if not givers:
        return
    where = dict(
        ArticlePart.objects.filter(
            pk__in=[p for old in givers for p in held[old]["parts"]]
        ).values_list("pk", "sequence")
    )
    first = {old: min((where.get(p, 0) for p in held[old]["parts"]), default=0) for old in givers}
    changes = []
    for old in sorted(givers, key=lambda o: (first[o], o)):
        new = final[old]
        on = have.setdefault(new, [])
        for pk, story, person, _ in rows:
            if story == old and person not in on:
                after[new] = after.get(new, 0) + 1
                changes.append([new, after[new] - 1, pk])
                on.append(person)
                held[old].setdefault("bylines", []).append(person)
                held[old]["reporters"] = have[old]
    update_values(Byline, ["article", "order"], changes)


def _brought_back(article: Article, story: Article, brought: dict, parts) -> None:
    """The photos and teasers ``story`` brought when it joined ``article`` (by their ids,
    :attr:`ArticleRedirect.held`) that are still ``article``'s are ``story``'s again: a photo
    only while it stands on a page of ``parts`` (the text it was printed with), a teaser
    (导读) that announced it; and the reporters it added to ``article``
    (:func:`bylines_follow`) are no longer ``article``'s. Three statements at most; none when it
    brought none."""
    if bylines := brought.get("bylines"):
        Byline.objects.filter(article=article, person_id__in=bylines).delete()
    photos, teasers = brought.get("photos") or [], brought.get("teasers") or []
    if photos:
        Photo.objects.filter(
            pk__in=photos, article=article, page_id__in={p.page_id for p in parts}
        ).update(article=story)
    if teasers:
        Teaser.objects.filter(pk__in=teasers, target_article=article).update(target_article=story)


def _users_still_there(story: Article) -> None:
    """Clear the signer and the scheduler of a restored ``story`` whose account was deleted
    since (the live column is ``SET_NULL``; a history record keeps the old id)."""
    users = {story.signed_off_by_id, story.publish_by_id} - {None}
    if not users:
        return
    User = get_user_model()
    alive = set(User.objects.filter(pk__in=users).values_list("pk", flat=True))
    if story.signed_off_by_id not in alive:
        story.signed_off_by_id = None
    if story.publish_by_id not in alive:
        story.publish_by_id = None


def redirects_follow(article: Article, moved_to: Article, parts: Iterable[ArticlePart]) -> None:
    """After ``parts`` moved from ``article`` to the story ``moved_to``: each redirect to
    ``article`` whose removed story held one of them (by its last snapshot) leads to
    ``moved_to`` instead; one naming ``moved_to`` itself goes. No address then leads to a story
    that no longer holds its text."""
    parts = list(parts)
    redirects, held = _redirects_to(article)
    follow = [
        redirects[old_id]
        for old_id, removed in _removed(redirects, held).items()
        if removed.held(parts) and old_id != moved_to.pk
    ]
    ArticleRedirect.objects.filter(article=article, old_id=moved_to.pk).delete()
    if follow:
        ArticleRedirect.objects.filter(pk__in=follow).update(article=moved_to)


def reporters_brought(article_id: int) -> list[Person]:
    """The reporters links brought story ``article_id`` (:func:`bylines_follow`: signed on a
    continuation's page, not on its home page) that it still has, in its byline order. A
    re-import of its home page keeps them beside the reporters that page prints, and does not
    count them as a change (:func:`own_reporters`). One query, two when it has some."""
    ids = [
        pk
        for held in ArticleRedirect.objects.filter(
            article_id=article_id, held__has_key="bylines"
        ).values_list("held", flat=True)
        for pk in held["bylines"]
    ]
    if not ids:
        return []
    rows = Byline.objects.filter(article_id=article_id, person_id__in=ids).select_related("person")
    return [b.person for b in rows.order_by("order", "pk")]


def reporters_kept(article_id: int, printed: list[Person]) -> list[Person]:
    """The reporters story ``article_id`` has once its home page is imported again: those the
    page prints (``printed``), then those a link brought it that the page does not print
    (:func:`reporters_brought`: signed on a continuation's page)."""
    return printed + [p for p in reporters_brought(article_id) if p not in printed]


def own_reporters(article_id: int, stored: list[str], printed: Iterable[str]) -> list[str]:
    """``stored`` (story ``article_id``'s reporters' names) without those a link brought it
    (:func:`reporters_brought`) that its home page does not print (``printed``): what its home
    page's byline is compared with. No query when ``stored`` is what the page prints."""
    printed = list(printed)
    if stored == printed:
        return stored
    brought = {p.name for p in reporters_brought(article_id)} - set(printed)
    return [name for name in stored if name not in brought]
