"""``--json`` for a refusal too: a command that prints a JSON report prints one JSON document on
stdout when it refuses to run (a bad flag, a missing file, a file whose name contradicts a flag:
any :class:`CommandError` raised before its report is written, and argparse's own usage errors),
and exits non-zero as before; the plain message still goes to stderr for a person.

The document: ``{"ok": false, "refused": true, "errors": [{"message", "file", "flag"}, …]}``;
a command's own report carries ``"ok"`` and ``"refused": false`` beside its fields, so a
script reads ``ok`` first whatever happened. ``file`` is the path the message starts with
(``PATH: 看不出出版日期…``, as every refusal of a file does), ``flag`` the option it starts with
(``--date: …``, ``--workers 至少是 0…``), each ``null`` when the message names none.

(The module's name starts with ``_``: Django lists no command for it.)
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from django.core.management.base import CommandError

# A message about one file or flag opens with it: ``PATH: …``, ``PATH ("date"): …``,
# ``PATH（版面上印的日期）: …``, ``--date: …``, argparse's ``argument --workers: …`` (``：`` is the
# Chinese text's own colon, never this separator).
_WHERE = re.compile(r"^(?:argument )?(?P<where>\S[^\n]*?)(?: \([^)\n]*\)|（[^）\n]*）)?: ")
_FLAG = re.compile(r"^(?:argument )?(--[a-z][a-z0-9-]*)(?![\w-])")  # --workers 至少是 0
_NOT_A_PATH = re.compile(r"[；，。：“”{}]")
_FILE_SUFFIXES = (".txt", ".text", ".pdf", ".json")


def refusal(message: str, *, problems: list[str]) -> CommandError:
    """A :class:`CommandError` (``message``) made of several problems (``problems``: one
    message each), all found before anything was done: ``--json`` lists each as an error of
    its own."""
    error = CommandError(message)
    error.problems = problems
    return error


def error_entry(message: str) -> dict:
    """``{"message", "file", "flag"}`` for one refusal message (see the module docstring)."""
    flag = _FLAG.match(message)
    match = _WHERE.match(message)
    where = match.group("where") if match else ""
    if flag or not where or _NOT_A_PATH.search(where):
        return {"message": message, "file": None, "flag": flag.group(1) if flag else None}
    if "/" in where or where.lower().endswith(_FILE_SUFFIXES) or Path(where).exists():
        return {"message": message, "file": where, "flag": None}
    return {"message": message, "file": None, "flag": None}


def report_document(report: dict, *, ok: bool | None = None, failures=()) -> dict:
    """A command's JSON ``report`` with ``"ok"`` (``ok``, else: no ``failures``), ``"refused":
    false`` and ``"errors"``, one :func:`error_entry` per failure (each a message naming its
    file): the refusal document's fields, so a script reads them alike."""
    errors = [error_entry(failure) for failure in failures]
    return {"ok": not errors if ok is None else ok, "refused": False, **report, "errors": errors}


def refusal_document(exc: CommandError) -> dict:
    """The JSON document for the refusal ``exc``: one error per problem it holds."""
    problems = getattr(exc, "problems", None) or [str(exc).removeprefix("Error: ")]
    return {"ok": False, "refused": True, "errors": [error_entry(p) for p in problems]}


def _dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


class JsonRefusalsMixin:
    """For a command with a ``--json`` flag: its report goes out through :meth:`write_json`
    (which marks it written), and a :class:`CommandError` raised before that, with ``--json``
    given, prints :func:`refusal_document` on stdout first. A ``CommandError`` raised after the
    report (``check_jumps``' exit status 1 when a jump is broken) prints nothing more."""

    _json_written = False

    def write_json(self, data: dict) -> None:
        """Print the command's JSON report (``data``) on stdout, once."""
        self._json_written = True
        self.stdout.write(_dumps(data))

    def execute(self, *args, **options):
        self._json_written = False
        try:
            return super().execute(*args, **options)
        except CommandError as exc:
            if options.get("json") and not self._json_written:
                self.write_json(refusal_document(exc))
            raise

    def run_from_argv(self, argv):
        """As Django runs it from the shell; with ``--json`` among the arguments, an argument
        argparse refuses (an unknown option, ``--batch-size x``) prints the refusal document on
        stdout before argparse's usage message and exit status 2."""
        if "--json" in argv[2:]:
            parser = self.create_parser(argv[0], argv[1])  # raises CommandError, not exit
            try:
                parser.parse_args(argv[2:])
            except CommandError as exc:
                self.stdout.write(_dumps(refusal_document(exc)))
                self.stdout.flush()
        return super().run_from_argv(argv)
