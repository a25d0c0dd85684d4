"""``--json`` for a refusal too: a command that prints a JSON report prints one JSON document on
stdout when it refuses to run (a bad flag, a missing file, a file whose name contradicts a flag:
any :class:`CommandError` raised before its report is written, and argparse's own usage errors),
and exits non-zero as before; the plain message still goes to stderr for a person.

The document: ``{"ok": false, "refused": true, "errors": [{"message", "file", "flag"}, …]}``;
a command's own report carries ``"ok"`` and ``"refused": false`` beside its fields, so a
script reads ``ok`` first whatever happened. ``file`` is the path the message starts with
(``PATH: 看不出出版日期…``, as every refusal of a file does), ``flag`` the option it starts with
(``--date: …``, ``--workers 至少是 0…``), each ``null`` when the message names none. A file whose
name contradicts a flag is refused with both (``PATH (--page): 文件名是 A1 版，--page 却是 A2…``):
``file`` and ``flag`` are both given.

(The module's name starts with ``_``: Django lists no command for it.)
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from django.core.management.base import CommandError
from django.db import OperationalError

from articles.management.commands._usage_errors import ChineseUsageErrorsMixin
from newsroom.dbcheck import COMMAND_BUSY_THEN, database_busy_message, is_database_locked

# A message about one file or flag opens with it: ``PATH: …``, ``PATH ("date"): …``,
# ``PATH（版面上印的日期）: …``, ``--date: …``, argparse's ``argument --workers: …`` (``：`` is the
# Chinese text's own colon, never this separator); a file and the flag its name contradicts,
# ``PATH (--page): …`` (the bracket's ``part``: which part of the file, or which flag).
_WHERE = re.compile(
    r"^(?:argument )?(?P<where>\S[^\n]*?)(?: \((?P<part>[^)\n]*)\)|（[^）\n]*）)?: "
)
_FLAG_PART = re.compile(r"--[a-z][a-z0-9-]*")
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
        part = match.group("part") or ""
        return {
            "message": message,
            "file": where,
            "flag": part if _FLAG_PART.fullmatch(part) else None,
        }
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


class JsonRefusalsMixin(ChineseUsageErrorsMixin):
    """For a command with a ``--json`` flag: argparse's refusals in Chinese
    (:class:`ChineseUsageErrorsMixin`); its report goes out through :meth:`write_json`
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
        except OperationalError as exc:  # SQLite's write lock held elsewhere: said, not refused
            if options.get("json") and not self._json_written and is_database_locked(exc):
                message = database_busy_message("正在写入的这一批", COMMAND_BUSY_THEN)
                error = {"message": message, "file": None, "flag": None}
                self.write_json({"ok": False, "refused": False, "errors": [error]})
            raise  # (manage.py says it on stderr in one line and exits 1)

    def run_from_argv(self, argv):
        """As Django runs it from the shell; with ``--json`` among the arguments (or a prefix
        argparse takes for it, ``--js``: :func:`json_flag_given`), an argument argparse refuses
        (an unknown option, ``--batch-size x``, a required one missing) prints the refusal
        document on stdout before argparse's usage message and exit status 2."""
        parser = self.create_parser(argv[0], argv[1])  # raises CommandError, not exit
        if json_flag_given(parser, argv[2:]):
            try:
                parser.parse_args(argv[2:])
            except CommandError as exc:
                self.stdout.write(_dumps(refusal_document(exc)))
                self.stdout.flush()
        return super().run_from_argv(argv)


def json_flag_given(parser, args: list[str]) -> bool:
    """Whether ``parser`` (a command's argparse parser) reads one of ``args`` (the command line
    after the command's name) as ``--json``, by argparse's own rule for long options: the flag
    itself, or (the parser allowing abbreviations, as Django's do) a prefix of it that no other
    of the parser's long options starts with (``--js``; ``--j`` too unless another option
    begins so), alone or as ``--js=…``. An argument after ``--``, or one holding a space, is no
    option (argparse reads it as a value). So ``--js`` gets the JSON refusal exactly when
    argparse would have run the command with ``--json``."""
    options = [
        name for action in parser._actions for name in action.option_strings if name[:2] == "--"
    ]  # (``_actions``: as Django's ``call_command`` reads a parser's options)
    for arg in args:
        if arg == "--":
            return False
        name = arg.split("=", 1)[0]
        if name[:2] != "--" or " " in arg:
            continue
        if name in options:
            if name == "--json":
                return True
            continue
        if parser.allow_abbrev and [o for o in options if o.startswith(name)] == ["--json"]:
            return True
    return False
