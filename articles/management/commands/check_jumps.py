"""Report broken continuation chains; exit 0 only when every jump is whole (a publishing gate).

Stories an e-paper served whole on two pages, kept as one story, are listed too (one line each,
``跨版整篇重复：…``), and so are 下转 linked to a continuation on another page than they print
(``请核对：…（印的是A3版，接续在A2版：转版版次可能印错，请核对；…）``, the desk's
``?broken=misprint``), and 下转 linked by the order of print alone (``请核对：…（按版面顺序接上：…）``,
the desk's ``?broken=order``), each with its fix page's address (处理此转版, where 核对无误
confirms it); none is broken, and none changes the exit status."""

from dataclasses import asdict

from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from articles.continuations import (
    JumpProblem,
    WeakLink,
    cross_page_copies,
    jump_problems,
    misprint_links,
    print_order_links,
)
from articles.management.commands._chinese_help import ChineseHelpMixin
from articles.management.commands._json_refusals import JsonRefusalsMixin, report_document
from articles.management.issue_options import add_issue_options, chosen_issues


class Command(ChineseHelpMixin, JsonRefusalsMixin, BaseCommand):
    help = (
        "列出每一处没有接好的转版：目标版面尚未导入、目标版面上没有对得上的接续、"
        "有几段接续都对得上（列出候选）、找不到“下转”的“上接”、循环。全部接好时退出码为 0，"
        "否则为 1（可用作发布前的检查）。接在别的版上的转版（转版版次可能印错）和按版面顺序接上的转版"
        "也列出（附“处理此转版”的地址），请核对，不影响退出码。"
    )

    def add_arguments(self, parser):
        add_issue_options(parser, since=True)
        parser.add_argument(
            "--json", action="store_true", help='以 JSON 输出（拒绝执行时也是："ok": false）'
        )

    def handle(self, *args, **options):
        issues = chosen_issues(options)
        problems = jump_problems(issues)
        copies = cross_page_copies(issues=issues)
        misprints = misprint_links(issues)
        by_order = print_order_links(issues)
        if options["json"]:  # (a refusal, e.g. a --date no issue has, prints {"ok": false, …})
            report = {
                "issues": len(issues),
                "problems": [_problem_json(p) for p in problems],
                "cross_page_copies": [{**asdict(c), "message": c.message} for c in copies],
                "misprint_links": [_link_json(m) for m in misprints],
                "print_order_links": [_link_json(link) for link in by_order],
            }
            self.write_json(report_document(report, ok=not problems))
        else:
            for problem in problems:
                self.stdout.write(problem.line)
            for copy in copies:
                self.stdout.write(f"跨版整篇重复：{copy.line}")
            for link in [*misprints, *by_order]:
                self.stdout.write(f"请核对：{link.line}\n  处理此转版：{fix_url(link)}")
            if not problems:
                self.stdout.write(
                    f"共检查 {len(issues)} 期：所有转版均已接好{_checked(misprints, by_order)}"
                )
        if problems:
            raise CommandError(
                f"共检查 {len(issues)} 期：{len(problems)} 处转版没有接好", returncode=1
            )


def fix_url(link: WeakLink) -> str:
    """The desk's fix page of ``link``'s jump (处理此转版: 核对无误, 改选, 断开)."""
    return reverse("admin:articles_jump_fix", args=[link.jump_id])


def _problem_json(problem: JumpProblem) -> dict:
    """A problem as ``--json`` gives it: its fields and its ``line`` (the text output's), with
    ``target`` the page its marker names for either half (``A1`` for a 上接 that came from A1),
    as the line's message names it."""
    return {**asdict(problem), "target": problem.marker_page, "line": problem.line}


def _link_json(link: WeakLink) -> dict:
    return {**asdict(link), "message": link.message, "line": link.line, "fix_url": fix_url(link)}


def _checked(misprints: list, by_order: list) -> str:
    """``（其中 1 处接在别的版上、2 处按版面顺序接上，请核对）``, or ``""`` for none."""
    kinds = [
        f"{len(misprints)} 处接在别的版上" if misprints else "",
        f"{len(by_order)} 处按版面顺序接上" if by_order else "",
    ]
    said = "、".join(kind for kind in kinds if kind)
    return f"（其中 {said}，请核对）" if said else ""
