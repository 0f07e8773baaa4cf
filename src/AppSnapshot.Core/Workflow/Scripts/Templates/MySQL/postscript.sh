#!/bin/bash
# AppSnapshot template "MySQL": /tmp/postscript.sh (post-thaw). Owner root, mode 0700.
#
# Releases the read lock taken by /tmp/prescript.sh: kills the holding MySQL connection named in
# the lock handle (and any stray session carrying the freeze marker), then checks none is left.
# Safe to run any number of times: with nothing to release it succeeds.
# Credentials: ONLY from /root/.appsnapshot/mysql.cnf (owner root, mode 0600 or stricter).
set -euo pipefail
umask 077
# The mysql client would silently use a password exported in the environment: refuse that path.
unset MYSQL_PWD

readonly DEFAULTS_FILE=/root/.appsnapshot/mysql.cnf
readonly STATE_DIR=/run/appsnapshot
readonly LOCK_HANDLE="$STATE_DIR/mysql-freeze.lock"
readonly MARKER_PREFIX=appsnapshot-freeze
readonly RELEASE_CHECKS=10

log() { echo "appsnapshot-mysql: $*"; }
die() { log "ERROR: $*"; exit 1; }

require_private_defaults_file() {
    [ -f "$DEFAULTS_FILE" ] && [ ! -L "$DEFAULTS_FILE" ] || die "$DEFAULTS_FILE is missing (or a symlink)."
    local owner mode
    owner=$(stat -c %u "$DEFAULTS_FILE")
    mode=$(stat -c %a "$DEFAULTS_FILE")
    [ "$owner" = 0 ] || die "$DEFAULTS_FILE must be owned by root."
    (( (8#$mode & 8#077) == 0 )) || die "$DEFAULTS_FILE must have mode 0600 or stricter (it is $mode)."
}

mysql_query() {
    mysql --defaults-extra-file="$DEFAULTS_FILE" --batch --skip-column-names -e "$1"
}

handle_value() {
    [ -f "$LOCK_HANDLE" ] || return 0
    sed -n "s/^$1=\([0-9][0-9]*\)\$/\1/p" "$LOCK_HANDLE" | head -n 1
}

marker_sessions() {
    mysql_query "SELECT ID FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() AND INFO LIKE '%$MARKER_PREFIX-%' AND INFO LIKE '%SLEEP(%'"
}

main() {
    log "Begin to thaw MySQL."
    command -v mysql >/dev/null 2>&1 || die "the mysql client is not installed."
    require_private_defaults_file

    local connection_id holder_pid id
    connection_id=$(handle_value connection_id)
    holder_pid=$(handle_value pid)

    local sessions
    sessions=$(marker_sessions) || die "cannot query MySQL; the lock ends by itself when the pre-script's ceiling passes."
    for id in $connection_id $sessions; do
        # "Unknown thread id" means it is already gone: that is the goal, not an error.
        mysql_query "KILL $id" >/dev/null 2>&1 || true
    done
    if [ -n "$holder_pid" ]; then
        kill "$holder_pid" 2>/dev/null || true
    fi

    # KILL is asynchronous: a killed session can linger for a moment before it disappears.
    local left attempt
    for (( attempt = 1; attempt <= RELEASE_CHECKS; attempt++ )); do
        left=$(marker_sessions) || die "cannot confirm the release."
        [ -n "$left" ] || break
        sleep 0.5
    done
    [ -z "$left" ] || die "freeze session(s) still present: $left"
    rm -f "$LOCK_HANDLE"
    log "Finish thaw MySQL."
}

main "$@"
