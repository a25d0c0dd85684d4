"""Settling a batch's reports reads each page's issue, the issues' pages and their label gaps
once for the label outliers, the label gaps and the open jumps (they only read), and says the
same: A1's 下转A2版 is 待接 until A2 is in, then linked."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.importing import PageInput, pages_import
from articles.importing.settling import reports_settle

pytestmark = pytest.mark.django_db

# Invented pages: a front page whose story jumps to A2, and another issue's page of briefs.
FRONT = (
    "青石镇跨河大桥开工\n\n"
    "本报讯（记者柳青）青石镇跨河大桥昨天开工，全长四百二十米，预计明年秋天通车，"
    "两岸村民过河不再绕行十二公里。镇政府表示，施工期间（下转A2版）\n"
)
FOLLOW = "（上接A1版）\n\n原有的渡口照常开放，每天早六点到晚八点都有渡船往返，方便村民出行。\n"
OTHER = "夜市开到晚十点\n\n本报讯（记者柳青）老街夜市本周起延长到晚上十点，摊位增加四十个。\n"


def _page(day: int, label: str, text: str) -> PageInput:
    return PageInput(
        paper_name="青石日报", issue_date=date(2021, 5, day), label=label, data=text.encode()
    )


def _settled(reports) -> tuple[int, list]:
    with CaptureQueriesContext(connection) as queries:
        reports_settle(reports)
    return len(queries), [
        (r.label, [(j.target_page, j.state) for j in r.pending_jumps]) for r in reports
    ]


def test_a_settling_reads_the_issues_once_for_its_checks():
    reports = list(pages_import([_page(6, "A1", FRONT), _page(7, "A1", OTHER)]))
    queries, said = _settled(reports)
    assert said[0][1] and said[0][1][0][1] == "pending" and said[1] == ("A1", [])
    # the pages' issues, their pages, their label gaps' jumps; the open and linked jumps, the
    # repeated pages, the same files, the published merges and the whole copies
    # (18 when each check read them again; one is the print-order links. The open jumps are asked
    # first through a statement built once, then read whole: one more here, where there is one;
    # most batches of an import have none, and Django building the read cost more than asking.)
    assert queries <= 14
    reports += list(pages_import([_page(6, "A2", FOLLOW)]))
    _, said = _settled(reports)
    assert said == [("A1", []), ("A1", []), ("A2", [])]
