#!/usr/bin/env bash
# pipeline.sh measures what a user gets from the commands (issue 17): words
# per CPU-second of extract and load over the BBC corpus on one core, next to
# the extractor benchmark, and the end-to-end load of both corpora on two
# cores. It prints Markdown tables.
#
# Usage: bench/pipeline.sh [-r RUNS] [NEWSGRAPH_BINARY...]
#
# With no binary it builds the checkout's. With several (say the binary of
# main and of a branch) it runs them side by side, command by command: all
# binaries at once on the same core (on the same two cores for the
# end-to-end load), so that each is measured under the same load of a shared
# machine; the table gives the median of RUNS runs (default 1) per binary.
#
# Environment:
#   NEWSGRAPH_SHARED      the shared folder with data/ (default ../shared next to the repo)
#   NEWSGRAPH_BENCH_PARTS which parts: cmds e2e bench (default all three)
#
# CPU time is user+sys from /usr/bin/time; "one core" is taskset -c 0, under
# which Go also sees one CPU (GOMAXPROCS 1, one extraction worker). Peak
# RssAnon is sampled from /proc/PID/status every 100 ms (bench/load.sh does
# the same). The words are the BBC corpus' text words as wc -w
# counts them (842,910): the words the extractor benchmark counts.
set -euo pipefail
cd "$(dirname "$0")/.."
top=$(pwd)
runs=1
if [ "${1:-}" = -r ]; then runs=$2; shift 2; fi
shared=${NEWSGRAPH_SHARED:-$top/../shared}
bbc=$shared/data/bbc/articles.jsonl
reuters=$shared/data/reuters/articles.jsonl
parts=" ${NEWSGRAPH_BENCH_PARTS:-cmds e2e bench} "
for tool in /usr/bin/time taskset jq go; do
	command -v "$tool" >/dev/null || { echo "pipeline.sh: $tool is missing" >&2; exit 2; }
done
[ -r "$bbc" ] && [ -r "$reuters" ] || { echo "pipeline.sh: corpora not found under $shared (set NEWSGRAPH_SHARED)" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-pipeline.XXXXXX")
trap 'rm -rf "$work"' EXIT
log() { echo "pipeline.sh: $*" >&2; }

bins=("$@")
if [ ${#bins[@]} -eq 0 ]; then
	log "building newsgraph"
	go build -o "$work/newsgraph" ./cmd/newsgraph
	bins=("$work/newsgraph")
fi
words=$(jq -r '.text // ""' "$bbc" | wc -w)

# run LABEL N BIN ARGS...: one timed run (N numbers its files, so that runs
# can go side by side); appends "label|bin|wall|cpu|anonKB|la" to $work/runs.
run() {
	local label=$1 n=$2 bin=$3
	shift 3
	local la0 tpid child="" anon=0 k v rest
	la0=$(cut -d' ' -f1 /proc/loadavg)
	/usr/bin/time -f '%e %U %S' -o "$work/time.$n" "$@" >/dev/null 2>"$work/err.$n" &
	tpid=$!
	while kill -0 "$tpid" 2>/dev/null; do
		if [ -z "$child" ]; then read -r child rest <"/proc/$tpid/task/$tpid/children" 2>/dev/null || true; fi
		# taskset execs newsgraph in place, so the child is newsgraph either way.
		if [ -n "$child" ]; then
			while read -r k v rest; do
				if [ "$k" = RssAnon: ] && [ "$v" -gt "$anon" ]; then anon=$v; fi
			done 2>/dev/null <"/proc/$child/status" || true
		fi
		sleep 0.1
	done
	wait "$tpid" || true # extract exits 1 on Reuters' empty record
	local wall user sys
	read -r wall user sys <<<"$(grep -E '^[0-9.]+ [0-9.]+ [0-9.]+$' "$work/time.$n" | tail -n 1)"
	echo "$label|$bin|$wall|$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')|$anon|$la0→$(cut -d' ' -f1 /proc/loadavg)" >>"$work/runs"
	log "$label ($bin): ${wall}s wall, $user+$sys s CPU, RssAnon $((anon / 1024)) MB"
	rm -rf "$work/db.$n"
}

# each LABEL CMD ARGS...: runs "CMD ARGS" for every binary side by side;
# in ARGS, @BIN@ stands for the binary and @DB@ for a fresh store path.
each() {
	local label=$1 i=0
	shift
	for b in "${bins[@]}"; do
		i=$((i + 1))
		local args=()
		for a in "$@"; do
			a=${a//@BIN@/$b}
			args+=("${a//@DB@/$work/db.$i}")
		done
		run "$label" "$i" "$b" "${args[@]}" &
	done
	wait
}

declare -a labels
if [[ $parts == *" cmds "* ]]; then
	labels+=("extract --format nquads" "extract --format jsonl" "load --workers 1 (bolt)" "load --db memory")
	for r in $(seq "$runs"); do
		each "extract --format nquads" taskset -c 0 @BIN@ extract --format nquads "$bbc"
		each "extract --format jsonl" taskset -c 0 @BIN@ extract --format jsonl "$bbc"
		each "load --workers 1 (bolt)" taskset -c 0 @BIN@ load --workers 1 --progress never --dbpath @DB@ "$bbc"
		each "load --db memory" taskset -c 0 @BIN@ load --db memory --progress never "$bbc"
	done
fi
if [[ $parts == *" e2e "* ]]; then
	labels+=("e2e: load --workers 2, both corpora (2 cores)")
	for r in $(seq "$runs"); do
		each "e2e: load --workers 2, both corpora (2 cores)" @BIN@ load --workers 2 --progress never --dbpath @DB@ "$reuters" "$bbc"
	done
fi
bench_rows=$work/bench.md
: >"$bench_rows"
if [[ $parts == *" bench "* ]]; then
	log "extractor benchmark (one core, the whole BBC corpus once)"
	go test -c -o "$work/extract.test" ./loader/extract
	for r in $(seq "$runs"); do
		(cd loader/extract && taskset -c 0 "$work/extract.test" -test.run '^$' -test.bench Extract -test.cpu 1 -test.benchtime 2225x) |
			awk '/^BenchmarkExtract/ { for (i = 2; i < NF; i++) if ($(i + 1) == "words/cpu-s") print $i }' >>"$work/benchrates"
	done
	printf '| the extractor alone (`go test -bench Extract -cpu 1 -benchtime 2225x ./loader/extract`, this checkout) | — | — | %s | — |\n' \
		"$(sort -n "$work/benchrates" | awk '{ v[NR] = $1 } END { printf "%\047d", v[int((NR + 1) / 2)] }')" >"$bench_rows"
fi

echo "# newsgraph pipeline benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(go version | cut -d' ' -f3)"
echo
echo "BBC: $words words. Median of $runs run(s) per binary; words per CPU-second = words / (user+sys)."
echo
echo '| command | binary | wall s | CPU s | words per CPU-second | peak RssAnon MB | load avg (start→end) |'
echo '|---|---|---:|---:|---:|---:|---|'
for l in "${labels[@]}"; do
	for b in "${bins[@]}"; do
		awk -F'|' -v l="$l" -v b="$b" -v w="$words" '
			$1 == l && $2 == b { n++; wall[n] = $3; cpu[n] = $4; anon[n] = $5; la[n] = $6 }
			END {
				if (!n) exit
				# median by CPU time
				for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (cpu[j] < cpu[i]) {
					t = cpu[i]; cpu[i] = cpu[j]; cpu[j] = t; t = wall[i]; wall[i] = wall[j]; wall[j] = t
					t = anon[i]; anon[i] = anon[j]; anon[j] = t; t = la[i]; la[i] = la[j]; la[j] = t }
				m = int((n + 1) / 2)
				printf "| `%s` | %s | %.1f | %.2f | %\047d | %.0f | %s |\n", l, b, wall[m], cpu[m], w / cpu[m], anon[m] / 1024, la[m]
			}' "$work/runs"
	done
done
cat "$bench_rows"
