"""The night desk's decisions on proofreading: 校对完毕 (a story or a page read) and 不是错的 (a
finding judged no mistake), and the misspellings the desk corrected in a byline.

* **不是错的** (:func:`dismiss`): a :class:`~articles.models.ProofreadingDismissal` keyed by the
  story, the finding's kind, its text and the digest of the whole field or paragraph it was
  found in. :func:`articles.proofing.settled` drops such findings before they are stored (so the desk's home, the
  issue's and page's forms, 发布本期 and ``manage.py proofread`` no longer count them) and the
  story's form lists them apart; an edit of that text makes a new finding that counts again.
* **校对完毕** (:func:`mark_read`): a :class:`~articles.models.ProofreadMark` per story with the
  digest of its text (:func:`story_digest`); a page's 校对完毕 marks every story printed on it.
  Each check of a story (every save and re-import, :func:`articles.proofing.check_articles`)
  compares the digest (:func:`marks_follow`): a story changed since is flagged 校对后有改动 and
  counts as unproofread again.
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
)
from articles.proofreading.findings import NAME_VARIANT, Finding


def source_digest(text: str) -> str:
    """SHA-256 (hex) of the whole text a finding is in (a field or a paragraph, as printed)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def story_digest(story) -> str:
    """SHA-256 (hex) of what the checks read of a story (an ``Article`` or the
    ``articles.proofing.StoryText`` read of it: the same digest): its deck, dateline, byline
    and every part's paragraphs, in order."""
    pieces = [story.kicker, story.headline, story.subheadline, story.dateline, story.byline]
    if isinstance(story, Article):  # (the model: its parts in order, as StoryText.of reads them)
        parts = [
            (p.page.label, p.blocks) for p in sorted(story.parts.all(), key=lambda p: p.sequence)
        ]
    else:
        parts = [(p.page_label, p.blocks) for p in story.parts]
    for label, blocks in parts:
        pieces.append(f"\x1e{label}")
        pieces.extend(block.get("text", "") for block in blocks)
    return source_digest("\x1f".join(pieces))


def finding_key(article_id: int, item) -> tuple[int, str, str, str]:
    """(story id, kind, found text, source digest) of a ``StoryFinding``: a dismissal's key."""
    f = item.finding
    return (article_id, f.kind, f.text[:100], source_digest(item.source))


def dismissed_keys(article_ids: Iterable[int]) -> set[tuple[int, str, str, str]]:
    """The keys (:func:`finding_key`) the desk dismissed in these stories: one query."""
    ids = list(article_ids)
    if not ids:
        return set()
    rows = ProofreadingDismissal.objects.filter(article_id__in=ids).values_list(
        "article_id", "kind", "text", "source_digest"
    )
    return set(rows)


def misspelt_names() -> dict[str, str]:
    """{misspelt name: the person's name}: the 错写 former names (one query)."""
    return dict(PersonAlias.objects.filter(misspelling=True).values_list("name", "person__name"))


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


def marks_follow(stories) -> None:
    """Flag 校对后有改动 the marks of these stories (``StoryText``) whose text changed since they
    were marked (one query, and an update when any did)."""
    digests = {story.pk: story_digest(story) for story in stories}
    if not digests:
        return
    marks = ProofreadMark.objects.filter(article_id__in=list(digests), changed=False)
    stale = [
        pk for pk, digest in marks.values_list("article_id", "digest") if digests[pk] != digest
    ]
    if stale:
        ProofreadMark.objects.filter(article_id__in=stale).update(changed=True)


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


def mark_read(articles: Iterable[Article], user) -> int:
    """校对完毕 on these stories, by ``user`` now: each mark holds the story's text as it is
    (its digest); returns how many stories were marked."""
    now = timezone.now()
    count = 0
    with transaction.atomic():
        for article in articles:
            ProofreadMark.objects.update_or_create(
                article=article,
                defaults={
                    "digest": story_digest(article),
                    "changed": False,
                    "marked_by": user,
                    "marked_at": now,
                },
            )
            count += 1
    return count


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


def page_reading(issue) -> list[tuple]:
    """(page, stories, proofread, changed since) of each page of ``issue``, in order: a story
    counts on every page it is printed on (two queries)."""
    pages = list(issue.pages.order_by("sequence"))
    rows = ArticlePart.objects.filter(page__issue=issue).values_list(
        "page_id", "article_id", "article__proofread_mark__changed"
    )
    seen: dict[int, dict[int, object]] = defaultdict(dict)
    for page_id, article_id, changed in rows:
        seen[page_id][article_id] = changed
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
