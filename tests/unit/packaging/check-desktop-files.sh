#!/usr/bin/env bash
# The desktop integration files are valid and agree with the build: desktop-file-validate,
# appstreamcli validate --no-net, one app id in every name, the newest release is the project's
# version, every screenshot exists in docs/screenshots/ and every hicolor PNG was rendered.
# usage: check-desktop-files.sh SOURCE_DIR BUILD_DIR APP_ID VERSION
set -uo pipefail
src=$1 build=$2 id=$3 version=$4
linux=$src/packaging/linux
failed=0
fail() { echo "FAIL: $*"; failed=1; }

desktop=$linux/$id.desktop
metainfo=$linux/$id.metainfo.xml
[[ -f $desktop ]] || fail "no $desktop"
[[ -f $metainfo ]] || fail "no $metainfo"
desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate $metainfo"

grep -qx "Icon=$id" "$desktop" || fail "the .desktop Icon is not $id"
grep -q '^MimeType=.*application/zip;' "$desktop" || fail "the .desktop does not open application/zip"
grep -q "<id>$id</id>" "$metainfo" || fail "the metainfo id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "launchable is not $id.desktop"
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
[[ $newest == "$version" ]] || fail "newest metainfo release is '$newest', the project version is $version"

for image in $(grep -o '<image>[^<]*</image>' "$metainfo" | sed 's/<[^>]*>//g'); do
    # Published as docs/screenshots/ is laid out: the part of the address after "screenshots/".
    shot=${image#*/screenshots/}
    [[ -f $src/docs/screenshots/$shot ]] || fail "screenshot $shot not in docs/screenshots/"
done
for size in 16 22 24 32 48 64 128 256 512; do
    png=$build/packaging/icons/${size}x${size}/$id.png
    [[ -f $png ]] || { fail "no $png (build the pd_packaging_files target)"; continue; }
    file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}x${size} PNG"
done
((failed)) && exit 1
echo "desktop files: valid, app id $id, version $version"
