"""The desk's form of a reporter or photographer (人员): their name, as every credit link and
their page's address use it; a rename keeps the name before as their former name (曾用名,
:func:`articles.crediting.person_renamed`, called by the admin's save), and a former name no
stored byline nor photo credit line prints may be removed (:class:`FormerNamesFormSet`: a mistaken rename undone)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.forms import BaseInlineFormSet
from django.urls import reverse
from django.utils.html import format_html

from articles.forms.guards import RowVersionGuard
from articles.models import Person, PersonAlias
from articles.namechars import name_canonical


class PersonDeskForm(RowVersionGuard):
    """A reporter's or photographer's desk form (姓名): refused when the name changed after it
    was opened (another editor's correction; the name is every credit link and the address of
    the person's page, ``/people/<name>/``), so a stale form never undoes a rename unseen."""

    what = "这位人员"

    class Meta:
        model = Person
        fields = ["name", "note", "loaded_version"]

    def clean_note(self) -> str:
        """The note as stored: outer blanks dropped, a run of blanks one space."""
        return " ".join((self.cleaned_data.get("note") or "").split())

    def clean(self):
        """A name other people bear (同名记者) needs a note telling this one apart, and one
        none of them has; refused on the note, naming them."""
        data = super().clean()
        name, note = data.get("name"), data.get("note") or ""
        if not name or self.has_error("name"):
            return data
        others = list(Person.objects.filter(name=name).exclude(pk=self.instance.pk))
        if not others:
            return data
        bare = [other for other in others if not other.note]
        if bare:  # (their page is /people/<name>/: a note first, or this one is them)
            self.add_error(
                "note",
                ValidationError(
                    f"已有人员“{bare[0]}”，还没有区分说明：如果是同一个人，请打开那位，"
                    "不要再添一位；如果是另一个同名的人，请先在那位的人员页写上区分说明"
                    "（或用“拆分同名记者”分出这一位的稿件）",
                    code="unique",
                ),
            )
        elif any(other.note == note for other in others) or not note:
            listed = "、".join(f"“{other}”" for other in others)
            self.add_error(
                "note",
                ValidationError(
                    f"已有同名的人员{listed}：同名的人员要各有一个不同的区分说明"
                    "（所在报纸、部门或年代）；如果是同一个人，请打开那位，不要再添一位"
                    "（两位要合成一位，用人员页的“合并另一位人员”）",
                    code="unique",
                ),
            )
        return data

    def clean_name(self) -> str:
        """The name as ``Person.name`` holds it (:func:`articles.namechars.name_canonical`: a
        decomposed ``Zoë``, a PDF's ``王⼆``, is saved as ``Zoë``, ``王二``). Refused when another
        person already has that name, however the typed one's characters were encoded, naming
        and linking that person (an editor adding one who exists should open them); a name
        borne by namesakes told apart by notes is checked with the note (:meth:`clean`)."""
        typed = self.cleaned_data.get("name") or ""
        name = name_canonical(typed)
        others = list(Person.objects.filter(name=name).exclude(pk=self.instance.pk)[:2])
        other = others[0] if len(others) == 1 and not others[0].note else None
        if other is not None and not self.data.get(self.add_prefix("note"), "").strip():
            encoded = "（字符的写法或编码不同）" if typed != name else ""
            raise ValidationError(
                format_html(
                    '已有人员“<a href="{}">{}</a>”，与这里填的姓名是同一个名字{}；'
                    "请打开这位已有的人员，不要再添一位",
                    reverse("admin:articles_person_change", args=[other.pk]),
                    other.name,
                    encoded,
                ),
                code="unique",
            )
        alias = PersonAlias.objects.filter(name=name).exclude(person=self.instance.pk).first()
        if alias is not None:
            raise ValidationError(
                format_html(
                    '“{}”是人员“<a href="{}">{}</a>”改名前的姓名：印着它的署名、'
                    "以后导入的版面都算这位人员的；请打开这位人员，不要再添一位",
                    name,
                    reverse("admin:articles_person_change", args=[alias.person_id]),
                    alias.person.name,
                ),
                code="unique",
            )
        return name


class FormerNamesFormSet(BaseInlineFormSet):
    """The 人员 form's 曾用名 rows, each with a delete box: a name ticked is no longer the
    person's (a name renamed to by mistake, ``王明 → 王明远 → 王明涛``, would otherwise stay
    theirs for good, and a real 王明涛 could never be added), refused while a stored byline (or
    dateline) prints it as this person (:func:`articles.selectors.former_name_printed`: those
    stories would lose the link to them) or a photo's credit line does
    (:func:`articles.selectors.former_name_credited`), naming the stories and photos."""

    def clean(self):
        super().clean()
        from articles.selectors import former_name_credited, former_name_printed

        for form in self.deleted_forms:
            alias = form.instance
            if alias.pk is None:
                continue
            where = [
                f"{what}印着它，指的就是这位人员：{_listed(found, unit)}"
                for what, unit, found in (
                    ("这些稿件的署名", "篇", former_name_printed(alias.person, alias.name)),
                    ("这些图片的署名行", "张", former_name_credited(alias.person, alias.name)),
                )
                if found
            ]
            if where:
                raise ValidationError(
                    f"曾用名“{alias.name}”不能删除：{'；'.join(where)}。"
                    "请先在这些稿件或图片里改正署名，或保留这个曾用名。"
                )


def _listed(found: list[str], unit: str) -> str:
    """The first five of ``found``, and how many there are in all when more (``unit``: 篇, 张)."""
    return "、".join(found[:5]) + (f"等 {len(found)} {unit}" if len(found) > 5 else "")
