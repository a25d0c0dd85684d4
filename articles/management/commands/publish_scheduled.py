"""Publish what is due: ``python manage.py publish_scheduled`` (cron, every minute).

Every issue and story whose 定时发布 time has come is published through the ordinary publishing
service (history records, cache and feeds refreshed), see :mod:`articles.scheduling`. Safe to run
again and at the same time as another run. Prints one line per issue or story published; a
scheduled publication that could not be made (sign-off withdrawn, chain broken) is listed on
stderr, its schedule cleared with a history record, and the exit status is 1 (cron mails it).
"""

from django.core.management.base import BaseCommand, CommandError

from articles.management.commands._chinese_help import ChineseHelpMixin
from articles.management.commands._json_refusals import JsonRefusalsMixin, report_document
from articles.scheduling import publish_due


class Command(ChineseHelpMixin, JsonRefusalsMixin, BaseCommand):
    help = (
        "发布定时发布时间已到的各期和稿件。重复运行无妨：请由 cron 每分钟运行一次。"
        "有定时发布失败时退出码为 1。"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--json",
            action="store_true",
            help='以 JSON 打印结果（拒绝时也是：{"ok": false, …}）',
        )

    def handle(self, *args, **options):
        run = publish_due()
        if options["json"]:
            report = {"published": run.published, "failed": run.failed}
            self.write_json(report_document(report, ok=not run.failed))
        else:
            for line in run.published:
                self.stdout.write(self.style.SUCCESS(line))
            for line in run.failed:
                self.stderr.write(f"failed: {line}")
        if run.failed:
            raise CommandError(f"{len(run.failed)} 项定时发布未成功（见上），其定时已取消。")
