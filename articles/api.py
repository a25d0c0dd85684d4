"""Read-only JSON twins of the issue, page and story pages (``….json`` beside each URL).

Each twin is its HTML view with another renderer: the same published-only lookups, the same
queries, the same 404s and the same cache, so the two can never disagree.
"""

from __future__ import annotations

from django.http import HttpResponse
from django.urls import reverse

from articles import views
from articles.continuations.joinedbylines import listed_byline
from articles.public import (
    json_for_script,
    lead,
    page_name,
    person_url,
    readers_updated,
    reporter_people,
    section_url,
)


class JSONTwinMixin:
    def render_to_response(self, context, **response_kwargs):
        return HttpResponse(
            json_for_script(self.as_json(context), indent=1), content_type="application/json"
        )

    def url(self, path: str) -> str:
        return self.request.build_absolute_uri(path) if path else ""

    def paper_json(self, publication) -> dict:
        return {
            "name": publication.name,
            "slug": publication.slug,
            "url": self.url(publication.get_absolute_url()),
        }

    def issue_json(self, issue) -> dict:
        return {
            "date": issue.date.isoformat(),
            "number": issue.number,
            "url": self.url(issue.get_absolute_url()),
            "json": self.url(reverse("articles:issue-json", kwargs=_issue_kwargs(issue))),
        }

    def page_json(self, page) -> dict:
        kwargs = {**_issue_kwargs(page.issue), "label": page.label}
        return {
            "label": page.label,
            "section": page.section,
            "name": page_name(page),
            "url": self.url(page.get_absolute_url()),
            "json": self.url(reverse("articles:page-json", kwargs=kwargs)),
        }

    def story_ref(self, article, name: str) -> dict:
        """A story as the JSON twins list it: its id, title deck, ``name`` (what readers see it
        called: its title, or an untitled brief's first words, as the HTML pages name it;
        the caller's, read without a query per story) and addresses."""
        return {
            "id": article.pk,
            "name": name,
            "kicker": article.kicker,
            "headline": article.headline,
            "subheadline": article.subheadline,
            "url": self.url(article.get_absolute_url()),
            "json": self.url(
                reverse(
                    "articles:article-json",
                    kwargs={**_issue_kwargs(article.issue), "pk": article.pk},
                )
            ),
        }


def _issue_kwargs(issue) -> dict:
    return {"paper": issue.publication.slug, "date": issue.date}


class IssueJSONView(JSONTwinMixin, views.IssueView):
    def as_json(self, context) -> dict:
        issue = context["issue"]
        return {
            "paper": self.paper_json(issue.publication),
            "issue": self.issue_json(issue),
            "pages": [
                {
                    **self.page_json(page),
                    "stories": [
                        {
                            **self.story_ref(entry["article"], entry["name"]),
                            "url": self.url(entry["url"]),
                            "continued_from": entry["continued_from"],
                            "same_story_as": entry["same_as"],
                        }
                        for entry in page.stories
                    ],
                    "thumbnail": self.url(page.thumbnail_picture.thumbnail.url)
                    if page.thumbnail_picture
                    else None,
                }
                for page in context["pages"]
            ],
            "previous_issue": self.issue_json(context["previous_issue"])
            if context["previous_issue"]
            else None,
            "next_issue": self.issue_json(context["next_issue"]) if context["next_issue"] else None,
        }


class PageJSONView(JSONTwinMixin, views.PageView):
    url_name = "articles:page-json"

    def as_json(self, context) -> dict:
        issue = context["issue"]
        return {
            "paper": self.paper_json(issue.publication),
            "issue": self.issue_json(issue),
            "page": self.page_json(context["page"]),
            "citation": context["citation"],  # 引用本版 (GB/T 7714—2015)
            "stories": [
                {
                    **self.story_ref(entry["article"], entry["name"]),
                    "url": self.url(entry["url"]),
                    "position": entry["part"].position,
                    "continued_from": entry["continued_from"],
                    "same_story_as": entry["same_as"],
                    "continued_on": _continued_on(entry),
                    "title_lines": entry["part"].title_lines,
                    # as printed, with each role (and its joined parts' printed apart)
                    "byline": listed_byline(entry["article"]),
                    "reporters": [byline.person.name for byline in entry["bylines"]],
                    "lead": entry["lead"],
                }
                for entry in context["stories"]
            ],
            "photos": [_photo(self, photo) for photo in context["photos"]],
            "teasers": [
                {
                    "position": teaser.position,
                    "title_lines": teaser.title_lines,
                    "target_label": teaser.target_label,
                    "target_section": teaser.target_section,
                    "url": self.url(teaser.url),
                }
                for teaser in context["teasers"]
            ],
            "previous_page": self.page_json(context["previous_page"])
            if context["previous_page"]
            else None,
            "next_page": self.page_json(context["next_page"]) if context["next_page"] else None,
            **_picture(self, context),
        }


def _picture(view, context) -> dict:
    """The page image, thumbnail and PDF (``null`` without a PDF) and the zones: page-relative
    rectangles ``[x0, y0, x1, y1]`` (0–1 from the left and the top) with each one's link;
    ``picture_withheld``: why a page with a PDF gives no picture (a story on it unpublished:
    :data:`~articles.pagepictures.PICTURE_WITHHELD`), else ``null``."""
    picture = context.get("picture")
    if picture is None:
        return {
            "picture": None,
            "zones": [],
            "picture_withheld": context.get("picture_withheld") or None,
        }
    return {
        "picture_withheld": None,
        "picture": {
            "image": view.url(picture.image.url),
            "thumbnail": view.url(picture.thumbnail.url),
            "pdf": view.url(context["pdf_url"]) if context.get("pdf_url") else None,
            "width": picture.width,
            "height": picture.height,
        },
        "zones": [
            {"kind": z["kind"], "title": z["title"], "url": view.url(z["url"]), "rects": z["rects"]}
            for z in context["zones"]
        ],
    }


class ArticleJSONView(JSONTwinMixin, views.ArticleView):
    def as_json(self, context) -> dict:
        article = context["article"]
        issue = article.issue
        return {
            "paper": self.paper_json(issue.publication),
            "issue": self.issue_json(issue),
            **self.story_ref(article, context["story_name"]),
            "dateline": article.dateline,
            "byline": context["shown_byline"],  # as the page shows it (articles.views.story)
            "reporters": [
                {"name": person.name, "url": self.url(person_url(person))}
                for person in reporter_people(article)
            ],
            "section": context["section"],
            "section_url": self.url(section_url(issue.publication, context["section"])),
            "printed_on": article.printed_on(),
            "printed_title": context["printed_title"],  # 见报标题 when corrected since ("": none)
            "citation": context["citation"](),  # 引用本文 (GB/T 7714—2015), worked out now
            "pages": [self.page_json(page) for page in context["printed_pages"]],
            "parts": [
                {
                    "sequence": part.sequence,
                    "page": part.page.label,
                    "position": part.position,
                    "continued_from": part.continued_from,
                    "whole_copy": part.whole_copy,
                    "title_lines": part.title_lines,
                    "blocks": part.blocks,
                }
                for part in context["parts"]
            ],
            "continued_on": context["continued_on"].label if context["continued_on"] else "",
            # the story whole: every part's blocks in order, a paragraph a jump cut in two joined
            "blocks": article.blocks(),
            "lead": lead(article.blocks(), 200),
            "photos": [_photo(self, photo) for photo in context["photos"]],
            "previous": _neighbour(self, context["previous_article"]),
            "next": _neighbour(self, context["next_article"]),
            "related": [self.story_ref(a, a.reader_name) for a in context["related"]],
            "ran_on": [
                {
                    "page": where["page"].label,
                    "thumbnail": self.url(where["picture"].thumbnail.url),
                    "rects": where["rects"],
                }
                for where in context["ran_on"]
            ],
            # when readers' text last changed after publication (a 更正 or 更新), else the
            # issue's day: the feed's <updated> and the page's dateModified, never the row's
            # save time (an import, a publication or a caption moves that: the sitemaps' lastmod)
            "updated_at": readers_updated(issue, context["corrections"]).isoformat(
                timespec="seconds"
            ),
            # 更正 / 更新: changes readers saw (articles.corrections), oldest first
            "corrections": [c.as_json() for c in context["corrections"]],
            # printed 更正 notices: those correcting this story (oldest first), the stories a
            # notice corrects (as it names them; articles.correctionnotices); [] without one
            "corrected_by": _notice_links(self, context["notice_links"].corrected_by),
            "corrects": _notice_links(self, context["notice_links"].corrects),
        }


def _notice_links(view, links) -> list[dict]:
    return [link.as_json(view.url) for link in links]


def _neighbour(view, article) -> dict | None:
    """上一篇/下一篇 as the story's twin lists it (``reader_name``:
    :func:`articles.selectors.page_neighbours`), or None."""
    return view.story_ref(article, article.reader_name) if article else None


def _continued_on(entry: dict) -> str:
    """The page a story goes on to from this page: the next part's page, or the printed target
    of a jump that leads nowhere yet (``A2``); "" when the story ends here."""
    if entry["continued_on"]:
        return entry["continued_on"].page.label
    return entry["unfinished"].label if entry["unfinished"] else ""


def _photo(view, photo) -> dict:
    return {
        "position": photo.position,
        "caption": photo.caption,
        "credit_line": photo.credit_line,
        "photographers": [
            {"name": c.person.name, "url": view.url(person_url(c.person))}
            for c in photo.credits.all()
        ],
        "image": view.url(photo.image.url) if photo.picture_shown else "",
        # an upload's copies for readers (articles.photofiles): "" and null without them
        "rendition": view.url(photo.rendition.url) if photo.rendition else "",
        "thumbnail": view.url(photo.thumbnail.url) if photo.thumbnail else "",
        "width": photo.width,
        "height": photo.height,
    }
