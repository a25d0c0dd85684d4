"""The newspaper as data: publications, issues, pages, stories and what was printed on each page.

Why the model looks like this:

* A **story** (:class:`Article`) is what readers, search and feeds see: one headline deck, one
  byline, one body. What each page printed of it is an :class:`ArticlePart`. A story that starts
  on A1 and goes on on A2 is one Article with two parts; page A1 lists its part, page A2 lists
  its part, and the story page shows both in print order. Both views are one indexed query.
* Continuation markers (``（下转A2版）`` / ``（上接A1版）``) and front-page teasers point at pages
  that may not be imported yet, so they are stored as :class:`Jump` and :class:`Teaser` rows
  with the *printed* target label and a state, and are resolved whenever a page arrives.
* Natural keys are database constraints: one issue per paper and date, one page per issue and
  label, one part per page position. Re-importing a page upserts by these keys, so ids (and
  therefore URLs) stay the same.
* The raw text of every imported page is kept verbatim with its checksum, so a better parser can
  re-run over old pages and nothing printed is ever lost.
* Editors' changes are history (django-simple-history): every save of an issue, story, printed
  part or photo also writes a full copy of the row to a ``Historical…`` table with who, when and
  why. A row copy (rather than django-reversion's serialised object graphs in one generic table)
  is queryable with the ORM, diffs field by field (``diff_against``), reverts by saving the old
  copy, needs no revision blocks around writes (any ``save()`` records, with the request's user
  from its middleware), and its ``bulk_update_with_history`` covers publishing. Bulk inserts
  record nothing, so the desk stores a baseline copy before a row's first change
  (``articles.editing.history_baseline``). The body is in :class:`ArticlePart`, so parts
  keep history too, and each story record also keeps the story's body and reporters
  (:class:`~articles.models.stories.StoryVersionFields`): one record is one whole version, which
  the desk diffs and reverts as a whole; :class:`Page` does not (its raw text is the import's own record, kept with
  a checksum).

One module per concept: :mod:`~articles.models.content` (publication, issue, page),
:mod:`~articles.models.stories` (article, part, byline, person, redirect),
:mod:`~articles.models.jumps` (continuation markers and teasers),
:mod:`~articles.models.notices` (a printed 更正 notice and the story it corrects), :mod:`~articles.models.photos`,
:mod:`~articles.models.pageimages` (page PDF, image, zones), :mod:`~articles.models.importruns`
(the desk's background imports) and :mod:`~articles.models.counters`. Every model is re-exported here: import them from
``articles.models`` (the app registry and the migrations do too).
"""

from articles.models.content import (
    RESERVED_SLUGS,
    Issue,
    Page,
    PageRedirect,
    PageResend,
    Publication,
    validate_paper_slug,
)
from articles.models.counters import CacheGeneration, ContentChangeCounter
from articles.models.importruns import ImportRun, ImportRunState
from articles.models.jumps import (
    BY_PRINT_ORDER_LABEL,
    HELD_LABELS,
    HELD_SCHEDULED,
    HELD_SIGNOFF,
    HELD_STATE_LABEL,
    HELD_WITHDRAWN,
    MISPRINTED_PAGE_NOTE,
    OWN_PAGE_LABEL,
    WITHDRAWN_HELD_STATE_LABEL,
    Jump,
    JumpDirection,
    JumpState,
    Teaser,
    held_links,
    reopen_jump,
)
from articles.models.notices import CorrectionNotice, NoticeState
from articles.models.pageimages import PageImage, PictureRelease, Zone, ZoneSource
from articles.models.photos import Photo, PhotoCredit, RenditionState
from articles.models.proofreading import (
    ProofreadingDismissal,
    ProofreadingFinding,
    ProofreadingWord,
    ProofreadMark,
    ProofreadPageMark,
    WordKind,
)
from articles.models.stories import (
    Article,
    ArticlePart,
    ArticleRedirect,
    Block,
    Byline,
    EditLock,
    Person,
    PersonAlias,
    PersonMerged,
)
from articles.querysets import Status

__all__ = [
    "BY_PRINT_ORDER_LABEL",
    "HELD_LABELS",
    "HELD_SCHEDULED",
    "HELD_SIGNOFF",
    "HELD_STATE_LABEL",
    "HELD_WITHDRAWN",
    "MISPRINTED_PAGE_NOTE",
    "OWN_PAGE_LABEL",
    "RESERVED_SLUGS",
    "WITHDRAWN_HELD_STATE_LABEL",
    "Article",
    "ArticlePart",
    "ArticleRedirect",
    "Block",
    "Byline",
    "CacheGeneration",
    "ContentChangeCounter",
    "CorrectionNotice",
    "EditLock",
    "ImportRun",
    "ImportRunState",
    "Issue",
    "Jump",
    "JumpDirection",
    "JumpState",
    "NoticeState",
    "Page",
    "PageImage",
    "PageRedirect",
    "PageResend",
    "Person",
    "PersonAlias",
    "PersonMerged",
    "Photo",
    "PhotoCredit",
    "PictureRelease",
    "ProofreadMark",
    "ProofreadPageMark",
    "ProofreadingDismissal",
    "ProofreadingFinding",
    "ProofreadingWord",
    "Publication",
    "RenditionState",
    "Status",
    "Teaser",
    "WordKind",
    "Zone",
    "ZoneSource",
    "held_links",
    "reopen_jump",
    "validate_paper_slug",
]
