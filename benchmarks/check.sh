#!/usr/bin/env bash
# The benchmark regression check: runs the headline benchmarks and prints each ratio against its
# target with PASS or FAIL; exits 1 if one fails, 2 if the benchmarks could not run.
#
#   benchmarks/check.sh [quick|full] [group...]     groups: real tropical cyclic footprint gradient array marginals counting peer
#
# quick (the default) takes about a quarter of an hour on 2 cores, full about an hour. Results go to
# benchmarks/target/check/ (OUT=dir to choose): check.md (the table), one JMH CSV and log per group.
# SKIP_BUILD=1 uses benchmarks/target/benchmarks.jar as it is. Run it on a quiet machine: other
# processes on the cores move the figures more than most regressions do.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
profile="${1:-quick}"
[[ $# -gt 0 ]] && shift
case "$profile" in
  quick | full) ;;
  *) echo "check.sh: unknown profile '$profile'; use quick or full" >&2; exit 2 ;;
esac
out="${OUT:-$here/target/check}"
if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  (cd "$root" && ./mvnw -q -B -ntp -pl benchmarks -am package -DskipTests)
fi
# JMH writes CSV numbers in the JVM's locale: pin one with a decimal point.
exec java -Duser.language=en -Duser.country=US -Djdk.attach.allowAttachSelf=true \
  -cp "$here/target/benchmarks.jar" org.pathsum.benchmarks.report.RegressionCheck \
  "$profile" "$out" "$@"
