#!/bin/bash
# AppSnapshot template "Generic": /tmp/prescript.sh (pre-freeze). Owner root, mode 0700.
#
# A documented starting point that changes nothing in your application: it flushes dirty pages
# and runs the hook below. Put the commands that quiesce your application into
# freeze_application. Exit non-zero when the application could not be quiesced: the plug-in then
# makes a file-system-consistent snapshot (or reports exit code 9) instead of claiming
# application consistency.
#
# Rules: never place passwords in this file or in the environment; read them from a root-only
# file (mode 0600). Keep the freeze short: the plug-in bounds it by ScriptTimeoutInSeconds, and
# /tmp/postscript.sh must be able to undo it even when run twice.
set -euo pipefail
umask 077

log() { echo "appsnapshot-generic: $*"; }

freeze_application() {
    # PLACEHOLDER: quiesce your application here, for example
    #   systemctl kill --signal=SIGUSR1 myapp.service   # ask the app to flush and pause
    # and return non-zero if it did not confirm.
    :
}

main() {
    log "Begin pre-freeze hook."
    freeze_application
    sync
    log "Finish pre-freeze hook."
}

main "$@"
