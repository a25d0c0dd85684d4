"""People (人员): reporters and photographers, their former names (曾用名), and the desk's
拆分同名记者 and 合并 (:mod:`articles.admin.personsplit`)."""

from __future__ import annotations

from django.contrib import admin, messages
from django.utils.html import format_html, format_html_join

from articles.admin.base import DeskGuards, admin_url, count_of
from articles.admin.changelog import renamed_message
from articles.admin.personfilters import PersonUsedFilter, credited_anywhere, person_list_url
from articles.admin.personsplit import person_tools, personsplit_urls
from articles.admin.storyinlines import refused_view
from articles.crediting import person_renamed
from articles.forms import PersonDeskForm
from articles.forms.people import FormerNamesFormSet
from articles.models import Byline, Person, PersonAlias, PhotoCredit
from articles.namechars import name_canonical
from articles.signoff import person_rename_refusal


class FormerNamesInline(admin.TabularInline):
    """The person's former names (曾用名), read-only, each with a delete box (a mistaken rename
    undone: :class:`articles.forms.people.FormerNamesFormSet` refuses one a byline prints). A
    rename adds them; none is typed in."""

    model = PersonAlias
    formset = FormerNamesFormSet
    fields = ["name"]
    readonly_fields = ["name"]
    extra = 0
    verbose_name_plural = "曾用名（改名前的姓名；勾选“删除”并保存可去掉署名里没有印着的那个）"

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Person)
class PersonAdmin(DeskGuards, admin.ModelAdmin):
    """Reporters and photographers, by printed name."""

    form = PersonDeskForm  # a stale save is refused (RowVersionGuard): a rename is never undone
    change_form_template = "admin/articles/change_form.html"  # offers the fresh form when stale
    list_display = ["name", "note", "article_count", "photo_count", "usage"]
    list_filter = [PersonUsedFilter]  # 未使用: left behind by a corrected credit
    actions = ["delete_unused"]
    search_fields = ["name"]
    inlines = [FormerNamesInline]
    fields = [
        "name",
        "note",  # 区分说明: namesakes (同名记者) told apart
        "recent_articles",
        "recent_photos",
        "loaded_version",  # the lost-update guard's hidden field (PersonDeskForm)
    ]
    readonly_fields = ["recent_articles", "recent_photos"]

    def has_change_permission(self, request, obj=None):
        """Not for one credited on what readers see of a paper that requires sign-off, unless
        ``request.user`` may sign off (:func:`articles.signoff.person_rename_refusal`)."""
        if not super().has_change_permission(request, obj):
            return False
        return not person_rename_refusal(obj, request.user)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The form; read-only saying why, and a POST refused saying why, when this editor may
        not rename the person (:func:`articles.signoff.person_rename_refusal`)."""
        obj = self.get_object(request, object_id)
        refusal = person_rename_refusal(obj, request.user)
        if (refused := refused_view(self, request, refusal)) is not None:
            return refused
        tools = person_tools(self, request, obj) if obj is not None else []  # 拆分, 合并
        extra_context = {**(extra_context or {}), "desk_tools": tools}
        return super().change_view(request, object_id, form_url, extra_context)

    def get_urls(self):
        return [*personsplit_urls(self), *super().get_urls()]

    def save_model(self, request, obj, form, change):
        """A rename keeps the name before as the person's former name (曾用名:
        :func:`articles.crediting.person_renamed`): bylines printing it still link to them."""
        super().save_model(request, obj, form, change)
        if change and form.initial.get("name"):
            person_renamed(obj, form.initial["name"])

    def construct_change_message(self, request, form, formsets, add=False):
        """A rename is logged from what to what (:func:`articles.admin.changelog.renamed_message`)."""
        message = super().construct_change_message(request, form, formsets, add)
        if add or "name" not in form.changed_data:
            return message
        return renamed_message(message, form.initial["name"], form.cleaned_data["name"])

    def get_search_results(self, request, queryset, search_term):
        """The list's search and the 记者/摄影 rows' autocomplete look the name up as it is held
        (:func:`articles.namechars.name_canonical`): a decomposed ``Zoë`` typed finds ``Zoë``."""
        return super().get_search_results(request, queryset, name_canonical(search_term))

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                n_articles=count_of(Byline.objects, "person"),
                n_photos=count_of(PhotoCredit.objects, "person"),
            )
        )

    @admin.display(description="署名稿件", ordering="n_articles")
    def article_count(self, person):
        """The count, linked to the story list of this person alone (a namesake's too)."""
        if not person.n_articles:
            return 0
        return format_html('<a href="{}">{}</a>', person_list_url(person), person.n_articles)

    @admin.display(description="署名图片", ordering="n_photos")
    def photo_count(self, person):
        if not person.n_photos:
            return 0
        url = person_list_url(person, photos=True)
        return format_html('<a href="{}">{}</a>', url, person.n_photos)

    @admin.display(description="使用情况")
    def usage(self, person):
        """``未使用`` for a person no byline and no photo credit names any longer (a credit
        corrected away from them, 王海洋 → 王海涛): the list's filter 未使用 lists them, and
        删除所选的未使用人员 removes them."""
        return "未使用" if not person.n_articles and not person.n_photos else ""

    @admin.action(description="删除所选的未使用人员", permissions=["delete"])
    def delete_unused(self, request, queryset):
        """Delete the chosen people whom no story's byline and no photo's credit names (their
        former names go with them); a person still credited is refused by name, with their
        counts, and kept. Logged in each deleted person's history as Django's 删除 is."""
        chosen = list(queryset.annotate(used=credited_anywhere()).order_by("name", "note"))
        unused = [person for person in chosen if not person.used]
        credited = [person for person in chosen if person.used]
        if unused:
            going = Person.objects.filter(pk__in=[person.pk for person in unused])
            self.log_deletions(request, going)
            going.delete()
            names = "、".join(str(person) for person in unused)
            self.message_user(request, f"已删除 {len(unused)} 位未使用的人员：{names}。")
        for person in credited:
            self.message_user(
                request,
                f"“{person}”仍有署名（稿件 {person.n_articles} 篇、图片 {person.n_photos} 张），"
                "没有删除：要删除，先在这些稿件和图片里改正署名，或用人员页的“合并另一位人员…”"
                "把它并入正确的人员。",
                level=messages.WARNING,
            )

    @admin.display(description="最近的稿件")
    def recent_articles(self, person):
        if person.pk is None:
            return "—"
        articles = person.articles.select_related("issue").order_by("-issue__date")[:20]
        return (
            format_html_join(
                "",
                '<div><a href="{}">{} {}</a></div>',
                ((admin_url("article_change", a.pk), a.issue.date, a) for a in articles),
            )
            or "—"
        )

    @admin.display(description="最近的图片")
    def recent_photos(self, person):
        if person.pk is None:
            return "—"
        photos = person.photos.select_related("page__issue").order_by("-page__issue__date")[:20]
        return (
            format_html_join(
                "",
                '<div><a href="{}">{} {}</a></div>',
                ((admin_url("photo_change", p.pk), p.page, p) for p in photos),
            )
            or "—"
        )
