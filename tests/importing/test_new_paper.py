"""A paper name that matches no paper is refused by import_pages unless --new-paper is given,
with the closest existing paper named (南通晚报 is one character from 南通日报; 南通日報 is
南通日报 in traditional characters, which ``--paper`` reads as that paper: see
test_paper_flag_read_as_other_commands.py)."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.importing.papers import new_paper, paper_distance
from articles.models import Issue, Publication
from tests.factories import SEED, import_seed

pytestmark = pytest.mark.django_db


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("import_pages", *map(str, args), stdout=out, stderr=err)
    return out.getvalue()


@pytest.fixture
def a2(tmp_path):
    page = tmp_path / "A2.txt"
    page.write_bytes(SEED.read_bytes())
    return page


def test_a_typo_in_the_paper_is_refused_naming_the_closest_paper(a2):
    import_seed()
    with pytest.raises(CommandError) as refused:
        run(a2, "--paper", "南通晚报", "--date", "2020-07-10")
    message = str(refused.value)
    assert "报纸 '南通晚报' 还不存在" in message
    assert "'南通日报'（nantong-daily" in message
    assert "相差 1 个字" in message
    assert "--paper nantong-daily" in message and "--new-paper" in message
    assert list(Publication.objects.values_list("name", flat=True)) == ["南通日报"]
    assert not Issue.objects.filter(date="2020-07-10").exists()


def test_new_paper_flag_creates_the_paper(a2):
    import_seed()
    run(a2, "--paper", "如皋日报", "--date", "2020-07-10", "--new-paper")
    assert Publication.objects.filter(name="如皋日报").exists()


def test_the_closest_papers_slug_imports_into_it(a2):
    import_seed()
    run(a2, "--paper", "nantong-daily", "--date", "2020-07-10")
    assert Publication.objects.count() == 1


def test_the_first_paper_of_an_empty_database_needs_no_flag():
    run("seeds")
    assert Publication.objects.get().slug == "nantong-daily"


def test_distance_folds_traditional_characters():
    paper = Publication(name="南通日报", slug="nantong-daily")
    assert paper_distance("南通日報", paper) == 0
    assert paper_distance("南通晚报", paper) == 1
    assert paper_distance("NANTONG-DAILY", paper) == 0


def test_new_paper_names_the_closest_of_several():
    Publication.objects.create(name="人民日报", slug="rmrb")
    Publication.objects.create(name="南通日报", slug="nantong-daily")
    found = new_paper("南通日報")
    assert found.closest.slug == "nantong-daily" and found.same_when_folded
    assert new_paper("南通日报") is None and new_paper("rmrb") is None


def test_a_name_like_no_paper_is_not_offered_a_far_one(a2):
    Publication.objects.create(name="ocr-rev", slug="ocr-rev")
    Publication.objects.create(name="三门日报", slug="sanmen")
    found = new_paper("南通日報")
    assert found.closest is None and found.others == 2
    with pytest.raises(CommandError) as refused:
        run(a2, "--paper", "南通日報", "--date", "2020-07-10")
    message = str(refused.value)
    assert "没有名称相近的已有报纸" in message and "--new-paper" in message
    assert "ocr-rev" not in message and "sanmen" not in message
    assert not Publication.objects.filter(name="南通日報").exists()


def test_only_a_near_name_or_slug_is_offered():
    paper = Publication.objects.create(name="南通日报", slug="nantong-daily")
    assert new_paper("南通晚报").closest == paper  # one character of four
    assert new_paper("如皋晚报").closest is None  # two of four
    assert new_paper("新报", slug="nantong-dialy").closest == paper  # the slug given, mistyped
    assert new_paper("nantong-dialy").closest == paper  # a slug written as the name
