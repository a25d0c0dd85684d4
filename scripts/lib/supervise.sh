# supervise NAME COMMAND [ARG...]: keep a long-running COMMAND (the task worker) running.
#
# Whenever COMMAND exits (a crash, `database is locked` escaping django-tasks-db's worker when an
# import holds SQLite's write lock past its timeout, the out-of-memory killer), it is started
# again, and each restart is logged on stderr:
#   supervise: NAME exited with status N; restart K in D s
# The wait doubles after each quick failure, from SUPERVISE_MIN_DELAY (1 s) up to
# SUPERVISE_MAX_DELAY (60 s), and drops back to the minimum after a run that lasted
# SUPERVISE_STABLE_SECONDS (60 s) or more, so a worker that cannot start (a broken database) does
# not spin. SIGTERM or SIGINT to the supervising shell is passed to COMMAND (django-tasks-db's
# db_worker finishes its task first), waited for, and ends the loop with status 0.
# COMMAND gets that signal once, from here only: it runs in a session of its own (setsid), so a
# signal to the whole process group (Ctrl-C at the terminal, `timeout`, a service manager's
# group kill) does not reach it beside the one passed on, and a second signal to the supervising
# shell while it stops is ignored. (db_worker takes a second signal for "stop now": it exits 1
# from inside its exit handlers, `Exception ignored in atexit callback … SystemExit: 1`.)
# Call it in a background subshell: `supervise db_worker python manage.py db_worker ... &`.

supervise() {
    local name=$1
    shift
    local min=${SUPERVISE_MIN_DELAY:-1} max=${SUPERVISE_MAX_DELAY:-60}
    local stable=${SUPERVISE_STABLE_SECONDS:-60}
    local delay=$min restarts=0 status started
    _supervised=
    trap '_supervise_stop' TERM INT
    while true; do
        started=$SECONDS
        setsid "$@" &
        _supervised=$!
        status=0
        wait "$_supervised" || status=$?
        _supervised=
        if ((SECONDS - started >= stable)); then
            delay=$min
        fi
        restarts=$((restarts + 1))
        echo "supervise: $name exited with status $status; restart $restarts in ${delay} s" >&2
        sleep "$delay" &
        wait $! || true
        delay=$((delay * 2 > max ? max : delay * 2))
    done
}

_supervise_stop() {
    trap '' TERM INT # once: COMMAND is told to stop a single time
    if [[ -n ${_supervised:-} ]]; then
        kill -TERM "$_supervised" 2>/dev/null || true
        wait "$_supervised" 2>/dev/null || true
    fi
    exit 0
}
