"""Create or refresh the newsroom's roles (idempotent): ``python manage.py setup_roles``.

* ``editor`` — edit every story, page, photo and person, import pages and spreadsheets, fix
  jumps, publish issues (publishing needs ``change_issue``), revert history.
* ``viewer`` — read-only: sees everything in the admin, changes nothing.

Only staff users reach the admin at all; a role is a group a staff user belongs to. Permissions
are created by ``migrate``, so run this after it (``create_demo_editor`` runs it too).
"""

from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand
from django.db import transaction

EDITOR_GROUP = "editor"
VIEWER_GROUP = "viewer"


def ensure_groups() -> tuple[Group, Group]:
    """``editor``: add/change/delete/view everything in the articles app; ``viewer``: view only."""
    perms = Permission.objects.filter(content_type__app_label="articles")
    editor, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    editor.permissions.set(perms)
    viewer, _ = Group.objects.get_or_create(name=VIEWER_GROUP)
    viewer.permissions.set(perms.filter(codename__startswith="view_"))
    return editor, viewer


class Command(BaseCommand):
    help = "Create or refresh the editor (edit, import, publish) and viewer (read-only) groups."

    @transaction.atomic
    def handle(self, *args, **options):
        editor, viewer = ensure_groups()
        self.stdout.write(
            self.style.SUCCESS(
                f"Group {EDITOR_GROUP!r}: {editor.permissions.count()} permissions; "
                f"group {VIEWER_GROUP!r}: {viewer.permissions.count()} (view only)."
            )
        )
