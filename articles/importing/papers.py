"""Which paper a name means: an existing paper, or a new one, and the existing paper closest to
a name that matches none (a typo such as 南通日報 for 南通日报 must not make a second paper).

The lookup (:func:`paper_lookup`) is the importer's own (:func:`articles.importing.pipeline.
publication_get_or_create` uses it): a paper is found by its printed name or its slug. Closeness
(:func:`paper_distance`) is the edit distance between the names folded the way the parser folds
printed text (:func:`articles.text.fold`: traditional characters to simplified, full-width ASCII
to half-width, case ignored), so 南通日報 is at distance 0 from 南通日报.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db.models import Q

from articles.bulk import insert_new
from articles.changes import content_changed
from articles.importing.pagefacts import printed_paper_name
from articles.importing.preparing import other_paper_printed, paper_mismatch, same_name_folded
from articles.importing.reports import PageImportError
from articles.importing.sources import (
    SourceError,
    check_paper,
    derived_slug,
    paper_name_problem,
)
from articles.models import Publication, Status, validate_paper_slug
from articles.queries import Prepared, StrList, field_names, maker
from articles.text import fold


def paper_lookup(name: str, slug: str = "") -> Q:
    """The papers a (name, slug) pair names: by printed name, by the name written as a slug, or
    by the slug given."""
    return Q(name=name) | Q(slug=name) | (Q(slug=slug) if slug else Q(pk__in=[]))


def existing_paper(name: str, slug: str = "") -> Publication | None:
    """The paper ``name`` (or ``slug``) names, the importer's choice when several do; or None."""
    found = sorted(
        Publication.objects.filter(paper_lookup(name.strip(), slug)),
        key=lambda p: (p.slug != slug, p.name != name),
    )
    return found[0] if found else None


def papers_written(text: str) -> list[Publication]:
    """The papers ``text`` names as an editor writes a paper (the spreadsheets' 报纸, the
    commands' ``--paper`` and ``--only-paper``): the one whose name or slug it is exactly, else
    every paper whose name or slug it is once folded (:meth:`~articles.querysets.
    PublicationQuerySet.named`: 南通日報 is 南通日报). Several: the text is ambiguous
    (:func:`ambiguous_paper`); none: no paper."""
    text = text.strip()
    exact = existing_paper(text)
    return [exact] if exact is not None else list(Publication.objects.named(text).order_by("pk"))


def ambiguous_paper(text: str, papers: list[Publication], how: str, word: str = "网址名") -> str:
    """Why ``text`` cannot be read as a paper: it folds to several papers' names (晴川日报 and
    晴川日報 both exist, 晴川日報 written with a full-width space), each named with its slug;
    ``how``: where to write the slug instead (``请把 --only-paper 改成``); ``word``: what the
    slug is called there (the desk's spreadsheets say URL 标识)."""
    listed = "、".join(f"“{paper.name}”（{word} {paper.slug}）" for paper in papers)
    return (
        f"“{text.strip()}”可指不止一份报纸：{listed}，它们只差繁体、简体等写法；"
        f"{how}其中一份的{word}，如 {papers[0].slug}"
    )


def folded_new_paper(name: str, paper: Publication, flag: str = "") -> str:
    """Why ``--new-paper`` does not make a paper named ``name``: it is ``paper``'s name written
    in other characters (繁简, full-width), far more often a typo than another paper."""
    return (
        f"{flag}报纸“{name.strip()}”与已有的报纸“{paper.name}”（网址名 {paper.slug}）只差繁体、简体"
        f"等写法，--new-paper 不为它新建报纸：要导入“{paper.name}”，请去掉 --new-paper，用 "
        f"--paper {paper.slug}；若确是另一份报纸，请先在编辑后台“报纸”里新建它，给它自己的网址名，"
        "再用 --paper 那个网址名导入"
    )


def flag_paper_name(flag: str, *, new_paper: bool = False) -> str:
    """The paper name ``import_pages --paper`` stands for, read as every command's ``--paper``
    is (``publish_issue``, ``check_jumps``, ``reparse_pages``, the spreadsheets' 报纸:
    :func:`papers_written`): ``南通日報`` or ``NANTONG-DAILY`` is the existing 南通日报, so it is
    not refused as a paper that does not exist. ``flag`` as given (stripped) when it names a
    paper exactly or names none (then the import's own checks refuse it or make a new paper).

    Raises :class:`SourceError` when it folds to several papers' names (:func:`ambiguous_paper`),
    or to one paper's while ``new_paper`` (``--new-paper``) asks for a new one
    (:func:`folded_new_paper`): the pages would go silently into that paper."""
    flag = flag.strip()
    found = papers_written(flag)
    if len(found) > 1:
        raise SourceError("--paper：" + ambiguous_paper(flag, found, "请用 --paper 给出"))
    if not found or found[0].name == flag or found[0].slug == flag:
        return flag
    if new_paper:
        raise SourceError(folded_new_paper(flag, found[0], "--paper："))
    return found[0].name


def folded_new_papers(sources) -> list[str]:
    """``--new-paper`` with pages whose paper (``paper.json``, ``manifest.json``, a folder's
    name) names no paper but is an existing one's name written in other characters: one
    message each (:func:`folded_new_paper`: a paper of that name is added at the desk first),
    given with the run's other usage errors."""
    problems = []
    for name, slug in dict.fromkeys((s.paper_name, s.paper_slug) for s in sources):
        if existing_paper(name, slug) is not None:
            continue
        found = papers_written(name)
        if found:
            problems.append(folded_new_paper(name, found[0]))
    return problems


def slug_named(paper: Publication) -> bool:
    """Whether ``paper``'s name is only its slug (``yunling-evening``): a paper made from a slug
    alone (``--paper yunling-evening``, a slug folder without ``paper.json``) before a page
    printed its name. Readers see the name everywhere; the import names such a paper from its
    masthead when it makes it (:func:`papers_get_or_create`) and from a name given with its slug
    later (``paper.json``, a manifest, the desk's 报纸 with its URL 标识). A name an editor typed
    differs from the slug and is never replaced."""
    return paper.name == paper.slug


def slug_named_warning(printed: str, paper: Publication) -> str:
    """The warning for a page printing ``printed`` imported into ``paper``, whose name is only its
    slug (:func:`slug_named`): the paper is most likely the right one, unnamed, so the fix is its
    name in the admin, not another import."""
    return (
        f"版面上印的报名是“{printed}”，而报纸“{paper.name}”的名称只是它的网址名：若这份报纸就是"
        f"{printed}，请在编辑后台“报纸”里把它的名称改为“{printed}”（读者处处看到的是这个名称），"
        "不必重新导入"
    )


#: How a masthead warning (:func:`other_paper_warning`'s) starts; the printed name follows, quoted.
MASTHEAD_SAID = "版面上印的报名是“"


def masthead_rechecked(warnings: list[str], paper: Publication) -> list[str]:
    """A page's stored ``warnings`` (``Page.import_warnings``: replayed when the same bytes are
    imported again, unparsed) with each masthead warning (:data:`MASTHEAD_SAID`) made again for
    ``paper`` as it is now, and dropped when it no longer holds: it is about the paper's name,
    which the editor may have changed as it advised (a paper named only by its slug renamed at
    报纸). No query unless a masthead warning is there."""
    if not any(warning.startswith(MASTHEAD_SAID) for warning in warnings):
        return warnings
    again = []
    for warning in warnings:
        if warning.startswith(MASTHEAD_SAID):
            printed = warning.removeprefix(MASTHEAD_SAID).split("”", 1)[0]
            warning = other_paper_warning(None, paper, printed)
        if warning:
            again.append(warning)
    return again


def other_paper_warning(parsed, paper: Publication, printed: str = "") -> str:
    """:func:`~articles.importing.preparing.paper_mismatch`, and a masthead that prints
    another paper's name which differs from ``paper``'s only in how it is written (the page
    prints 晴川日報, imported into 晴川日报 while 晴川日報 is a paper too): a query only then.
    Into a paper named only by its slug (:func:`slug_named`) the warning says to name it
    (:func:`slug_named_warning`), unless a paper of the printed name exists (then the page may
    well belong there: re-import it, as for any other paper; a query only then). ``printed``:
    the name the page prints, when known (``parsed`` None: :func:`masthead_rechecked`)."""
    printed = printed or printed_paper_name(parsed.metadata.paper)
    found = paper_mismatch(parsed, paper.name, printed)
    if found and slug_named(paper) and not Publication.objects.named(printed).exists():
        return slug_named_warning(printed, paper)
    if found or not printed or not same_name_folded(printed, paper.name):
        return found
    twin = Publication.objects.filter(name=printed).exclude(pk=paper.pk).exists()
    return other_paper_printed(printed, paper.name) if twin else ""


def _names(paper: Publication, name: str, slug: str) -> bool:
    """Whether :func:`paper_lookup` ``(name, slug)`` finds ``paper``."""
    return paper.name == name or paper.slug == name or (bool(slug) and paper.slug == slug)


def chosen_paper(papers: Iterable[Publication], name: str, slug: str) -> Publication | None:
    """:func:`existing_paper`'s choice among ``papers`` (the ones ``(name, slug)`` names; no two
    of them tie: names and slugs are unique)."""
    found = [p for p in papers if _names(p, name, slug)]
    return min(found, key=lambda p: (p.slug != slug, p.name != name)) if found else None


def papers_get_or_create(
    keys: Iterable[tuple[str, str]],
    *,
    created: list[Publication] | None = None,
    printed: Mapping[tuple[str, str], str] | None = None,
    named: dict[tuple[str, str], str] | None = None,
    kept: dict[tuple[str, str], str] | None = None,
) -> dict[tuple[str, str], Publication]:
    """The paper each ``(printed name, slug)`` pair names, the missing ones created: the papers
    :func:`~articles.importing.pipeline.publication_get_or_create` gives for the pairs one after
    the other (a later pair may name a paper an earlier one created), in three statements
    (one lookup, one insert, one read back) instead of up to five a pair. A new paper changes
    every page's list of papers: ``content_changed()`` (all) once, as its save would say.
    ``created``, when given, gets the papers this call inserted (as stored), for the import's
    report to say (``新建报纸 …``: :func:`~articles.importing.reportlines.new_paper_line`).

    A pair naming a paper by a slug alone (``("yunling-evening", "")``: its name is the slug it
    gets) makes a paper named as its pages print it (``printed``: the masthead's name by pair,
    :func:`~articles.importing.pagefacts.printed_paper_name`), not ``yunling-evening``, unless a
    paper is printed so already (in any spelling: then the slug stays its name). A pair giving a
    name with the slug of a paper whose name is only that slug (:func:`slug_named`) names that
    paper (``paper.json`` imported after ``--paper yunling-evening``), unless another paper has
    that name (in any spelling). ``named``, when given, gets each such pair's name before;
    ``kept`` the name of each pair whose paper keeps a name an editor typed (:func:`_name_kept`).

    Raises :class:`PageImportError` for the first pair whose name or slug does not fit the
    paper's columns (:func:`~articles.importing.sources.check_paper`, before any query) or
    whose new paper's slug is one the site's own pages use."""
    keys = list(dict.fromkeys(keys))
    for name, slug in keys:
        try:
            check_paper(name.strip(), slug)
        except SourceError as exc:
            raise PageImportError(f"报纸 {name.strip()[:40]!r}: {exc}") from None
    names = {name.strip() for name, _ in keys}
    derived = {derived_slug(n) for n in names} | {_own_slug(n, derived_slug(n)) for n in names}
    slugs = names | {slug for _, slug in keys if slug} | derived
    mastheads = {k: v for k, v in (printed or {}).items() if v and not paper_name_problem(v)}
    known = _papers_named(names | set(mastheads.values()), slugs)
    chosen, planned, said = _papers_chosen(keys, known, mastheads)
    _renamed_save(said, chosen, changed=not planned)  # (_insert says new papers changed it)
    if named is not None:
        named.update(said)
    _kept_say(kept, chosen, said)
    if planned:
        _insert(planned, chosen)
        if created is not None:
            slugs = {paper.slug for paper in planned}
            created.extend({p.pk: p for p in chosen.values() if p.slug in slugs}.values())
    return chosen


def _papers_chosen(keys, known: list[Publication], mastheads: Mapping) -> tuple[dict, list, dict]:
    """:func:`papers_get_or_create`'s choice for each pair: the paper it names among ``known``
    (an existing one named from the pair when its name is only its slug: :func:`_may_name`,
    changed here, not saved), else a new one planned (``known`` gets it: a later pair may name
    it). Gives the choices, the papers planned (to insert, in the order the pairs ask for them)
    and, for each pair whose paper this names, its name before (the slug)."""
    chosen: dict[tuple[str, str], Publication] = {}
    planned: list[Publication] = []
    said: dict[tuple[str, str], str] = {}
    for key in keys:
        name, slug = key[0].strip(), key[1]
        paper = chosen_paper(known, name, slug)
        if paper is None:
            # (a new object each time: the papers planned already are found in ``known`` above;
            # no comparison with each of them, which Django's ``==`` of unsaved rows made slow)
            paper = _planned_paper(name, slug, known, mastheads.get(key, ""))
            planned.append(paper)
            known.append(paper)
            if paper.name != name:
                said[key] = name
        elif _may_name(paper, name, slug, known):
            said[key], paper.name = paper.name, name
        chosen[key] = paper
    return chosen, planned, said


def _renamed_save(said: dict, chosen: dict, *, changed: bool) -> None:
    """Save the names :func:`_papers_chosen` gave existing papers (``said``: the pairs it named
    a paper for, with the name before; a paper still to insert is saved by its insert), and,
    ``changed``, say every page changed (each names its paper): ``content_changed()``."""
    renamed = [(chosen[key], before) for key, before in said.items() if chosen[key].pk]
    for paper, before in renamed:
        Publication.objects.filter(pk=paper.pk, name=before).update(name=paper.name)
    if renamed and changed:
        content_changed()


_PAPER_FIELDS = field_names(Publication)
_PAPERS_NAMED = Prepared(
    Publication,
    (StrList, StrList),
    lambda names, slugs: Publication.objects.filter(
        Q(name__in=names) | Q(slug__in=slugs)
    ).values_list(*_PAPER_FIELDS),
)


def _papers_named(names: set[str], slugs: set[str]) -> list[Publication]:
    """The papers printed as any of ``names`` or with any of ``slugs``, whole, as
    ``Publication.objects.filter(...)`` gives them (its order), through a statement built once
    (an import asks every batch)."""
    alias, rows = _PAPERS_NAMED.rows(names, slugs)
    make = maker(Publication, alias, _PAPER_FIELDS)
    return [make(row) for row in rows]


def papers_reported(prepared) -> dict[tuple[str, str], Publication]:
    """:func:`papers_get_or_create` for a batch's pages (``prepared``: ``Prepared`` pages with
    their reports), each page's report told its paper's printed name, its slug, whether this
    batch made it and the name this batch replaced, when it named the paper (``paper``,
    ``paper_slug``, ``paper_created``, ``paper_renamed``: a paper made from a slug alone named
    from the first of its pages printing a masthead, or a slug-named paper given its name)."""
    made: list[Publication] = []
    keys = [(p.item.paper_name, p.item.paper_slug) for p in prepared]
    printed: dict[tuple[str, str], str] = {}  # the first masthead of each pair's pages
    for p, key in zip(prepared, keys, strict=True):
        if p.parsed is not None and not printed.get(key):
            printed[key] = printed_paper_name(p.parsed.metadata.paper)
    named: dict[tuple[str, str], str] = {}
    kept: dict[tuple[str, str], str] = {}
    papers = papers_get_or_create(keys, created=made, printed=printed, named=named, kept=kept)
    made_ids = {paper.pk for paper in made}  # (stored: each has its id)
    for p, key in zip(prepared, keys, strict=True):
        p.report.paper, p.report.paper_slug = papers[key].name, papers[key].slug
        p.report.paper_created = papers[key].pk in made_ids
        p.report.paper_renamed = named.get(key, "")
        p.report.paper_name_kept = kept.get(key, "")
    return papers


def _planned_paper(
    name: str, slug: str, known: list[Publication], printed: str = ""
) -> Publication:
    """The new paper (not saved yet) a pair that names none gets. Its slug is the one given, else
    :func:`~articles.importing.sources.derived_slug`'s; a derived slug another paper already has
    (``21世纪商业评论`` beside ``21世纪经济报道``, both ``21``; ``ABC晚报`` beside ``ABC日报``) is
    made the new paper's own by :func:`_own_slug`: the name is not that paper's (else
    :func:`chosen_paper` would have found it), and its pages must not go into it. Its name is
    ``name``, or ``printed`` (its masthead's) when ``name`` is only the slug and no paper
    (``known``, or any in another spelling) is printed so."""
    slug = slug or derived_slug(name)
    if (
        printed
        and name == slug
        and not any(p.name == printed for p in known)
        and not Publication.objects.named(printed).exists()
    ):
        name = printed
    try:
        validate_paper_slug(slug)
    except ValidationError as exc:
        raise PageImportError(
            f"报纸 {name!r}: 网址名 {slug!r} 是网站自己的页面在用的；"
            '请给这份报纸换一个网址名（paper.json 里的 "slug"，或 --paper 给出网址名）'
        ) from exc
    if any(p.slug == slug for p in known):
        slug = _own_slug(name, slug)
    return Publication(name=name, slug=slug)


def _may_name(paper: Publication, name: str, slug: str, known: list[Publication]) -> bool:
    """Whether the pair ``(name, slug)``, which chose ``paper`` by its slug, names it: its name is
    only that slug (:func:`slug_named`), no other paper is ``name`` (``known`` holds those of
    exactly that name; another spelling asks one query), and the name is not the chief
    editor's to change (a paper requiring sign-off whose issue readers see:
    :meth:`articles.admin.papers.PublicationAdmin.get_readonly_fields`; one query more)."""
    return (
        bool(slug)
        and paper.slug == slug
        and slug_named(paper)
        and name != paper.name
        and not any(p.name == name for p in known)
        and not Publication.objects.named(name).exclude(pk=paper.pk).exists()
        and not (paper.review_required and paper.issues.filter(status=Status.PUBLISHED).exists())
    )


def _kept_say(kept: dict | None, chosen: dict, said: dict) -> None:
    """Give ``kept`` (when given) each pair's name its paper keeps out (:func:`_name_kept`)."""
    if kept is not None:
        kept.update(
            (key, key[0].strip())
            for key, paper in chosen.items()
            if key not in said and _name_kept(paper, key[0].strip(), key[1])
        )


def _name_kept(paper: Publication, name: str, slug: str) -> bool:
    """Whether ``paper``, chosen by ``slug``, keeps a name an editor typed over ``name``, given
    with it (paper.json, a manifest) and not only written otherwise (報/报): said once, as the
    name is not replaced (:func:`slug_named`)."""
    differs = name not in (paper.name, slug) and not same_name_folded(name, paper.name)
    return bool(slug) and paper.slug == slug and not slug_named(paper) and differs


def _own_slug(name: str, slug: str) -> str:
    """``slug`` with six hexadecimal digits of ``name``'s SHA-1 after it (``21-3f9a1c``), cut to
    the column's length: a slug of this name's own, readable as the one it was derived from."""
    limit = Publication._meta.get_field("slug").max_length
    mark = "-" + hashlib.sha1(name.encode()).hexdigest()[:6]
    return slug[: limit - len(mark)].rstrip("-_") + mark


def _insert(planned: list[Publication], chosen: dict) -> None:
    """Insert the planned papers (a clash with one a concurrent import just made leaves that
    one); point ``chosen`` at the rows as stored."""
    # (bulk_create(ignore_conflicts=True)'s rows and statement, without its compiling; the
    # papers as stored read back through the batch's lookup, built once)
    insert_new(Publication, [{"name": p.name, "slug": p.slug} for p in planned])
    stored = {p.slug: p for p in _papers_named(set(), {p.slug for p in planned})}
    for key, paper in chosen.items():
        if paper.pk is None:
            row = stored.get(paper.slug)
            if row is not None and row.name != paper.name:  # another paper, made meanwhile
                raise PageImportError(
                    f"报纸 {paper.name!r}: 另一个导入同时建了网址名为 {paper.slug!r} 的报纸"
                    f"“{row.name}”；请重新导入（这份报纸会得到自己的网址名）"
                )
            row = row or existing_paper(paper.name, key[1])
            if row is None:
                raise PageImportError(
                    f"报纸 {paper.name!r}: 另一个导入同时建了同名的报纸；请重新导入"
                )
            chosen[key] = row
    content_changed()  # new papers: every page lists them (bulk_create sends no post_save)


def _folded(text: str) -> str:
    return fold(text).strip().lower()


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions and substitutions of one character each)."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]


def paper_distance(name: str, paper: Publication) -> int:
    """How far ``name`` is from ``paper``: the edit distance between the folded names (or the
    folded name and the slug, whichever is nearer); 0 when they differ only in traditional and
    simplified characters, full-width letters or case."""
    given = _folded(name)
    return min(_edit_distance(given, _folded(paper.name)), _edit_distance(given, paper.slug))


def close_enough(name: str, paper: Publication, slug: str = "") -> bool:
    """Whether ``name`` (or the ``slug`` given with it) is near enough to ``paper`` to be a typo
    for it: at most ``max(1, length // 3)`` edits between the folded names, or between the name
    or given slug and the paper's slug (``length``: of the name or slug compared). 南通日報 is
    南通日报 (0 edits), 南通晚报 is 1 edit from it; 南通日報 is nothing like ``ocr-rev``."""
    given = _folded(name)
    limit = max(1, len(given) // 3)
    if min(_edit_distance(given, _folded(paper.name)), _edit_distance(given, paper.slug)) <= limit:
        return True
    slug = slug.strip().lower()
    return bool(slug) and _edit_distance(slug, paper.slug) <= max(1, len(slug) // 3)


@dataclass(frozen=True)
class NewPaper:
    """A paper the import would create, and the existing paper near enough to its name to be
    what was meant (:func:`close_enough`; None when no paper is, or the database has none yet).
    ``distance``: :func:`paper_distance` to that paper; ``others``: how many papers exist."""

    name: str
    slug: str
    closest: Publication | None = None
    distance: int = 0
    others: int = 0

    @property
    def same_when_folded(self) -> bool:
        """Whether the name is the closest paper's written with traditional characters (or
        full-width letters): almost surely a typo."""
        return self.closest is not None and self.distance == 0


def new_paper(name: str, slug: str = "") -> NewPaper | None:
    """None when ``name``/``slug`` name an existing paper; else what would be created, with the
    existing paper nearest to ``name`` (ties: the older paper) when it is :func:`close_enough`
    to be a typo for it."""
    name = name.strip()
    if existing_paper(name, slug) is not None:
        return None
    papers = list(Publication.objects.order_by("created_at", "pk"))
    near = [paper for paper in papers if close_enough(name, paper, slug)]
    if not near:
        return NewPaper(name=name, slug=slug, others=len(papers))
    closest = min(near, key=lambda paper: paper_distance(name, paper))
    return NewPaper(
        name=name,
        slug=slug,
        closest=closest,
        distance=paper_distance(name, closest),
        others=len(papers),
    )
