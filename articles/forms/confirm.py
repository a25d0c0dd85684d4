"""Confirmation forms of the desk: reverting a story to a recorded version, undoing a page's
import, deleting an issue.

Each carries a fingerprint of what the editor was shown (the story's version, the list of rows
that would go); the POST is refused when the database changed meanwhile, so nothing happens that
the editor did not see.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError

from articles.forms.guards import article_version, stale_form_message


class StoryRevertForm(forms.Form):
    """“恢复到此版本”: only the story's version when the page was opened (hidden), its 状态
    included (the page says the state a revert keeps, so a state changed since is stale too)."""

    loaded_version = forms.CharField(widget=forms.HiddenInput, required=False)
    is_stale = False

    def __init__(self, *args, article_pk: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.article_pk = article_pk
        if not self.is_bound:
            self.initial["loaded_version"] = article_version(article_pk, with_status=True)

    def clean(self):
        data = super().clean()
        loaded = data.get("loaded_version") or ""
        current = article_version(self.article_pk, with_status=True)
        if loaded != current:
            self.is_stale = True
            raise ValidationError(
                stale_form_message(loaded, current, story_pk=self.article_pk, revert=True)
            )
        return data


REMOVAL_CHANGED_MESSAGE = (
    "在您打开这一页之后，要删除的内容有了变化（有人导入、修改或接续了转版），为免删去您没看到的"
    "内容，本次什么都没有删除。请看下面更新后的清单，确认后再点一次。"
)


class PlanConfirmForm(forms.Form):
    """A confirmation of a plan the editor was shown: its fingerprint (hidden) must still be the
    plan's, else the form is refused with :attr:`changed_message` and nothing is done."""

    changed_message = REMOVAL_CHANGED_MESSAGE
    plan = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, fingerprint: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fingerprint = fingerprint
        if not self.is_bound:
            self.initial["plan"] = fingerprint

    def clean(self):
        data = super().clean()
        if data.get("plan") != self.fingerprint:
            raise ValidationError(self.changed_message)
        return data


class RemovalConfirmForm(PlanConfirmForm):
    """“确认撤销”/“确认删除”: the fingerprint of the list the editor was shown (hidden)."""
