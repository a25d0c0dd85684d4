"""Create the demo editor account and the editor/viewer groups (idempotent).

    python manage.py create_demo_editor                      # editor / editor-demo-2020
    python manage.py create_demo_editor --password 'S3cret…'  # required in production

The well-known demo password is only accepted where ``NEWSROOM_ALLOW_DEMO_LOGIN`` is on (the dev
and test settings); elsewhere ``--password`` is required and checked by the password validators.
Running it again resets the password and group membership, so the printed login always works.
The groups themselves come from ``setup_roles`` (run here too).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from articles.management.commands.setup_roles import EDITOR_GROUP, ensure_groups

DEMO_USERNAME = "editor"
DEMO_PASSWORD = "editor-demo-2020"


class Command(BaseCommand):
    help = "Create (or reset) the demo editor account and the editor/viewer groups."

    def add_arguments(self, parser):
        parser.add_argument("--username", default=DEMO_USERNAME)
        parser.add_argument(
            "--password",
            help=f"Defaults to {DEMO_PASSWORD!r}, which only dev and test settings accept.",
        )

    @transaction.atomic
    def handle(self, *args, username, password, **options):
        if password is None:
            if not getattr(settings, "NEWSROOM_ALLOW_DEMO_LOGIN", False):
                raise CommandError(
                    "refusing to create an account with the published demo password under "
                    f"{settings.SETTINGS_MODULE}; pass --password"
                )
            password = DEMO_PASSWORD
        else:
            try:
                validate_password(password)
            except ValidationError as exc:
                raise CommandError("weak password: " + " ".join(exc.messages)) from exc

        editor_group, _ = ensure_groups()
        user, created = get_user_model().objects.get_or_create(username=username)
        user.is_staff = True
        user.is_active = True
        user.set_password(password)
        user.save()
        user.groups.add(editor_group)

        verb = "Created" if created else "Updated"
        self.stdout.write(
            self.style.SUCCESS(f"{verb} staff user {username!r} (group {EDITOR_GROUP!r}).")
        )
        shown = repr(password) if password == DEMO_PASSWORD else "the one you gave"
        self.stdout.write(f"Log in at /admin/ with username {username!r} and password {shown}.")
