"""What the public pages read: every query behind the e-paper's views, one function per question.

The views (:mod:`articles.views`) call these and only shape what comes back into a template's
context. Each selector goes through the published gate (``objects.public()``,
:mod:`articles.querysets`) and costs a fixed number of queries however many pages, stories,
parts or photos there are: related rows come by ``select_related``/``prefetch_related`` and
objects already in hand are shared (:func:`articles.public.share_issue`) instead of fetched
again. The biggest is :func:`printed_page`, the page as printed.
"""

from __future__ import annotations

from articles.selectors.common import (
    ARTICLE_COLUMNS,
    BYLINE_COLUMNS,
    CREDIT_COLUMNS,
    ISSUE_COLUMNS,
    PART_COLUMNS,
    PERSON_COLUMNS,
    PHOTO_COLUMNS,
    PUBLICATION_COLUMNS,
    TEASER_COLUMNS,
    ContinuedOn,
    photo_credits,
    prefetched,
    with_credits,
)
from articles.selectors.issues import (
    adjacent_issues,
    issue_months,
    issue_pages,
    issue_parts_by_page,
    latest_issue,
    month_issues,
    paper_sections,
    papers_with_issues,
    public_issue_on,
)
from articles.selectors.pages import (
    PART_PLACE_FIELDS,
    PrintedPage,
    has_page,
    page_parts,
    page_photos,
    page_story_parts,
    page_teasers,
    page_unfinished,
    page_zones,
    picture_of,
    printed_page,
    printed_parts,
)
from articles.selectors.people import person_articles, person_photos, published_people
from articles.selectors.stories import (
    NEIGHBOUR_FIELDS,
    StoryBody,
    moved_story,
    page_neighbours,
    public_story,
    published_part,
    story_body,
    story_photos,
    story_zones,
)

__all__ = [
    "ARTICLE_COLUMNS",
    "BYLINE_COLUMNS",
    "CREDIT_COLUMNS",
    "ISSUE_COLUMNS",
    "NEIGHBOUR_FIELDS",
    "PART_COLUMNS",
    "PART_PLACE_FIELDS",
    "PERSON_COLUMNS",
    "PHOTO_COLUMNS",
    "PUBLICATION_COLUMNS",
    "TEASER_COLUMNS",
    "ContinuedOn",
    "PrintedPage",
    "StoryBody",
    "adjacent_issues",
    "has_page",
    "issue_months",
    "issue_pages",
    "issue_parts_by_page",
    "latest_issue",
    "month_issues",
    "moved_story",
    "page_neighbours",
    "page_parts",
    "page_photos",
    "page_story_parts",
    "page_teasers",
    "page_unfinished",
    "page_zones",
    "paper_sections",
    "papers_with_issues",
    "person_articles",
    "person_photos",
    "photo_credits",
    "picture_of",
    "prefetched",
    "printed_page",
    "printed_parts",
    "public_issue_on",
    "public_story",
    "published_part",
    "published_people",
    "story_body",
    "story_photos",
    "story_zones",
    "with_credits",
]
