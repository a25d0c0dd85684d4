"""Users and groups, as the superuser sees them: permissions named in Chinese.

Django stores permission names in English (``Can add 稿件``) when it creates them; the group
and user forms list them with a Chinese label instead (``报刊内容 | 稿件 | 可增加``), and only
for the models the desk shows (granting rights on Django's internal tables means nothing to an
editor).
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, Permission, User

_ACTIONS = {"add": "可增加", "change": "可修改", "delete": "可删除", "view": "可查看"}


class PermissionField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, permission: Permission) -> str:
        model = permission.content_type.model_class()
        action = permission.codename.split("_", 1)[0]
        if model is None or action not in _ACTIONS:
            return str(permission)
        app = model._meta.app_config.verbose_name
        return f"{app} | {model._meta.verbose_name} | {_ACTIONS[action]}"


def _desk_permissions():
    models = [model for model in admin.site._registry]
    return (
        Permission.objects.select_related("content_type")
        .filter(
            content_type__app_label__in={m._meta.app_label for m in models},
            content_type__model__in={m._meta.model_name for m in models},
        )
        .order_by("content_type__app_label", "content_type__model", "codename")
    )


class ChinesePermissionsMixin:
    def formfield_for_manytomany(self, db_field, request=None, **kwargs):
        if db_field.name in ("permissions", "user_permissions"):
            kwargs["queryset"] = _desk_permissions()
            kwargs["form_class"] = PermissionField
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class DeskGroupAdmin(ChinesePermissionsMixin, GroupAdmin):
    pass


class DeskUserAdmin(ChinesePermissionsMixin, UserAdmin):
    """The users, each with when they last logged in (Django's ``last_login``); every login's
    and logout's time and address are lines of the site's log (newsroom/logins.py)."""

    list_display = (*UserAdmin.list_display, "last_login")


admin.site.unregister(Group)
admin.site.register(Group, DeskGroupAdmin)
admin.site.unregister(User)
admin.site.register(User, DeskUserAdmin)
