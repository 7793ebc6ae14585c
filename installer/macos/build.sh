#!/usr/bin/env bash
# Builds the macOS DMG into installer/out/macos. Run on a Mac with JDK 17+ and Maven.
# The .icns icon is made from installer/common/danvan-desk.png with sips + iconutil (both ship with macOS).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
COMMON="$ROOT/installer/common"
OUT="$ROOT/installer/out/macos"
WORK="$ROOT/target/installer"

if [ ! -f target/danvan-desk.jar ] || [ ! -d target/lib ]; then
  mvn -q -B package -DskipTests
fi
VERSION="$(sed -n 's/^version=//p' target/classes/version.properties)"
APP_VERSION="${VERSION%%-*}"

rm -rf "$WORK" "$OUT"
mkdir -p "$WORK/input" "$OUT" "$WORK/danvan-desk.iconset"
cp target/danvan-desk.jar "$WORK/input/"
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*) ;;
    *) cp "$jar" "$WORK/input/" ;;
  esac
done

for size in 16 32 64 128 256; do
  sips -z "$size" "$size" "$COMMON/danvan-desk.png" --out "$WORK/danvan-desk.iconset/icon_${size}x${size}.png" >/dev/null
done
iconutil -c icns "$WORK/danvan-desk.iconset" -o "$WORK/danvan-desk.icns"

FX_MODULES="$(ls target/lib/javafx-*-mac*.jar | paste -sd: -)"
COMPRESS="--compress=2"
if jlink --version | grep -qE '^(2[1-9]|[3-9][0-9])'; then COMPRESS="--compress=zip-6"; fi
jlink --module-path "$FX_MODULES" --add-modules "$(tr -d '\n' < "$COMMON/modules.txt")" \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive $COMPRESS --output "$WORK/runtime"
# see linux/build.sh: the JDK's class-data archive is written by the runtime's java, then the commands go
rm -rf "$WORK/runtime/bin" "$WORK/runtime/lib/server/classes_nocoops.jsa"

JAVA_OPTIONS=()
while IFS= read -r option; do
  [ -n "$option" ] && JAVA_OPTIONS+=(--java-options "$option")
done < "$COMMON/java-options.txt"

jpackage --type dmg --name "Sổ Dân Vận" --app-version "$APP_VERSION" --vendor "Sổ Dân Vận" \
  --input "$WORK/input" --main-jar danvan-desk.jar --main-class vn.danvan.desk.Launcher \
  --runtime-image "$WORK/runtime" --icon "$WORK/danvan-desk.icns" "${JAVA_OPTIONS[@]}" \
  --mac-package-identifier vn.danvan.desk --license-file "$ROOT/LICENSE" --dest "$OUT"
ls -l "$OUT"
