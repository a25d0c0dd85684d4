"""The desk's form of a reporter or photographer (人员): their name, as every credit link and
their page's address use it; a rename keeps the name before as their former name (曾用名,
:func:`articles.crediting.person_renamed`, called by the admin's save)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
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
        fields = ["name", "loaded_version"]

    def clean_name(self) -> str:
        """The name as ``Person.name`` holds it (:func:`articles.namechars.name_canonical`: a
        decomposed ``Zoë``, a PDF's ``王⼆``, is saved as ``Zoë``, ``王二``). Refused when another
        person already has that name, however the typed one's characters were encoded, naming
        and linking that person (an editor adding one who exists should open them)."""
        typed = self.cleaned_data.get("name") or ""
        name = name_canonical(typed)
        other = Person.objects.filter(name=name).exclude(pk=self.instance.pk).first()
        if other is not None:
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
