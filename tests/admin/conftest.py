"""Fixtures for the editors' desk: logged-in editors and viewers, the seed issue, jump fixtures,
and the POST data a browser would send for a rendered form."""

from datetime import timedelta
from html.parser import HTMLParser
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

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
def chief(groups):
    """A chief editor (签发): an editor who may also sign off and publish on review papers."""
    return staff("desk-chief", groups[2])


@pytest.fixture
def chief_client(chief):
    from django.test import Client

    client = Client()
    client.force_login(chief)
    return client


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def viewer_client(client, viewer):
    client.force_login(viewer)
    return client


@pytest.fixture
def worker(monkeypatch):
    """Run the task worker (django-tasks' database backend, the project's) once over the queue,
    in this process (``db_worker --batch``). Its between-task connection check is skipped:
    inside a test's transaction it would close the test's connection."""
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    return lambda: call_command(
        "db_worker", "--batch", "--no-startup-delay", "--no-reload", stdout=StringIO()
    )


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


def time_ahead(days: int = 30) -> str:
    """A publish time ``days`` ahead of now as the desk's ``datetime-local`` field sends it
    (``2027-01-05T08:00``): within the year a schedule may be set ahead
    (``articles.scheduling.MOST_AHEAD``)."""
    return f"{timezone.localtime() + timedelta(days=days):%Y-%m-%dT08:00}"


def form_data(response, form_id: str | None = None) -> dict:
    """The POST data a browser would send for a form of ``response``, read from its HTML.

    The form is ``form_id``, or else the page's first POST form other than the header's log-out
    form. Like a browser, it sends named inputs that are not disabled (checkboxes and radios
    only when checked, ``on`` without a value), the selected options of each select (the first
    option of a single select when none is), textarea contents (line breaks as CRLF), hidden
    inputs; never submit buttons or file inputs (a test adds the button it clicks, such as
    ``_save``). A name sent once maps to a string, a name sent more often to a list.
    """
    parser = _FormParser(form_id)
    parser.feed(response.content.decode())
    parser.close()
    assert parser.found, f"no form {form_id or '(first POST form)'} in the page"
    data: dict = {}
    for name, value in parser.pairs:
        if name in data:
            previous = data[name]
            data[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            data[name] = value
    return data


class _FormParser(HTMLParser):
    """Collects the (name, value) pairs one form would submit (see :func:`form_data`)."""

    SKIPPED_TYPES = {"submit", "image", "reset", "button", "file"}

    def __init__(self, form_id: str | None):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.pairs: list[tuple[str, str]] = []
        self.found = False
        self.done = False
        self.inside = False
        self.disabled_fieldsets = 0
        self.select: dict | None = None
        self.option: dict | None = None
        self.textarea: dict | None = None

    def _wanted(self, attrs: dict) -> bool:
        if self.form_id is not None:
            return attrs.get("id") == self.form_id
        return (attrs.get("method") or "get").lower() == "post" and attrs.get("id") != "logout-form"

    def handle_starttag(self, tag, attr_list):
        attrs = {k: (v if v is not None else "") for k, v in attr_list}
        if tag == "form" and not self.done and not self.inside and self._wanted(attrs):
            self.inside = self.found = True
        if not self.inside:
            return
        disabled = "disabled" in attrs or self.disabled_fieldsets > 0
        if tag == "fieldset" and "disabled" in attrs:
            self.disabled_fieldsets += 1
        elif tag == "input" and attrs.get("name") and not disabled:
            kind = attrs.get("type", "text").lower()
            if kind in self.SKIPPED_TYPES:
                return
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.pairs.append((attrs["name"], attrs.get("value", "on") or "on"))
            else:
                self.pairs.append((attrs["name"], attrs.get("value", "")))
        elif tag == "select":
            self.select = {"attrs": attrs, "disabled": disabled, "options": []}
        elif tag == "option" and self.select is not None:
            self.option = {"attrs": attrs, "text": ""}
            self.select["options"].append(self.option)
        elif tag == "textarea":
            self.textarea = {"attrs": attrs, "disabled": disabled, "text": ""}

    def handle_data(self, data):
        if self.option is not None:
            self.option["text"] += data
        elif self.textarea is not None:
            self.textarea["text"] += data

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if tag == "form":
            self.inside, self.done = False, True
        elif tag == "fieldset" and self.disabled_fieldsets:
            self.disabled_fieldsets -= 1
        elif tag == "option":
            self.option = None
        elif tag == "select" and self.select is not None:
            self._end_select(self.select)
            self.select = self.option = None
        elif tag == "textarea" and self.textarea is not None:
            area, self.textarea = self.textarea, None
            name = area["attrs"].get("name")
            if name and not area["disabled"]:
                text = area["text"].removeprefix("\r\n").removeprefix("\n")  # as browsers do
                text = text.replace("\r\n", "\n").replace("\n", "\r\n")
                self.pairs.append((name, text))

    def _end_select(self, select: dict) -> None:
        name = select["attrs"].get("name")
        if not name or select["disabled"]:
            return
        options = [o for o in select["options"] if "disabled" not in o["attrs"]]
        chosen = [o for o in options if "selected" in o["attrs"]]
        if not chosen and "multiple" not in select["attrs"] and options:
            chosen = options[:1]
        for option in chosen:
            value = option["attrs"].get("value")
            self.pairs.append((name, value if value is not None else option["text"].strip()))
