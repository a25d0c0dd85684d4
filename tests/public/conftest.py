"""Fixtures for the public site: the seed edition (A1 + its A2 continuations), published."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from django.core.cache import cache
from django.utils import timezone

from articles.models import Article, Issue, Page
from articles.templatetags.epaper import forget_remembered
from tests.conftest import DATA
from tests.factories import SEED_DATE, import_seed, import_text

A2_TEXT = (DATA / "jumps" / "A2.txt").read_text(encoding="utf-8")
PAPER = "nantong-daily"
DAY = "2020-07-09"
ISSUE_URL = f"/{PAPER}/{DAY}/"

# The five seed stories by their headline (titles as stored after import).
LEAD = "以重大项目支撑 南通高质量发展走在前列"
WORKS = "推进重点工程和重大项目不断取得新突破 发挥指挥部体制机制优势"
POLLUTION = "全市打好污染防治攻坚战"  # its subheadline: 二季度考核督查启动
VILLAGES = "千企联千村、共走振兴路"  # its subheadline: 首批18组企业村居集中签约
PARTY = "用党建品牌让社会组织“亮心”"


def publish_everything() -> None:
    """What the publish service will do; ``update()`` sends no signal, so the content version is
    bumped by hand (clearing the cache drops it, and every cached page with it)."""
    Issue.objects.update(status="published", published_at=timezone.now())
    Article.objects.update(status="published")
    cache.clear()


def synthetic_page(
    label: str, section: str, stories: int, photos: int, *, by: str = "张三", shot_by: str = ""
) -> str:
    """Page text in the printed format: ``stories`` stories and ``photos`` photos with credits."""
    topics = [
        "城市建设",
        "乡村振兴",
        "生态环境",
        "教育改革",
        "医疗卫生",
        "交通出行",
        "文化旅游",
        "科技创新",
    ]
    names = [by, "李四", "王五", "赵六"]
    lines = [f"{label}  {section}", ""]
    for i in range(stories):
        topic = topics[i % len(topics)] + ("" if i < len(topics) else f"第{i}项")
        lines += [
            f"{topic}迈出新步伐",
            "",
            f"本报讯（记者{names[i % len(names)]}）{topic}工作取得新进展，这是本版第{i + 1}篇稿件。",
            "",
            f"有关部门表示，{topic}将继续推进。",
            "",
        ]
    for j in range(photos):
        credit = shot_by or names[j % len(names)]
        lines += [f"第{j + 1}张照片：市民在公园里纳凉。", "", f"记者 {credit}摄", ""]
    return "\n".join(lines)


@dataclass
class Edition:
    issue: Issue
    a1: Page
    a2: Page

    def article(self, headline: str) -> Article:
        return Article.objects.get(issue=self.issue, headline=headline)

    def url(self, headline: str) -> str:
        return self.article(headline).get_absolute_url()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Cached pages of one test must never answer another's requests, and what earlier tests
    left in the process's remembered fragments never decides what a test renders (a store near
    its budget is cleared when it fills: a test counting renders would see one more)."""
    cache.clear()
    forget_remembered()
    yield
    cache.clear()


def make_edition(*, publish: bool = True) -> Edition:
    import_seed()
    import_text(A2_TEXT, "A2")
    if publish:
        publish_everything()
    issue = Issue.objects.get(publication__slug=PAPER, date=SEED_DATE)
    return Edition(issue=issue, a1=issue.pages.get(label="A1"), a2=issue.pages.get(label="A2"))


@pytest.fixture
def edition(db) -> Edition:
    """The seed front page and its A2 continuations, published: 5 stories, 4 of them on A1 and
    A2, 1 photo by 许丛军, 2 teasers (to A4/A3, not imported)."""
    return make_edition()


@pytest.fixture
def draft_edition(db) -> Edition:
    return make_edition(publish=False)


def next_day_story(when: date = date(2020, 7, 10)) -> Article:
    """A later published issue with one story by 金帅 and a photo by 许丛军."""
    import_text(synthetic_page("A1", "要闻", 1, 1, by="金帅", shot_by="许丛军"), "A1", when=when)
    publish_everything()
    return Article.objects.get(issue__date=when)
