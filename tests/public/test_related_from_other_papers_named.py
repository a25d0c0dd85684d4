"""相关报道 on a story page names the paper of a story from another paper of the group (a
reviewer's 红星报 story listed a 1991 county paper's story with no paper name); a story of the
same paper is listed without it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db

TEXT = "飞牛小匠志愿服务社为社区居民提供上门维修服务。"


def test_a_related_story_of_another_paper_names_its_paper(client):
    story = make_story("飞牛小匠服务社区", TEXT)
    same = make_story("飞牛小匠再出发", TEXT, day=date(2021, 3, 2))
    other = make_story(
        "飞牛小匠走进乡村", TEXT, day=date(2021, 3, 3), paper="岚溪县报", slug="lanxi"
    )
    html = client.get(story.get_absolute_url()).content.decode()
    related = html[html.index('id="related-h"') :]
    assert other.get_absolute_url() in related and same.get_absolute_url() in related
    assert "岚溪县报 2021年3月3日" in related
    assert "测试日报 2021年3月2日" not in related  # the page's own paper goes without saying
