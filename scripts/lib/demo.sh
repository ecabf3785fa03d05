#!/usr/bin/env bash
# demo.sh <path-to-lettertray> [app arguments...]
#
# Starts a private Dovecot on 127.0.0.1 (scripts/lib/dovecot.sh) in a temporary directory with
# two demo accounts, `demo` and `demo2`, and some realistic mail (several senders, languages and
# encodings), then the app in demo mode watching it, and delivers a new demo message every
# 20-30 seconds while the app runs. Everything stops and is removed when the app exits (or on
# Ctrl-C). The app is told about the server through the environment:
#
#   LETTERTRAY_DEMO_HOST, LETTERTRAY_DEMO_PORT (implicit TLS), LETTERTRAY_DEMO_STARTTLS_PORT,
#   LETTERTRAY_DEMO_CA (PEM of the CA that signed the server certificate),
#   LETTERTRAY_DEMO_USER / LETTERTRAY_DEMO_PASSWORD             (demo)
#   LETTERTRAY_DEMO_USER2 / LETTERTRAY_DEMO_PASSWORD2           (demo2)
#
# The XDG config/data/cache/state homes point into the temporary directory as well, so the demo
# cannot write to the user's real settings even by mistake.
#
#   LETTERTRAY_DEMO_INTERVAL=<s>  fixed delivery interval instead of 20-30 s (for trying it out)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
log() { printf '\033[1m[demo]\033[0m %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

[ $# -ge 1 ] || die "usage: demo.sh <path-to-lettertray> [args...]"
app=$1
shift
[ -x "$app" ] || die "$app is not an executable"

demo_dir=$(mktemp -d /tmp/lettertray-demo.XXXXXX)
chmod 755 "$demo_dir" # Dovecot's unprivileged processes must traverse it
app_pid=""
delivery_pid=""

cleanup() {
    local status=$?
    trap - EXIT INT TERM HUP
    [ -n "$delivery_pid" ] && kill "$delivery_pid" 2>/dev/null && wait "$delivery_pid" 2>/dev/null
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    "$here/dovecot.sh" stop "$demo_dir/dovecot" >/dev/null 2>&1 || true
    rm -rf "$demo_dir"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# --- Messages --------------------------------------------------------------------------------

# RFC 2047 encoded word of UTF-8 text, base64 form (works for any script).
encoded_word() {
    printf '=?UTF-8?B?%s?=' "$(printf '%s' "$1" | base64 -w0)"
}

# message <from> <to> <subject header value> <content-type> <transfer-encoding> <body bytes>
message() {
    printf 'From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\n' "$1" "$2" "$3" "$(LC_ALL=C date -R)"
    printf 'Message-ID: <%s.%s@demo.lettertray.invalid>\r\nMIME-Version: 1.0\r\n' "$(date +%s%N)" "$RANDOM"
    printf 'Content-Type: %s\r\nContent-Transfer-Encoding: %s\r\n\r\n' "$4" "$5"
    printf '%s\r\n' "$6"
}

deliver() { # deliver <user> <mailbox>  (message on stdin)
    "$here/dovecot.sh" deliver "$demo_dir/dovecot" "$1" "$2"
}

german() {
    message "$(encoded_word 'Jürgen Müller') <juergen.mueller@example.de>" "Demo <demo@localhost>" \
        '=?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_K=C3=B6ln_=E2=80=93_Termin_n=C3=A4chste_Woche?=' \
        'text/plain; charset=UTF-8' quoted-printable \
        "$(printf 'Hallo,\r\n\r\nk=C3=B6nnen wir uns n=C3=A4chsten Donnerstag treffen? Ich w=C3=BCrde =\r\ngern die Pl=C3=A4ne f=C3=BCr das Stra=C3=9Fenfest besprechen.\r\n\r\nViele Gr=C3=BC=C3=9Fe\r\nJ=C3=BCrgen')"
}

japanese() {
    message "$(encoded_word '山田 花子') <hanako.yamada@example.jp>" "Demo <demo@localhost>" \
        "$(encoded_word '来週の会議の議事録について')" 'text/plain; charset=UTF-8' base64 \
        "$(printf '%s\n' 'デモさん、' '' '先週の会議の議事録を添付しました。ご確認をお願いします。' '' '山田' | base64 -w 76)"
}

french() {
    # ISO-8859-1, as older French mailers still send it.
    message '=?ISO-8859-1?Q?Ren=E9e_Lef=E8vre?= <renee.lefevre@example.fr>' "Demo <demo@localhost>" \
        '=?ISO-8859-1?Q?R=E9union_de_lundi_=E0_10h?=' 'text/plain; charset=ISO-8859-1' 8bit \
        "$(printf 'Bonjour,\r\n\r\nLa r\xe9union de lundi est d\xe9plac\xe9e \xe0 10h, salle Fran\xe7ois.\r\n\r\n\xc0 bient\xf4t,\r\nRen\xe9e')"
}

build_report() {
    local number=$((4000 + RANDOM % 1000))
    message 'CI Bot <ci@builds.example.org>' "Demo <demo@localhost>" \
        "Build #$number passed: lettertray (main)" 'text/plain; charset=us-ascii' 7bit \
        "$(printf 'Build #%s of lettertray on main passed in 4 min 12 s.\r\n\r\n42 tests, 0 failures.' "$number")"
}

newsletter() {
    local boundary="demo-$RANDOM$RANDOM"
    printf 'From: Qt Weekly <news@weekly.example.com>\r\nTo: Demo <demo@localhost>\r\n'
    printf 'Subject: This week: signals, slots and a faster event loop\r\nDate: %s\r\n' "$(LC_ALL=C date -R)"
    printf 'Message-ID: <%s@weekly.example.com>\r\nMIME-Version: 1.0\r\n' "$(date +%s%N)"
    printf 'List-Id: Qt Weekly <weekly.example.com>\r\n'
    printf 'Content-Type: multipart/alternative; boundary="%s"\r\n\r\n' "$boundary"
    printf -- '--%s\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n' "$boundary"
    printf 'Three articles this week, and a puzzle.\r\n\r\n'
    printf -- '--%s\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n' "$boundary"
    printf '<html><body><h1>Qt Weekly</h1><p>Three articles this week, and a puzzle.</p></body></html>\r\n'
    printf -- '--%s--\r\n' "$boundary"
}

spanish() {
    message "$(encoded_word 'Inés Peña') <ines@example.es>" "Demo 2 <demo2@localhost>" \
        "$(encoded_word '¿Cenamos el viernes? 🍕')" 'text/plain; charset=UTF-8' 8bit \
        "$(printf '¡Hola! ¿Te apetece cenar el viernes en la plaza?\r\n\r\nInés')"
}

mailing_list() {
    message 'Alex Chen <alex@lists.example.org>' 'qt-interest@lists.example.org' \
        "Re: [Qt-interest] QSslSocket and STARTTLS (#$RANDOM)" 'text/plain; charset=UTF-8' 7bit \
        "$(printf 'On Monday, you wrote:\r\n> Does startClientEncryption() flush first?\r\n\r\nIt does; wait for encrypted() before writing.')"
}

# --- Server ----------------------------------------------------------------------------------

log "starting a private Dovecot in $demo_dir"
dovecot_env=$("$here/dovecot.sh" start "$demo_dir/dovecot")
eval "$dovecot_env"
"$here/dovecot.sh" adduser "$demo_dir/dovecot" demo demo-password
"$here/dovecot.sh" adduser "$demo_dir/dovecot" demo2 demo2-password

build_report | deliver demo INBOX
french | deliver demo INBOX
german | deliver demo INBOX
japanese | deliver demo INBOX
newsletter | deliver demo Newsletters
mailing_list | deliver demo Lists/Qt-interest
mailing_list | deliver demo Lists/Qt-interest
spanish | deliver demo2 INBOX
build_report | deliver demo2 INBOX

export LETTERTRAY_DEMO_HOST=$LETTERTRAY_DOVECOT_HOST
export LETTERTRAY_DEMO_PORT=$LETTERTRAY_DOVECOT_IMAPS_PORT
export LETTERTRAY_DEMO_STARTTLS_PORT=$LETTERTRAY_DOVECOT_IMAP_PORT
export LETTERTRAY_DEMO_CA=$LETTERTRAY_DOVECOT_CA
export LETTERTRAY_DEMO_USER=demo LETTERTRAY_DEMO_PASSWORD=demo-password
export LETTERTRAY_DEMO_USER2=demo2 LETTERTRAY_DEMO_PASSWORD2=demo2-password
# The test fixture's variables are not the app's business.
unset "${!LETTERTRAY_DOVECOT_@}"

mkdir -p "$demo_dir/config" "$demo_dir/data" "$demo_dir/cache" "$demo_dir/state"
export XDG_CONFIG_HOME=$demo_dir/config XDG_DATA_HOME=$demo_dir/data
export XDG_CACHE_HOME=$demo_dir/cache XDG_STATE_HOME=$demo_dir/state

log "demo server: imaps://$LETTERTRAY_DEMO_HOST:$LETTERTRAY_DEMO_PORT (users demo, demo2)"

# --- New mail while the app runs --------------------------------------------------------------

deliver_forever() {
    local generators=(german mailing_list build_report japanese french newsletter spanish) i=0 pause
    local sleeper=""
    # Stopped by cleanup: take the pending sleep along, so no process is left behind.
    trap '[ -n "$sleeper" ] && kill "$sleeper" 2>/dev/null; exit 0' TERM
    while :; do
        pause=${LETTERTRAY_DEMO_INTERVAL:-$((20 + RANDOM % 11))}
        sleep "$pause" &
        sleeper=$!
        wait "$sleeper"
        sleeper=""
        local generator=${generators[$((i % ${#generators[@]}))]}
        if [ $((i % 4)) -eq 3 ]; then
            "$generator" | deliver demo2 INBOX
        else
            "$generator" | deliver demo INBOX
        fi
        log "delivered a new demo message ($generator)"
        i=$((i + 1))
    done
}
deliver_forever &
delivery_pid=$!

"$app" --demo "$@" &
app_pid=$!
set +e
wait "$app_pid"
status=$?
set -e
app_pid=""
exit "$status"
