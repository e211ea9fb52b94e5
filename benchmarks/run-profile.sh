#!/usr/bin/env bash
# Shared driver of quick.sh and full.sh: builds the shaded jar, runs the JMH groups of a profile,
# the footprint and scale mains, and renders the report. Not meant to be called directly.
set -euo pipefail

profile="$1"          # quick | full
shift
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
out="$here/results/$profile"
jar="$here/target/benchmarks.jar"

cd "$root"
if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  ./mvnw -q -B -ntp -pl benchmarks -am package -DskipTests
fi
mkdir -p "$out"
rm -f "$out"/*.json

# JMH settings of the profile, applied to every group (see the benchmark classes for defaults).
read -r -a jmh_opts <<< "$JMH_OPTS"

jsons=()
run_group() { # name, regex, extra JMH options…
  local name="$1" regex="$2"
  shift 2
  echo "== JMH group $name: $regex $*"
  java -jar "$jar" "$regex" "${jmh_opts[@]}" "$@" -rf json -rff "$out/$name.json"
  jsons+=("$out/$name.json")
}

for suite in "${SUITES[@]}"; do
  # shellcheck disable=SC2086
  run_group $suite
done

echo "== footprint (JOL)"
java -Xmx8g -Djdk.attach.allowAttachSelf=true -cp "$jar" \
  org.pathsum.benchmarks.paths.FootprintMain ${FOOTPRINT_SIZES} | tee "$out/footprint.md"

echo "== scale run: 10^7 edges in compiled form"
java -Xmx8g -Djdk.attach.allowAttachSelf=true -cp "$jar" \
  org.pathsum.benchmarks.paths.ScaleMain 10000000 | tee "$out/scale.txt"

echo "== report"
java -Djava.awt.headless=true -cp "$jar" org.pathsum.benchmarks.report.BenchmarkReport \
  "$out" "${jsons[@]}"
{
  echo "nproc: $(nproc)"
  free -g | sed -n 1,2p
  java -version 2>&1
  uptime
} > "$out/machine.txt"
echo "done: $out/results.md"
