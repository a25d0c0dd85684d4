"""Pages before the database: what one page to import is, its parse and checks, and batches.

No query here, so that this work can run in a worker process (:mod:`articles.importing.workers`).
A page's bytes are decoded once: the text kept as the page's raw text is the one parsed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings

from articles import parsing
from articles.continuations.mergedpairs import served_words
from articles.dates import IssueDateError, check_issue_date
from articles.emptystories import empty_story_warnings
from articles.fragments import fragment_warnings
from articles.importing.bylinechars import dictionary_texts, uncredited_byline_warnings
from articles.importing.longlines import long_line_warning
from articles.importing.lostchars import lost_characters, lost_refusal, lost_warning
from articles.importing.pagefacts import printed_paper_name
from articles.importing.relative import relative_resolved
from articles.importing.reportlines import strays_counted
from articles.importing.reports import PageImportError, PageImportReport
from articles.importing.rows import clip
from articles.importing.sources import SourceError, check_paper
from articles.importing.stamps import label_warning, printed_date_warning, stamp_check
from articles.importing.storedflags import stored_flags
from articles.labels import LabelError, normalize_label
from articles.models import Issue, Page
from articles.scraps import PrintedStory, page_scrap, scrap_shown
from articles.text import fold
from articles.textdigest import text_digest


@dataclass(frozen=True)
class PageInput:
    """One page to import: what the command, the admin upload and ``reparse`` hand the service.

    ``line_sizes``: the type size (points) of headline lines of ``data``'s text by line number
    (1-based), when that text was read from a PDF's text layer (a PDF imported without a text
    file: :func:`articles.importing.pdfsources.source_data`; a page re-parsed from its stored text:
    the sizes stored with it, :func:`line_sizes_read`); passed to the parser
    (:func:`articles.parsing.parse_page`'s ``line_sizes``) and stored with the page. None for a
    page of text alone, whose lines are not the PDF's lines.

    ``pdf_text``: ``data`` is a PDF's text layer, the page's PDF given without its text file; a
    page whose stored text came from a text file keeps it (:mod:`articles.importing.textkept`)."""

    paper_name: str
    issue_date: date
    label: str
    data: bytes | str
    paper_slug: str = ""
    source_name: str = ""
    encoding: str = ""  # the bytes' encoding when the user gave it; else it is detected
    line_sizes: Mapping[int, float] | None = field(default=None, hash=False)
    pdf_text: bool = False
    # A published story the new text no longer has: deleted (True), kept as a conflict (False),
    # or as ``overwrite_edited`` says (None: the command's --overwrite-edited does both). The
    # desk's upload asks apart (删去版面文本里已没有的已发布稿件).
    remove_published: bool | None = None
    # Import it even if its text shares no story with the page as stored (``--replace-unrelated``,
    # the desk's tick box: :mod:`articles.importing.unrelated`).
    replace_unrelated: bool = False
    # Import it under ``issue_date`` though it prints another date (``--printed-date-wrong``,
    # the desk's tick box: :func:`~articles.importing.stamps.stamp_check`).
    printed_date_wrong: bool = False
    # Import it under ``label`` though it prints another (``--printed-label-wrong``, the desk's
    # tick box: the same check).
    printed_label_wrong: bool = False


def line_sizes_json(sizes: Mapping[int, float] | None) -> dict[str, float] | None:
    """``sizes`` (points by 1-based line number) as ``Page.line_sizes`` stores them:
    ``{"<line>": points}`` in line order, None when no size is known (a page of text alone)."""
    if not sizes:
        return None
    return {str(line): float(sizes[line]) for line in sorted(sizes)}


def line_sizes_read(stored: Mapping[str, float] | None) -> dict[int, float] | None:
    """``Page.line_sizes`` as the parser takes them (points by 1-based line number of the
    page's ``raw_text``): the inverse of :func:`line_sizes_json`. None for none stored."""
    if not stored:
        return None
    return {int(line): float(size) for line, size in stored.items()}


@dataclass
class Prepared:
    """A parsed page on its way into the database; or, ``parsed`` None, a page whose bytes seem
    stored already, not parsed (:mod:`articles.importing.unchanged`)."""

    item: PageInput
    parsed: parsing.ParsedPage | None
    text: str
    checksum: str
    label: str
    report: PageImportReport = field(init=False)
    page: Page | None = None
    issue: Issue | None = None
    ahead: PageAhead | None = None  # (made by the worker that parsed it: :meth:`made_ahead`)

    def new_report(self, dry_run: bool, differ: Collection[str] | None = None) -> PageImportReport:
        """The page's report, with the warnings of its parse (:func:`parse_warnings`; for a page
        not parsed, none and no encoding yet: its row gives them,
        :func:`articles.importing.unchanged.unparsed_settle`). Its worker's warnings when it
        made them, unless they read names with the dictionary
        (:func:`~articles.importing.bylinechars.dictionary_texts`) and one of those texts holds a
        word of ``differ``: the words the worker's dictionary and this process's may disagree on
        (:meth:`search.indexing.Prefetched.warnings_differ`; None: not known, made here)."""
        if self.parsed is None:
            warnings, encoding = [], ""
        elif (
            self.ahead is not None and self.ahead.warnings is not None and self._read_alike(differ)
        ):
            warnings, encoding = list(self.ahead.warnings), self.parsed.encoding
        else:
            warnings, encoding = self.parse_warnings(), self.parsed.encoding
        self.report = PageImportReport(
            source=self.item.source_name,
            paper=self.item.paper_name,
            date=self.item.issue_date.isoformat(),
            label=self.label,
            dry_run=dry_run,
            remove_published=self.item.remove_published,
            encoding=encoding,
            warnings=warnings,
        )
        return self.report

    def _read_alike(self, differ: Collection[str] | None) -> bool:
        """Whether the worker's dictionary read the page's warnings as this process's would
        (see :meth:`new_report`)."""
        texts = dictionary_texts(self.parsed)
        if not texts:
            return True
        return differ is not None and not any(word in text for text in texts for word in differ)

    def parse_warnings(self) -> list[str]:
        """The warnings of the page's parse: the parser's own (its stray markers counted in full:
        :func:`~articles.importing.reportlines.strays_counted`), a line far longer than a page's
        (:func:`~articles.importing.longlines.long_line_warning`: its line breaks lost), ``?``
        between Han characters (:func:`~articles.importing.lostchars.lost_warning`), nothing
        found or a scrap, else each untitled line of text with no punctuation
        (:func:`~articles.fragments.fragment_warnings`), a story with a title and no text (one
        warning each: :func:`~articles.emptystories.empty_story_warnings`), a byline whose
        reporter was not credited because of an emoji in it
        (:func:`~articles.importing.bylinechars.uncredited_byline_warnings`), a printed date the editor
        said is wrong (:func:`~articles.importing.stamps.printed_date_warning`), a printed label
        said so or one only guessed (:func:`~articles.importing.stamps.label_warning`) and a set-aside
        line naming another page (the import adds the paper's name printed on it)."""
        warnings = strays_counted(list(self.parsed.warnings), self.parsed.set_aside)
        long_line = long_line_warning(self.text)
        if long_line:
            warnings.append(long_line)
        lost = lost_warning(lost_characters(self.text), self.parsed.encoding)  # (社?公??放)
        if lost:
            warnings.append(lost)
        if not (self.parsed.articles or self.parsed.photos or self.parsed.teasers):
            warnings.append(NOTHING_FOUND_WARNING.format(lines=len(self.parsed.set_aside)))
        else:
            scrap = scrap_warning(self.parsed)
            warnings.extend([scrap] if scrap else fragment_warnings(self.parsed, self.label))
        warnings.extend(empty_story_warnings(self.parsed, self.label))
        warnings.extend(uncredited_byline_warnings(self.parsed, self.label))
        for differs in (
            printed_date_warning(self.parsed, self.item.issue_date),  # (--printed-date-wrong)
            label_warning(self.parsed, self.label),
        ):
            warnings.extend([differs] if differs else [])
        return warnings

    def flags(self) -> list[dict]:
        """The page's flags as stored with it (:func:`~articles.importing.storedflags.stored_flags`),
        as its worker made them when it did."""
        return self.ahead.flags if self.ahead is not None else stored_flags(self.parsed, self.text)

    def digest(self) -> str:
        """The digest of the page's text (:func:`~articles.textdigest.text_digest`), as its worker
        made it when it did."""
        return self.ahead.digest if self.ahead is not None else text_digest(self.text)

    def made_ahead(self, warnings: tuple[str, ...] | None = None) -> PageAhead:
        """In a parsing worker: :class:`PageAhead` of this parsed page. ``warnings``: its
        warnings made with the dictionary the importing process will have when it reports the
        page, for a page whose warnings read names with it
        (:func:`~articles.importing.bylinechars.dictionary_texts`: a byline holding a character
        no page prints); without them such a page's warnings are made there."""
        if not dictionary_texts(self.parsed):
            warnings = tuple(self.parse_warnings())
        flags, digest = stored_flags(self.parsed, self.text), text_digest(self.text)
        return PageAhead(warnings, flags, digest, served_words(self.text))


@dataclass(frozen=True, slots=True)
class PageAhead:
    """What a parsing worker makes of a page besides its parse, so that the importing process
    need not make it again (``bench/import_bench.py``: its share of an import with workers):
    functions of the parse and the page's text alone. ``warnings``: the parse's
    (:meth:`Prepared.parse_warnings`), None when the importing process must make them;
    ``flags``: :func:`~articles.importing.storedflags.stored_flags`; ``digest``:
    :func:`~articles.textdigest.text_digest`; ``served``: the words next to its merged marker
    pairs (:func:`~articles.continuations.mergedpairs.served_words`, None: it prints none)."""

    warnings: tuple[str, ...] | None
    flags: list[dict]
    digest: str
    served: frozenset[str] | None = None


#: The report's warning for a page on which the parser found nothing but furniture: imported (a
#: page of adverts prints no story), but a truncated export must not pass unnoticed.
NOTHING_FOUND_WARNING = (
    "版面上没有找到任何稿件、图片或导读（{lines} 行都当作版头、版次等版面信息放在一边）："
    "若这一版印有稿件，请检查导出的文本是否完整，重新导出后再导入"
)


def scrap_warning(parsed) -> str:
    """The report's warning for a page whose only content is a scrap of text, else ``""``: no
    photo, no teaser, and untitled stories that do not go on from another page, with fewer than
    :data:`~articles.scraps.SCRAP_CHARACTERS` word characters in all (a file holding only
    ``本报讯`` or ``。``: a truncated or wrong export; the rule: :func:`articles.scraps.page_scrap`,
    which publishing an issue reads too). Such a page is imported, as a page of furniture is
    (:data:`NOTHING_FOUND_WARNING`), but an untitled near-empty story must not reach readers
    unnoticed. ``parsed``: a :class:`articles.parsing.ParsedPage`."""
    scrap = page_scrap(
        (
            PrintedStory(a.title, bool(a.continued_from), "".join(b.text for b in a.blocks))
            for a in parsed.articles
        ),
        photos_or_teasers=bool(parsed.photos or parsed.teasers),
    )
    if scrap is None:
        return ""
    shown = scrap_shown(scrap.text)
    return (
        f"版面上只认出 {scrap.stories} 篇没有标题的稿件，正文一共只有 {scrap.characters} 个字"
        f"（“{shown}”）：若这一版印有稿件，请检查导出的文本是否完整，重新导出后再导入；"
        "这样的稿件发布前请先核对"
    )


def paper_mismatch(parsed, paper_name: str, printed: str = "") -> str:
    """The report's warning when the masthead or page stamp names another paper than the one the
    page is imported into, else ``""``. ``paper_name``: the paper's name as stored (the import
    resolves ``--paper``, a slug folder, ``paper.json`` or the desk's form to it first: a paper
    named by its slug is compared by its name). ``printed``: the name the page prints, when known
    (``parsed`` None: a stored warning re-checked, :func:`.papers.masthead_rechecked`).

    Names are compared folded (:func:`articles.text.fold`: 報 = 报, full-width = half-width,
    spaces dropped), and one that begins with the other agrees (``海西商报数字版``, ``人民日报海外版``
    printed for ``海西商报``, ``人民日报``). The warning names the printed paper without an
    e-paper's edition word (``南洲侨报电子版`` → 南洲侨报:
    :func:`~articles.importing.pagefacts.printed_paper_name`). A warning, not a refusal: a supplement or a renamed
    paper prints another name on purpose, and the parser may take a box's name for a masthead."""
    printed = printed or printed_paper_name(parsed.metadata.paper)  # (南洲侨报电子版: 南洲侨报)
    if not printed or not paper_name.strip():
        return ""
    ours, theirs = (_name_key(name) for name in (paper_name, printed))
    if ours.startswith(theirs) or theirs.startswith(ours):
        return ""
    return other_paper_printed(printed, paper_name)


def other_paper_printed(printed: str, paper_name: str) -> str:
    """The warning that the page prints ``printed`` though it is imported into ``paper_name``
    (:func:`paper_mismatch`, and a printed name that is another paper's, written only in other
    characters: :func:`articles.importing.papers.other_paper_warning`)."""
    return (
        f"版面上印的报名是“{printed}”，却导入为“{paper_name.strip()}”：若报纸选错了，请改用正确的"
        "报纸重新导入（--paper）；已写入的可在版面页“撤销本版导入”"
    )


def same_name_folded(printed: str, paper_name: str) -> bool:
    """Whether ``printed`` and ``paper_name`` differ only in how they are written (繁简,
    full-width, spaces: :func:`articles.text.fold`), not being the same text."""
    return printed.strip() != paper_name.strip() and _name_key(printed) == _name_key(paper_name)


def _name_key(name: str) -> str:
    return "".join(fold(name).split())


def _label_or_none(label: str) -> str | None:
    try:
        return normalize_label(label)
    except LabelError:
        return None


def page_prepare(item: PageInput) -> Prepared:
    """Decode (once), parse (with the type sizes ``item.line_sizes`` tells, if any, and the
    page's label: :func:`~articles.parsing.parse_page`), give the markers naming the next or
    previous page their labels (:func:`relative_resolved`) and check one page (no database):
    raises :class:`PageImportError` on bad input."""
    max_bytes = getattr(settings, "NEWSROOM_MAX_PAGE_BYTES", parsing.DEFAULT_MAX_BYTES)
    if item.pdf_text and not item.data and (label := _label_or_none(item.label)):
        # A scan alone for a stored page keeping its text: nothing to parse; the page's locked
        # row decides (articles.importing.textkept.text_keep), as kept_text_pages' pages.
        return Prepared(
            item, parsed=None, text="", checksum=hashlib.sha256(b"").hexdigest(), label=label
        )
    try:
        check_issue_date(item.issue_date)
        check_paper(item.paper_name.strip(), item.paper_slug)
        text, encoding = parsing.decode_page(
            item.data, max_bytes=max_bytes, encoding=item.encoding or None
        )
        lines_check(text, source_name=item.source_name or item.label)  # before the parse
        refused = lost_refusal(lost_characters(text), text, encoding)  # (as many � are refused)
        if refused:
            raise parsing.ParseError(refused)
        label = normalize_label(item.label)  # the parser reads merged jump markers by it
        parsed = parsing.parse_decoded(text, encoding, line_sizes=item.line_sizes, label=label)
        parsed = relative_resolved(parsed, label)  # （转下版） / （接上版） name pages now
    except (IssueDateError, SourceError, parsing.ParseError, LabelError) as exc:
        raise PageImportError(f"{item.source_name or item.label}: {exc}") from None
    raw = item.data if isinstance(item.data, bytes) else item.data.encode("utf-8")
    size_check(parsed, source_name=item.source_name or label)
    stamp_check(parsed, item, label)  # (its date, and the label read: normalised)
    return Prepared(
        item=item,
        parsed=parsed,
        text=text,
        checksum=hashlib.sha256(raw).hexdigest(),
        label=label,
    )


def prepared_or_error(item: PageInput) -> Prepared | PageImportError:
    try:
        return page_prepare(item)
    except PageImportError as exc:
        return exc


def page_limits() -> tuple[int, int]:
    """The most stories and continuation markers a page may carry, as the settings say now:
    (``NEWSROOM_MAX_PAGE_STORIES``, ``NEWSROOM_MAX_PAGE_JUMPS``)."""
    return (
        getattr(settings, "NEWSROOM_MAX_PAGE_STORIES", 500),
        getattr(settings, "NEWSROOM_MAX_PAGE_JUMPS", 200),
    )


def size_check(parsed, *, source_name: str) -> None:
    """A page may carry at most ``NEWSROOM_MAX_PAGE_STORIES`` stories and
    ``NEWSROOM_MAX_PAGE_JUMPS`` continuation markers (settings): a printed page has a few dozen
    of each. Raises :class:`PageImportError` naming the counts and how to fix the file."""
    max_stories, max_jumps = page_limits()
    stories = len(parsed.articles)
    jumps = sum(len(article.markers) for article in parsed.articles)
    problems = []
    if stories > max_stories:
        problems.append(f"分出了 {stories} 篇稿件（一个版面最多 {max_stories} 篇）")
    if jumps > max_jumps:
        problems.append(f"有 {jumps} 个转版标记（一个版面最多 {max_jumps} 个）")
    if problems:
        raise _not_one_page(source_name, problems)


def _not_one_page(source_name: str, problems: list[str]) -> PageImportError:
    return PageImportError(
        f"{source_name}: 这不像一个版面的文本：{'，'.join(problems)}；"
        "请确认文件是一个版面的文字（不是把多个版面、日志或重复的行拼在一起），"
        "把它拆成单个版面的文件后再导入；本版什么都没有写入"
    )


# Lines of text a page may print per story it may carry (``NEWSROOM_MAX_PAGE_STORIES``), and at
# least :data:`MIN_PAGE_LINES`: the 837 real pages of tests/data and ../shared print at most 158
# lines that are not blank, so a text of more is many pages (or a log) pasted together.
LINES_PER_STORY = 20
MIN_PAGE_LINES = 10_000


def lines_check(text: str, *, source_name: str) -> None:
    """Refuse, before it is parsed, a text with far more lines than a page of
    ``NEWSROOM_MAX_PAGE_STORIES`` stories prints (:data:`LINES_PER_STORY` each, at least
    :data:`MIN_PAGE_LINES` lines that are not blank): :func:`size_check` would refuse its
    parse, which costs about half a millisecond a line (80,000 one-line briefs: 40 s and more on
    a busy server, for nothing). Raises :class:`PageImportError` with :func:`size_check`'s words,
    naming the count of lines."""
    max_stories, _ = page_limits()
    limit = max(LINES_PER_STORY * max_stories, MIN_PAGE_LINES)
    if len(text) <= limit:  # (no more lines than characters: an ordinary page is not counted)
        return
    lines = sum(1 for line in text.splitlines() if line.strip())
    if lines > limit:
        raise _not_one_page(
            source_name,
            [f"有 {lines:,} 行文字（一个版面最多 {max_stories} 篇稿件，印不下 {limit:,} 行以上）"],
        )


def page_names(parsed) -> set[str]:
    """The names a parsed page brings to the search dictionary (reporters, photographers,
    places in datelines)."""
    from search.indexing import page_names as names_of

    return names_of(
        (n for pa in parsed.articles for n in pa.reporters),
        (n for photo in parsed.photos for n in photo.photographers),
        (clip(pa.dateline, 100) for pa in parsed.articles),
    )


def batches(items: Iterable[PageInput], size: int) -> Iterator[list[PageInput]]:
    """Batches of up to ``size`` pages, no page twice in one. The first ones are smaller (8, 16,
    32…): writing starts as soon as the first few pages are parsed."""
    batch: list[PageInput] = []
    keys: set[tuple] = set()
    limit = min(size, 8)
    for item in items:
        key = (item.paper_name, item.paper_slug, item.issue_date, _label_key(item.label))
        if len(batch) >= limit or key in keys:
            yield batch
            batch, keys = [], set()
            limit = min(size, limit * 2)
        batch.append(item)
        keys.add(key)
    if batch:
        yield batch


def _label_key(label: str) -> str:
    try:
        return normalize_label(label)
    except LabelError:
        return label
