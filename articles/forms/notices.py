"""The desk's decision on a printed 更正 notice whose story was not found (or was, wrongly):
pick the story it corrects, dismiss it, or hand it back to the automatic search
(:mod:`articles.correctionnotices`). Refused when the notice changed after the form was opened."""

from __future__ import annotations

from datetime import timedelta

from django import forms

from articles.correctionnotices import notice_decide, notices_find
from articles.correctionnotices.linking import taken_by, taken_message
from articles.forms.guards import RowVersionGuard
from articles.models import Article, CorrectionNotice, NoticeState
from articles.storynames import quoted


class StoryChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, article: Article) -> str:
        day = article.issue.date
        return (
            f"{day.month}月{day.day}日 {article.page.label}版 {quoted(article.name_for_editors())}"
        )


class NoticeDecisionForm(RowVersionGuard):
    """``decision``: link the notice to ``corrected`` (a story of the paper's issue of the date
    the notice names), dismiss it (no link, off the list of notices to look at), or hand it
    back (looked for again, as after an import)."""

    PICK, DISMISS, RESET = "pick", "dismiss", "reset"
    decision = forms.ChoiceField(
        label="处理",
        choices=[
            (PICK, "链接到所选稿件"),
            (DISMISS, "忽略：不链接任何稿件"),
            (RESET, "交还自动查找"),
        ],
        initial=PICK,
        widget=forms.RadioSelect,
    )
    what = "这则更正"

    class Meta:
        model = CorrectionNotice
        fields = ["corrected", "state"]
        field_classes = {"corrected": StoryChoiceField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        notice = self.instance
        field = self.fields["corrected"]
        field.required = False
        field.help_text = (
            "更正所指那一期的稿件（启事所说版面的在前）；读不出日期时，是此前一周的稿件。"
        )
        if notice.pk:
            issue = notice.notice.issue
            # the day named; a notice naming none: the week before it
            days = (
                {"issue__date": notice.target_date}
                if notice.target_date
                else {
                    "issue__date__range": (
                        issue.date - timedelta(days=7),
                        issue.date - timedelta(days=1),
                    )
                }
            )
            field.queryset = (
                Article.objects.filter(issue__publication=issue.publication_id, **days)
                .exclude(pk=notice.notice_id)
                .select_related("page", "issue")
                .order_by("-issue__date", "page__sequence", "position")
            )
            same_page = [a for a in field.queryset if a.page.label == notice.target_label]
            others = [a for a in field.queryset if a.page.label != notice.target_label]
            field.choices = [("", "---------")] + [
                (a.pk, field.label_from_instance(a)) for a in same_page + others
            ]
        self.fields["state"].disabled = True  # (in the version: what the form was opened on)
        self.fields["state"].required = False

    def clean(self):
        data = super().clean()
        corrected = data.get("corrected")
        if data.get("decision") != self.PICK:
            return data
        if corrected is None:
            self.add_error("corrected", "请选择这则更正所指的稿件；若不链接任何稿件，请选“忽略”。")
            return data
        other = taken_by(self.instance, corrected)
        if other is not None:
            self.add_error("corrected", taken_message(corrected, other))
        return data

    def decide(self) -> str:
        """Apply the decision (the services' transaction); what was done, for the editor."""
        notice = CorrectionNotice.objects.select_related("notice").get(pk=self.instance.pk)
        decision = self.cleaned_data["decision"]
        if decision == self.RESET:
            CorrectionNotice.objects.filter(pk=notice.pk).update(
                state=NoticeState.PENDING, corrected=None
            )
            notices_find(articles=[notice.notice])
            notice.refresh_from_db()
            return f"已交还自动查找：{notice.get_state_display()}。"
        corrected = self.cleaned_data["corrected"] if decision == self.PICK else None
        return notice_decide(notice=notice, corrected=corrected)
