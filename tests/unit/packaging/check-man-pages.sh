#!/usr/bin/env bash
# Every option a program prints in --help appears in its man page, and the page renders without
# warnings. usage: check-man-pages.sh BIN_DIR MAN_DIR   (MAN_DIR holds the configured NAME.1 pages)
set -uo pipefail
bin=$1 man=$2
failed=0
for program in privacy-dashboard privacy-dashboard-cli privacy-api-server; do
    page=$man/$program.1
    [[ -f $page ]] || { echo "FAIL: no man page $page"; failed=1; continue; }
    help=$(QT_QPA_PLATFORM=offscreen "$bin/$program" --help 2>/dev/null) || true
    [[ -n $help ]] || { echo "FAIL: $program --help printed nothing"; failed=1; continue; }
    text=$(sed 's/\\-/-/g' "$page")
    options=$(grep -oE '(^|[ ,[|])--[a-z][a-z-]*' <<<"$help" | grep -oE -- '--[a-z][a-z-]*' | sort -u)
    for option in $options; do
        grep -qE -- "(^|[^a-z-])$option([^a-z-]|\$)" <<<"$text" ||
            { echo "FAIL: $program --help lists $option, $page does not"; failed=1; }
    done
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 groff -man -Tutf8 -ww -z "$page" 2>&1)
    [[ -z $warnings ]] || { echo "FAIL: $page: $warnings"; failed=1; }
    echo "$program: $(wc -w <<<"$options") options, all in $page"
done
exit $failed
