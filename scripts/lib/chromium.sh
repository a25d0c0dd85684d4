# Debian's Chromium for the browser tests (Playwright drives it; no browser is ever downloaded).
#
#   source scripts/lib/chromium.sh
#   ensure_chromium        # installs chromium + chromium-driver with apt-get when missing (as root)

ensure_chromium() {
  # A CJK font too, or screenshots of Chinese pages show empty boxes.
  if [[ -x /usr/bin/chromium ]] && fc-list 2>/dev/null | grep -qi "cjk\|wqy"; then
    return 0
  fi
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "chromium: installing Debian's chromium, chromium-driver and fonts-noto-cjk" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver \
        fonts-noto-cjk >&2 &&
      return 0
  fi
  echo "chromium: /usr/bin/chromium is missing (apt-get install chromium); browser tests will be skipped" >&2
  return 0
}
