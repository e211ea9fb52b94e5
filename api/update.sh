#!/usr/bin/env bash
# Records the public API of the library modules as the baseline that `./mvnw verify` holds every
# later build to (japicmp: a change that breaks binary or source compatibility fails the build).
# Run it after a deliberate API change, on jars that `./mvnw package` has just built, and commit
# the jars it writes: api/<module>.jar holds the classes of the packages the module descriptor
# exports to everyone, nothing else (internals may change freely).
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for module in semiring-core graph-solver ad-instance dataflow; do
  jar="$(find "$module/target" -maxdepth 1 -regextype posix-extended \
      -regex ".*/$module-[0-9][0-9.]*(-SNAPSHOT)?\.jar" | head -n 1)"
  if [[ -z "$jar" ]]; then
    echo "api/update.sh: no $module jar in $module/target; run ./mvnw package first" >&2
    exit 1
  fi
  packages="$(jar --file "$jar" --describe-module \
      | awk '$1 == "exports" && NF == 2 { print $2 }')"
  rm -rf "$work/$module" && mkdir -p "$work/$module"
  (cd "$work/$module" && jar --extract --file "$OLDPWD/$jar")
  keep=()
  for p in $packages; do
    keep+=("${p//.//}")
  done
  (cd "$work/$module" && find . -name '*.class' | while read -r f; do
      dir="$(dirname "${f#./}")"
      match=no
      for k in "${keep[@]}"; do [[ "$dir" == "$k" ]] && match=yes; done
      [[ "$match" == yes ]] || rm -f "$f"
    done)
  rm -f "$work/$module/module-info.class"
  jar --create --file "api/$module.jar" -C "$work/$module" org
  echo "api/$module.jar: $(echo $packages)"
done
