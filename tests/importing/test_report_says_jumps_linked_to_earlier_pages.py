"""``import_pages`` of a page whose jumps another page imported before was waiting for says it
linked them, as the desk's jump lines do (已接续（接 2版 第1篇）): page 1 after page 2 printed
only 新建；1 篇稿件… for a reviewer, though it linked 2版's （上接1版）."""

from __future__ import annotations

import pytest

from tests.importing.test_dropped_continuation import CONTINUATION, FLAGS, FRONT, run, write

pytestmark = pytest.mark.django_db


def test_page_one_after_page_two_says_it_linked_page_twos_continuation(tmp_path):
    first = run(write(tmp_path, "2.txt", CONTINUATION), *FLAGS)
    assert "1 处转版待接（1版尚未导入）" in first
    out = run(write(tmp_path, "1.txt", FRONT), *FLAGS)
    assert (
        "1版：新建；1 篇稿件、0 张图片、0 条导读；1 处转版已接上已导入的版面（接 2版 第1篇）" in out
    )


def test_page_two_after_page_one_says_it_linked_page_ones_jump(tmp_path):
    run(write(tmp_path, "1.txt", FRONT), *FLAGS)
    out = run(write(tmp_path, "2.txt", CONTINUATION), *FLAGS)
    assert (
        "2版：新建；1 篇稿件、0 张图片、0 条导读；1 处转版已接上已导入的版面（接 1版 第1篇）" in out
    )


def test_pages_imported_together_say_nothing_of_their_links(tmp_path):
    out = run(write(tmp_path, "1.txt", FRONT), write(tmp_path, "2.txt", CONTINUATION), *FLAGS)
    assert "转版" not in out


def test_a_dry_run_says_it_will_link(tmp_path):
    run(write(tmp_path, "2.txt", CONTINUATION), *FLAGS)
    out = run(write(tmp_path, "1.txt", FRONT), *FLAGS, "--dry-run")
    assert "1 处转版将接上已导入的版面（接 2版 第1篇）" in out


def test_a_reimport_of_a_stitched_page_says_its_jump_is_linked_already(tmp_path):
    """Nothing changes for a jump already stitched: 已接好, in a dry run and a real one, the
    page's text changed or not (not 将接上/已接上已导入的版面)."""
    run(write(tmp_path, "1.txt", FRONT), write(tmp_path, "2.txt", CONTINUATION), *FLAGS)
    changed = CONTINUATION.replace("市民", "居民")
    for text, flags in ((CONTINUATION, ("--dry-run",)), (changed, ("--dry-run",)), (changed, ())):
        out = run(write(tmp_path, "2.txt", text), *FLAGS, *flags)
        assert "1 处转版已接好（接 1版 第1篇）" in out and "接上已导入的版面" not in out
