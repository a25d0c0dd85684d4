"""An action posted with a selection that names no row (a tampered or truncated form: ``abc``,
``-1``, a number past 2**63) is a 400 page in Chinese that changes nothing, never a 500."""

from __future__ import annotations

import pytest

from articles.models import Article


@pytest.mark.parametrize("selected", [["abc"], ["1", "abc"], ["-1"], ["1.5"], [""]])
def test_an_action_on_a_selection_that_names_no_row_is_refused_in_chinese(
    editor_client, seed, selected
):
    before = list(Article.objects.order_by("pk").values_list("pk", "status"))
    response = editor_client.post(
        "/admin/articles/article/",
        {"action": "publish_selected", "_selected_action": selected, "index": 0},
    )
    assert response.status_code == 400
    assert "编号应是 1 到" in response.content.decode()
    assert list(Article.objects.order_by("pk").values_list("pk", "status")) == before


def test_an_action_on_real_rows_still_runs(editor_client, seed):
    pk = Article.objects.order_by("pk").values_list("pk", flat=True).first()
    response = editor_client.post(
        "/admin/articles/article/",
        {"action": "publish_selected", "_selected_action": [str(pk)], "index": 0},
    )
    assert response.status_code == 302
    assert Article.objects.get(pk=pk).status == "published"
