#!/bin/sh
# Export benchmark on the BBC corpus: load /work/shared/data/bbc/articles.jsonl
# (2,225 articles) into a temporary bolt store, then time each export format
# of the whole graph with /usr/bin/time (wall, CPU, peak resident memory).
#
#   sh graph/export/testdata/bench-bbc.sh [ARTICLES.jsonl]
#
# Then the Go benchmark on the same store:
#   NEWSGRAPH_BENCH_DB=$TMP/bbc.db go test ./graph/export -run '^$' -bench ExportGEXF -benchtime 3x
set -eu
corpus=${1:-${SHARED:-/work/shared}/data/bbc/articles.jsonl}
tmp=${TMPDIR:-/tmp}/newsgraph-bench-bbc
rm -rf "$tmp" && mkdir -p "$tmp"
go build -o "$tmp/newsgraph" ./cmd/newsgraph
ng="$tmp/newsgraph"
t="/usr/bin/time -f"
$t "load: %e s wall, %U s user, %M KB peak RSS" "$ng" load --dbpath "$tmp/bbc.db" --nosync --progress never "$corpus"
"$ng" stats --dbpath "$tmp/bbc.db"
for ext in gexf graphml cyjs dot nq jsonld; do
	$t "export $ext: %e s wall, %U s user, %S s sys, %M KB peak RSS" "$ng" export --dbpath "$tmp/bbc.db" -o "$tmp/bbc.$ext"
done
$t "export csv: %e s wall, %U s user, %S s sys, %M KB peak RSS" "$ng" export --dbpath "$tmp/bbc.db" --format csv -o "$tmp/csv"
$t "stats (baseline: open the store, count): %e s wall, %U s user, %M KB peak RSS" "$ng" stats --dbpath "$tmp/bbc.db" >/dev/null
ls -l "$tmp"/bbc.* "$tmp"/csv
echo "store kept in $tmp/bbc.db"
