"""Whole stories' findings made ahead by an import's worker (articles.proofingahead): the
importing process takes them instead of checking the story again, only while nothing they depend
on differs there (the desk's word list, a name the archive knows that a space in the story may
split, the byline's reporters, the issue's other spellings); the findings stored are the ones one
process stores."""

from datetime import date

import pytest

from articles import proofing, proofingahead
from articles.importing import pages_import
from articles.models import Issue, ProofreadingWord
from articles.proofing import PartText, StoryText, story_findings
from articles.proofreading import WordEntry, WordList
from articles.proofreading import ahead as checks_ahead
from bench.synthetic import issue_pages
from tests.factories import page_inputs
from tests.proofreading.test_checks_ahead import stored_findings

STORY = StoryText(
    7,
    1,
    "",
    "港口扩建工程开工",
    "",
    "",
    "本报记者 方小禾",
    (PartText(70, "A3", [{"kind": "paragraph", "text": "方小禾说，徐 惠民抓好了落实。"}]),),
)


@pytest.fixture
def taken():
    """STORY's findings made as a worker makes them, taken with the word list they used."""
    words = WordList([WordEntry("preferred", "落实", "落到实处")])
    made = proofingahead.stories_ahead(
        [STORY], lambda s: story_findings(s, words=words, names=frozenset(), variants={})
    )
    checks_ahead.ahead_take(({}, {}, {}, (words, made)))
    yield words
    checks_ahead.ahead_take(None)


def test_a_story_made_ahead_is_taken_with_its_part_and_the_same_findings(taken):
    got = proofingahead.findings_ahead(STORY, taken, frozenset({"方小禾"}), {})
    assert got == story_findings(STORY, words=taken, names=frozenset({"方小禾"}), variants={})
    assert {f.finding.kind for f in got} >= {"preferred"}
    assert {f.part_id for f in got if f.field == "body"} == {70}


def test_a_story_made_ahead_is_checked_here_when_what_it_depends_on_differs(taken):
    other_list = WordList([WordEntry("preferred", "落实", "落到实处")])
    assert proofingahead.findings_ahead(STORY, other_list, frozenset(), {}) is None
    # 徐惠民, known to the archive, is spaced in the story: found here, not by the worker.
    known = frozenset({"徐惠民"})
    assert proofingahead.findings_ahead(STORY, taken, known, {}) is None
    here = story_findings(STORY, words=taken, names=known, variants={})
    assert "name_space" in {f.finding.kind for f in here}
    # The issue prints the byline's reporter another way.
    assert proofingahead.findings_ahead(STORY, taken, frozenset(), {"方小禾": {"方晓禾"}}) is None
    # The story as stored has other text.
    edited = StoryText(
        *[getattr(STORY, f) for f in ("pk", "issue_id", "kicker")],
        "新标题",
        *(getattr(STORY, f) for f in ("subheadline", "dateline", "byline", "parts")),
    )
    assert proofingahead.findings_ahead(edited, taken, frozenset(), {}) is None


STITCHED = StoryText(
    8,
    1,
    "",
    "港口扩建工程开工",
    "",
    "",
    "本报记者 方小禾",
    (
        PartText(80, "A1", [{"kind": "paragraph", "text": "港口扩建工程今天开工，要求抓好落实。"}]),
        PartText(81, "A4", [{"kind": "paragraph", "text": "方小禾说，徐惠民抓好了落实。"}]),
    ),
)


def test_a_stitched_story_made_ahead_is_taken_with_each_finding_in_its_own_part():
    words = WordList([WordEntry("preferred", "落实", "落到实处")])
    # As a worker guesses the stitch (articles.importing.stitchahead): ids 0, its parts 0 and 1.
    guessed = StoryText(
        0,
        0,
        *(getattr(STITCHED, f) for f in ("kicker", "headline", "subheadline", "dateline")),
        STITCHED.byline,
        tuple(PartText(n, p.page_label, p.blocks) for n, p in enumerate(STITCHED.parts)),
    )
    made = proofingahead.stories_ahead(
        [guessed], lambda s: story_findings(s, words=words, names=frozenset(), variants={})
    )
    checks_ahead.ahead_take(({}, {}, {}, (words, made)))
    try:
        got = proofingahead.findings_ahead(STITCHED, words, frozenset(), {})
    finally:
        checks_ahead.ahead_take(None)
    assert got == story_findings(STITCHED, words=words, names=frozenset(), variants={})
    assert {f.part_id for f in got if f.field == "body"} == {80, 81}


@pytest.mark.django_db(transaction=True)
def test_an_import_with_workers_stores_one_process_findings_checking_few_stories(monkeypatch):
    checked: list[int] = []
    real = proofing.story_findings
    monkeypatch.setattr(
        proofing,
        "story_findings",
        lambda story, **kw: checked.append(story.pk) or real(story, **kw),
    )
    ProofreadingWord.objects.create(kind="preferred", word="落实", preferred="落到实处")
    pages = issue_pages(6)
    pages["A3"] += (
        "\n\n港口扩建工程开工\n\n本报记者 徐惠民\n\n港口扩建工程今天开工，要求抓好落实。\n"
    )
    pages["A3"] += "\n\n码头夜班记\n\n本报记者 卢兆欣\n\n码头上灯火通明，工人们加班加点。\n"
    pages["A4"] += "\n\n码头工人加班加点\n\n本报记者 卢兆新\n\n码头上，徐 惠民正在采访工人。\n"
    items = page_inputs(pages, when=date(2021, 3, 4))

    list(pages_import(items, batch_pages=2))  # (a batch of one page is parsed here)
    alone, checked_alone = stored_findings(), len(checked)
    Issue.objects.all().delete()
    checked.clear()
    list(pages_import(items, batch_pages=2, workers=1))
    assert stored_findings() == alone
    assert {"preferred", "name_space", "name_variant"} <= {f[3] for f in alone}
    # Checked here: the one spacing 徐惠民 and the bylines the issue spells two ways; not the
    # stories stitched across a jump, made ahead as their worker guessed them (here: 12 and 2;
    # 6 while those were checked here).
    assert checked_alone > 10 and len(checked) <= 2
