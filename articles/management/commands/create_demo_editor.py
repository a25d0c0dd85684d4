"""Create the demo editor and chief editor accounts and the groups (idempotent).

    python manage.py create_demo_editor                      # editor / editor-demo-2020,
                                                             # chief / chief-demo-2020
    python manage.py create_demo_editor --password 'S3cret…'  # required in production
    python manage.py create_demo_editor --password 'S3cret…' --chief-password 'Other…'

The well-known demo password is only accepted where ``NEWSROOM_ALLOW_DEMO_LOGIN`` is on (the dev
and test settings); elsewhere ``--password`` is required and checked by the password validators.
Running it again resets the password and group membership, so the printed login always works.
The groups themselves come from ``setup_roles`` (run here too). The chief editor (group
``chief-editor``: signs off and publishes on papers that require sign-off) gets its demo
password in dev and test, ``--chief-password`` elsewhere; without it, no chief editor is made
outside dev and test.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from articles.management.commands._chinese_help import ChineseHelpMixin
from articles.management.commands.setup_roles import ensure_groups

DEMO_USERNAME = "editor"
DEMO_PASSWORD = "editor-demo-2020"
DEMO_CHIEF_USERNAME = "chief"
DEMO_CHIEF_PASSWORD = "chief-demo-2020"


class Command(ChineseHelpMixin, BaseCommand):
    help = "建立（或重设）演示用的编辑和总编辑账号，以及各角色的用户组。"

    def add_arguments(self, parser):
        parser.add_argument(
            "--username", default=DEMO_USERNAME, help="编辑的用户名（默认 %(default)s）"
        )
        parser.add_argument(
            "--password",
            help=f"编辑的密码；不给时为 {DEMO_PASSWORD}，只有开发和测试设置接受它",
        )
        parser.add_argument(
            "--chief-username",
            default=DEMO_CHIEF_USERNAME,
            help="总编辑的用户名（默认 %(default)s）",
        )
        parser.add_argument(
            "--chief-password",
            help=f"总编辑的密码；不给时为 {DEMO_CHIEF_PASSWORD}，只在开发和测试设置下",
        )

    @transaction.atomic
    def handle(self, *args, username, password, chief_username, chief_password, **options):
        demo = getattr(settings, "NEWSROOM_ALLOW_DEMO_LOGIN", False)
        if password is None and not demo:
            raise CommandError(
                "refusing to create an account with the published demo password under "
                f"{settings.SETTINGS_MODULE}; pass --password"
            )
        password = self._checked(password, DEMO_PASSWORD)
        editor_group, _, chief_group = ensure_groups()
        self._account(username, password, editor_group, DEMO_PASSWORD)
        if chief_password is None and not demo:
            self.stdout.write("No chief editor made: pass --chief-password to make one.")
            return
        chief_password = self._checked(chief_password, DEMO_CHIEF_PASSWORD)
        self._account(chief_username, chief_password, chief_group, DEMO_CHIEF_PASSWORD)

    @staticmethod
    def _checked(password, demo_password):
        if password is None:
            return demo_password
        try:
            validate_password(password)
        except ValidationError as exc:
            raise CommandError("weak password: " + " ".join(exc.messages)) from exc
        return password

    def _account(self, username, password, group, demo_password):
        user, created = get_user_model().objects.get_or_create(username=username)
        user.is_staff = True
        user.is_active = True
        user.set_password(password)
        user.save()
        user.groups.add(group)
        verb = "Created" if created else "Updated"
        self.stdout.write(
            self.style.SUCCESS(f"{verb} staff user {username!r} (group {group.name!r}).")
        )
        shown = repr(password) if password == demo_password else "the one you gave"
        self.stdout.write(f"Log in at /admin/ with username {username!r} and password {shown}.")
