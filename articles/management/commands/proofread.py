"""List what the proofreading checks find (校对提示); exit 1 when anything is found (for cron).

Every story of the chosen issues is checked again with the word list as it is now, and its
stored findings (the desk's home counts them) are refreshed. The text is never changed."""

from django.core.management.base import BaseCommand, CommandError

from articles.management.commands._chinese_help import ChineseHelpMixin
from articles.management.commands._json_refusals import JsonRefusalsMixin, report_document
from articles.management.issue_options import add_issue_options, chosen_issues
from articles.models import Article, ArticlePart
from articles.proofing import check_articles
from articles.proofmarks import reading_counts, reading_text


class Command(ChineseHelpMixin, JsonRefusalsMixin, BaseCommand):
    help = (
        "校对：列出稿件中成对标点、重复字、半角标点、全半角数字、人名空格、同名异写和词表命中的"
        "提示（只提示，不改原文）。发现任何提示时退出码为 1。"
    )

    def add_arguments(self, parser):
        add_issue_options(parser)
        parser.add_argument(
            "--json", action="store_true", help='以 JSON 输出（拒绝执行时也是："ok": false）'
        )

    def handle(self, *args, **options):
        issues = chosen_issues(options)
        stories = list(
            Article.objects.filter(issue__in=issues)
            .select_related("issue__publication", "page")
            .order_by("issue__date", "page__sequence", "position")
        )
        found = check_articles([a.pk for a in stories])
        # Stories as editors count them on their page (photos and teasers take no number).
        numbers = ArticlePart.objects.story_numbers_at({a.page_id for a in stories})
        self._number = lambda a: numbers.get((a.page_id, a.position), a.position)
        total = sum(len(items) for items in found.values())
        if options["json"]:
            self.write_json(report_document(self._json(issues, stories, found), ok=not total))
        else:
            for article in stories:
                for item in found.get(article.pk, ()):
                    self.stdout.write(self._line(article, item))
            self.stdout.write(
                f"共检查 {len(issues)} 期、{len(stories)} 篇稿件：发现 {total} 处需要核对"
                f"（{sum(1 for v in found.values() if v)} 篇）"
            )
            reading = reading_counts(issue.pk for issue in issues)
            for issue in issues:
                if issue.pk in reading:
                    self.stdout.write(
                        f"{issue.publication.name} {issue.date:%Y-%m-%d} 校对进度："
                        f"{reading_text(*reading[issue.pk])}"
                    )
        if total:
            raise CommandError(f"发现 {total} 处校对提示", returncode=1)

    def _where(self, article) -> str:
        issue = article.issue
        return (
            f"{issue.publication.name} {issue.date:%Y-%m-%d} {article.page.label}版"
            f" 第{self._number(article)}篇“{article.name_for_editors()}”"
        )

    def _line(self, article, item) -> str:
        before, text, after = item.context()
        f = item.finding
        return (
            f"{self._where(article)} {item.where} · {f.label}：{f.message}"
            f"  原文：{before}【{text}】{after}"
        )

    def _json(self, issues, stories, found) -> dict:
        reading = reading_counts(issue.pk for issue in issues)
        return {
            "issues": len(issues),
            "proofread": [  # 校对进度 of each issue: stories, 校对完毕, changed since
                {
                    "paper": issue.publication.slug,
                    "date": issue.date.isoformat(),
                    "stories": reading[issue.pk][0],
                    "proofread": reading[issue.pk][1],
                    "changed_since": reading[issue.pk][2],
                }
                for issue in issues
                if issue.pk in reading
            ],
            "stories": len(stories),
            "findings": [
                {
                    "paper": article.issue.publication.slug,
                    "date": article.issue.date.isoformat(),
                    "page": article.page.label,
                    "position": article.position,
                    "number": self._number(article),
                    "article_id": article.pk,
                    "title": article.title,
                    "field": item.field,
                    "where": item.where,
                    "block": item.block,
                    "kind": item.finding.kind,
                    "label": item.finding.label,
                    "start": item.finding.start,
                    "end": item.finding.end,
                    "text": item.finding.text,
                    "message": item.finding.message,
                    "suggestion": item.finding.suggestion,
                    "context": "".join(item.context()),
                }
                for article in stories
                for item in found.get(article.pk, ())
            ],
        }
