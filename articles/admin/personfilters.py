"""The 记者 / 摄影 list filters of the desk's story and photo lists: one person, picked by id.

Two reporters of one name (同名记者) are two entries, each with their 区分说明 as the 人员 list
shows them (``王明（体育部）``, ``王明（晴川晚报）``), and picking one lists that person's work
only (``?reporter=<id>``, ``?photographer=<id>``); a name would find both. The entries are the
people credited on the newest work (:data:`NEWEST`), by name, and the one picked with everyone
bearing their name; a person's 人员 row links their counts here
(:func:`person_list_url`), which is how an editor reaches anyone else.
"""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Exists, OuterRef
from django.utils.html import format_html

from articles.admin.base import admin_url, parse_id
from articles.models import Article, Byline, Person, Photo, PhotoCredit

#: How many of the newest stories (photos) the filter's entries are read from.
NEWEST = 200


class PersonFilter(admin.SimpleListFilter):
    """Rows credited to one person (``?<parameter_name>=<id>``); subclasses name the lookup
    from the listed row to the person (``person_path``), the listed rows newest first
    (``work``, ``newest``) and the credits naming their people (``credits``, by ``credited``:
    the credit's field holding the listed row)."""

    person_path = "bylines__person"
    work, newest = Article, ("-issue__date", "-pk")
    credits, credited = Byline, "article"

    def person_id(self) -> int | None:
        """The picked person's id; raises DeskInputError (400) for a value that is not one."""
        value = self.value()
        return parse_id(value, what=f"筛选条件“{self.title}”", status=400) if value else None

    def newest_people(self):
        """The ids of the people credited on the newest work (:data:`NEWEST` rows), as a
        subquery."""
        newest = self.work.objects.order_by(*self.newest).values("pk")[:NEWEST]
        return self.credits.objects.filter(**{f"{self.credited}__in": newest}).values("person_id")

    def lookups(self, request, model_admin):
        """The people of :meth:`newest_people`, the one picked and their namesakes, each shown
        with their 区分说明 (``str(person)``), by name then note. Two queries."""
        pk = self.person_id()
        shown = Person.objects.filter(pk__in=self.newest_people())
        if pk is not None:
            picked = Person.objects.filter(pk=pk).values("name")
            shown = shown | Person.objects.filter(name__in=picked)
        return [(str(p.pk), str(p)) for p in shown.distinct().order_by("name", "note", "pk")]

    def queryset(self, request, queryset):
        pk = self.person_id()
        return queryset if pk is None else queryset.filter(**{self.person_path: pk})


class ReporterFilter(PersonFilter):
    """The story list by one of its reporters (``?reporter=<person id>``)."""

    title = "记者"
    parameter_name = "reporter"
    person_path = "bylines__person"


class PhotographerFilter(PersonFilter):
    """The photo list by one of its photographers (``?photographer=<person id>``)."""

    title = "摄影"
    parameter_name = "photographer"
    person_path = "credits__person"
    work, newest = Photo, ("-page__issue__date", "-pk")
    credits, credited = PhotoCredit, "photo"


def person_list_url(person: Person, *, photos: bool = False) -> str:
    """The desk's story list (``photos``: photo list) of ``person``'s work alone."""
    if photos:
        return f"{admin_url('photo_changelist')}?{PhotographerFilter.parameter_name}={person.pk}"
    return f"{admin_url('article_changelist')}?{ReporterFilter.parameter_name}={person.pk}"


def credited_anywhere():
    """Whether a person (the outer row) is credited on any story (a byline) or photo (a
    credit), as a condition: ``Person.objects.filter(credited_anywhere())``; its negation
    is a person no longer used."""
    return Exists(Byline.objects.filter(person=OuterRef("pk"))) | Exists(
        PhotoCredit.objects.filter(person=OuterRef("pk"))
    )


class PersonUsedFilter(admin.SimpleListFilter):
    """The 人员 list by whether anything still credits a person (``?used=no``: 未使用, a name
    no story's byline and no photo's credit gives any longer — left behind when a credit was
    corrected, 王海洋 → 王海涛; ``?used=yes``: 有署名)."""

    title = "使用情况"
    parameter_name = "used"

    def lookups(self, request, model_admin):
        return [("no", "未使用（没有署名稿件和图片）"), ("yes", "有署名稿件或图片")]

    def queryset(self, request, queryset):
        if self.value() == "no":
            return queryset.filter(~credited_anywhere())
        if self.value() == "yes":
            return queryset.filter(credited_anywhere())
        return queryset


def left_unused(person_ids) -> list[str]:
    """What to tell the editor of the people of ``person_ids`` (credited before a save) whom
    nothing credits after it (a credit corrected from 王海洋 to 王海涛 leaves 王海洋 with no
    story and no photo), in Chinese, one line each (HTML: the 未使用 list linked); ``[]`` when each is still credited. One
    query."""
    ids = [pk for pk in person_ids if pk is not None]
    if not ids:
        return []
    unused = Person.objects.filter(pk__in=ids).filter(~credited_anywhere()).order_by("name")
    url = f"{admin_url('person_changelist')}?{PersonUsedFilter.parameter_name}=no"
    return [
        format_html(
            '“{}”已没有署名稿件和图片：如果是错写，可在<a href="{}">人员列表的“未使用”</a>里'
            "勾选它，用“删除所选的未使用人员”删除；如果是另一位摄影，不用理会。",
            person,
            url,
        )
        for person in unused
    ]
