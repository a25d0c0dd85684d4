"""Template context every page gets.

``site_paper``: the paper the site's home page shows (``NEWSROOM_DEFAULT_PAPER``) when it has a
public issue, else None; read only when a template uses it (the masthead of pages that belong to
no paper: search, people), so other pages pay nothing.
"""

from __future__ import annotations

from django.conf import settings
from django.utils.functional import SimpleLazyObject

from articles.models import Publication


def _default_paper() -> Publication | None:
    return Publication.objects.public().filter(slug=settings.NEWSROOM_DEFAULT_PAPER).first()


def site_paper(request) -> dict:
    return {"site_paper": SimpleLazyObject(_default_paper)}
