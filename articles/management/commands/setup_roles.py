"""Create or refresh the newsroom's roles (idempotent): ``python manage.py setup_roles``.

* ``editor`` — edit every story, page, photo and person, import pages and spreadsheets, fix
  jumps, publish issues (publishing needs ``change_issue``), revert history.
* ``viewer`` — read-only: sees everything in the admin, changes nothing.
* ``chief-editor`` (总编辑, 签发) — what an editor may, plus ``signoff_article``: sign stories
  off, send them back, and publish on papers that require sign-off (``articles.signoff``).
  Editors get every permission of the app but that one.

Only staff users reach the admin at all; a role is a group a staff user belongs to. Permissions
are created by ``migrate``, so run this after it (``create_demo_editor`` runs it too).
"""

from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand
from django.db import transaction

from articles.management.commands._chinese_help import ChineseHelpMixin

EDITOR_GROUP = "editor"
VIEWER_GROUP = "viewer"
CHIEF_EDITOR_GROUP = "chief-editor"
#: The permissions only a chief editor has (see articles.signoff.SIGNOFF_PERMISSION).
CHIEF_ONLY = ("signoff_article",)


def ensure_groups() -> tuple[Group, Group, Group]:
    """``editor``: add/change/delete/view everything in the articles app but sign-off;
    ``viewer``: view only; ``chief-editor``: everything in the app, sign-off included."""
    perms = Permission.objects.filter(content_type__app_label="articles")
    editor, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    editor.permissions.set(perms.exclude(codename__in=CHIEF_ONLY))
    viewer, _ = Group.objects.get_or_create(name=VIEWER_GROUP)
    viewer.permissions.set(perms.filter(codename__startswith="view_"))
    chief, _ = Group.objects.get_or_create(name=CHIEF_EDITOR_GROUP)
    chief.permissions.set(perms)
    return editor, viewer, chief


class Command(ChineseHelpMixin, BaseCommand):
    help = "建立或更新编辑（修改、导入、发布）、只读（只能查看）和总编辑（编辑之外还能签发）三个用户组的权限。"

    @transaction.atomic
    def handle(self, *args, **options):
        editor, viewer, chief = ensure_groups()
        self.stdout.write(
            self.style.SUCCESS(
                f"Group {EDITOR_GROUP!r}: {editor.permissions.count()} permissions; "
                f"group {VIEWER_GROUP!r}: {viewer.permissions.count()} (view only); "
                f"group {CHIEF_EDITOR_GROUP!r}: {chief.permissions.count()} (with sign-off)."
            )
        )
