"""A command's whole ``--help`` in Chinese: argparse's own words (``usage:``, ``positional
arguments``, ``options``, ``show this help message and exit``) and the help of the options
Django gives every command (``-v``, ``--settings``, ``--pythonpath``, ``--traceback``,
``--no-color``, ``--force-color``, ``--skip-checks``, ``--version``), for the commands whose own
help is Chinese (STYLE: every message a user reads is Chinese). The options' names and values
stay as they are.

(The module's name starts with ``_``: Django lists no command for it.)
"""

from __future__ import annotations

import argparse

from django.core.management.base import DjangoHelpFormatter

#: Django's base options (by ``dest``) and argparse's ``-h``: their help in Chinese.
BASE_HELP = {
    "help": "显示本帮助并退出",
    "version": "显示程序的版本号并退出",
    "verbosity": "输出的详细程度：0 = 最少，1 = 正常，2 = 详细，3 = 非常详细",
    "settings": "设置模块的 Python 路径，如 newsroom.settings.production；"
    "不给时用环境变量 DJANGO_SETTINGS_MODULE",
    "pythonpath": "加入 Python 搜索路径的文件夹，如 /srv/newsroom",
    "traceback": "出错（CommandError）时打印完整的调用栈",
    "no_color": "输出不加颜色",
    "force_color": "输出总是加颜色（即使不是终端）",
    "skip_checks": "跳过系统检查",
}


class ChineseHelpFormatter(DjangoHelpFormatter):
    """Django's formatter (its own options listed last), with ``用法：`` for ``usage:``."""

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)


def chinese_help(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """``parser`` (a command's, as Django made it) with its group titles, ``usage:`` and the
    base options' help (:data:`BASE_HELP`) in Chinese; the command's own options keep theirs."""
    parser.formatter_class = ChineseHelpFormatter
    parser._positionals.title = "位置参数"  # (argparse's own groups: no public way to name them)
    parser._optionals.title = "选项"
    for action in parser._actions:
        if action.dest in BASE_HELP and action.help is not argparse.SUPPRESS:
            action.help = BASE_HELP[action.dest]
    return parser


class ChineseHelpMixin:
    """For a management command whose help is Chinese: its whole ``--help`` in Chinese
    (:func:`chinese_help`)."""

    def create_parser(self, prog_name, subcommand, **kwargs):
        kwargs.setdefault("formatter_class", ChineseHelpFormatter)
        return chinese_help(super().create_parser(prog_name, subcommand, **kwargs))
