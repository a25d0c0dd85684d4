from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command

from articles.management.commands.create_demo_editor import DEMO_PASSWORD, DEMO_USERNAME

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command("create_demo_editor", *args, stdout=out)
    return out.getvalue()


def test_creates_the_editor_once():
    first = run()
    second = run()
    User = get_user_model()
    assert User.objects.filter(username=DEMO_USERNAME).count() == 1
    user = User.objects.get(username=DEMO_USERNAME)
    assert user.is_staff and user.is_active and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["editor"]
    assert "Created" in first and "Updated" in second
    assert DEMO_PASSWORD in first  # the login instructions


def test_groups_get_article_permissions():
    run()
    articles_perms = Permission.objects.filter(content_type__app_label="articles")
    editor = set(Group.objects.get(name="editor").permissions.all())
    viewer = set(Group.objects.get(name="viewer").permissions.all())
    assert editor == set(articles_perms)
    assert viewer == set(articles_perms.filter(codename__startswith="view_"))
    assert viewer and all(p.codename.startswith("view_") for p in viewer)
    assert {p.codename.split("_")[0] for p in editor} == {"add", "change", "delete", "view"}


def test_the_editor_can_open_the_admin(client):
    run()
    assert client.login(username=DEMO_USERNAME, password=DEMO_PASSWORD)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "稿件" in response.content.decode()  # the articles app is on the editor's desk


def test_refuses_the_demo_password_outside_dev_and_test(settings):
    settings.NEWSROOM_ALLOW_DEMO_LOGIN = False
    with pytest.raises(CommandError, match="--password"):
        run()
    assert not get_user_model().objects.exists()
    run("--password", "a-long-and-Unusual-passphrase-42")
    assert (
        get_user_model()
        .objects.get(username=DEMO_USERNAME)
        .check_password("a-long-and-Unusual-passphrase-42")
    )


def test_rejects_a_weak_password():
    with pytest.raises(CommandError, match="weak password"):
        run("--password", "12345")
