#!/usr/bin/env bash
# session.sh COMMAND...: runs COMMAND with the real services the tests need.
# (Grows into the full harness: Dovecot, private D-Bus session, keyring, dunst, Xvfb, tray.)
set -euo pipefail
exec "$@"
