"""Turning a paper's 发布须经签发 off decides the links held for sign-off again, however it is
turned off — the desk's paper form, a shell's ``paper.save()``, a save of that one field — and
once: the held continuation joins its head, published with it, and its old address leads to the
whole story."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.continuations import resolution
from articles.models import Article, Jump, JumpState, Publication, Status
from tests.admin.conftest import (  # noqa: F401  (fixtures)
    chief,
    chief_client,
    form_data,
    groups,
)
from tests.review_s35.test_held_link_on_the_desk import joined
from tests.review_s35.test_held_published_continuation import held

pytestmark = pytest.mark.django_db


@pytest.fixture
def resolutions(monkeypatch) -> list[int]:
    """How many times the resolver ran (each call of ``jumps_resolve`` after the fixture)."""
    calls: list[int] = []
    resolve = resolution.jumps_resolve

    def counted(issues, **kwargs):
        calls.append(1)
        return resolve(issues, **kwargs)

    monkeypatch.setattr(resolution, "jumps_resolve", counted)
    return calls


def test_turning_sign_off_off_in_the_shell_joins_the_held_link(tmp_path, client):
    tail, _ = held(tmp_path)
    paper = Publication.objects.get()
    paper.review_required = False
    paper.save()
    joined(tail, client)


def test_saving_only_the_field_joins_the_held_link(tmp_path, client):
    tail, _ = held(tmp_path)
    paper = Publication.objects.get()
    paper.review_required = False
    paper.save(update_fields=["review_required"])
    joined(tail, client)


def test_turning_sign_off_off_on_the_desk_decides_the_held_link_once(
    tmp_path,
    chief_client,  # noqa: F811
    client,
    resolutions,
):
    tail, _ = held(tmp_path)
    url = reverse("admin:articles_publication_change", args=[tail.issue.publication_id])
    data = {k: v for k, v in form_data(chief_client.get(url)).items() if k != "review_required"}
    resolutions.clear()
    assert chief_client.post(url, data).status_code == 302
    assert len(resolutions) == 1
    joined(tail, client)


def test_saving_a_paper_that_keeps_sign_off_leaves_the_link_held(tmp_path, resolutions):
    held(tmp_path)
    paper = Publication.objects.get()
    paper.name = "南通日报（新）"
    paper.save()
    assert resolutions == []
    assert Article.objects.filter(status=Status.PUBLISHED).count() == 1  # the continuation
    assert Jump.objects.get(direction="forward").state == JumpState.PENDING
