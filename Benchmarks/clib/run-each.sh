#!/usr/bin/env bash
# Runs one reader on each file alone, 10 s timeout, 2 GiB address space, and prints a line per file:
#   file  status(ok|error|crash:SIG|timeout|exit:N)  seconds  peak-RSS-MB  outcome
# Usage: Benchmarks/clib/run-each.sh 'COMMAND zip --runs 1 --each' FILES...
# e.g.   Benchmarks/clib/run-each.sh '.build/release/huizong-bench xml --runs 1 --each' /tmp/clib/hostile/*
set -u
cmd=$1; shift
tmp=$(mktemp -d)
for f in "$@"; do
  timeout 10 bash -c "ulimit -v 2097152; exec /usr/bin/time -v $cmd \"\$0\"" "$f" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  line=$(head -n 1 "$tmp/out")
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$tmp/err")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$tmp/err")
  if [ $rc -eq 124 ]; then status=timeout; secs=">10"
  elif grep -q 'Command terminated by signal' "$tmp/err"; then status="crash:$(sed -n 's/.*Command terminated by signal \([0-9]*\).*/\1/p' "$tmp/err")"
  elif [ $rc -ne 0 ]; then status="exit:$rc"
  else status=$(printf '%s' "$line" | cut -f2); fi
  printf '%s\t%s\t%s\t%s\t%s\n' "$(basename "$f")" "$status" "${secs:-?}" "${rss:-?}" "$(printf '%s' "$line" | cut -f2- | cut -c1-150)"
done
rm -rf "$tmp"
