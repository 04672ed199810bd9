#!/usr/bin/env bash
# Fails when any tracked C++ file differs from what clang-format (.clang-format) would write.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h' '*.hpp')
[ ${#files[@]} -gt 0 ] || exit 0
bad=()
for file in "${files[@]}"; do
    clang-format --dry-run --Werror "$file" >/dev/null 2>&1 || bad+=("$file")
done
if [ ${#bad[@]} -gt 0 ]; then
    echo "clang-format would change: ${bad[*]} (run: clang-format -i <files>)" >&2
    exit 1
fi
echo "formatting: ${#files[@]} files clean"
