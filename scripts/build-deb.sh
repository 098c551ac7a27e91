#!/usr/bin/env bash
# Packages the one-folder bundle of scripts/build.sh as dist/footcare_<version>_amd64.deb
# (dpkg-deb; no network), then checks it with lintian (no error may remain; warnings are
# explained in packaging/deb/lintian-overrides).
#
#   scripts/build-deb.sh [--version VERSION] [--out-dir DIR] [--no-lintian] [--uncompressed]
#                        [BUNDLE]           (BUNDLE: dist/footcare, DIR: dist)
#
# --version packages the same bundle under another package version: scripts/check-deb.sh
# builds a bumped one to test an upgrade (uncompressed: xz takes most of a minute).
#
# The package holds no maintainer scripts: nothing runs as root at install, upgrade or removal
# (dpkg's own triggers refresh the menu and icon caches), so nothing can touch a user's history
# or settings.
#
#   /usr/lib/footcare/             the bundle (the program and its _internal folder)
#   /usr/bin/footcare              a link to it
#   /usr/share/applications/       org.footcare.Footcare.desktop
#   /usr/share/icons/hicolor/      the icon at every size, and scalable
#   /usr/share/metainfo/           the AppStream metainfo
#   /usr/share/man/man1/           footcare.1
#   /usr/share/doc/footcare/       copyright, changelog (Debian's format), CHANGELOG.md
#   /usr/share/lintian/overrides/  the explained lintian warnings
# Depends: from dpkg-shlibdeps over every ELF file of the bundle (package names and minimum
# versions from the libraries' symbols files); scripts/check-deb.sh checks the names against
# what ldd resolves (packaging/deb_depends.py).
set -euo pipefail
cd "$(dirname "$0")/.."

APP_ID=org.footcare.Footcare
PACKAGE=footcare
MAINTAINER="The Footcare developers <footcare@users.noreply.github.com>"
# Not libraries, so dpkg-shlibdeps cannot see them: the sound server the tones play through and
# the speech engine of the spoken prompts. Without them the app runs silent and says why.
RECOMMENDS="pulseaudio | pipewire-pulse, speech-dispatcher, speech-dispatcher-espeak-ng"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() {
  printf '\033[1;31mbuild-deb failed: %s\033[0m\n' "$*" >&2
  exit 1
}

version=""
lintian=1
compression=xz
bundle=dist/footcare
out_dir=dist
while (($#)); do
  case "$1" in
    --version) version=$2 && shift ;;
    --out-dir) out_dir=$2 && shift ;;
    --no-lintian) lintian=0 ;;
    --uncompressed) compression=none ;;
    -*) fail "unknown option $1" ;;
    *) bundle=$1 ;;
  esac
  shift
done
[ -x "$bundle/footcare" ] || fail "no bundle at $bundle: run scripts/build.sh"
app_version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' footcare_gui/__init__.py)
version=${version:-$app_version}
deb=$out_dir/${PACKAGE}_${version}_amd64.deb

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
root=$scratch/root
# Dates in the package come from the last commit, so the same source builds the same package.
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH=$epoch

say "Laying out the package tree ($PACKAGE $version)"
install -d "$root/usr/lib" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/metainfo" "$root/usr/share/man/man1" "$root/usr/share/doc/$PACKAGE" \
  "$root/usr/share/lintian/overrides" "$root/usr/share/icons/hicolor/scalable/apps"
cp -a "$bundle" "$root/usr/lib/$PACKAGE"
# Debian's modes: folders 755, files 644 (shared libraries too), programs 755.
find "$root" -type d -exec chmod 755 {} +
find "$root" -type f -exec chmod 644 {} +
chmod 755 "$root/usr/lib/$PACKAGE/footcare"
ln -s "../lib/$PACKAGE/footcare" "$root/usr/bin/footcare"

install -m 644 "packaging/$APP_ID.desktop" "$root/usr/share/applications/"
install -m 644 "packaging/$APP_ID.metainfo.xml" "$root/usr/share/metainfo/"
for png in assets/icons/hicolor/*/footcare.png; do
  size=$(basename "$(dirname "$png")")
  install -D -m 644 "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -m 644 assets/icons/footcare.svg "$root/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
sed "s/@VERSION@/$app_version/" packaging/deb/footcare.1 |
  gzip -9n >"$root/usr/share/man/man1/footcare.1.gz"

doc=$root/usr/share/doc/$PACKAGE
install -m 644 packaging/deb/copyright "$doc/copyright"
gzip -9n <CHANGELOG.md >"$doc/CHANGELOG.md.gz"
# A native package's changelog, in Debian's format; what changed is in CHANGELOG.md.
{
  printf '%s (%s) unstable; urgency=medium\n\n' "$PACKAGE" "$version"
  printf '  * Footcare %s, packaged from its one-folder bundle. What changed:\n' "$app_version"
  printf '    /usr/share/doc/%s/CHANGELOG.md.gz\n\n' "$PACKAGE"
  printf ' -- %s  %s\n' "$MAINTAINER" "$(date -u -R -d "@$epoch")"
} | gzip -9n >"$doc/changelog.gz"
install -m 644 packaging/deb/lintian-overrides "$root/usr/share/lintian/overrides/$PACKAGE"
chmod 644 "$doc"/* "$root/usr/share/man/man1/footcare.1.gz"

mapfile -t elves < <(find "$root/usr/lib/$PACKAGE" -type f -exec sh -c \
  'for file; do head -c4 "$file" | grep -q ELF && echo "$file"; done' _ {} + | LC_ALL=C sort)
say "Library search paths: only the bundle's own folders (patchelf)"
# Python's extension modules carry the RUNPATH of the interpreter they were built for (a
# pyenv under /root, say): an installed program must not look for libraries there.
changed=0
for elf in "${elves[@]}"; do
  runpath=$(patchelf --print-rpath "$elf" 2>/dev/null) || continue
  kept=$(tr ':' '\n' <<<"$runpath" | grep '^\$ORIGIN' | paste -sd: - || true)
  [ "$kept" != "$runpath" ] || continue
  if [ -n "$kept" ]; then
    patchelf --set-rpath "$kept" "$elf"
  else
    patchelf --remove-rpath "$elf"
  fi
  changed=$((changed + 1))
done
echo "  $changed files no longer search outside the bundle"
find "$root" -newermt "@$epoch" -exec touch -h -d "@$epoch" {} +

say "Depends: the system libraries the bundle's files need (dpkg-shlibdeps)"
install -d "$root/DEBIAN" "$scratch/debian"
# dpkg-shlibdeps reads the package's name and architecture from a source-style control file.
printf 'Source: %s\n\nPackage: %s\nArchitecture: amd64\n' "$PACKAGE" "$PACKAGE" \
  >"$scratch/debian/control"
mapfile -t private < <(printf '%s\n' "${elves[@]}" | xargs -n1 dirname | sort -u)
depends=$(cd "$scratch" && dpkg-shlibdeps -O --warnings=0 "${private[@]/#/-l}" \
  "${elves[@]/#/-e}" 2>"$scratch/shlibdeps.log" | sed -n 's/^shlibs:Depends=//p') ||
  fail "dpkg-shlibdeps: $(cat "$scratch/shlibdeps.log")"
[ -n "$depends" ] || fail "dpkg-shlibdeps found no dependency: $(cat "$scratch/shlibdeps.log")"
echo "  $depends"

# Installed-Size in KiB, counted as dpkg does: each file rounded up, folders and links 1 each.
installed_kib=$(find "$root" -path "$root/DEBIAN" -prune -o -mindepth 1 -printf '%y %s\n' |
  awk '$1 == "f" { kib += int(($2 + 1023) / 1024) } $1 != "f" { kib += 1 } END { print kib }')
cat >"$root/DEBIAN/control" <<EOF
Package: $PACKAGE
Version: $version
Architecture: amd64
Maintainer: $MAINTAINER
Installed-Size: $installed_kib
Depends: $depends
Recommends: $RECOMMENDS
Section: utils
Priority: optional
Homepage: https://github.com/footcare/footcare
Description: guide for foot-rehabilitation exercises
 Footcare counts the seconds of the exercises usually given for metatarsalgia,
 pain in the ball of the foot: calf stretch, Achilles tendon stretch, ankle
 extension, ankle flexion and toe pulling. A big countdown, tones and spoken
 prompts guide each hold and relax, so a session can be followed with the eyes
 closed.
 .
 It keeps a history of the sessions and pain ratings, runs routines with the
 user's own doses, reminds through the day, and writes a PDF report for the
 physiotherapist.
EOF
(cd "$root" && find usr -type f -printf '%P\0' | sort -z |
  xargs -0 -I{} md5sum "usr/{}") >"$root/DEBIAN/md5sums"
chmod 644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"

say "Building $deb (dpkg-deb)"
mkdir -p "$out_dir"
dpkg-deb --root-owner-group "-Z$compression" --build "$root" "$deb" >/dev/null
printf '  %s  %s MB (installed %s MB)\n' "$deb" \
  "$(awk -v b="$(stat -c %s "$deb")" 'BEGIN { printf "%.1f", b / 1e6 }')" \
  "$(awk -v k="$installed_kib" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }')"

if ((lintian)); then
  say "lintian (errors fail the build; warnings must be overridden with a reason)"
  # --fail-on error,warning: an unexplained warning fails too. (With --show-overrides lintian
  # 2.116 fails on the overridden ones as well: the overrides file lists them.)
  lintian --fail-on error,warning --tag-display-limit 0 "$deb" ||
    fail "lintian found problems in $deb"
  echo "  lintian: no error, no warning (overridden with reasons: $(grep -c '^footcare:' \
    packaging/deb/lintian-overrides))"
fi
