from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def seed_path() -> Path:
    return ROOT / "seeds" / "nantong-daily" / "2020-07-09" / "A1.txt"
