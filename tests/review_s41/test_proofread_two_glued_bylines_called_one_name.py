"""校对 calls two briefs' glued two-name bylines (陈玲玲林娟, 陈玲玲林松) one reporter spelt two ways.

README (Proofreading): "the same reporter spelt two ways in one issue" is flagged. A page's PDF
text layer prints a brief's two signatures glued (``（陈玲玲林娟）``: the README's own Founder page
does), and the importer reads such a byline as two reporters (陈玲玲 and 林娟), as printed. The
issue's name check does not read the bylines so: ``articles/proofing.py`` ``issue_variants``
takes each byline's names with ``parse_names`` and compares whole strings, so 陈玲玲林娟 and
陈玲玲林松 (five characters, one apart) are "同一人名两种写法" and both briefs get a finding
asking the editor to unify two correct bylines; ``proofread`` exits non-zero on a clean issue.

Steps: import a page with two briefs signed ``（陈玲玲林娟）`` and ``（陈玲玲林松）``; ``manage.py
proofread --paper … --date …``.
"""

import contextlib
import io
from datetime import date

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = """简讯

近日，县质监局对全县液化气充装站的压力容器进行安全检查，共发现隐患十二处，已全部督促整改。
（陈玲玲林娟）

日前，县图书馆新馆正式对外开放，新馆藏书二十万册，设有少儿阅览室和电子阅览室。
（陈玲玲林松）
"""


def test_two_pairs_of_reporters_are_not_one_name_spelt_two_ways():
    import_text(PAGE, "2", when=date(2025, 6, 15), paper="东林日报", slug="donglin")
    credited = sorted(sorted(a.reporter_names()) for a in Article.objects.all())
    assert credited == [["林娟", "陈玲玲"], ["林松", "陈玲玲"]], credited
    out = io.StringIO()
    with contextlib.suppress(CommandError):  # it exits non-zero when it finds something
        call_command("proofread", "--paper", "donglin", "--date", "2025-06-15", stdout=out)
    assert "同一人名两种写法" not in out.getvalue(), out.getvalue()
