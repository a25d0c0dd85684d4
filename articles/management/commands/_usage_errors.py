"""argparse's own refusals of a command line in Chinese: ``unrecognized arguments: --bogus``,
``argument --date: not allowed with argument --since``, ``argument --date: expected one
argument`` become ``不认识的参数：--bogus…``, ``--date 和 --since 只能用一个…``, ``--date 后面要跟一个值…``
(every message a user reads is Chinese, STYLE; the ``--json`` refusal document carries the same
message, its ``flag`` the option it opens with). A message of a form not listed here (argparse
may word a new one) is kept, without argparse's ``argument`` before the option. Pure: a message
in, a message out.

(The module's name starts with ``_``: Django lists no command for it.)
"""

from __future__ import annotations

import re

_TRANSLATIONS: tuple[tuple[re.Pattern, str], ...] = tuple(
    (re.compile(pattern), text)
    for pattern, text in (
        (
            r"^unrecognized arguments: (?P<args>.+)$",
            "不认识的参数：{args}（可用的选项见 --help）",
        ),
        (
            r"^argument (?P<flag>\S+): not allowed with argument (?P<other>\S+)$",
            "{flag} 和 {other} 只能用一个：请去掉其中一个",
        ),
        (
            r"^argument (?P<flag>\S+): expected one argument$",
            "{flag} 后面要跟一个值（写成 {flag} 值，或 {flag}=值）",
        ),
        (
            r"^argument (?P<flag>\S+): expected at least one argument$",
            "{flag} 后面要跟至少一个值",
        ),
        (
            r"^argument (?P<flag>\S+): ignored explicit argument (?P<value>.+)$",
            "{flag} 不带值：请去掉 {value}",
        ),
        (
            r"^argument (?P<flag>\S+): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)$",
            "{flag} 不认识 {value}：可选 {choices}",
        ),
        (
            r"^ambiguous option: (?P<flag>\S+) could match (?P<choices>.+)$",
            "{flag} 可以指 {choices}：请写全选项名",
        ),
        (
            r"^the following arguments are required: (?P<args>.+)$",
            "缺少参数：{args}",
        ),
        (r"^argument (?P<flag>\S+): (?P<rest>.+)$", "{flag}：{rest}"),
    )
)


def usage_error_in_chinese(message: str) -> str:
    """argparse's refusal ``message`` (as it passes it to ``ArgumentParser.error``) in Chinese,
    naming the option first as the project's refusals do (``--date：…``); ``message`` itself when
    its form is none argparse is known to print."""
    for pattern, text in _TRANSLATIONS:
        match = pattern.match(message)
        if match:
            return text.format(**match.groupdict())
    return message


class ChineseUsageErrorsMixin:
    """For a management command: argparse's refusals of its command line (an unknown option, a
    missing value, two exclusive options) are said in Chinese (:func:`usage_error_in_chinese`),
    from the shell (usage, the message, exit status 2, as argparse does) and from
    ``call_command`` (a :class:`~django.core.management.base.CommandError`) alike."""

    def create_parser(self, prog_name, subcommand, **kwargs):
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        refuse = parser.error  # (Django's: exit 2 from the shell, CommandError otherwise)
        parser.error = lambda message: refuse(usage_error_in_chinese(message))
        return parser
