"""Tables kept on disk between processes (articles.tablecache): written whole, read back only
from a file of the user's own that no one else may write."""

from __future__ import annotations

import os
import stat
import tempfile

from articles import tablecache


def test_a_kept_table_reads_back_as_written(tmp_path):
    path = tmp_path / "newsroom-test.bin"
    tablecache.write_table(path, b"\x01\x02table")
    assert tablecache.read_table(path) == b"\x01\x02table"
    assert [p.name for p in tmp_path.iterdir()] == ["newsroom-test.bin"]  # no temporary left


def test_a_table_others_may_write_is_not_read(tmp_path):
    path = tmp_path / "newsroom-test.bin"
    tablecache.write_table(path, b"table")
    path.chmod(0o666)
    assert tablecache.read_table(path) is None
    assert tablecache.read_table(tmp_path / "missing.bin") is None


def test_a_changed_source_file_names_another_table(tmp_path):
    source = tmp_path / "idf.txt"
    source.write_text("词 1.0\n", encoding="utf-8")
    before = tablecache.cache_path("idf", source, 1)
    source.write_text("词 2.0\n词语 3.0\n", encoding="utf-8")
    assert tablecache.cache_path("idf", source, 1) != before
    assert tablecache.cache_path("idf", source, 2) != tablecache.cache_path("idf", source, 1)


def test_word_keys_are_the_same_in_every_process():
    # BLAKE2b's first 8 bytes of the UTF-8 text, as a signed integer (not Python's str hash).
    assert tablecache.word_key("党建") == tablecache.word_key("".join(["党", "建"]))
    assert tablecache.word_key("党建") == int.from_bytes(
        __import__("hashlib").blake2b("党建".encode(), digest_size=8).digest(),
        "little",
        signed=True,
    )


def test_a_table_changed_on_disk_is_not_read(tmp_path):
    path = tmp_path / "newsroom-test.bin"
    tablecache.write_table(path, b"\x00\x01tags and values")
    data = bytearray(path.read_bytes())
    data[3] ^= 0xFF  # one byte changed, the length kept
    path.write_bytes(bytes(data))
    assert tablecache.read_table(path) is None


def test_a_table_cut_short_is_not_read(tmp_path):
    path = tmp_path / "newsroom-test.bin"
    tablecache.write_table(path, b"tags and values" * 10)
    path.write_bytes(path.read_bytes()[:-5])
    assert tablecache.read_table(path) is None
    path.write_bytes(b"")
    assert tablecache.read_table(path) is None


def test_a_pipe_where_a_table_is_looked_for_is_not_waited_on(tmp_path):
    # A pipe planted at the table's name would block a plain open() until someone writes to it.
    path = tmp_path / "newsroom-test.bin"
    os.mkfifo(path)
    assert tablecache.read_table(path) is None


def test_a_link_where_a_table_is_looked_for_is_not_followed(tmp_path):
    real = tmp_path / "real.bin"
    tablecache.write_table(real, b"table")
    (tmp_path / "newsroom-test.bin").symlink_to(real)
    assert tablecache.read_table(tmp_path / "newsroom-test.bin") is None


def test_a_table_in_a_folder_others_may_write_is_not_read(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "newsroom-test.bin"
    tablecache.write_table(path, b"table")
    assert tablecache.read_table(path) == b"table"
    folder.chmod(0o777)
    assert tablecache.read_table(path) is None


def test_tables_are_kept_in_a_folder_of_the_users_own(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSROOM_TABLE_CACHE", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    source = tmp_path / "idf.txt"
    source.write_text("词 1.0\n", encoding="utf-8")
    path = tablecache.cache_path("idf", source, 1)
    assert path.parent == tmp_path / f"newsroom-tables-{os.getuid()}"
    tablecache.write_table(path, b"values")
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert tablecache.read_table(path) == b"values"


def test_a_folder_someone_else_made_in_its_place_is_not_used(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSROOM_TABLE_CACHE", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    planted = tmp_path / f"newsroom-tables-{os.getuid()}"
    planted.mkdir(mode=0o777)
    planted.chmod(0o777)  # as another user's folder would be to us: open to all
    source = tmp_path / "idf.txt"
    source.write_text("词 1.0\n", encoding="utf-8")
    path = tablecache.cache_path("idf", source, 1)
    tablecache.write_table(path, b"values")
    assert not path.exists()
