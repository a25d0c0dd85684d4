"""A story re-imported twice in a row is named once on its activity line (a third reviewer,
session 62): two merged re-import records read ``“河道整治完成过半”、“河道整治完成过半”``."""

from __future__ import annotations

import pytest

from articles.activity import desk_activity
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = "河道整治完成过半\n本报讯（记者张华）城区河道整治工程已完成{}。\n"


def test_a_story_re_imported_twice_is_named_once():
    for done in ("四成", "五成", "六成"):
        import_text(PAGE.format(done), "A1")
    lines = [line.text for line in desk_activity(limit=20) if "河道整治完成过半" in line.text]
    assert lines, [line.text for line in desk_activity(limit=20)]
    assert all(text.count("河道整治完成过半") == 1 for text in lines), lines
    assert not any("等 " in text for text in lines), lines
