"""Public pages: thin class-based views over published content only."""

from datetime import date as date_type

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.views.generic import DetailView, ListView, TemplateView

from articles.labels import LabelError, normalize_label
from articles.models import Article, ArticlePart, Issue, Person, Publication


def _parse_date(value: str) -> date_type:
    try:
        return date_type.fromisoformat(value)
    except ValueError as exc:
        raise Http404("no such date") from exc


class PublishedIssueMixin:
    """Resolve ``paper`` + ``date`` from the URL to a published issue, or 404."""

    def get_issue(self) -> Issue:
        if not hasattr(self, "_issue"):
            self._issue = get_object_or_404(
                Issue.objects.published().select_related("publication"),
                publication__slug=self.kwargs["paper"],
                date=_parse_date(self.kwargs["date"]),
            )
        return self._issue


class HomeView(TemplateView):
    template_name = "articles/home.html"

    def get(self, request, *args, **kwargs):
        issue = Issue.objects.published().select_related("publication").first()
        if issue is not None:
            return redirect(issue)
        return super().get(request, *args, **kwargs)


class PublicationView(ListView):
    template_name = "articles/publication_detail.html"
    context_object_name = "issues"

    def get_queryset(self):
        self.publication = get_object_or_404(Publication, slug=self.kwargs["paper"])
        return self.publication.issues.published()

    def get_context_data(self, **kwargs):
        return super().get_context_data(publication=self.publication, **kwargs)


class IssueView(PublishedIssueMixin, TemplateView):
    template_name = "articles/issue_detail.html"

    def get_context_data(self, **kwargs):
        issue = self.get_issue()
        pages = list(issue.pages.all())
        parts = (
            ArticlePart.objects.filter(page__issue=issue, article__status="published")
            .select_related("article")
            .order_by("page__sequence", "position")
        )
        by_page: dict[int, list[ArticlePart]] = {}
        for part in parts:
            by_page.setdefault(part.page_id, []).append(part)
        for page in pages:
            page.printed_parts = by_page.get(page.pk, [])
        return super().get_context_data(issue=issue, pages=pages, **kwargs)


class PageView(PublishedIssueMixin, TemplateView):
    template_name = "articles/page_detail.html"

    def get_context_data(self, **kwargs):
        issue = self.get_issue()
        try:
            label = normalize_label(self.kwargs["label"])
        except LabelError as exc:
            raise Http404(str(exc)) from exc
        pages = list(issue.pages.all())
        page = next((p for p in pages if p.label == label), None)
        if page is None:
            raise Http404("no such page")
        index = pages.index(page)
        parts = (
            page.parts.filter(article__status="published")
            .select_related("article")
            .order_by("position")
        )
        return super().get_context_data(
            issue=issue,
            page=page,
            pages=pages,
            parts=parts,
            photos=page.photos.prefetch_related("credits__person"),
            teasers=page.teasers.all(),
            previous_page=pages[index - 1] if index > 0 else None,
            next_page=pages[index + 1] if index + 1 < len(pages) else None,
            **kwargs,
        )


class ArticleView(PublishedIssueMixin, DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.published().with_parts().filter(issue=self.get_issue())


class PersonView(ListView):
    template_name = "articles/person_detail.html"
    context_object_name = "articles"

    def get_queryset(self):
        self.person = get_object_or_404(Person, name=self.kwargs["name"])
        return (
            Article.objects.published()
            .filter(bylines__person=self.person)
            .select_related("issue__publication")
            .order_by("-issue__date", "page__sequence", "position")
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(person=self.person, **kwargs)
