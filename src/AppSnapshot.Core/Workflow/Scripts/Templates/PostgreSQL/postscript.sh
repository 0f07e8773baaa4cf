#!/bin/bash
# AppSnapshot template "PostgreSQL": /tmp/postscript.sh (post-thaw). Owner root, mode 0700.
#
# The pre-script takes no lock, so there is nothing to release. This script only reports that
# the server is still answering after the thaw; a failure here is worth an alert, not a retry.
set -euo pipefail
umask 077
unset PGPASSWORD

readonly PG_OS_USER=postgres

log() { echo "appsnapshot-postgresql: $*"; }

main() {
    if runuser -u "$PG_OS_USER" -- psql -X -q --no-password -At -c 'SELECT 1' >/dev/null 2>&1; then
        log "PostgreSQL is answering after the thaw."
    else
        log "ERROR: PostgreSQL does not answer after the thaw."
        exit 1
    fi
}

main "$@"
