"""Confirmation forms of 合并到上一篇 and 从这里拆开 (``articles.admin.storyjoin``).

Each carries the fingerprint of the plan the editor was shown (hidden); a plan that changed
since (either story edited, published, its photos moved) is refused with nothing written, as
撤销本版导入's is (:class:`articles.forms.confirm.RemovalConfirmForm`)."""

from __future__ import annotations

from django import forms

from articles.forms.confirm import PlanConfirmForm
from articles.storyjoin import AS_CROSSHEAD, AS_PARAGRAPH

PLAN_CHANGED_MESSAGE = (
    "在您打开这一页之后，稿件有了变化（有人修改、发布或移动了图片），为免做出您没看到的改动，"
    "本次什么都没有改。请看下面更新后的说明，确认后再点一次。"
)


class _PlanForm(PlanConfirmForm):
    changed_message = PLAN_CHANGED_MESSAGE


class StoryMergeForm(_PlanForm):
    """“确认合并”: how the later story's title lines go in, and the plan's fingerprint."""

    title_as = forms.ChoiceField(
        label="它的标题行作为",
        choices=[(AS_CROSSHEAD, "小标题"), (AS_PARAGRAPH, "正文段落")],
        initial=AS_CROSSHEAD,
        widget=forms.RadioSelect,
    )


class StorySplitForm(_PlanForm):
    """“确认拆开”: the new story's headline (asked for only when the chosen paragraph is not one),
    the photos that go with it, and the plan's fingerprint."""

    at = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    headline = forms.CharField(
        label="新稿件的标题",
        max_length=300,
        required=False,
        help_text="可留空：没有标题的稿件按开头的字命名。",
    )
    photos = forms.MultipleChoiceField(
        label="随新稿件走的图片", required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, fingerprint=plan.fingerprint, **kwargs)
        self.fields["photos"].choices = [(str(p.pk), str(p)) for p in plan.photos]
        if not self.is_bound:
            self.initial["at"] = plan.index
        if plan.title_from_text:
            del self.fields["headline"]
        if not plan.photos:
            del self.fields["photos"]
