"""``Page.text_digest``: one digest for every save of one text (BOM, line ends, spaces at a line's
end, composed or decomposed characters), another for another text; and the migration that fills
it for pages imported before it, a chunk at a time. Texts written for these tests."""

from __future__ import annotations

import importlib
from datetime import date

import pytest
from django.apps import apps
from django.db import connection

from articles.models import Issue, Page, Publication
from articles.textdigest import matching_text, text_digest

TEXT = "东湖新闻\n\n本报讯（记者 钱立）东湖公园今日开放。\n\n　　市民纷纷前来游览。\n"


@pytest.mark.parametrize(
    "saved",
    [
        "\ufeff" + TEXT,
        TEXT.replace("\n", "\r\n"),
        TEXT.replace("\n", "\r"),
        TEXT.replace("\n", "\r\r\n"),  # converted to CRLF twice
        TEXT.replace("。\n", "。 \t\u3000\n"),
        TEXT.rstrip("\n"),
        TEXT + "\n\n",
        "\n\n" + TEXT,  # (a reviewer's copy with the leading blank lines trimmed, reversed)
    ],
    ids=[
        "bom",
        "crlf",
        "cr",
        "crcrlf",
        "trailing-spaces",
        "no-last-newline",
        "blank-end",
        "blank-start",
    ],
)
def test_a_text_saved_again_has_the_same_digest(saved):
    assert text_digest(saved) == text_digest(TEXT) != ""


def test_decomposed_characters_read_as_composed():
    assert text_digest("Zoe\u0308 Mu\u0308ller\n" + TEXT) == text_digest("Zoë Müller\n" + TEXT)


@pytest.mark.parametrize(
    "other",
    [
        TEXT.replace("今日", "明日"),
        TEXT.replace("　　市民", "市民"),  # a paragraph's indent is printed
        TEXT.replace("\n\n本报讯", "\n本报讯"),  # a blank line parts a headline from its story
    ],
)
def test_another_text_has_another_digest(other):
    assert text_digest(other) != text_digest(TEXT)


def test_a_blank_text_has_no_digest_and_the_matching_text_is_only_for_matching():
    assert text_digest("") == text_digest(" \r\n\u3000\n") == ""
    assert matching_text("标题  \r\n正文\r\n") == "标题\n正文"


@pytest.mark.django_db
def test_the_migration_fills_the_digest_of_every_page_imported_before_it(monkeypatch):
    fill = importlib.import_module("articles.migrations.0017_fill_page_text_digest")
    monkeypatch.setattr(fill, "IDS_PER_QUERY", 3)  # several queries, several chunks each
    monkeypatch.setattr(fill, "CHUNK_CHARACTERS", 2 * len(TEXT))
    issue = Issue.objects.create(
        publication=Publication.objects.create(name="东湖日报", slug="donghu"),
        date=date(2021, 5, 6),
    )
    texts = [TEXT.replace("今日", f"{n}日") for n in range(1, 8)] + ["", TEXT * 5]
    for n, raw in enumerate(texts, start=1):
        Page.objects.create(issue=issue, label=str(n), raw_text=raw)
    Page.objects.filter(label="1").update(text_digest="kept")  # filled already: left alone
    assert Page.objects.filter(text_digest="").count() == len(texts) - 1

    fill.fill(apps, connection.schema_editor())

    digests = dict(Page.objects.values_list("raw_text", "text_digest"))
    assert digests.pop(texts[0]) == "kept"
    assert digests.pop("") == ""
    assert digests == {raw: text_digest(raw) for raw in texts[1:] if raw}
    assert len(set(digests.values())) == len(digests)
