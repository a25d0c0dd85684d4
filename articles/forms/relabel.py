"""改版次's form (``articles.admin.relabel``): the label the page should have, then the same
label confirmed, with the label the page had when the editor opened it (a page relabelled by
someone else meanwhile is refused, not relabelled twice)."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError

from articles.relabel import RelabelError, new_label_read


class PageRelabelForm(forms.Form):
    """``new_label`` as typed (``A4``、``a4``、``第四版``), read and checked by
    :func:`articles.relabel.new_label_read`; ``loaded_label``: the page's label when the page
    was opened (hidden); ``confirmed``: set by the confirmation page's button (hidden)."""

    new_label = forms.CharField(
        label="改成的版次",
        max_length=20,
        help_text="按报纸上印的写，例如 A4、B2、4；本期已有的版次不能用。",
    )
    loaded_label = forms.CharField(widget=forms.HiddenInput, required=False)
    confirmed = forms.BooleanField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        if not self.is_bound:
            self.initial["loaded_label"] = page.label

    def clean(self):
        data = super().clean()
        loaded = data.get("loaded_label") or ""
        if loaded and loaded != self.page.label:
            raise ValidationError(
                f"在您打开这一页之后，这一版的版次已被改成{self.page.label}版，本次没有修改。"
                "请看更新后的页面，确认还要改再提交。"
            )
        if "new_label" in data:
            try:
                data["new_label"] = new_label_read(self.page, data["new_label"])
            except RelabelError as exc:
                self.add_error("new_label", str(exc))
        return data
