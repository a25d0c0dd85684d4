"""Tables kept on disk between processes (articles.tablecache): written whole, read back only
from a file of the user's own that no one else may write."""

from __future__ import annotations

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
