"""A word to leave out typed with an unclosed or reversed quote still leaves it out (a third
reviewer, session 62): ``公园 -“三座`` and ``公园 -”三座 公园“`` searched for 三座 instead."""

from __future__ import annotations

import pytest

from search.queries import desk_query_refusal, parse_query

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "typed", ["公园 -“三座", "公园 -”三座 公园“", "公园 -「三座", '公园 -"三座']
)
def test_an_exclusion_with_a_stray_quote_still_excludes(typed):
    query = parse_query(typed)
    assert query.parts == ("公园",)
    assert query.excluded == ("三座",)


def test_a_minus_and_a_quote_before_a_number_is_no_exclusion():
    assert parse_query("气温 -“5℃").excluded == ()


def test_a_stray_quoted_exclusion_alone_is_said_to_find_nothing():
    assert "只写了要排除的词“-三座”" in desk_query_refusal("-“三座")
