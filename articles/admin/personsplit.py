"""拆分同名记者 and 合并 on the desk's person page (人员): a form that lists what will move, then
the change in one transaction (:mod:`articles.people`), the admin's log saying what moved.

拆分同名记者: the librarian ticks the stories and photos (or all of a paper's) that are another
reporter's of the same name and gives each a 区分说明; 合并 makes two people one again (a split
undone, or a typo's second person). For whoever may change this person (and, for a merge, the
other): the sign-off rule of renames holds (:func:`articles.signoff.person_rename_refusal`).
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path

from articles.admin.base import Tool, admin_url, answers_bad_input, parse_id
from articles.forms.personsplit import PersonMergeForm, PersonSplitForm
from articles.models import Person
from articles.people.merge import person_merge
from articles.people.moves import PeopleChangeRefused
from articles.people.split import person_split


def personsplit_urls(model_admin) -> list:
    """The person admin's two addresses (``…/<id>/split/``, ``…/<id>/merge/``)."""
    view = model_admin.admin_site.admin_view
    return [
        path(
            "<path:object_id>/split/",
            view(lambda request, object_id: split_view(model_admin, request, object_id)),
            name="articles_person_split",
        ),
        path(
            "<path:object_id>/merge/",
            view(lambda request, object_id: merge_view(model_admin, request, object_id)),
            name="articles_person_merge",
        ),
    ]


def person_tools(model_admin, request, person) -> list[Tool]:
    """The person form's object tools, for who may change the person."""
    if not model_admin.has_change_permission(request, person):
        return []
    return [
        Tool(admin_url("person_split", person.pk), "拆分同名记者…"),
        Tool(admin_url("person_merge", person.pk), "合并另一位人员…"),
    ]


def _person(model_admin, request, object_id) -> Person:
    """The person of the address, or a 403 for one this user may not change."""
    person = get_object_or_404(Person, pk=parse_id(object_id, what="人员"))
    if not model_admin.has_change_permission(request, person):
        raise PermissionDenied
    return person


def _context(model_admin, request, person, title, **kwargs) -> dict:
    return {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": title,
        "person": person,
        "back_url": admin_url("person_change", person.pk),
        **kwargs,
    }


@answers_bad_input
def split_view(model_admin, request, object_id):
    """拆分同名记者: the person's stories and photos to tick, then the split."""
    person = _person(model_admin, request, object_id)
    form = PersonSplitForm(request.POST if request.method == "POST" else None, person=person)
    if request.method == "POST" and form.is_valid():
        stories, photos = form.moved()
        try:
            done = person_split(
                person=person,
                note_kept=form.cleaned_data["note_kept"],
                note_new=form.cleaned_data["note_new"],
                story_ids=stories,
                photo_ids=photos,
            )
        except PeopleChangeRefused as exc:
            form.add_error(None, str(exc))
        else:
            model_admin.log_change(request, done.person, done.message())
            model_admin.log_change(request, done.new, done.message())
            model_admin.message_user(
                request,
                f"已拆分：“{done.new}”是新建的人员，稿件 {len(done.story_ids)} 篇、图片 "
                f"{len(done.photo_ids)} 张归了他/她；“{done.person}”留下其余的。",
                messages.SUCCESS,
            )
            return HttpResponseRedirect(admin_url("person_change", done.new.pk))
    context = _context(model_admin, request, person, f"拆分同名记者：{person}", form=form)
    return TemplateResponse(request, "admin/articles/person/split.html", context)


@answers_bad_input
def merge_view(model_admin, request, object_id):
    """合并: choose the other person, then the merge (the other into this one)."""
    person = _person(model_admin, request, object_id)
    form = PersonMergeForm(request.POST if request.method == "POST" else None, person=person)
    if request.method == "POST" and form.is_valid():
        other = form.cleaned_data["found"]
        if not model_admin.has_change_permission(request, other):
            raise PermissionDenied
        try:
            done = person_merge(person=person, other=other)
        except PeopleChangeRefused as exc:
            form.add_error(None, str(exc))
        else:
            model_admin.log_change(request, done.person, done.message())
            model_admin.message_user(
                request, f"已合并：{done.message().removeprefix('合并人员：')}。", messages.SUCCESS
            )
            return HttpResponseRedirect(admin_url("person_change", done.person.pk))
    context = _context(model_admin, request, person, f"合并另一位人员到：{person}", form=form)
    return TemplateResponse(request, "admin/articles/person/merge.html", context)
