#!/usr/bin/env bash
# Builds the Linux app-image (installer/out/linux/danvan-desk) and a .deb from target/.
# Needs: JDK 17+ (jlink, jpackage), Maven; for the .deb also fakeroot (Debian: apt-get install fakeroot).
# Usage: installer/linux/build.sh [--image-only]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
COMMON="$ROOT/installer/common"
OUT="$ROOT/installer/out/linux"
WORK="$ROOT/target/installer"

JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"
if [ -z "$JAVA_BIN" ]; then
  JAVA_BIN="$(dirname "$(readlink -f "$(command -v javac)")")/"
fi

if [ ! -f target/danvan-desk.jar ] || [ ! -d target/lib ]; then
  mvn -q -B package -DskipTests
fi
VERSION="$(sed -n 's/^version=//p' target/classes/version.properties)"
APP_VERSION="${VERSION%%-*}"

rm -rf "$WORK" "$OUT"
mkdir -p "$WORK/input" "$OUT"

# the app and its libraries on the class path; JavaFX goes into the runtime as modules instead
cp target/danvan-desk.jar "$WORK/input/"
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*) ;;
    *) cp "$jar" "$WORK/input/" ;;
  esac
done

FX_MODULES="$(ls target/lib/javafx-*-linux.jar | paste -sd: -)"
# JDK 17's jlink takes --compress=2, JDK 21+ prefers zip-6
COMPRESS="--compress=2"
if "${JAVA_BIN}jlink" --version | grep -qE '^(2[1-9]|[3-9][0-9])'; then COMPRESS="--compress=zip-6"; fi
"${JAVA_BIN}jlink" --module-path "$FX_MODULES" \
  --add-modules "$(tr -d '\n' < "$COMMON/modules.txt")" \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive $COMPRESS \
  --output "$WORK/runtime"
# the class-data archive of the JDK's classes (without it each start parses them again from the image) is made by
# the runtime's own java, so the commands stay until it is written; the heap is capped at 256 MB, so the archive for
# uncompressed object pointers (heaps over 32 GB) is never read
rm -rf "$WORK/runtime/bin" "$WORK/runtime/lib/server/classes_nocoops.jsa"

JAVA_OPTIONS=()
while IFS= read -r option; do
  [ -n "$option" ] && JAVA_OPTIONS+=(--java-options "$option")
done < "$COMMON/java-options.txt"

"${JAVA_BIN}jpackage" --type app-image \
  --name danvan-desk \
  --app-version "$APP_VERSION" \
  --vendor "Sổ Dân Vận" \
  --description "Sổ Dân Vận: register of citizen dialogues and petitions" \
  --input "$WORK/input" \
  --main-jar danvan-desk.jar \
  --main-class vn.danvan.desk.Launcher \
  --runtime-image "$WORK/runtime" \
  --icon "$COMMON/danvan-desk.png" \
  "${JAVA_OPTIONS[@]}" \
  --dest "$OUT"
cp "$COMMON/danvan-desk.png" "$OUT/danvan-desk/lib/"
echo "app-image: $OUT/danvan-desk ($(du -sh "$OUT/danvan-desk" | cut -f1))"

if [ "${1:-}" = "--image-only" ]; then
  exit 0
fi
"${JAVA_BIN}jpackage" --type deb \
  --name danvan-desk \
  --app-version "$APP_VERSION" \
  --vendor "Sổ Dân Vận" \
  --description "Sổ Dân Vận: register of citizen dialogues and petitions" \
  --app-image "$OUT/danvan-desk" \
  --linux-package-name danvan-desk \
  --linux-package-deps "libgtk-3-0" \
  --linux-menu-group Office \
  --linux-shortcut \
  --linux-app-category misc \
  --license-file "$ROOT/LICENSE" \
  --icon "$COMMON/danvan-desk.png" \
  --resource-dir "$COMMON" \
  --dest "$OUT"
ls -l "$OUT"/*.deb
