#!/usr/bin/env bash
# Re-reads every translatable string of the app (ui/, app/) into the Qt Linguist files in i18n/
# and reports, per language, how many strings are still unfinished. Run it after changing any
# user-visible string; then translate in Linguist (linguist i18n/privacy-dashboard_es.ts) or by hand.
# usage: update-translations.sh [--check]   --check: only report (no lupdate); exit 1 when the
#        Spanish file has an unfinished string or the sources hold a string it lacks.
# Either way it exits 1 when a policy's member-facing text (resources/policy/*.json) lacks its
# Spanish text ("l10n": {"es": …}); those texts are data, not in the .ts files.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || echo /usr/lib/qt6/bin)
mapfile -t sources < <(find ui app -name '*.cpp' -o -name '*.h' -o -name '*.ui' | sort)
# The include roots of the build (#include "ui/MainWindow.h", "core/…"): without them lupdate cannot
# read a class's header, loses its namespace and files its strings under "MainWindow" instead of
# the "pd::MainWindow" that tr() asks for at run time.
includes=(-I "$PWD" -I "$PWD/app")

if [[ ${1:-} != --check ]]; then
    for lang in es de fr; do
        "$bin/lupdate" -silent "${includes[@]}" -locations relative -no-obsolete "${sources[@]}" -ts "i18n/privacy-dashboard_$lang.ts"
    done
    # The English source: only plural forms need an "English translation".
    "$bin/lupdate" -silent "${includes[@]}" -locations relative -no-obsolete -pluralonly "${sources[@]}" -ts i18n/privacy-dashboard_en.ts
fi

status=0
for ts in i18n/privacy-dashboard_*.ts; do
    read -r total unfinished < <(python3 - "$ts" <<'PY'
import sys, xml.etree.ElementTree as ET
messages = ET.parse(sys.argv[1]).getroot().iter("message")
total = unfinished = 0
for m in messages:
    t = m.find("translation")
    if t is not None and t.get("type") in ("obsolete", "vanished"):
        continue
    total += 1
    if t is None or t.get("type") == "unfinished" or not ("".join(t.itertext()).strip()):
        unfinished += 1
print(total, unfinished)
PY
)
    echo "$ts: $total strings, $unfinished unfinished"
    [[ $ts == *_es.ts && $unfinished -ne 0 ]] && status=1
done
# The policies' member-facing texts: each needs its Spanish beside it ("l10n": {"es": {...}}).
for policy in resources/policy/*.json; do
    read -r total missing < <(python3 - "$policy" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
texts = {"setting": ["name", "menuPath", "question", "toggleLabel", "effectOfOptingOut", "notCovered"],
         "dataDownload": ["label", "menuPath"], "regionGroups": ["label"], "complaintAuthorities": ["law", "how"],
         "categories": ["label", "description", "reason"], "regimes": ["label", "legalBasis", "description"],
         "relatedControls": ["label", "covers"]}
objects = [(k, o) for k in ("setting", "dataDownload") for o in [doc.get(k, {})]]
objects += [("regionGroups", o) for o in doc.get("regionGroups", {}).values()]
objects += [(k, o) for k in ("complaintAuthorities", "categories", "regimes", "relatedControls") for o in doc.get(k, [])]
total = missing = 0
for kind, obj in objects:
    spanish = obj.get("l10n", {}).get("es", {})
    for key in texts[kind]:
        total += 1
        if not str(spanish.get(key, "")).strip():
            missing += 1
            print(f"{sys.argv[1]}: no Spanish for {kind} {obj.get('id', '')} {key}".replace("  ", " "), file=sys.stderr)
print(total, missing)
PY
)
    echo "$policy: $total member-facing texts, $missing without Spanish"
    [[ $missing -ne 0 ]] && status=1
done
if [[ ${1:-} == --check ]]; then
    # Strings in the sources that the Spanish file does not have yet (lupdate into a scratch copy).
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    cp i18n/privacy-dashboard_es.ts "$scratch/es.ts"
    "$bin/lupdate" -silent "${includes[@]}" -no-obsolete "${sources[@]}" -ts "$scratch/es.ts" >/dev/null 2>&1
    new=$(grep -c 'type="unfinished"' "$scratch/es.ts" || true)
    if [[ $new -ne 0 ]]; then
        echo "i18n/privacy-dashboard_es.ts lacks $new string(s) now in the sources: run scripts/update-translations.sh"
        status=1
    fi
fi
exit $status
