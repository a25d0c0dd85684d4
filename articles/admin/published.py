"""What readers see on a published issue of a paper that requires sign-off, beside its stories
(its teasers, photos standing alone, pages' 版名, pictures and zones, its 期号), is the chief
editor's, as its published stories are (``articles.signoff.published_issue_refusal``, the
issue's twin of ``published_edit_refusal``).

:class:`FollowsIssue` applies that rule to a ModelAdmin: its form read-only with the reason
(and so its inline rows: Django disables them under a read-only parent), a POST of it refused
with the reason (``articles.admin.storyinlines.refused_view``), its rows' deletion refused, and
:meth:`FollowsIssue.open_rows` for its list actions. A reviewer's editor changed a published
导读, a standing photo's caption and a page's 版名 and each was public at once.
"""

from __future__ import annotations

from django.contrib import messages

from articles.admin.storyinlines import refused_view
from articles.signoff import published_issue_refusal


class FollowsIssue:
    """Mixin (before the ModelAdmin's other bases) for a model readers see on its issue;
    :meth:`issue_of` names the issue of a row (its page's by default)."""

    #: The path from a row to its issue, for :meth:`open_rows`' one query.
    issue_path = "page__issue"

    def issue_of(self, obj):
        return obj.page.issue

    def issue_refusal(self, request, obj) -> str:
        """Why ``request.user`` may not change ``obj`` now, or ``""`` (no row: the list)."""
        return "" if obj is None else published_issue_refusal(self.issue_of(obj), request.user)

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return not self.issue_refusal(request, obj)

    def has_delete_permission(self, request, obj=None):
        if not super().has_delete_permission(request, obj):
            return False
        return not self.issue_refusal(request, obj)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The form; read-only saying why, and a POST refused saying why, when this editor may
        not change the row now."""
        obj = self.get_object(request, object_id)
        if (refused := refused_view(self, request, self.issue_refusal(request, obj))) is not None:
            return refused
        return super().change_view(request, object_id, form_url, extra_context)

    def open_rows(self, request, queryset):
        """The rows of ``queryset`` (a list action's selection) ``request.user`` may change;
        the others are named in an error message, with the reason, and left as they are."""
        rows = list(queryset.select_related(f"{self.issue_path}__publication"))
        refused = [row for row in rows if self.issue_refusal(request, row)]
        if refused:
            names = "、".join(str(row) for row in refused[:5]) + ("等" if len(refused) > 5 else "")
            reason = self.issue_refusal(request, refused[0])
            self.message_user(
                request, f"{names}没有处理（{len(refused)} 项）：{reason}", messages.ERROR
            )
        return [row for row in rows if row not in refused]
