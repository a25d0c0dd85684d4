"""The night desk's decisions on proofreading: 校对完毕 (a story or a page read) and 不是错的 (a
finding judged no mistake), and the misspellings the desk corrected in a byline.

* **不是错的** (:func:`dismiss`): a :class:`~articles.models.ProofreadingDismissal` keyed by the
  story, the finding's kind, its text and the digest of the whole field or paragraph it was
  found in. :func:`articles.proofing.settled` drops such findings before they are stored (so the desk's home, the
  issue's and page's forms, 发布本期 and ``manage.py proofread`` no longer count them) and the
  story's form lists them apart; an edit of that text makes a new finding that counts again.
* **校对完毕** (:func:`mark_read`): a :class:`~articles.models.ProofreadMark` per story with the
  digest of its text (:func:`story_digest`), and a :class:`~articles.models.ProofreadPageMark`
  per page it is printed on. A page's 校对完毕 (:func:`mark_page_read`) marks only what that
  page prints of each story (its deck and its parts there): a story continued on another page
  counts proofread (its ``ProofreadMark``) once every page it is printed on was read, and the
  other page's 校对进度 counts it unread until then (:func:`page_reading`).
  Each check of a story (every save and re-import, :func:`articles.proofing.check_articles`)
  compares the digests (:func:`marks_follow`): a story (or its text on a page) changed since is
  flagged 校对后有改动 and counts as unproofread again.
* **错写** (``PersonAlias.misspelling``): a printed reporter's name the desk corrected away
  (:mod:`articles.people.misspellings`) is flagged wherever a byline prints it again, in any
  issue (:func:`misspelt_findings`); a rename's or merge's former name never is.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from articles.bylines import credit_pieces, reporters_read
from articles.models import (
    Article,
    ArticlePart,
    PersonAlias,
    ProofreadingDismissal,
    ProofreadMark,
    ProofreadPageMark,
)
from articles.proofreading.findings import NAME_VARIANT, Finding
from articles.queries import Prepared


def source_digest(text: str) -> str:
    """SHA-256 (hex) of the whole text a finding is in (a field or a paragraph, as printed)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def story_digest(story, page_label: str | None = None) -> str:
    """SHA-256 (hex) of what the checks read of a story (an ``Article`` or the
    ``articles.proofing.StoryText`` read of it: the same digest): its deck, dateline, byline
    and every part's paragraphs, in order; with ``page_label``, only the parts on that page
    (what a page's 校对完毕 read)."""
    pieces = [story.kicker, story.headline, story.subheadline, story.dateline, story.byline]
    if isinstance(story, Article):  # (the model: its parts in order, as StoryText.of reads them)
        parts = [
            (p.page.label, p.blocks) for p in sorted(story.parts.all(), key=lambda p: p.sequence)
        ]
    else:
        parts = [(p.page_label, p.blocks) for p in story.parts]
    for label, blocks in parts:
        if page_label is not None and label != page_label:
            continue
        pieces.append(f"\x1e{label}")
        pieces.extend(block.get("text", "") for block in blocks)
    return source_digest("\x1f".join(pieces))


def finding_key(article_id: int, item) -> tuple[int, str, str, str]:
    """(story id, kind, found text, source digest) of a ``StoryFinding``: a dismissal's key."""
    f = item.finding
    return (article_id, f.kind, f.text[:100], source_digest(item.source))


_DISMISSED = Prepared(
    ProofreadingDismissal,
    (list,),
    lambda ids: ProofreadingDismissal.objects.filter(article_id__in=ids).values_list(
        "article_id", "kind", "text", "source_digest"
    ),
)
_MISSPELT = Prepared(
    PersonAlias,
    (),
    lambda: PersonAlias.objects.filter(misspelling=True).values_list("name", "person__name"),
)


def dismissed_keys(article_ids: Iterable[int]) -> set[tuple[int, str, str, str]]:
    """The keys (:func:`finding_key`) the desk dismissed in these stories: one query (built
    once per connection: an import asks once a batch)."""
    ids = list(article_ids)
    if not ids:
        return set()
    return set(map(tuple, _DISMISSED.rows(ids)[1]))


def misspelt_names() -> dict[str, str]:
    """{misspelt name: the person's name}: the 错写 former names (one query, built once per
    connection)."""
    return dict(_MISSPELT.rows()[1])


def misspelt_findings(byline: str, misspelt: Mapping[str, str], reporters=None) -> list[Finding]:
    """A finding on each name ``byline`` prints that the desk corrected before (``misspelt``:
    :func:`misspelt_names`), where it is printed: the page still credits the person, but the
    name was a misspelling the last time it was printed."""
    if not misspelt or not byline:
        return []
    reporters = reporters_read(byline) if reporters is None else reporters
    wrong = [name for name in reporters if name in misspelt]
    if not wrong:
        return []
    found, at = [], 0
    for text, name in credit_pieces(byline, wrong):
        end = at + len(text)
        if name in misspelt:
            right = misspelt[name]
            found.append(
                Finding(
                    NAME_VARIANT,
                    at,
                    end,
                    text,
                    f"「{name}」是编辑部改正过的错写（应为「{right}」，稿件已记在{right}名下）："
                    f"请核对，是错写就把署名改成「{right}」",
                    right,
                )
            )
        at = end
    return found


_MARKS = Prepared(
    ProofreadMark,
    (list,),
    lambda ids: ProofreadMark.objects.filter(article_id__in=ids, changed=False).values_list(
        "article_id", "digest"
    ),
)
_PAGE_MARKS = Prepared(
    ProofreadPageMark,
    (list,),
    lambda ids: ProofreadPageMark.objects.filter(article_id__in=ids, changed=False).values_list(
        "pk", "article_id", "page__label", "digest"
    ),
)


def marks_follow(stories) -> None:
    """Flag 校对后有改动 the marks of these stories (``StoryText``) whose text changed since they
    were marked, and their page marks whose text on that page did (two queries, each built once
    per connection, and an update when any changed). A story's digest is worked out only when
    it has a mark to compare with (an import's stories almost never have one)."""
    by_pk = {story.pk: story for story in stories}
    if not by_pk:
        return
    ids = list(by_pk)
    stale = [pk for pk, digest in _MARKS.rows(ids)[1] if story_digest(by_pk[pk]) != digest]
    if stale:
        ProofreadMark.objects.filter(article_id__in=stale).update(changed=True)
    stale_pages = [
        pk
        for pk, article_id, label, digest in _PAGE_MARKS.rows(ids)[1]
        if story_digest(by_pk[article_id], label) != digest
    ]
    if stale_pages:
        ProofreadPageMark.objects.filter(pk__in=stale_pages).update(changed=True)


# The desk's actions ---------------------------------------------------------------------------


def dismiss(article: Article, item, user) -> bool:
    """Record ``item`` (a ``StoryFinding`` of ``article``) as no mistake (the caller checks
    the story again: ``articles.proofing.queue_articles``, its stored findings lose it).
    False when it was dismissed already."""
    pk, kind, text, digest = finding_key(article.pk, item)
    _, made = ProofreadingDismissal.objects.get_or_create(
        article_id=pk,
        kind=kind,
        text=text,
        source_digest=digest,
        defaults={"where": item.where[:60], "dismissed_by": user},
    )
    return made


def _printed_on(article: Article) -> dict[int, str]:
    """{page id: label} of the pages ``article`` is printed on (its parts' pages)."""
    return {part.page_id: part.page.label for part in article.parts.all()}


def _mark_pages(article: Article, pages: Mapping[int, str], user, now) -> None:
    for page_id, label in pages.items():
        ProofreadPageMark.objects.update_or_create(
            article=article,
            page_id=page_id,
            defaults={
                "digest": story_digest(article, label),
                "changed": False,
                "marked_by": user,
                "marked_at": now,
            },
        )


def _mark_story(article: Article, user, now) -> None:
    ProofreadMark.objects.update_or_create(
        article=article,
        defaults={
            "digest": story_digest(article),
            "changed": False,
            "marked_by": user,
            "marked_at": now,
        },
    )


def mark_read(articles: Iterable[Article], user) -> int:
    """校对完毕 on these whole stories (from the story's form), by ``user`` now: each mark holds
    the story's text as it is (its digest), and each page it is printed on is marked read too;
    returns how many stories were marked."""
    now = timezone.now()
    count = 0
    with transaction.atomic():
        for article in articles:
            _mark_story(article, user, now)
            _mark_pages(article, _printed_on(article), user, now)
            count += 1
    return count


def mark_page_read(page, articles: Iterable[Article], user) -> dict[int, list[str]]:
    """本版校对完毕: what ``page`` prints of these stories (printed on it) read by ``user`` now.
    A story whose every page is now read (unchanged since) is marked proofread as a whole.
    Returns {story id: labels of the pages still to read} for each story marked here (an empty
    list: the story is proofread)."""
    now = timezone.now()
    left: dict[int, list[str]] = {}
    with transaction.atomic():
        for article in articles:
            printed = _printed_on(article)
            _mark_pages(article, {page.pk: printed.get(page.pk, page.label)}, user, now)
            read = set(
                ProofreadPageMark.objects.filter(
                    article=article, page_id__in=list(printed), changed=False
                ).values_list("page_id", flat=True)
            )
            left[article.pk] = [label for pk, label in printed.items() if pk not in read]
            if not left[article.pk]:
                _mark_story(article, user, now)
    return left


def page_stories(page) -> list[Article]:
    """The stories printed on ``page`` (begun or continued there), in print order."""
    ids = ArticlePart.objects.filter(page=page).values_list("article_id", flat=True)
    return list(
        Article.objects.filter(pk__in=ids)
        .prefetch_related("parts__page")
        .order_by("page__sequence", "position")
    )


# Counting --------------------------------------------------------------------------------------


def unread() -> Q:
    """The filter for stories (an Article queryset) not proofread: never marked, or changed
    since."""
    return Q(proofread_mark__isnull=True) | Q(proofread_mark__changed=True)


def reading_counts(issue_ids: Iterable[int]) -> dict[int, tuple[int, int, int]]:
    """{issue id: (stories, proofread, changed since proofread)} for these issues (one query)."""
    rows = Article.objects.filter(issue_id__in=list(issue_ids)).values_list(
        "issue_id", "proofread_mark__changed"
    )
    counts: dict[int, Counter] = defaultdict(Counter)
    for issue_id, changed in rows:
        counts[issue_id]["all"] += 1
        if changed is False:
            counts[issue_id]["read"] += 1
        elif changed is True:
            counts[issue_id]["changed"] += 1
    return {pk: (c["all"], c["read"], c["changed"]) for pk, c in counts.items()}


def _state(story_mark, page_mark):
    """A story's reading on one page: False (read: the story, or its text on this page, marked
    and unchanged since), True (changed since it was read), None (never read)."""
    if story_mark is False or page_mark is False:
        return False
    if story_mark is True or page_mark is True:
        return True
    return None


def page_states(pages) -> dict[int, dict[int, object]]:
    """{page id: {story id: reading (:func:`_state`)}} of the stories printed on these pages
    (two queries)."""
    page_ids = [page.pk for page in pages]
    rows = ArticlePart.objects.filter(page_id__in=page_ids).values_list(
        "page_id", "article_id", "article__proofread_mark__changed"
    )
    page_marks = {
        (page_id, article_id): changed
        for page_id, article_id, changed in ProofreadPageMark.objects.filter(
            page_id__in=page_ids
        ).values_list("page_id", "article_id", "changed")
    }
    seen: dict[int, dict[int, object]] = defaultdict(dict)
    for page_id, article_id, changed in rows:
        seen[page_id][article_id] = _state(changed, page_marks.get((page_id, article_id)))
    return seen


def page_reading(issue) -> list[tuple]:
    """(page, stories, proofread, changed since) of each page of ``issue``, in order: a story
    counts on every page it is printed on, read there when that page's text of it was read
    (three queries)."""
    pages = list(issue.pages.order_by("sequence"))
    seen = page_states(pages)
    out = []
    for page in pages:
        marks = list(seen[page.pk].values())
        out.append(
            (page, len(marks), sum(m is False for m in marks), sum(m is True for m in marks))
        )
    return out


def reading_text(stories: int, read: int, changed: int) -> str:
    """``已校对 3/5 篇（1 篇校对后有改动）``, or ``全部校对完毕`` / ``未校对``."""
    if stories and read == stories:
        return f"全部校对完毕（{stories} 篇）"
    said = f"已校对 {read}/{stories} 篇" if read else f"未校对（{stories} 篇）"
    return said + (f"（{changed} 篇校对后有改动，要再校）" if changed else "")
