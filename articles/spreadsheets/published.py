"""A spreadsheet row changing what readers see on a published issue of a paper that requires
sign-off is refused to one who may not sign off, as the row's form is read-only to them
(``articles.signoff.published_issue_refusal``, ``articles.admin.published``)."""

from __future__ import annotations

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError

from articles.signoff import published_issue_refusal


class FollowsIssue:
    """Mixin (before :class:`~articles.spreadsheets.base.NaturalKeyResource`): a row whose
    :attr:`locked_field` changes on an issue the importing user may not change now is refused
    with the reason, beside any other error of the row."""

    #: The editable column's attribute readers see (版名: ``section``; 期号: ``number``).
    locked_field = ""

    def issue_of(self, instance):
        return instance.issue

    def import_instance(self, instance, row, **kwargs):
        before = getattr(instance, self.locked_field)
        errors: dict = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        changed = bool(instance.pk) and getattr(instance, self.locked_field) != before
        user = kwargs.get("user")
        if changed and (locked := published_issue_refusal(self.issue_of(instance), user)):
            errors.setdefault(NON_FIELD_ERRORS, []).append(locked)
        if errors:
            raise ValidationError(errors)
