"""What every public view shares: the paper and issue named by the URL, if readers may see them
(else 404), the content-versioned cache, and the 400 for a ``?page=`` no link makes."""

from __future__ import annotations

from django.shortcuts import get_object_or_404, render
from django.views.generic import TemplateView

from articles.httpcache import PublicCacheMixin
from articles.models import Issue, Publication
from articles.params import BadParameter, page_number


class PublicObjectMixin:
    """The one gate for every public view: the paper, issue, page or story named by the URL, if
    readers may see it, else 404."""

    def get_publication(self) -> Publication:
        if not hasattr(self, "_publication"):
            self._publication = get_object_or_404(
                Publication.objects.public(), slug=self.kwargs["paper"]
            )
        return self._publication

    def get_issue(self):
        if not hasattr(self, "_issue"):
            self._issue = get_object_or_404(
                Issue.objects.public(),
                publication__slug=self.kwargs["paper"],
                date=self.kwargs["date"],
            )
        return self._issue


class PublicView(PublicCacheMixin, PublicObjectMixin, TemplateView):
    pass


def bad_parameter(request, exc: BadParameter):
    """The 400 page for a query-string value no link of the site makes, saying what is wrong."""
    return render(request, "400.html", {"message": str(exc)}, status=400)


class StrictPageMixin:
    """``?page=`` must be a page number (:func:`articles.params.page_number`): ``-1``, ``abc``,
    ``²``, ``①`` or a 10 KB value is a 400 that says what to send (a request no reader's link
    makes), a number past the last page a 404."""

    def get(self, request, *args, **kwargs):
        try:
            page_number(request, self.page_kwarg)
        except BadParameter as exc:
            return bad_parameter(request, exc)
        return super().get(request, *args, **kwargs)
