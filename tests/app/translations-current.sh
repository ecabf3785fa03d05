#!/usr/bin/env bash
# Fails when a catalogue in translations/ is behind the sources: a tr() string that lupdate
# finds but the catalogue lacks (it would show in English), or an entry no source uses any more.
# Works on copies; the catalogues themselves are not touched.
#   translations-current.sh <lupdate> <source root>
set -euo pipefail
lupdate=$1
root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$root"
status=0
for ts in translations/lettertray_*.ts; do
    # English only carries plural forms (lupdate -pluralonly); it has no strings to fall behind.
    [ "$ts" = translations/lettertray_en.ts ] && continue
    cp "$ts" "$tmp/current.ts"
    out=$("$lupdate" -no-obsolete -locations none src ui -ts "$tmp/current.ts" 2>&1)
    if ! grep -q '(0 new and' <<<"$out" || grep -q 'Removed [1-9]' <<<"$out"; then
        echo "$ts is not current with the sources (run the LettertrayApp_lupdate target):" >&2
        grep -E 'Found|Removed' <<<"$out" >&2
        status=1
    fi
done
exit $status
