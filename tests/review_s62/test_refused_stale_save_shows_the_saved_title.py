"""After a refused stale save the form's heading shows the story as saved, not the unsaved title.

A fresh reviewer opened a story's form, a colleague saved it meanwhile, and the reviewer changed
the 主题 and pressed 保存: the save was refused (已被修改), but the page's heading, breadcrumbs and
title showed the title typed as if it had been saved. The heading now names the stored story
(``articles.forms.guards.VersionGuard``); the fields keep what the editor typed, to copy."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from articles.models import Article
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db

LEAD = "以重大项目支撑 南通高质量发展走在前列"


def test_the_heading_names_the_story_as_saved(editor_client, chief_client, seed):
    story = Article.objects.get(headline=LEAD)
    url = reverse("admin:articles_article_change", args=[story.pk])
    stale = form_data(editor_client.get(url))
    fresh = form_data(chief_client.get(url))
    saved = chief_client.post(url, {**fresh, "subheadline": "副题改过", "_save": "1"})
    assert saved.status_code == 302
    refused = editor_client.post(url, {**stale, "headline": "未保存的新标题", "_save": "1"})
    assert refused.status_code == 200 and refused.context["adminform"].form.is_stale
    html = refused.content.decode()
    heading = re.search(r"<h2>(.*?)</h2>", html, re.S).group(1)
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    breadcrumbs = re.search(r'<div class="breadcrumbs">(.*?)</div>', html, re.S).group(1)
    for shown in (heading, title, breadcrumbs):
        assert "未保存的新标题" not in shown
    assert LEAD.split()[0] in heading
    assert 'value="未保存的新标题"' in html  # what the editor typed stays in the field
    assert Article.objects.get(pk=story.pk).headline == LEAD
