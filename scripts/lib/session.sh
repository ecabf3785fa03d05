#!/usr/bin/env bash
# session.sh COMMAND...: runs COMMAND with every real service the tests need, then stops them.
#
# COMMAND runs inside a private D-Bus session (dbus-run-session) that holds
#   - Xvfb on a free display (DISPLAY), with `trayer` as XEmbed system tray host,
#   - gnome-keyring-daemon, unlocked, serving the Secret Service (org.freedesktop.secrets),
#   - dunst serving org.freedesktop.Notifications,
# and beside it a private Dovecot on 127.0.0.1 (scripts/lib/dovecot.sh), described by the
# exported LETTERTRAY_DOVECOT_* variables. XDG_{CONFIG,DATA,CACHE}_HOME and XDG_RUNTIME_DIR
# point into the session's temporary directory, so nothing touches the user's real settings
# or keyrings. Exits with COMMAND's status and leaves no process behind.
#
#   LETTERTRAY_SESSION_KEEP=1   keep the temporary directory (logs) for inspection
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
log() { printf '\033[1m[session]\033[0m %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

[ $# -ge 1 ] || die "usage: session.sh COMMAND [ARGS...]"

# Stage 1: get a private session bus; dbus-run-session stops its bus when the command ends.
# dbus-run-session does not pass signals on, so this stage forwards them to stage 2 (whose pid
# it learns through a file), which stops COMMAND and every service it started.
if [ "${LETTERTRAY_SESSION_STAGE:-}" != inner ]; then
    command -v dbus-run-session >/dev/null || die "dbus-run-session missing (apt-get install dbus)"
    pid_file=$(mktemp /tmp/lettertray-session-pid.XXXXXX)
    # Always as TERM: stage 2 runs in the background, where bash ignores SIGINT for good.
    signalled=""
    forward() {
        local inner
        signalled=$1
        inner=$(cat "$pid_file" 2>/dev/null || true)
        [ -n "$inner" ] && kill -TERM "$inner" 2>/dev/null
        return 0
    }
    trap 'forward 143' TERM
    trap 'forward 130' INT
    trap 'forward 129' HUP
    env LETTERTRAY_SESSION_STAGE=inner LETTERTRAY_SESSION_PID_FILE="$pid_file" \
        dbus-run-session -- "$0" "$@" <&0 2> >(
            # dbus-daemon warns about the fd limit in containers; that is noise, not an error.
            grep -v --line-buffered 'fd limit' >&2) &
    child=$!
    # A trapped signal interrupts `wait`; keep waiting until the session has really ended.
    while :; do
        status=0
        wait "$child" || status=$?
        kill -0 "$child" 2>/dev/null || break
    done
    rm -f "$pid_file"
    exit "${signalled:-$status}"
fi
unset LETTERTRAY_SESSION_STAGE
if [ -n "${LETTERTRAY_SESSION_PID_FILE:-}" ]; then
    echo "$$" >"$LETTERTRAY_SESSION_PID_FILE"
    unset LETTERTRAY_SESSION_PID_FILE
fi

session_dir=$(mktemp -d /tmp/lettertray-session.XXXXXX)
# Dovecot's login processes run as dovenull and must traverse this directory.
chmod 755 "$session_dir"
pids=()

cleanup() {
    local status=$? pid
    trap - EXIT INT TERM HUP
    # Dovecot's master takes a few seconds to wind down; stop it while the rest goes.
    "$here/dovecot.sh" stop "$session_dir/dovecot" >/dev/null 2>&1 &
    local dovecot_stopper=$!
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        # Give each one a moment, then insist.
        for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
        kill -9 "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    wait "$dovecot_stopper" 2>/dev/null || true
    if [ "${LETTERTRAY_SESSION_KEEP:-0}" = 1 ]; then
        log "kept $session_dir"
    else
        rm -rf "$session_dir"
    fi
    exit "$status"
}
# On a signal, stop COMMAND first (it runs in the background so that signals are handled at
# once, not when it ends), then the EXIT trap stops the services.
command_pid=""
on_signal() {
    if [ -n "$command_pid" ]; then
        kill -TERM "$command_pid" 2>/dev/null || true
        wait "$command_pid" 2>/dev/null || true
    fi
    exit "$1"
}
trap cleanup EXIT
trap 'on_signal 130' INT
trap 'on_signal 143' TERM
trap 'on_signal 129' HUP

# wait_for <what> <command...>: polls up to 10 s.
wait_for() {
    local what=$1 i
    shift
    for i in $(seq 1 200); do
        "$@" >/dev/null 2>&1 && return 0
        sleep 0.05
    done
    die "$what did not come up (logs in $session_dir; LETTERTRAY_SESSION_KEEP=1 keeps them)"
}

bus_name_owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q 'boolean true'
}

export XDG_CONFIG_HOME=$session_dir/config XDG_DATA_HOME=$session_dir/data
export XDG_CACHE_HOME=$session_dir/cache XDG_RUNTIME_DIR=$session_dir/runtime
mkdir -p "$XDG_CONFIG_HOME/dunst" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export LETTERTRAY_SESSION_DIR=$session_dir

# --- X display with a tray host --------------------------------------------------------------
command -v Xvfb >/dev/null || die "Xvfb missing (apt-get install xvfb)"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp >/dev/null \
    2>"$session_dir/xvfb.log" 3>"$session_dir/display" &
pids+=($!)
wait_for Xvfb test -s "$session_dir/display"
export DISPLAY=:$(head -n1 "$session_dir/display")
unset WAYLAND_DISPLAY
wait_for "X display $DISPLAY" xdpyinfo

# trayer owns the _NET_SYSTEM_TRAY selection once its "panel" window exists.
tray_owned() { xwininfo -root -tree 2>/dev/null | grep -q '"panel"'; }
start_trayer() {
    trayer --edge top --align right --widthtype request --height 24 --SetDockType true \
        --transparent false >>"$session_dir/trayer.log" 2>&1 &
    trayer_pid=$!
    pids+=("$trayer_pid")
}
start_trayer
for _ in $(seq 1 200); do
    tray_owned && break
    if ! kill -0 "$trayer_pid" 2>/dev/null; then
        log "trayer exited early ($(tail -n1 "$session_dir/trayer.log")); starting it again"
        start_trayer
    fi
    sleep 0.05
done
tray_owned || { cat "$session_dir/trayer.log" >&2; die "trayer did not come up on $DISPLAY"; }

# --- Secret Service --------------------------------------------------------------------------
# The keyring lives in XDG_DATA_HOME/keyrings; the password only unlocks this throwaway keyring.
printf 'lettertray-session' | gnome-keyring-daemon --foreground --unlock --components=secrets \
    --control-directory="$XDG_RUNTIME_DIR/keyring" >"$session_dir/keyring.log" 2>&1 &
pids+=($!)
wait_for "gnome-keyring (org.freedesktop.secrets)" bus_name_owned org.freedesktop.secrets

# --- Notification daemon ---------------------------------------------------------------------
cat >"$XDG_CONFIG_HOME/dunst/dunstrc" <<'EOF'
# Test session: keep every notification in the history so tests can read what was received.
[global]
    history_length = 1000
    sticky_history = yes
    show_indicators = no
EOF
dunst -config "$XDG_CONFIG_HOME/dunst/dunstrc" >"$session_dir/dunst.log" 2>&1 &
pids+=($!)
wait_for "dunst (org.freedesktop.Notifications)" bus_name_owned org.freedesktop.Notifications

# --- Dovecot ---------------------------------------------------------------------------------
dovecot_env=$("$here/dovecot.sh" start "$session_dir/dovecot")
eval "$dovecot_env"

log "DISPLAY=$DISPLAY, Dovecot on 127.0.0.1:$LETTERTRAY_DOVECOT_IMAP_PORT (imaps $LETTERTRAY_DOVECOT_IMAPS_PORT), keyring and dunst on $DBUS_SESSION_BUS_ADDRESS"

"$@" <&0 &
command_pid=$!
status=0
wait "$command_pid" || status=$?
command_pid=""
exit "$status"
