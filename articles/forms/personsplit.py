"""The desk's 拆分同名记者 and 合并 forms (:mod:`articles.admin.personsplit`): what the librarian
chose, checked; the services (:mod:`articles.people`) do the work and say what they refuse."""

from __future__ import annotations

from django import forms
from django.db.models import Count, Prefetch

from articles.models import ArticlePart, Byline, Person, PhotoCredit
from articles.models.stories import FIRST_PARTS
from articles.namechars import name_canonical
from articles.people.split import NOTE_LENGTH

_CHECKBOXES = forms.CheckboxSelectMultiple


class _IdsField(forms.MultipleChoiceField):
    """Ticked ids, any id accepted (not only those listed when the form was opened): a story
    moved off in another tab meanwhile is the service's to refuse, saying what happened
    (``#7 已不署“王明”的名了…``), not Django's ``7 不在可用的选项中``."""

    def valid_value(self, value) -> bool:
        return str(value).isdigit()


class _IdField(forms.ChoiceField):
    """One picked id, any id accepted (:class:`_IdsField`'s reason): the form says what is
    wrong with one gone meanwhile."""

    def valid_value(self, value) -> bool:
        return str(value).isdigit()


class PersonSplitForm(forms.Form):
    """Which of ``person``'s stories and photos are the other person's (each ticked, or all of
    a paper's at once), and the two notes (区分说明) telling them apart."""

    note_kept = forms.CharField(label="这一位（留下的）的区分说明", max_length=NOTE_LENGTH)
    note_new = forms.CharField(label="另一位（新建的）的区分说明", max_length=NOTE_LENGTH)
    papers = _IdsField(
        label="这些报纸上署这个名字的稿件和图片全归另一位", required=False, widget=_CHECKBOXES
    )
    stories = _IdsField(label="归另一位的稿件", required=False, widget=_CHECKBOXES)
    photos = _IdsField(label="归另一位的图片", required=False, widget=_CHECKBOXES)

    def __init__(self, data=None, *, person: Person):
        super().__init__(data, initial={"note_kept": person.note})
        self.person = person
        first = ArticlePart.objects.filter(sequence=0).only("article_id", "sequence", "blocks")
        self.bylines = list(  # (an untitled story named by its first words: no query a row)
            Byline.objects.filter(person=person)
            .select_related("article__issue__publication", "article__page")
            .prefetch_related(Prefetch("article__parts", queryset=first, to_attr=FIRST_PARTS))
            .order_by("article__issue__date", "article__page__sequence", "article__position")
        )
        self.credits = list(
            PhotoCredit.objects.filter(person=person)
            .select_related("photo__page__issue__publication")
            .order_by("photo__page__issue__date", "photo__page__sequence", "photo__position")
        )
        papers: dict[int, list] = {}
        for b in self.bylines:
            papers.setdefault(b.article.issue.publication_id, [b.article.issue.publication, 0, 0])[
                1
            ] += 1
        for c in self.credits:
            papers.setdefault(
                c.photo.page.issue.publication_id, [c.photo.page.issue.publication, 0, 0]
            )[2] += 1
        self.fields["papers"].choices = [
            (str(pk), f"{paper.name}（稿件 {s} 篇、图片 {p} 张）")
            for pk, (paper, s, p) in papers.items()
        ]
        self.fields["stories"].choices = [
            (
                str(b.article_id),
                f"{b.article.issue.date} {b.article.issue.publication.name} "
                f"{b.article.page.label}版 “{b.article.name_for_editors()}”（署名：{b.article.byline or '—'}）",
            )
            for b in self.bylines
        ]
        self.fields["photos"].choices = [
            (
                str(c.photo_id),
                f"{c.photo.page.issue.date} {c.photo.page.issue.publication.name} "
                f"{c.photo.page.label}版 图片“{c.photo}”（{c.photo.credit_line or '—'}）",
            )
            for c in self.credits
        ]

    def moved(self) -> tuple[list[int], list[int]]:
        """The ids of the stories and photos ticked, with those of the papers ticked."""
        papers = {int(pk) for pk in self.cleaned_data["papers"]}
        stories = {int(pk) for pk in self.cleaned_data["stories"]}
        stories |= {b.article_id for b in self.bylines if b.article.issue.publication_id in papers}
        photos = {int(pk) for pk in self.cleaned_data["photos"]}
        photos |= {c.photo_id for c in self.credits if c.photo.page.issue.publication_id in papers}
        return sorted(stories), sorted(photos)


class PersonMergeForm(forms.Form):
    """Who is merged into ``person``: one of their namesakes (同名记者), or another person named
    by their name as the desk shows it (``王 明``, ``王明（体育部）`` when several bear it)."""

    namesake = _IdField(label="同名的人员", required=False, widget=forms.RadioSelect)
    other = forms.CharField(
        label="或者填写另一位人员的姓名",
        required=False,
        max_length=120,
        help_text="如录入错误多出来的“王 明”；同名的有几位时写上区分说明，如“王明（体育部）”",
    )

    def __init__(self, data=None, *, person: Person):
        super().__init__(data)
        self.person = person
        namesakes = (
            Person.objects.filter(name=person.name)
            .exclude(pk=person.pk)
            .annotate(n=Count("bylines", distinct=True), m=Count("photo_credits", distinct=True))
        )
        self.fields["namesake"].choices = [
            (str(p.pk), f"{p}（稿件 {p.n} 篇、图片 {p.m} 张）") for p in namesakes
        ]

    def clean(self):
        data = super().clean()
        picked, typed = data.get("namesake"), (data.get("other") or "").strip()
        if bool(picked) == bool(typed):
            raise forms.ValidationError(
                "请选一位同名的人员，或者填写另一位人员的姓名（只选一种）。"
            )
        data["found"] = self._picked(int(picked)) if picked else self._named(typed)
        return data

    def _picked(self, pk: int) -> Person:
        """The namesake picked, refused when they went since the page was opened (merged or
        deleted in another tab)."""
        found = Person.objects.filter(pk=pk).first()
        if found is None:
            raise forms.ValidationError(
                "选中的同名人员已经不在了（可能刚在另一个窗口合并或删除了）；请重新打开这一页再选。"
            )
        return found

    def _named(self, typed: str) -> Person:
        """The one person ``typed`` names: ``王明`` or ``王明（体育部）`` (canonical,
        :func:`articles.namechars.name_canonical`; half-width brackets too): the name runs to
        the first bracket, the note from there to the last (``王明（体育部（1990年代））``)."""
        typed = name_canonical(typed)
        first = min((typed.find(b) for b in "（(" if b in typed), default=len(typed))
        name, note = typed[:first], typed[first + 1 :]
        last = max(note.rfind("）"), note.rfind(")"))
        note = note[:last] if last >= 0 else note
        people = list(Person.objects.filter(name=name.strip()))
        exact = [p for p in people if p.note == note.strip()] if note else people
        if len(exact) == 1:
            return exact[0]
        if not exact and not people:
            raise forms.ValidationError(f"没有叫“{typed}”的人员；请照人员列表里的写法填写。")
        listed = "、".join(f"“{p}”" for p in people)
        raise forms.ValidationError(
            f"叫“{name}”的人员有 {len(people)} 位：{listed}；请照其中一位的写法填写（带上括号里的区分说明）。"
        )
