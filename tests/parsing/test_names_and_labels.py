"""Names from bylines and credits; page labels as printed."""

import pytest

from articles.labels import LabelError, label_sequence, normalize_label
from articles.parsing import parse_names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("记者朱文君 卢兆欣", ("朱文君", "卢兆欣")),
        ("本报记者  彭  波", ("彭波",)),
        ("本报记者　彭　波", ("彭波",)),
        ("记者 王小明 通讯员 李大力", ("王小明", "李大力")),
        ("新华社记者 孙连生摄", ("孙连生",)),
        ("记者 徐建中、许丛军摄", ("徐建中", "许丛军")),
        ("记者 张三和李四", ("张三", "李四")),
        ("记者 王和平摄", ("王和平",)),
        ("本报记者 欧阳修 摄", ("欧阳修",)),
        ("文/图 本报记者 张三", ("张三",)),
        ("記者 許叢軍攝", ("許叢軍",)),
        ("本报评论员", ()),
        ("新华社发", ()),
    ],
)
def test_parse_names_drops_roles_and_keeps_names_as_printed(byline, names):
    assert parse_names(byline) == names


@pytest.mark.parametrize(
    ("raw", "label"),
    [
        ("A2", "A2"),
        ("第二版", "2"),
        ("第四版", "4"),
        ("6版", "6"),
        ("04", "4"),
        ("Ａ３", "A3"),
        ("b3", "B3"),
        ("第十二版", "12"),
        ("第 04 版", "4"),
        ("一〇五", "105"),
        ("第二頁", "2"),  # (a late-Qing paper names its pages 頁)
        ("第4页", "4"),
    ],
)
def test_normalize_label(raw, label):
    assert normalize_label(raw) == label


@pytest.mark.parametrize("raw", ["", "要闻", "第零版", "A"])
def test_not_a_label_raises_label_error_naming_it(raw):
    with pytest.raises(LabelError):
        normalize_label(raw)


def test_labels_sort_as_printed():
    labels = ["A10", "B1", "2", "A2", "10", "A1"]
    assert sorted(labels, key=label_sequence) == ["2", "10", "A1", "A2", "A10", "B1"]
