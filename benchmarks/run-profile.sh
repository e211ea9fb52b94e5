#!/usr/bin/env bash
# Shared driver of quick.sh and full.sh: builds the shaded jar, runs the JMH groups of a profile,
# the footprint and scale mains, and renders the report. Not meant to be called directly.
set -euo pipefail

profile="$1"          # quick | full
shift
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
out="${OUT:-$here/results/$profile}"
jar="$here/target/benchmarks.jar"

cd "$root"
if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  ./mvnw -q -B -ntp -pl benchmarks -am package -DskipTests
fi
mkdir -p "$out"
rm -f "$out"/*.csv  # this run's groups replace the last run's

# JMH's CSV carries scores only: record the settings and the machine beside it for the report.
{
  echo "profile: $profile"
  echo "jmh: $(unzip -p "$jar" META-INF/maven/org.openjdk.jmh/jmh-core/pom.properties 2>/dev/null \
    | sed -n 's/^version=//p')"
  opts_text="${JMH_OPTS:-none (each benchmark class uses its own @Fork, @Warmup, @Measurement)}"
  echo "JMH_OPTS (every group): $opts_text"
  echo "started: $(date -u '+%Y-%m-%d %H:%M UTC')"
} > "$out/settings.txt"
{
  echo "nproc: $(nproc)"
  free -g | sed -n 1,2p
  java -version 2>&1
  echo "load at start: $(uptime)"
} > "$out/machine.txt"

# JMH settings of the profile, applied to every group (see the benchmark classes for defaults).
read -r -a jmh_opts <<< "$JMH_OPTS"

csvs=()
run_group() { # name, regex, extra JMH options…
  local name="$1" regex="$2"
  shift 2
  echo "== JMH group $name: $regex $*"
  echo "group $name.csv: $regex $*" >> "$out/settings.txt"
  # JMH refuses an option given twice: a group's own warm-up (-wi, -w) replaces the profile's
  local opts=("${jmh_opts[@]}")
  if [[ " $* " == *" -wi "* ]]; then
    opts=()
    local i=0
    while ((i < ${#jmh_opts[@]})); do
      case "${jmh_opts[i]}" in
        -wi | -w) i=$((i + 2)) ;;
        *) opts+=("${jmh_opts[i]}"); i=$((i + 1)) ;;
      esac
    done
  fi
  # JMH formats CSV numbers with the host JVM's locale: pin one with a decimal point.
  java -Duser.language=en -Duser.country=US -jar "$jar" "$regex" "${opts[@]}" "$@" \
    -rf csv -rff "$out/$name.csv"
  csvs+=("$out/$name.csv")
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

echo "load at end: $(uptime)" >> "$out/machine.txt"
echo "== report"
java -Djava.awt.headless=true -cp "$jar" org.pathsum.benchmarks.report.BenchmarkReport \
  "$out" "${csvs[@]}"
echo "done: $out/results.md"
