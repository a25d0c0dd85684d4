# port_free PORT: succeeds when nothing listens on 127.0.0.1:PORT (scripts/run checks before it
# migrates, so a busy port is told at once with a way out, not after the banner). Uses the
# system's python3 (no virtualenv needed).
port_free() {
    python3 - "$1" <<'PY'
import socket
import sys

with socket.socket() as sock:
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1", int(sys.argv[1])))
    except OSError:
        sys.exit(1)
PY
}

# require_port PORT: port_free, or an error (Chinese, as the site's other messages) naming the port
# and how to choose another.
require_port() {
    if ! port_free "$1"; then
        echo "错误：127.0.0.1 的 $1 端口已被占用（网站是不是已经在运行？）。" >&2
        echo "请先停掉占用它的程序，或换一个端口运行：PORT=$(($1 + 1)) bash scripts/run" >&2
        return 1
    fi
}
