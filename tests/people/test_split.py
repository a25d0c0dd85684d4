"""拆分同名记者 (articles/people/split.py): two reporters 王明 held as one person become two,
told apart by their notes; the moves are one transaction and the log says what moved."""

from __future__ import annotations

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from articles.models import Byline, Person
from articles.people.moves import PeopleChangeRefused
from articles.people.split import person_split
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db


def split(two_wangs, **kwargs):
    arguments = {
        "person": two_wangs["person"],
        "note_kept": "晴川晚报",
        "note_new": "晴川日报体育部 1990年代",
        "story_ids": [two_wangs["daily"].pk],
        "photo_ids": [],
        **kwargs,
    }
    return person_split(**arguments)


def test_the_stories_chosen_move_to_a_new_person_of_the_same_name(two_wangs):
    done = split(two_wangs)

    assert done.new.name == "王明" and done.new.note == "晴川日报体育部 1990年代"
    assert Person.objects.get(pk=two_wangs["person"].pk).note == "晴川晚报"
    assert Byline.objects.get(article=two_wangs["daily"]).person == done.new
    assert Byline.objects.get(article=two_wangs["evening"]).person_id == two_wangs["person"].pk


def test_the_log_message_names_both_people_and_what_moved(two_wangs):
    done = split(two_wangs)

    said = done.message()
    assert said.startswith("拆分同名记者：王明（晴川晚报）分出王明（晴川日报体育部 1990年代）")
    assert f"稿件 1 篇（#{two_wangs['daily'].pk}）" in said


@pytest.mark.parametrize(
    ("notes", "said"),
    [
        (("", "体育部"), "请给两位各写一个区分说明"),
        (("体育部", "体育部"), "分辨不出来"),
        (("晚报", "王\U0001f600"), "区分说明“王😀”含有字符"),
    ],
)
def test_notes_that_would_not_tell_them_apart_are_refused_and_nothing_is_written(
    two_wangs, notes, said
):
    with pytest.raises(PeopleChangeRefused, match=said):
        split(two_wangs, note_kept=notes[0], note_new=notes[1])

    assert Person.objects.filter(name="王明").count() == 1
    assert Person.objects.get(name="王明").note == ""


def test_choosing_everything_is_refused_it_is_a_note_not_a_split(two_wangs):
    ids = [two_wangs["daily"].pk, two_wangs["evening"].pk]
    with pytest.raises(PeopleChangeRefused, match="全部稿件和图片都勾选了"):
        split(two_wangs, story_ids=ids)
    with pytest.raises(PeopleChangeRefused, match="请勾选属于另一位"):
        split(two_wangs, story_ids=[])


def test_a_story_no_longer_credited_to_the_person_is_refused(two_wangs):
    lee = Byline.objects.exclude(person__name="王明").first().article_id
    with pytest.raises(PeopleChangeRefused, match=f"#{lee} 已不署“王明”的名了"):
        split(two_wangs, story_ids=[lee])


def test_a_note_another_namesake_has_is_refused(two_wangs):
    split(two_wangs)
    person = Person.objects.get(note="晴川晚报")
    # (the evening paper's 王明 has only one story: give him another first)
    with pytest.raises(PeopleChangeRefused, match="已有人员“王明（晴川日报体育部 1990年代）”"):
        person_split(
            person=person,
            note_kept="晚报",
            note_new="晴川日报体育部 1990年代",
            story_ids=[two_wangs["evening"].pk],
            photo_ids=[],
        )


def test_the_desk_splits_a_whole_papers_stories_from_the_person_page(editor_client, two_wangs):
    person = two_wangs["person"]
    change = reverse("admin:articles_person_change", args=[person.pk])
    address = reverse("admin:articles_person_split", args=[person.pk])
    assert address in editor_client.get(change).content.decode()  # the object tool
    page = editor_client.get(address)
    daily = two_wangs["daily"].issue.publication_id
    assert "晴川日报（稿件 1 篇、图片 0 张）" in page.content.decode()
    data = {
        **form_data(page),
        "note_kept": "晴川晚报",
        "note_new": "体育部",
        "papers": [str(daily)],
    }

    response = editor_client.post(address, data)

    assert response.status_code == 302
    new = Person.objects.get(name="王明", note="体育部")
    assert response["Location"] == reverse("admin:articles_person_change", args=[new.pk])
    assert Byline.objects.get(article=two_wangs["daily"]).person == new
    logged = LogEntry.objects.filter(object_id=str(person.pk)).get().get_change_message()
    assert logged.startswith("拆分同名记者：王明（晴川晚报）分出王明（体育部）")


def test_the_desk_says_what_is_refused_in_chinese_and_writes_nothing(editor_client, two_wangs):
    person = two_wangs["person"]
    address = reverse("admin:articles_person_split", args=[person.pk])
    data = {**form_data(editor_client.get(address)), "note_kept": "甲", "note_new": "乙"}

    response = editor_client.post(address, data)

    assert response.status_code == 200
    assert "什么都没有改：请勾选属于另一位同名人员的稿件或图片" in response.content.decode()
    assert Person.objects.filter(name="王明").count() == 1


def test_the_split_page_reads_as_many_queries_however_many_stories(editor_client, two_wangs):
    from datetime import date

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.people.conftest import DAILY, import_page

    address = reverse("admin:articles_person_split", args=[two_wangs["person"].pk])

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert editor_client.get(address).status_code == 200
        return len(captured)

    before = queries()
    for day in (1, 2, 3):
        import_page(f"第{day}场比赛结束", "比赛精彩激烈", date(1995, 7, day), DAILY, label="A6")
    assert queries() == before
