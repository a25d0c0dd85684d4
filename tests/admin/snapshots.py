"""What the database says about the paper, without ids, timestamps or file paths: two imports
that wrote the same content give equal snapshots."""

import json

from articles.models import Article, Issue, Jump, Page, Person, Photo, Publication, Teaser

CONTENT_MODELS = (Publication, Issue, Page, Article, Jump, Photo, Teaser, Person)


def counts() -> dict[str, int]:
    from articles.models import ArticlePart

    models = (*CONTENT_MODELS, ArticlePart, Article.history.model, ArticlePart.history.model)
    return {m.__name__: m.objects.count() for m in models}


def content() -> dict:
    articles = []
    for a in Article.objects.with_parts():
        parts = tuple(
            (
                p.page.label,
                p.position,
                p.sequence,
                json.dumps(p.title_lines, ensure_ascii=False),
                json.dumps(p.blocks, ensure_ascii=False),
                p.continued_from,
            )
            for p in a.ordered_parts()
        )
        articles.append(
            (
                a.issue.date.isoformat(),
                a.page.label,
                a.position,
                a.kicker,
                a.headline,
                a.subheadline,
                a.dateline,
                a.byline,
                a.status,
                a.is_edited,
                tuple(a.reporter_names()),
                parts,
            )
        )
    return {
        "papers": sorted(Publication.objects.values_list("name", "slug")),
        "issues": sorted(
            Issue.objects.values_list("publication__slug", "date", "number", "status")
        ),
        "pages": sorted(
            Page.objects.values_list(
                "issue__date",
                "label",
                "section",
                "raw_text",
                "raw_encoding",
                "checksum",
                "parser_version",
            )
        ),
        "articles": sorted(articles),
        "jumps": sorted(
            Jump.objects.values_list(
                "part__page__label",
                "part__position",
                "direction",
                "target_label",
                "marker",
                "state",
                "to_part__page__label",
                "to_part__position",
            ),
            key=str,
        ),
        "photos": sorted(
            Photo.objects.values_list(
                "page__label", "position", "caption", "credit_line", "article__headline"
            ),
            key=str,
        ),
        "teasers": sorted(
            Teaser.objects.values_list(
                "page__label", "position", "marker", "target_label", "target_article__headline"
            ),
            key=str,
        ),
        "people": sorted(Person.objects.values_list("name", flat=True)),
    }
