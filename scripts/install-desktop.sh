#!/usr/bin/env bash
# Adds Footcare to your applications menu (no root needed): the launcher, the icon at every
# hicolor size and the AppStream metainfo, under ~/.local/share (or $XDG_DATA_HOME).
#
#   scripts/install-desktop.sh              the bundle from scripts/build.sh if there is one,
#                                           else the .venv of scripts/setup.sh
#   scripts/install-desktop.sh --bundle     copy dist/footcare to ~/.local/share/footcare/app
#   scripts/install-desktop.sh --venv       launch .venv/bin/footcare from this clone
#   scripts/install-desktop.sh --uninstall  remove everything this script installed
set -euo pipefail
cd "$(dirname "$0")/.."

APP_ID=org.footcare.Footcare
data=${XDG_DATA_HOME:-$HOME/.local/share}
applications=$data/applications
icons=$data/icons/hicolor
metainfo=$data/metainfo
bundle_home=$data/footcare/app

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

refresh_caches() {
  # Menus pick the change up by themselves on most desktops; these make it immediate.
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
}

mode=${1:-auto}
case "$mode" in
  --uninstall)
    rm -f "$applications/$APP_ID.desktop" "$metainfo/$APP_ID.metainfo.xml" \
      "$icons/scalable/apps/$APP_ID.svg"
    for png in assets/icons/hicolor/*/footcare.png; do
      size=$(basename "$(dirname "$png")")
      rm -f "$icons/${size}x${size}/apps/$APP_ID.png"
    done
    rm -rf "$bundle_home"
    rmdir "$data/footcare" 2>/dev/null || true
    refresh_caches
    say "Footcare removed from the applications menu"
    exit 0
    ;;
  auto) [ -x dist/footcare/footcare ] && mode=--bundle || mode=--venv ;;
  --bundle | --venv) ;;
  *)
    echo "usage: $0 [--bundle | --venv | --uninstall]" >&2
    exit 2
    ;;
esac

if [ "$mode" = --bundle ]; then
  [ -x dist/footcare/footcare ] || { echo "no bundle: run scripts/build.sh first" >&2; exit 1; }
  say "Copying the bundle to $bundle_home"
  rm -rf "$bundle_home"
  mkdir -p "$(dirname "$bundle_home")"
  cp -a dist/footcare "$bundle_home"
  program=$bundle_home/footcare
else
  [ -x .venv/bin/footcare ] || bash scripts/setup.sh
  program=$(pwd)/.venv/bin/footcare
fi

mkdir -p "$applications" "$metainfo" "$icons/scalable/apps"
for png in assets/icons/hicolor/*/footcare.png; do
  size=$(basename "$(dirname "$png")")
  install -D -m 644 "$png" "$icons/${size}x${size}/apps/$APP_ID.png"
done
install -m 644 assets/icons/footcare.svg "$icons/scalable/apps/$APP_ID.svg"
install -m 644 "packaging/$APP_ID.metainfo.xml" "$metainfo/$APP_ID.metainfo.xml"
# The entry as shipped, launching this installation (quoted: the path may hold spaces).
sed "s|^Exec=footcare|Exec=\"$program\"|" "packaging/$APP_ID.desktop" \
  >"$applications/$APP_ID.desktop"
chmod 644 "$applications/$APP_ID.desktop"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$applications/$APP_ID.desktop"
fi
refresh_caches
say "Footcare is in the applications menu (it runs $program)"
