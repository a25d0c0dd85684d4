"""Natural keys: the 报纸, 日期, 版次 and 位置 columns resolved to the rows they name
(:func:`lookup_keys`), with Chinese errors per column; never database ids."""

from __future__ import annotations

import re
from datetime import date, datetime

from django.core.exceptions import ValidationError

from articles.importing.papers import ambiguous_paper, papers_written
from articles.labels import LabelError, normalize_label
from articles.models import Article, Issue, Page
from articles.spreadsheets.cells import cell_text, check_text, column_range, from_cell
from articles.spreadsheets.relabelled import relabelled_away_message

PAPER, DATE, PAGE, POSITION = "报纸", "日期", "版次", "位置"
_DATE_RE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_key_date(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value)
    match = _DATE_RE.match(text)
    if match:
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            pass
    raise ValueError(f"“{text}”不是有效日期；请写成 年-月-日，如 2020-07-09")


def parse_key_position(value) -> int:
    """A 位置 cell as the position of a story or photo on its page (1, 2, ...); ValueError else."""
    text = cell_text(value)
    high = column_range(Article._meta.get_field("position"))[1]
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= high:
        raise ValueError(f"“{text[:20]}”不是版内位置；请写正整数，如 1")
    return int(text)


def lookup_keys(row) -> dict:
    """Resolve the key columns present in ``row`` to rows: paper, issue, page, position.

    Raises a ValidationError naming every bad key column and how to fix it."""
    errors: dict[str, str] = {}
    for column in (PAPER, DATE, PAGE, POSITION):
        try:
            check_text(cell_text(row.get(column)), column)
        except ValueError as exc:
            errors[column] = str(exc)
    if errors:
        raise ValidationError(errors)
    found: dict = {}
    paper_text = from_cell(row.get(PAPER))
    papers = papers_written(paper_text)  # the name exactly first, then as the importer folds it
    paper = papers[0] if len(papers) == 1 else None
    if not papers:
        errors[PAPER] = f"没有名为“{paper_text}”的报纸；请填写报名（如 南通日报）或 URL 标识"
    elif paper is None:
        errors[PAPER] = ambiguous_paper(paper_text, papers, "请在“报纸”一栏填写", "URL 标识")
    found["paper"] = paper
    try:
        found["date"] = parse_key_date(row.get(DATE))
    except ValueError as exc:
        errors[DATE] = str(exc)
    if PAGE in row:
        try:
            found["label"] = normalize_label(from_cell(row.get(PAGE)))
        except LabelError:
            errors[PAGE] = (
                f"“{cell_text(row.get(PAGE))[:20]}”不是版次；请写 A1、2、第二版 这样的版次"
            )
    if POSITION in row:
        try:
            found["position"] = parse_key_position(row.get(POSITION))
        except ValueError as exc:
            errors[POSITION] = str(exc)
    if errors:
        raise ValidationError(errors)
    issue = Issue.objects.filter(publication=paper, date=found["date"]).first()
    if issue is None:
        raise ValidationError(
            {DATE: f"{paper.name}没有 {found['date']:%Y-%m-%d} 这一期；请核对日期"}
        )
    found["issue"] = issue
    if "label" in found:
        page = Page.objects.filter(issue=issue, label=found["label"]).first()
        if page is None:
            said = relabelled_away_message(issue, found["label"])  # (改版次 since the export)
            raise ValidationError(
                {
                    PAGE: said
                    or f"{issue}没有 {found['label']} 版；请核对版次（表格只能修改已导入的版面）"
                }
            )
        found["page"] = page
    return found
