"""``check_jumps`` (and 发布本期's chain lines) call every untitled story “无标题”.

README (Importing): "**Reports name every story**: one without a headline by its first 12
characters (dateline and credit left out): ``“城西污水处理厂二期工程本…”``", and check_jumps'
"Lines read as the desk does". The import report does so (``A2版已发布的续文“先进的膜生物反应器工艺，…”``),
but ``check_jumps`` — the publishing gate an editor reads at night — names each continuation
whose forward page has not come yet, each untitled brief, ``“无标题”``: a page that prints two
such continuations gives two lines that differ only by their number, and the editor cannot
tell which story is which without opening the page (its ``--json`` gives ``"title": ""``). The
same ``title or '无标题'`` stands in ``articles/publishchecks.py`` (发布本期's broken chains and
unsigned stories), ``proofread``, the upload's publish list and the jump fix page.

Steps: import a page 2 whose two continuations (``（上接A1版）``) repeat no headline the parser
can place yet; ``python manage.py check_jumps``: ``A2版 第1篇“无标题”…`` and ``第2篇“无标题”…``.
"""

import io

import pytest
from django.core.management import CommandError, call_command

from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = """（上接A1版）

先进的膜生物反应器工艺，出水水质达到一级A标准。县里还将同步建设配套管网一百二十公里。

（上接A1版）

财政补助占七成。街道办负责人说，下一步将推广老街改造经验。

全县秋粮收购工作启动

本报讯（记者 孙伟）全县秋粮收购工作昨天启动，各收购点敞开收购农民余粮，确保农民卖粮不难。
"""


def test_check_jumps_names_untitled_continuations_by_their_first_words():
    import_text(PAGE, "A2")
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("check_jumps", stdout=out, stderr=io.StringIO())
    lines = out.getvalue().splitlines()
    assert len(lines) == 2, lines
    assert "先进的膜生物反应器" in lines[0]
    assert "财政补助占七成" in lines[1]
    assert "无标题" not in out.getvalue()
