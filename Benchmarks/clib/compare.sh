#!/usr/bin/env bash
# The figures of docs/dependencies.md: huizong's ZIP reader, XML tokenizer and .xlsx writer against libzip,
# libxml2 and libxlsxwriter on the same inputs. Needs libzip-dev, libxml2-dev, libxlsxwriter-dev and a release
# build (swift build -c release). Scratch files go to $OUT (default /tmp/clib).
# Usage: Benchmarks/clib/compare.sh [speed|hostile|fuzz DIR...|xlsx]...   (no argument: speed hostile xlsx)
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-/tmp/clib}
mkdir -p "$OUT/bin"
ours=.build/release/huizong-bench
gcc -O2 -o "$OUT/bin/parts" Benchmarks/clib/parts.c $(pkg-config --cflags --libs libzip libxml-2.0)
gcc -O2 -o "$OUT/bin/xlsxw" Benchmarks/clib/xlsxw.c $(pkg-config --cflags --libs xlsxwriter)
theirs=$OUT/bin/parts
[ -d "$OUT/g1000" ] || .build/release/huizong generate --branches 1000 --seed 3 -o "$OUT/g1000" >/dev/null
[ -d "$OUT/hostile" ] || python3 Benchmarks/clib/hostile.py "$OUT/hostile"
samples=(samples/committee/*.docx samples/committee/*.xlsx)
g1000=("$OUT"/g1000/*.docx "$OUT"/g1000/*.xlsx)
[ $# -gt 0 ] || set -- speed hostile xlsx

speed() {  # three rounds, ours and theirs alternating, each the median of 5 runs in one process
  for mode in zip xml; do
    for set in samples g1000; do
      local -n files=$set
      for round in 1 2 3; do
        echo "$set round $round: $($ours "$mode" --runs 5 "${files[@]}")"
        echo "$set round $round: $($theirs "$mode" --runs 5 "${files[@]}")"
      done
    done
  done
}

hostile() {  # each file alone: status, seconds, peak RSS MB, outcome
  local h=("$OUT"/hostile/*) p=("$OUT"/hostile/*.docx)
  echo "== zip, ours";                 Benchmarks/clib/run-each.sh "$ours zip --runs 1 --each" "${p[@]}"
  echo "== zip, libzip as it is";      Benchmarks/clib/run-each.sh "$theirs zip --runs 1 --each" "${p[@]}"
  echo "== zip, libzip with huizong's limits"; Benchmarks/clib/run-each.sh "$theirs zip --runs 1 --each --limits" "${p[@]}"
  echo "== zip, libzip with huizong's limits, each entry read to its end"
  Benchmarks/clib/run-each.sh "$theirs zip --runs 1 --each --limits --stream" "${p[@]}"
  echo "== xml, ours";                 Benchmarks/clib/run-each.sh "$ours xml --runs 1 --each" "${h[@]}"
  echo "== xml, libxml2";              Benchmarks/clib/run-each.sh "$theirs xml --runs 1 --each" "${h[@]}"
}

fuzz() {  # a libFuzzer corpus (files named by hash): every file alone, then the XML parts ours unpacks, fed to both
  local f=("$@")
  for side in "$ours" "$theirs"; do
    for mode in zip xml; do
      echo "== $mode, $(basename "$side"): $(Benchmarks/clib/run-each.sh "$side $mode --runs 1 --each" "${f[@]}" | cut -f2 | sort | uniq -c | xargs)"
    done
  done
  rm -rf "$OUT/fuzzxml" && mkdir -p "$OUT/fuzzxml"
  $ours xml --runs 1 --extract "$OUT/fuzzxml" "${f[@]}" >/dev/null
  local parts=("$OUT"/fuzzxml/*)
  $ours xml --runs 1 --each "${parts[@]}" >"$OUT/fuzzxml-ours.txt"
  $theirs xml --runs 1 --each "${parts[@]}" >"$OUT/fuzzxml-libxml2.txt"
  tail -n 1 "$OUT/fuzzxml-ours.txt"; tail -n 1 "$OUT/fuzzxml-libxml2.txt"
  echo "ours / libxml2 on the same parts:"
  paste <(head -n -1 "$OUT/fuzzxml-ours.txt" | cut -f2) <(head -n -1 "$OUT/fuzzxml-libxml2.txt" | cut -f2,3 | sed 's/[0-9]\+/N/g') | sort | uniq -c
}

xlsx() {
  local x=$OUT/xlsx
  mkdir -p "$x"
  for round in 1 2 3; do
    $ours xlsx --folder samples/committee --dump "$x/samples.txt" --out "$x/ours-samples.xlsx" --runs 5
    "$OUT/bin/xlsxw" "$x/samples.txt" "$x/lxw-samples.xlsx" --runs 5
    "$OUT/bin/xlsxw" "$x/samples.txt" "$x/lxwc-samples.xlsx" --runs 5 --constant-memory
    $ours xlsx --rows 10000 --dump "$x/rows10k.txt" --out "$x/ours-10k.xlsx" --runs 5
    "$OUT/bin/xlsxw" "$x/rows10k.txt" "$x/lxw-10k.xlsx" --runs 5
    "$OUT/bin/xlsxw" "$x/rows10k.txt" "$x/lxwc-10k.xlsx" --runs 5 --constant-memory
  done
  # Valid ZIP, well-formed parts, and LibreOffice reads the same cells from each (every sheet to CSV).
  for f in "$x"/*.xlsx; do
    python3 -c "
import sys, zipfile, xml.dom.minidom
z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None
n = sum(1 for p in z.namelist() if p.endswith(('.xml', '.rels')) and xml.dom.minidom.parseString(z.read(p)))
print(sys.argv[1].split('/')[-1], 'ZIP and CRCs good,', n, 'XML parts well-formed')" "$f"
    rm -rf "$x/csv-$(basename "$f" .xlsx)"
    timeout 120 soffice --headless -env:UserInstallation="file://$OUT/lo-profile" \
      --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
      --outdir "$x/csv-$(basename "$f" .xlsx)" "$f" >/dev/null 2>&1
  done
  for w in samples 10k; do
    for other in lxw lxwc; do
      if diff -r <(cd "$x/csv-ours-$w" && for c in *; do echo "${c#ours-$w-}"; cat "$c"; done) \
                 <(cd "$x/csv-$other-$w" && for c in *; do echo "${c#$other-$w-}"; cat "$c"; done) >/dev/null; then
        echo "$w: LibreOffice reads the same cells from ours and $other ($(ls "$x/csv-ours-$w" | wc -l) sheets)"
      else
        echo "$w: cells differ between ours and $other (or LibreOffice could not open one)"
      fi
    done
  done
}

if [ "$1" = fuzz ]; then shift; fuzz "$@"; exit; fi
for step in "$@"; do
  case $step in
    speed|hostile|xlsx) $step ;;
    *) echo "unknown step $step"; exit 2 ;;
  esac
done
