# Debian's redis-server for the shared-cache tests (the tests start and stop their own server).
#
#   source scripts/lib/redis.sh
#   ensure_redis           # installs redis-server with apt-get when missing (as root)

ensure_redis() {
  if command -v redis-server >/dev/null; then
    return 0
  fi
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "redis: installing Debian's redis-server" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >&2 &&
      return 0
  fi
  echo "redis: redis-server is missing (apt-get install redis-server); its tests will be skipped" >&2
  return 0
}
