#!/usr/bin/env bash
# Installs renaksi's build and test dependencies from Debian packages when any
# is missing. Idempotent: on a machine that has them all it changes nothing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libcli11-dev libre2-dev libfmt-dev doctest-dev nlohmann-json3-dev
  libutf8proc-dev libcsv-dev libssl-dev rapidjson-dev libmimalloc-dev
  python3 python3-jsonschema
)
# Optional groups, asked for by the scripts that need them.
for group in "$@"; do
  case "$group" in
    fuzz)  packages+=(clang libclang-rt-14-dev) ;;
    bench) packages+=(miller python3) ;;
    *) echo "setup.sh: unknown group '$group' (known: fuzz, bench)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup.sh: installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
