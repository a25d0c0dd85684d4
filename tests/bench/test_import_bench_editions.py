"""bench/import_bench.py --editions imports real-styled editions (folders with an edition.json,
as bench/fidelity.py reads them) instead of synthetic pages, and says so in every line it prints.
Runs the bench on a small edition written here, in a subprocess, as ``bench/run_all`` runs it."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PAGES = {
    "1.txt": """山城晚报

江边步道下月全线贯通

本报讯（记者 罗青禾）沿江步道最后一段护栏日前完工，全长十四公里的步道下月将全线开放。

沿线新设休息亭十二座、直饮水点二十处，夜间照明也已调试完毕。（下转第二版）

老街夜市试营业

本报讯（记者 蒋一帆）老街夜市昨晚试营业，八十多个摊位售卖小吃和手工艺品。
""",
    "2.txt": """（上接第一版）管理部门提醒市民骑车时注意避让行人。

图书馆延长开放时间

本报讯（记者 罗青禾）市图书馆自本周起每晚开放至九点，周末增设亲子阅读专场。
""",
    "3.txt": """副刊

秋夜读书记

窗外桂花正开，灯下翻开一本旧书，纸页泛黄，字句却依然清亮。读到会心处，
不觉夜已深了。
""",
}


def test_editions_option_imports_the_folder_and_names_the_text_it_measured(tmp_path):
    edition = tmp_path / "evening" / "2024-10-08"
    edition.mkdir(parents=True)
    for name, text in PAGES.items():
        (edition / name).write_text(text, encoding="utf-8")
        (edition / name.replace(".txt", ".truth.json")).write_text('{"stories": []}')
    (edition / "edition.json").write_text(
        json.dumps(
            {
                "paper": "山城晚报",
                "slug": "shancheng-evening",
                "date": "2024-10-08",
                "pages": [{"file": n, "page": n.removesuffix(".txt")} for n in PAGES],
            },
            ensure_ascii=False,
        )
    )
    done = subprocess.run(
        [
            sys.executable,
            "bench/import_bench.py",
            "--editions",
            str(tmp_path),
            "--database",
            "sqlite",
            "--workers",
            "0",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("text: real-styled editions from 1 folder ("), done.stdout
    assert "import SQLite, real-styled editions: 3 pages" in done.stdout, done.stdout
    assert "SQLite, real-styled editions, one process, CPU time: import" in done.stdout
    assert "jieba.lcut" in done.stdout and "peak memory" in done.stdout
    assert "synthetic" not in done.stdout


def test_again_imports_the_same_pages_a_second_time_and_prints_that_imports_cpu(tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            "bench/import_bench.py",
            "--pages",
            "3",
            "--database",
            "sqlite",
            "--workers",
            "0",
            "--again",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert "SQLite, synthetic, the same pages again (3 of 3 unchanged), CPU time" in done.stdout
    assert "parsing workers" not in done.stdout.split("the same pages again")[1]


def test_sets_that_reuse_a_paper_date_and_page_are_kept_apart_so_again_is_all_unchanged(
    tmp_path,
):
    """Two fixture sets, each with its own 山城晚报 2024-10-08 page 1 (written separately, as the
    holdout sets are): imported together, neither replaces the other, and importing them again
    leaves both unchanged."""
    folders = []
    for set_name, text in (("set-a", PAGES["1.txt"]), ("set-b", PAGES["2.txt"])):
        edition = tmp_path / set_name / "evening" / "2024-10-08"
        edition.mkdir(parents=True)
        (edition / "1.txt").write_text(text, encoding="utf-8")
        (edition / "1.truth.json").write_text('{"stories": []}')
        (edition / "edition.json").write_text(
            json.dumps(
                {
                    "paper": "山城晚报",
                    "slug": "shancheng-evening",
                    "date": "2024-10-08",
                    "pages": [{"file": "1.txt", "page": "1"}],
                },
                ensure_ascii=False,
            )
        )
        folders.append(str(tmp_path / set_name))
    done = subprocess.run(
        [
            sys.executable,
            "bench/import_bench.py",
            "--editions",
            *folders,
            "--database",
            "sqlite",
            "--workers",
            "0",
            "--again",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert "real-styled editions: 2 pages" in done.stdout, done.stdout
    assert "the same pages again (2 of 2 unchanged)" in done.stdout, done.stdout
