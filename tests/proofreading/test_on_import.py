"""Proofreading at the commit of an import, with real commits: the stories the search index
has just read are checked as read (not read a third time), and only when nothing can have
changed them since (a later change in the transaction, a savepoint rolled back)."""

import pytest
from django.db import transaction

from articles import proofing
from articles.changes import content_changed
from articles.models import ArticlePart, ProofreadingFinding
from articles.proofing import queue_articles
from tests.factories import import_seed

pytestmark = pytest.mark.django_db(transaction=True)

SLIP = [{"kind": "paragraph", "text": "会议要求的的各部门抓好落实。"}]


@pytest.fixture
def reads(monkeypatch):
    """The stories :mod:`articles.proofing` reads from the database to check them."""
    read: list[int] = []
    real = proofing._read

    def spy(stories):
        rows = list(real(stories))
        read.extend(a.pk for a in rows)
        return rows

    monkeypatch.setattr(proofing, "_read", spy)
    return read


def _slip():
    """The seed's story with 清清, and the part that prints it."""
    finding = ProofreadingFinding.objects.get(text="清清")
    return finding.article, ArticlePart.objects.get(pk=finding.part_id)


def _texts(article):
    return sorted(
        ProofreadingFinding.objects.filter(article=article).values_list("text", flat=True)
    )


def test_an_import_checks_its_stories_as_the_index_read_them(reads):
    import_seed()
    stored = sorted(ProofreadingFinding.objects.values_list("kind", "text"))
    assert stored == [("doubled", "清清"), ("doubled", "组组")]
    assert reads == []  # every story came from the index's read


def test_a_story_saved_after_the_index_read_it_is_checked_as_saved(reads):
    import_seed()
    article, part = _slip()
    with transaction.atomic():
        content_changed(pages=[part.page])  # the index reads the stories
        part.blocks = SLIP
        part.save()  # then the story changes in the same transaction
    assert _texts(article) == ["的的"]
    assert article.pk in reads


def test_a_story_an_editor_restitched_after_the_index_read_it_is_checked_as_committed(reads):
    import_seed()
    article, part = _slip()
    with transaction.atomic():
        content_changed(pages=[part.page])
        # A jump fix moves parts in bulk and says so for the issue, not story by story.
        ArticlePart.objects.filter(pk=part.pk).update(blocks=SLIP)
        content_changed(issue_id=article.issue_id)
    assert _texts(article) == ["的的"]


def test_stories_read_in_a_savepoint_rolled_back_are_checked_as_committed(reads):
    import_seed()
    article, part = _slip()
    with transaction.atomic():
        queue_articles([article.pk])  # queued at the outer level: checked at its commit
        with pytest.raises(RuntimeError), transaction.atomic():
            ArticlePart.objects.filter(pk=part.pk).update(blocks=SLIP)
            content_changed(pages=[part.page])
            raise RuntimeError  # a batch that fails is rolled back
    assert _texts(article) == ["清清"]
    assert article.pk in reads


def test_the_index_hands_over_each_story_as_the_checks_read_it_themselves():
    from articles.models import Article
    from search.indexing import index_articles
    from tests.conftest import DATA
    from tests.factories import import_text

    import_seed()
    import_text((DATA / "jumps" / "A2.txt").read_text(encoding="utf-8"), "A2")
    ids = list(Article.objects.values_list("pk", flat=True))
    read: dict = {}
    index_articles(ids, force=True, read=read)
    assert sorted(read) == sorted(ids)
    # A story continued on A2: its parts in their order in the story, each with its page.
    jumped = [story for story in read.values() if len(story.parts) > 1]
    assert jumped and all([p.page_label for p in story.parts] == ["A1", "A2"] for story in jumped)
    for pk in ids:
        article = Article.objects.get(pk=pk)
        assert read[pk] == proofing._read(Article.objects.filter(pk=pk))[0]
        assert read[pk] == proofing.StoryText.of(article)
    assert proofing.check_articles(ids, in_hand=read) == proofing.check_articles(ids)
