#!/bin/sh
# Instructions and first-level cache misses of one steady-state pass of
# `annotate` (or, with `remark`, of bare remark-parse) over every eighth
# PolNeAR train article, counted by valgrind’s cachegrind: deterministic to
# about 1%, unlike time on a shared machine. A pass is the difference
# between a run of three timed passes and one of none, each after three
# warm-up passes. Needs valgrind and ../shared; takes 5–10 minutes.
#
#   sh bench/cachegrind.sh           # annotate, the working tree
#   sh bench/cachegrind.sh remark    # bare remark-parse
set -eu
cd "$(dirname "$0")/.."
what=${1:-annotate}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ "$what" = remark ]; then
  printf '%s\n' "import remarkParse from 'remark-parse'" "import {unified} from 'unified'" \
    "const parser = unified().use(remarkParse)" "export const annotate = (text) => parser.parse(text)" > "$tmp/entry.mjs"
  npx esbuild "$tmp/entry.mjs" --bundle --format=esm --platform=neutral --main-fields=module,main --outfile="$tmp/subject.mjs" --log-level=error
else
  npx esbuild src/annotate.ts --bundle --format=esm --platform=neutral --main-fields=module,main --minify-syntax --outfile="$tmp/subject.mjs" --log-level=error
fi
cat > "$tmp/run.mjs" <<'SCRIPT'
import {readFileSync, readdirSync} from 'node:fs'
const [subject, timed] = process.argv.slice(2)
const {annotate} = await import(subject)
const dir = '../shared/data/polnear/train/text/'
const texts = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().filter((_, index) => index % 8 === 0).map((name) => readFileSync(dir + name, 'utf8'))
for (let pass = 0; pass < 3 + Number(timed); pass++) for (const text of texts) annotate(text)
SCRIPT
count() {
  valgrind --tool=cachegrind --cache-sim=yes --cachegrind-out-file=/dev/null node --single-threaded "$tmp/run.mjs" "$tmp/subject.mjs" "$1" 2>&1 |
    awk '/I +refs:/ {gsub(",", "", $4); i = $4} /I1 +misses:/ {gsub(",", "", $4); m = $4} /D1 +misses:/ {gsub(",", "", $4); d = $4} END {print i, m, d}'
}
set -- $(count 0) $(count 3)
awk -v what="$what" -v i0="$1" -v m0="$2" -v d0="$3" -v i3="$4" -v m3="$5" -v d3="$6" 'BEGIN {
  printf "%s, one pass over 1/8 of PolNeAR train: %.0f M instructions, %.1f M L1 instruction misses, %.1f M L1 data misses\n", what, (i3 - i0) / 3e6, (m3 - m0) / 3e6, (d3 - d0) / 3e6
}'
