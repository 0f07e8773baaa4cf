#!/bin/bash
# AppSnapshot template "MySQL": /tmp/prescript.sh (pre-freeze). Owner root, mode 0700.
#
# Takes FLUSH TABLES WITH READ LOCK in a background mysql session and returns once the lock is
# confirmed. The session keeps the lock until /tmp/postscript.sh kills it, or until
# MAX_LOCK_SECONDS pass, so a lost post-script cannot block writes forever.
#
# Credentials: ONLY from /root/.appsnapshot/mysql.cnf (owner root, mode 0600 or stricter), e.g.
#   [client]
#   user=backup
#   password=...
# Never from the environment or the command line, where other local users could read them.
set -euo pipefail
umask 077
# The mysql client would silently use a password exported in the environment: refuse that path.
unset MYSQL_PWD

readonly DEFAULTS_FILE=/root/.appsnapshot/mysql.cnf
readonly STATE_DIR=/run/appsnapshot
readonly LOCK_HANDLE="$STATE_DIR/mysql-freeze.lock"
readonly HOLDER_LOG="$STATE_DIR/mysql-freeze.log"
readonly MARKER_PREFIX=appsnapshot-freeze
# Longest time the read lock may be held: the fsfreeze timeout plus snapshot creation, with room.
readonly MAX_LOCK_SECONDS=300
readonly CONFIRM_ATTEMPTS=30

log() { echo "appsnapshot-mysql: $*"; }
die() { log "ERROR: $*"; exit 1; }

require_private_defaults_file() {
    [ -f "$DEFAULTS_FILE" ] && [ ! -L "$DEFAULTS_FILE" ] || die "$DEFAULTS_FILE is missing (or a symlink); create it with the [client] user and password."
    local owner mode
    owner=$(stat -c %u "$DEFAULTS_FILE")
    mode=$(stat -c %a "$DEFAULTS_FILE")
    [ "$owner" = 0 ] || die "$DEFAULTS_FILE must be owned by root."
    (( (8#$mode & 8#077) == 0 )) || die "$DEFAULTS_FILE must have mode 0600 or stricter (it is $mode)."
}

mysql_query() {
    mysql --defaults-extra-file="$DEFAULTS_FILE" --batch --skip-column-names -e "$1"
}

holder_pid=""
connection_id=""
confirmed=false

release_on_failure() {
    if [ "$confirmed" = true ]; then
        return
    fi
    if [ -n "$connection_id" ]; then
        mysql_query "KILL $connection_id" >/dev/null 2>&1 || true
    fi
    if [ -n "$holder_pid" ]; then
        kill "$holder_pid" 2>/dev/null || true
    fi
    rm -f "$LOCK_HANDLE"
}

main() {
    log "Begin to freeze MySQL."
    command -v mysql >/dev/null 2>&1 || die "the mysql client is not installed."
    require_private_defaults_file
    mysql_query "SELECT 1" >/dev/null || die "cannot connect to MySQL with $DEFAULTS_FILE."

    install -d -m 0700 -o root -g root "$STATE_DIR"
    if [ -e "$LOCK_HANDLE" ]; then
        die "$LOCK_HANDLE exists: a previous freeze was not released; run /tmp/postscript.sh first."
    fi

    local marker="$MARKER_PREFIX-$$"
    trap release_on_failure EXIT
    setsid mysql --defaults-extra-file="$DEFAULTS_FILE" --batch --skip-column-names \
        -e "FLUSH TABLES WITH READ LOCK; SELECT '$marker', SLEEP($MAX_LOCK_SECONDS);" \
        </dev/null >"$HOLDER_LOG" 2>&1 &
    holder_pid=$!

    # The SLEEP runs only after FLUSH TABLES WITH READ LOCK returned, so seeing it proves the lock.
    local attempt
    for (( attempt = 1; attempt <= CONFIRM_ATTEMPTS; attempt++ )); do
        kill -0 "$holder_pid" 2>/dev/null || die "the lock session ended early: $(cat "$HOLDER_LOG")"
        connection_id=$(mysql_query "SELECT ID FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() AND INFO LIKE '%$marker%' AND STATE = 'User sleep' LIMIT 1" || true)
        if [[ "$connection_id" =~ ^[0-9]+$ ]]; then
            printf 'connection_id=%s\npid=%s\n' "$connection_id" "$holder_pid" >"$LOCK_HANDLE"
            confirmed=true
            log "Read lock held by connection $connection_id (released by /tmp/postscript.sh, at the latest after ${MAX_LOCK_SECONDS}s)."
            return 0
        fi
        connection_id=""
        sleep 1
    done
    die "FLUSH TABLES WITH READ LOCK not confirmed after $CONFIRM_ATTEMPTS attempts (long-running queries?)."
}

main "$@"
