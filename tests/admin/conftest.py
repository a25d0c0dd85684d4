"""Fixtures for the editors' desk: logged-in editors and viewers, the seed issue, jump fixtures."""

import pytest
from django.contrib.auth import get_user_model

from articles.management.commands.setup_roles import ensure_groups
from tests.conftest import DATA
from tests.factories import import_seed, import_text

JUMPS = DATA / "jumps"


def staff(username: str, group) -> object:
    user = get_user_model().objects.create_user(username, password="pw-" + username, is_staff=True)
    user.groups.add(group)
    return user


@pytest.fixture
def groups(db):
    return ensure_groups()


@pytest.fixture
def editor(groups):
    return staff("desk-editor", groups[0])


@pytest.fixture
def viewer(groups):
    return staff("desk-viewer", groups[1])


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def viewer_client(client, viewer):
    client.force_login(viewer)
    return client


@pytest.fixture
def seed(db):
    """南通日报 2020-07-09 A1 (five stories, three jumping to A2, one photo, teasers)."""
    return import_seed()


@pytest.fixture
def seed_with_a2(seed):
    """The seed and its A2: every chain whole."""
    import_text((JUMPS / "A2.txt").read_text(encoding="utf-8"), "A2")
    return seed


@pytest.fixture
def tie(db):
    """Another issue whose one forward jump is ambiguous between two continuations."""
    from datetime import date

    when = date(2020, 7, 10)
    import_text((JUMPS / "tie-A1.txt").read_text(encoding="utf-8"), "A1", when=when)
    import_text((JUMPS / "tie-A2.txt").read_text(encoding="utf-8"), "A2", when=when)
    from articles.models import Jump, JumpState

    return Jump.objects.get(state=JumpState.AMBIGUOUS)


def form_data(response) -> dict:
    """The POST data an editor's browser would send for an admin form, as rendered."""
    forms = []
    if "adminform" in response.context:
        forms.append(response.context["adminform"].form)
    for inline in response.context.get("inline_admin_formsets", []) or []:
        forms.append(inline.formset.management_form)
        forms.extend(inline.formset.forms)
    data = {}
    for form in forms:
        for name in form.fields:
            bound = form[name]
            value = bound.value()
            if value is None or value is False:
                continue
            if value is True:
                value = "on"
            if isinstance(value, list | tuple):
                data[bound.html_name] = [str(v) for v in value]
            else:
                data[bound.html_name] = str(value)
    return data
