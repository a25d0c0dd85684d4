"""Migration 0024 (a notice may name several stories, a story be corrected by several
notices) keeps the links made before: each notice's row becomes its first named story
(``order`` 0) with its state and story, and the database then takes a second notice for the
same story, and refuses a second row of one notice at the same place."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor

from tests.correctionnotices.test_linking import A2, DAY, LATER, NOTICE
from tests.factories import import_text

BEFORE, AFTER = ("articles", "0023_jump_by_print_order"), ("articles", "0024_notices_name_several")


@pytest.mark.django_db(transaction=True)
def test_the_links_made_before_are_kept():
    import_text(A2, "A2", when=DAY)
    import_text(NOTICE, "A3", when=LATER)
    try:
        _links_kept_across_0024()
    finally:  # the latest schema again, whatever happened: later tests share this database
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())


def _links_kept_across_0024():
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    old = executor.loader.project_state([BEFORE]).apps.get_model("articles", "CorrectionNotice")
    [(notice, corrected, state)] = old.objects.values_list("notice", "corrected", "state")
    assert state == "linked"

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([AFTER])
    after = executor.loader.project_state([AFTER]).apps  # (models as they were at 0024)
    new = after.get_model("articles", "CorrectionNotice")
    assert list(new.objects.values_list("notice", "order", "corrected", "state")) == [
        (notice, 0, corrected, "linked")
    ]
    article = after.get_model("articles", "Article")
    other = article.objects.exclude(pk__in=[notice, corrected]).first()  # a second notice
    new.objects.create(
        notice_id=other.pk, corrected_id=corrected, printed="（另一则）", state="linked"
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        new.objects.create(notice_id=notice, order=0, printed="（同一处）")
