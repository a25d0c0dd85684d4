"""scripts/run checks its port before anything else: a busy port is an error naming the port and
how to serve on another (PORT=…), not a banner followed by Django's "That port is already in
use" (scripts/lib/port.sh)."""

import socket
import subprocess
from pathlib import Path

ROOT = Path(__file__).parent.parent


def require_port(port: int) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", "-c", f'source scripts/lib/port.sh && require_port "{port}"'],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )


def test_a_busy_port_is_refused_in_chinese_with_a_way_out():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = require_port(port)
    assert done.returncode == 1
    assert f"错误：127.0.0.1 的 {port} 端口已被占用" in done.stderr
    assert f"或换一个端口运行：PORT={port + 1} bash scripts/run" in done.stderr
    assert "already in use" not in done.stderr  # said in Chinese, as the site's other messages


def test_a_free_port_passes():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert require_port(port).returncode == 0


def test_the_run_script_checks_the_port_before_it_sets_anything_up():
    script = (ROOT / "scripts" / "run").read_text()
    assert script.index('require_port "$port"') < script.index("ensure_venv\n")
