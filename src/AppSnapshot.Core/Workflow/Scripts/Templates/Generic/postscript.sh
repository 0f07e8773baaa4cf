#!/bin/bash
# AppSnapshot template "Generic": /tmp/postscript.sh (post-thaw). Owner root, mode 0700.
#
# The counterpart of /tmp/prescript.sh: resume what freeze_application paused. It must succeed
# when there is nothing to resume (it can run after a failed or skipped pre-script).
set -euo pipefail
umask 077

log() { echo "appsnapshot-generic: $*"; }

thaw_application() {
    # PLACEHOLDER: resume your application here, for example
    #   systemctl kill --signal=SIGUSR2 myapp.service
    :
}

main() {
    log "Begin post-thaw hook."
    thaw_application
    log "Finish post-thaw hook."
}

main "$@"
