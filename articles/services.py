"""Writing parsed pages to the database: one page per transaction, upserts by natural keys.

``page_import`` is the one way content gets in (the command, the admin upload and ``reparse``
all call it): get-or-create the issue and page, replace what the importer made on that page
before, keep the raw text and checksum, store photos, teasers and jumps, then resolve the issue's
jumps. Importing the same bytes again is a no-op (same rows, same ids). An article an editor has
changed by hand is never overwritten silently: it is reported as a conflict and left alone unless
``overwrite_edited`` is set. A dry run does all the work and rolls it back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.text import slugify

from articles import parsing
from articles.caching import bump_content_version
from articles.jumps import release_part, resolve_issue_jumps
from articles.labels import LabelError, normalize_label
from articles.models import (
    Article,
    ArticlePart,
    Byline,
    Issue,
    Jump,
    JumpDirection,
    JumpState,
    Page,
    Person,
    Photo,
    PhotoCredit,
    Publication,
    Teaser,
    validate_paper_slug,
)

# Existing rows are moved out of the way before new positions are written, so that the unique
# (page, position) constraints hold at every statement.
_POSITION_OFFSET = 1_000_000


class PageImportError(Exception):
    """A page that cannot be imported; the message says why and what to do."""


@dataclass
class PageImportReport:
    source: str
    paper: str
    date: str
    label: str
    action: str = ""  # created | updated | unchanged
    dry_run: bool = False
    articles: int = 0
    photos: int = 0
    teasers: int = 0
    pending_jumps: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    page_id: int | None = None

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def summary(self) -> str:
        verb = f"{self.action} (dry run, rolled back)" if self.dry_run else self.action
        text = (
            f"{self.paper} {self.date} {self.label}: {verb}; {self.articles} articles, "
            f"{self.photos} photos, {self.teasers} teasers"
        )
        if self.pending_jumps:
            text += f", {len(self.pending_jumps)} jumps pending"
        if self.conflicts:
            text += f", {len(self.conflicts)} conflicts"
        return text


class _DryRunRollback(Exception):
    pass


def publication_get_or_create(*, name: str, slug: str = "") -> Publication:
    """Find a paper by slug or printed name, or create it. A Chinese name gets a stable slug."""
    name = name.strip()
    lookup = Q(name=name) | Q(slug=name) | (Q(slug=slug) if slug else Q(pk__in=[]))
    found = sorted(
        Publication.objects.filter(lookup), key=lambda p: (p.slug != slug, p.name != name)
    )
    if found:
        return found[0]
    slug = slug or slugify(name) or "paper-" + hashlib.sha1(name.encode()).hexdigest()[:8]
    try:
        validate_paper_slug(slug)
    except ValidationError as exc:
        raise PageImportError(
            f"paper {name!r}: the slug {slug!r} is one the site uses for its own pages; "
            'give the paper another slug ("slug" in paper.json, or --paper with a slug)'
        ) from exc
    try:
        with transaction.atomic():
            return Publication.objects.create(name=name, slug=slug)
    except IntegrityError:  # created by a concurrent import
        return Publication.objects.get(slug=slug)


def page_import(
    *,
    paper_name: str,
    paper_slug: str = "",
    issue_date: date,
    label: str,
    data: bytes | str,
    source_name: str = "",
    dry_run: bool = False,
    overwrite_edited: bool = False,
    force: bool = False,
) -> PageImportReport:
    """Parse and write one page inside one transaction. Raises :class:`PageImportError` on bad input."""
    max_bytes = getattr(settings, "NEWSROOM_MAX_PAGE_BYTES", parsing.DEFAULT_MAX_BYTES)
    try:
        parsed = parsing.parse_page(data, max_bytes=max_bytes)
        label = normalize_label(label)
    except (parsing.ParseError, LabelError) as exc:
        raise PageImportError(f"{source_name or label}: {exc}") from None
    raw = data if isinstance(data, bytes) else data.encode("utf-8")
    text, _ = parsing.decode_page(data, max_bytes=max_bytes)
    _check_stamp(parsed, issue_date=issue_date, label=label, source_name=source_name)
    report = PageImportReport(
        source=source_name,
        paper=paper_name,
        date=issue_date.isoformat(),
        label=label,
        dry_run=dry_run,
        warnings=list(parsed.warnings),
    )
    try:
        with transaction.atomic():
            _write_page(
                parsed=parsed,
                text=text,
                checksum=hashlib.sha256(raw).hexdigest(),
                paper_name=paper_name,
                paper_slug=paper_slug,
                issue_date=issue_date,
                label=label,
                source_name=source_name,
                overwrite_edited=overwrite_edited,
                force=force,
                report=report,
            )
            if dry_run:
                raise _DryRunRollback
    except _DryRunRollback:
        pass
    return report


def page_reparse(
    *, page: Page, dry_run: bool = False, overwrite_edited: bool = False
) -> PageImportReport:
    """Run the current parser over the raw text stored for ``page``, with the import's conflict rule."""
    if not page.raw_text:
        raise PageImportError(f"{page}: no raw text is stored for this page; import its file again")
    return page_import(
        paper_name=page.issue.publication.name,
        paper_slug=page.issue.publication.slug,
        issue_date=page.issue.date,
        label=page.label,
        data=page.raw_text.encode("utf-8") if page.raw_encoding != "unicode" else page.raw_text,
        source_name=page.source_name or f"{page} (stored text)",
        dry_run=dry_run,
        overwrite_edited=overwrite_edited,
        force=True,
    )


def _check_stamp(parsed, *, issue_date: date, label: str, source_name: str) -> None:
    """A page stamp printed on the page must agree with the date and page it is imported as."""
    meta = parsed.metadata
    where = source_name or label
    if meta.date and meta.date != issue_date.isoformat():
        raise PageImportError(
            f"{where}: the page's own stamp says {meta.date} but it is being imported as "
            f"{issue_date.isoformat()}; give --date {meta.date} (or fix the folder name) if the stamp is right"
        )
    if meta.label and meta.label != label:
        raise PageImportError(
            f"{where}: the page's own stamp or header says page {meta.label} but it is being "
            f"imported as {label}; give --page {meta.label} (or rename the file) if the stamp is right"
        )


def _write_page(
    *,
    parsed,
    text,
    checksum,
    paper_name,
    paper_slug,
    issue_date,
    label,
    source_name,
    overwrite_edited,
    force,
    report: PageImportReport,
) -> None:
    publication = publication_get_or_create(name=paper_name, slug=paper_slug)
    report.paper = publication.name
    issue, _ = Issue.objects.get_or_create(publication=publication, date=issue_date)
    page, created = Page.objects.get_or_create(issue=issue, label=label)
    # Serialise imports of the same page (PostgreSQL row lock; SQLite locks the whole database).
    # NO KEY UPDATE: editors saving rows that point at this page (a foreign-key share lock) are
    # not blocked by it, so the two can never deadlock.
    page = Page.objects.select_for_update(no_key=True).get(pk=page.pk)
    report.page_id = page.pk
    if (
        not created
        and not force
        and page.checksum == checksum
        and page.parser_version == parsed.parser_version
    ):
        report.action = "unchanged"
        _fill_counts(report, page)
        return
    report.action = "created" if created or not page.checksum else "updated"

    page.raw_text = text
    page.raw_encoding = parsed.encoding
    page.checksum = checksum
    page.parser_version = parsed.parser_version
    page.source_name = source_name[:255]
    page.imported_at = timezone.now()
    if parsed.metadata.section and not page.section:
        page.section = parsed.metadata.section[:100]
    page.save()
    if parsed.metadata.issue_number and not issue.number:
        issue.number = parsed.metadata.issue_number
        issue.save(update_fields=["number", "updated_at"])

    part_by_position = _write_articles(page, issue, parsed, overwrite_edited, report)
    _write_photos(page, parsed, part_by_position, report)
    _write_teasers(page, parsed)
    resolve_issue_jumps(issue)
    # Search index (search app): index the stories this page import touched, in bulk.
    from search.indexing import index_page_import

    index_page_import(page)
    bump_content_version()
    _fill_counts(report, page)


def _fill_counts(report: PageImportReport, page: Page) -> None:
    counts = Page.objects.filter(pk=page.pk).aggregate(
        articles=Count("parts", distinct=True),
        photos=Count("photos", distinct=True),
        teasers=Count("teasers", distinct=True),
    )
    report.articles, report.photos, report.teasers = (
        counts["articles"],
        counts["photos"],
        counts["teasers"],
    )
    report.pending_jumps = [
        f"{j.part.page.label} #{j.part.position} {j.marker} → {j.target_label} ({j.get_state_display()})"
        for j in Jump.objects.filter(part__page=page)
        .exclude(state__in=[JumpState.LINKED, JumpState.MANUAL, JumpState.UNLINKED])
        .select_related("part__page")
    ]


def _clip(value: str, length: int) -> str:
    return value if len(value) <= length else value[: length - 1] + "…"


def _article_fields(parsed_article) -> dict:
    return {
        "kicker": _clip(parsed_article.kicker, 300),
        "headline": _clip(parsed_article.headline, 300),
        "subheadline": _clip(parsed_article.subheadline, 300),
        "dateline": _clip(parsed_article.dateline, 100),
        "byline": _clip(parsed_article.byline, 200),
    }


def _blocks(parsed_article) -> list[dict]:
    return [{"kind": b.kind, "text": b.text} for b in parsed_article.blocks]


def _match_key(title_lines, blocks) -> str:
    first = next((b["text"] for b in blocks if b["kind"] == "paragraph"), "")
    return parsing.normalize_for_matching("|".join(title_lines) + "|" + first[:40])


def _write_articles(
    page: Page, issue: Issue, parsed, overwrite_edited: bool, report: PageImportReport
) -> dict[int, ArticlePart]:
    # Lock the stories printed here: an editor's save that commits first is seen (and kept as a
    # conflict); one that comes later waits for this import (PostgreSQL; SQLite serialises writers).
    existing = list(
        page.parts.select_related("article").select_for_update(of=("self", "article"), no_key=True)
    )
    if not existing:
        return _create_articles(page, issue, parsed)
    by_key = {_match_key(p.title_lines, p.blocks): p for p in existing}
    by_position = {p.position: p for p in existing}
    matched: dict[int, ArticlePart] = {}
    used: set[int] = set()
    for pa in parsed.articles:  # same story, maybe moved: match by what it says first
        part = by_key.get(_match_key(pa.title_lines, _blocks(pa)))
        if part is not None and part.pk not in used:
            matched[pa.position] = part
            used.add(part.pk)
    for pa in parsed.articles:  # then by position
        part = by_position.get(pa.position)
        if pa.position not in matched and part is not None and part.pk not in used:
            matched[pa.position] = part
            used.add(part.pk)

    # Leftover parts: the new text no longer has them.
    for part in existing:
        if part.pk in used:
            continue
        article = part.article
        if article.is_edited and not overwrite_edited and article.page_id == page.pk:
            report.conflicts.append(
                f"{page.label} #{part.position} “{article.title}”: edited by hand and no longer in "
                "the page text; kept (use --overwrite-edited to remove it)"
            )
            used.add(part.pk)
            matched[-part.pk] = part
            continue
        _remove_part(part)

    Article.objects.filter(page=page).update(position=F("position") + _POSITION_OFFSET)
    ArticlePart.objects.filter(page=page).update(position=F("position") + _POSITION_OFFSET)

    names = {n for pa in parsed.articles for n in pa.reporters}
    people = _people(names)
    result: dict[int, ArticlePart] = {}
    taken = {pa.position for pa in parsed.articles}
    for pa in parsed.articles:
        part = matched.get(pa.position)
        fields = _article_fields(pa)
        blocks = _blocks(pa)
        continued_from = pa.continued_from or ""
        if part is None:
            article = Article.objects.create(issue=issue, page=page, position=pa.position, **fields)
            part = ArticlePart.objects.create(
                article=article,
                page=page,
                position=pa.position,
                sequence=0,
                title_lines=list(pa.title_lines),
                blocks=blocks,
                continued_from=continued_from,
            )
            _set_bylines(article, [people[n] for n in pa.reporters])
        else:
            article = part.article
            is_home = article.page_id == page.pk
            changed = (
                part.blocks != blocks
                or part.title_lines != list(pa.title_lines)
                or (is_home and any(getattr(article, k) != v for k, v in fields.items()))
                or (is_home and article.reporter_names() != list(pa.reporters))
            )
            if changed and article.is_edited and not overwrite_edited:
                report.conflicts.append(
                    f"{page.label} #{pa.position} “{article.title}”: edited by hand, left as the "
                    "editor saved it (use --overwrite-edited to replace it with the page text)"
                )
                part.position = pa.position
                part.save(update_fields=["position"])
                if is_home:
                    Article.objects.filter(pk=article.pk).update(position=pa.position)
            else:
                part.position = pa.position
                part.title_lines = list(pa.title_lines)
                part.blocks = blocks
                part.continued_from = continued_from
                part.save()
                if is_home:
                    for key, value in fields.items():
                        setattr(article, key, value)
                    article.position = pa.position
                    if overwrite_edited:
                        article.edited_at = None
                    article.save()
                    _set_bylines(article, [people[n] for n in pa.reporters])
        _write_jumps(part, pa)
        result[pa.position] = part

    # Edited stories kept although the text lost them: give them free positions after the rest.
    next_free = max(taken | {0}) + 1
    for key, part in matched.items():
        if key < 0:
            part.position = next_free
            part.save(update_fields=["position"])
            Article.objects.filter(pk=part.article_id, page=page).update(position=next_free)
            next_free += 1
    return result


def _create_articles(page: Page, issue: Issue, parsed) -> dict[int, ArticlePart]:
    """A page seen for the first time: everything in a handful of bulk inserts."""
    people = _people({n for pa in parsed.articles for n in pa.reporters})
    articles = Article.objects.bulk_create(
        [
            Article(issue=issue, page=page, position=pa.position, **_article_fields(pa))
            for pa in parsed.articles
        ]
    )
    parts = ArticlePart.objects.bulk_create(
        [
            ArticlePart(
                article=article,
                page=page,
                position=pa.position,
                sequence=0,
                title_lines=list(pa.title_lines),
                blocks=_blocks(pa),
                continued_from=pa.continued_from or "",
            )
            for article, pa in zip(articles, parsed.articles, strict=True)
        ]
    )
    Byline.objects.bulk_create(
        [
            Byline(article=article, person=people[name], order=order)
            for article, pa in zip(articles, parsed.articles, strict=True)
            for order, name in enumerate(dict.fromkeys(pa.reporters))
        ]
    )
    Jump.objects.bulk_create(
        [
            Jump(part=part, direction=direction, target_label=marker.label, marker=marker.text[:40])
            for part, pa in zip(parts, parsed.articles, strict=True)
            for direction, marker in _jump_markers(pa).items()
        ]
    )
    return {pa.position: part for part, pa in zip(parts, parsed.articles, strict=True)}


def _jump_markers(parsed_article) -> dict[str, parsing.Marker]:
    """The page's jump per direction: the last unmerged marker of each (merged pairs are one story)."""
    wanted = {}
    for marker in parsed_article.markers:
        if not marker.merged:
            wanted[marker.direction] = marker
    return wanted


def _remove_part(part: ArticlePart) -> None:
    """Delete a printed part; its story goes with it only if nothing else of it remains."""
    release_part(part)  # what followed it becomes a story of its own; links to it are reopened
    article = part.article
    if article.parts.count() == 1:
        article.delete()
    else:
        part.delete()


def _write_jumps(part: ArticlePart, parsed_article) -> None:
    wanted = _jump_markers(parsed_article)
    for jump in list(part.jumps.all()):
        marker = wanted.pop(jump.direction, None)
        if marker is None:
            jump.delete()
            continue
        if jump.target_label != marker.label or jump.marker != marker.text[:40]:
            jump.target_label = marker.label
            jump.marker = marker.text[:40]
            if not jump.is_manual:
                jump.state = JumpState.PENDING
                jump.to_part = None
                jump.confidence = None
            jump.save()
    for direction, marker in wanted.items():
        Jump.objects.create(
            part=part,
            direction=JumpDirection(direction),
            target_label=marker.label,
            marker=marker.text[:40],
        )


def _people(names: Iterable[str]) -> dict[str, Person]:
    names = {n[:50] for n in names if n}
    if not names:
        return {}
    found = {p.name: p for p in Person.objects.filter(name__in=names)}
    missing = [Person(name=n) for n in sorted(names - found.keys())]
    if missing:
        Person.objects.bulk_create(missing, ignore_conflicts=True)
        found = {p.name: p for p in Person.objects.filter(name__in=names)}
    return found


def _set_bylines(article: Article, people: list[Person]) -> None:
    current = [b.person_id for b in article.bylines.order_by("order")]
    if current == [p.pk for p in people]:
        return
    article.bylines.all().delete()
    Byline.objects.bulk_create(
        [Byline(article=article, person=p, order=i) for i, p in enumerate(dict.fromkeys(people))]
    )


def _write_photos(
    page: Page, parsed, part_by_position: dict[int, ArticlePart], report: PageImportReport
) -> None:
    existing = {p.position: p for p in page.photos.all()}
    wanted = {p.position: p for p in parsed.photos}
    if not existing:
        _create_photos(page, parsed, part_by_position)
        return
    for position, photo in existing.items():
        if position not in wanted:
            if photo.image or photo.edited_at:
                report.conflicts.append(
                    f"{page.label} photo #{position}: has an uploaded image or hand edits and is "
                    "no longer in the page text; kept"
                )
                continue
            photo.delete()
    people = _people({n for p in parsed.photos for n in p.photographers})
    for position, pp in wanted.items():
        photo = existing.get(position)
        article_part = part_by_position.get(pp.article_position) if pp.article_position else None
        values = {
            "caption": pp.caption,
            "credit_line": _clip(pp.credit_line, 200),
            "article": article_part.article if article_part else None,
        }
        if photo is None:
            photo = Photo.objects.create(page=page, position=position, **values)
        elif photo.edited_at:
            continue
        else:
            for key, value in values.items():
                setattr(photo, key, value)
            photo.save()
        current = [c.person_id for c in photo.credits.order_by("order")]
        wanted_people = [people[n].pk for n in pp.photographers if n in people]
        if current != wanted_people:
            photo.credits.all().delete()
            PhotoCredit.objects.bulk_create(
                [
                    PhotoCredit(photo=photo, person_id=pk, order=i)
                    for i, pk in enumerate(dict.fromkeys(wanted_people))
                ]
            )


def _create_photos(page: Page, parsed, part_by_position: dict[int, ArticlePart]) -> None:
    people = _people({n for p in parsed.photos for n in p.photographers})
    photos = Photo.objects.bulk_create(
        [
            Photo(
                page=page,
                position=pp.position,
                caption=pp.caption,
                credit_line=_clip(pp.credit_line, 200),
                article=part_by_position[pp.article_position].article
                if pp.article_position in part_by_position
                else None,
            )
            for pp in parsed.photos
        ]
    )
    PhotoCredit.objects.bulk_create(
        [
            PhotoCredit(photo=photo, person=people[name], order=order)
            for photo, pp in zip(photos, parsed.photos, strict=True)
            for order, name in enumerate(dict.fromkeys(pp.photographers))
            if name in people
        ]
    )


def _write_teasers(page: Page, parsed) -> None:
    existing = {t.position: t for t in page.teasers.all()}
    wanted = {t.position: t for t in parsed.teasers}
    stale = [t.pk for position, t in existing.items() if position not in wanted]
    if stale:
        Teaser.objects.filter(pk__in=stale).delete()
    for position, pt in wanted.items():
        values = {
            "title_lines": list(pt.title_lines),
            "target_label": pt.target_label,
            "target_section": _clip(pt.target_section, 100),
            "marker": _clip(pt.text, 120),
        }
        teaser = existing.get(position)
        if teaser is None:
            Teaser.objects.create(page=page, position=position, **values)
        elif any(getattr(teaser, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(teaser, key, value)
            teaser.target_article = None
            teaser.save()
