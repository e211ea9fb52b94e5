#!/usr/bin/env bash
# Times whole commands end to end, interleaved, and prints medians: for each of ROUNDS rounds runs
# every command once under /usr/bin/time (stdout to $OUT/out.LABEL, so the last output of each can
# be compared with cmp), then prints per command the median wall clock, the median user + sys CPU
# time and the median peak resident size, with the load average before and after.
#
# Usage: interleaved_time.sh ROUNDS LABEL1 "COMMAND1" [LABEL2 "COMMAND2" ...]
#   OUT  where outputs go (default: a new temporary directory, printed)
# Example:
#   interleaved_time.sh 7 main "java -XX:+UseSerialGC -jar base.jar paths --graph g.txt --semiring real --source 0" \
#                         branch "./pathsum paths --graph g.txt --semiring real --source 0"
set -euo pipefail
rounds=$1
shift
out="${OUT:-$(mktemp -d)}"
echo "outputs in $out"
labels=()
cmds=()
while [[ $# -gt 0 ]]; do
  labels+=("$1")
  cmds+=("$2")
  shift 2
done
raw="$out/times.txt"
: > "$raw"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 0; r < rounds; r++)); do
  for i in "${!labels[@]}"; do
    /usr/bin/time -f "%e %U %S %M" -o "$out/t" bash -c "${cmds[$i]}" > "$out/out.${labels[$i]}"
    echo "${labels[$i]} $(cat "$out/t")" >> "$raw"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$raw" <<'PY'
import collections
import statistics as st
import sys

rows = collections.OrderedDict()
for line in open(sys.argv[1]):
    label, wall, user, sys_, rss = line.split()
    rows.setdefault(label, []).append((float(wall), float(user) + float(sys_), int(rss)))
for label, v in rows.items():
    walls = [x[0] for x in v]
    print(f"{label:24s} wall median {st.median(walls):.2f} s  [{' '.join(f'{w:.2f}' for w in walls)}]"
          f"  cpu median {st.median(x[1] for x in v):.2f} s"
          f"  rss median {st.median(x[2] for x in v) / 1024:.0f} MB")
PY
