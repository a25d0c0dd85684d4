"""bench/import_identity.py's comparison: a changed value in any table is a difference, the time
a run stamps is not, and a table one database lacks is one."""

import sqlite3

from bench.import_identity import differences, table_rows


def database(path, rows, *, extra_table=False):
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE story (id integer PRIMARY KEY, title text, created_at datetime)")
        db.executemany("INSERT INTO story VALUES (?, ?, ?)", rows)
        if extra_table:
            db.execute("CREATE TABLE other (id integer PRIMARY KEY)")
    return path


def test_rows_stamped_at_other_times_are_the_same(tmp_path):
    ours = database(tmp_path / "a.sqlite3", [(1, "全县秋收", "2026-12-05 07:00:00")])
    theirs = database(tmp_path / "b.sqlite3", [(1, "全县秋收", "2026-12-05 07:01:30")])

    assert differences(table_rows(ours), table_rows(theirs)) == (0, [])
    assert table_rows(ours)["story"][1] == ["created_at"]  # (said as left out)


def test_a_changed_value_or_a_missing_row_is_a_difference(tmp_path):
    ours = database(tmp_path / "a.sqlite3", [(1, "全县秋收", None), (2, "冬运会", None)])
    theirs = database(tmp_path / "b.sqlite3", [(1, "全县秋收进度", None)])

    count, lines = differences(table_rows(ours), table_rows(theirs))

    assert count == 2
    assert lines[0] == "story: 2 rows differ (2 vs 1 rows)"
    assert "全县秋收进度" in lines[2]


def test_a_table_only_one_database_has_is_a_difference(tmp_path):
    ours = database(tmp_path / "a.sqlite3", [], extra_table=True)
    theirs = database(tmp_path / "b.sqlite3", [])

    assert differences(table_rows(ours), table_rows(theirs)) == (1, ["other: only in this tree"])
