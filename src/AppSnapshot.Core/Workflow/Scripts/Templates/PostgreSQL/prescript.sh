#!/bin/bash
# AppSnapshot template "PostgreSQL": /tmp/prescript.sh (pre-freeze). Owner root, mode 0700.
#
# What this does, honestly: PostgreSQL has no "freeze writes" command. A snapshot of the data
# directory and its WAL taken at one instant (one snapshot-consistent group, file systems frozen
# by the plug-in) restores like a server after a power loss: PostgreSQL replays WAL and starts
# consistent. This script runs CHECKPOINT first so that replay is short, and refuses to continue
# when the server is not reachable, so a broken setup is not tagged application-consistent.
# Requirements: the data directory and pg_wal (and every tablespace) on disks of this instance
# that are in the snapshot group, and peer authentication for the postgres OS user (no password).
set -euo pipefail
umask 077
# libpq would silently use a password exported in the environment: refuse that path.
unset PGPASSWORD

readonly PG_OS_USER=postgres

log() { echo "appsnapshot-postgresql: $*"; }
die() { log "ERROR: $*"; exit 1; }

psql_as_postgres() {
    runuser -u "$PG_OS_USER" -- psql -X -q -v ON_ERROR_STOP=1 --no-password -At -c "$1"
}

main() {
    log "Begin to prepare PostgreSQL."
    command -v psql >/dev/null 2>&1 || die "the psql client is not installed."
    id "$PG_OS_USER" >/dev/null 2>&1 || die "OS user $PG_OS_USER does not exist."
    [ "$(psql_as_postgres 'SELECT 1')" = 1 ] || die "cannot connect to PostgreSQL as $PG_OS_USER."
    if [ "$(psql_as_postgres 'SELECT pg_is_in_recovery()')" = t ]; then
        log "Server is a standby: CHECKPOINT becomes a restartpoint."
    fi
    psql_as_postgres 'CHECKPOINT' >/dev/null || die "CHECKPOINT failed."
    sync
    log "Checkpoint done; the plug-in freezes the file systems next."
}

main "$@"
