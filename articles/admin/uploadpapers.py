"""What the desk's upload says of the papers an import makes or names: the lines the command
prints (:func:`~articles.importing.reportlines.new_paper_line`), in the preview and the result."""

from __future__ import annotations

from articles.admin.base import admin_url
from articles.importing.reportlines import new_paper_line
from articles.models import Publication


def new_papers_said(reports) -> list[dict]:
    """The papers an upload made or named, once each, as the command and ``--json`` say them
    (``reports``: its pages' ``PageImportReport`` values): ``[{"line", "url"}]``, ``line``
    :func:`~articles.importing.reportlines.new_paper_line` (``新建报纸 晴川日报（网址名
    paper-…，发布前可在“报纸”里改）``), ``url`` the paper's change page in the admin, where
    its name and slug are changed. A paper deleted since is left out."""
    made = {r.paper_slug: r for r in reports if new_paper_line(r) and r.paper_slug}
    ids = dict(Publication.objects.filter(slug__in=made).values_list("slug", "pk"))
    return [
        {"line": new_paper_line(report), "url": admin_url("publication_change", ids[slug])}
        for slug, report in made.items()
        if slug in ids
    ]


def papers_named(reports) -> list[str]:
    """What a preview says of the papers its import names (``paper_renamed``: made from a slug
    alone and named from the masthead, or a slug-named paper given its name), once each."""
    return list(dict.fromkeys(new_paper_line(r) for r in reports if r.paper_renamed))
