#!/usr/bin/env bash
# load.sh measures newsgraph's load and query figures (issue 6) on this
# machine and prints them as Markdown tables:
#
#   bulk   newsgraph load vs cayley load of the same ~1,000,000-quad N-Quads file, bolt
#   e2e    reuters + bbc JSON Lines (23,803 articles) into bolt, --workers 2, with and without --nosync
#   pg     the same corpus into PostgreSQL, then every canned query on bolt and on PostgreSQL
#   incr   100 new articles into the full store vs into an empty one
#
# Usage: bench/load.sh [PART...]          (default: bulk e2e pg incr; pg and incr use e2e's store)
#
# Environment:
#   NEWSGRAPH_BENCH_CACHE  cache for the cayley binary, the N-Quads file and word counts
#                          (default ${TMPDIR:-/tmp}/newsgraph-bench-cache; safe to delete)
#   NEWSGRAPH_BENCH_PG     PostgreSQL server URL; a fresh database is created per run and dropped after
#                          (default postgres://postgres@127.0.0.1:54329/postgres?sslmode=disable)
#   NEWSGRAPH_BENCH_RUNS   runs per canned query (default 10)
#   NEWSGRAPH_BENCH_QUADS  size of the bulk-load file (default 1000000)
#   NEWSGRAPH_SHARED       the shared folder with data/ (default ../shared next to the repo)
#
# Each command runs under /usr/bin/time (wall, user, sys, max RSS) while its
# /proc/PID/status is sampled every 100 ms for the peak RssAnon (the
# process's own memory, not the store file's mapped pages). The 1-minute
# load average is recorded at the start and end of each run: on a shared
# machine CPU time (user+sys) is the steadier figure.
set -euo pipefail
cd "$(dirname "$0")/.."
top=$(pwd)
shared=${NEWSGRAPH_SHARED:-$top/../shared}
reuters=$shared/data/reuters/articles.jsonl
bbc=$shared/data/bbc/articles.jsonl
cayley_version=v0.7.7-0.20240706181042-81dcd7d73e45
cache=${NEWSGRAPH_BENCH_CACHE:-${TMPDIR:-/tmp}/newsgraph-bench-cache}
pg=${NEWSGRAPH_BENCH_PG:-postgres://postgres@127.0.0.1:54329/postgres?sslmode=disable}
runs=${NEWSGRAPH_BENCH_RUNS:-10}
nquads=${NEWSGRAPH_BENCH_QUADS:-1000000}
parts=" ${*:-bulk e2e pg incr} "
person=${NEWSGRAPH_BENCH_PERSON-Tony Blair}
place=${NEWSGRAPH_BENCH_PLACE-London}
org=${NEWSGRAPH_BENCH_ORG-European Union}

for tool in /usr/bin/time jq go; do
	command -v "$tool" >/dev/null || { echo "load.sh: $tool is missing (apt-get install time jq)" >&2; exit 2; }
done
for f in "$reuters" "$bbc"; do
	[ -r "$f" ] || { echo "load.sh: $f: not found (set NEWSGRAPH_SHARED)" >&2; exit 2; }
done

mkdir -p "$cache"
work=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-bench.XXXXXX")
pgdbs=()
reported=
cleanup() {
	# A run that stopped early still prints what it measured.
	[ -n "$reported" ] || [ ! -s "${runs_table:-}" ] || report "$@" || true
	for db in "${pgdbs[@]}"; do
		psql "$pg" -qXc "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
	done
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { echo "load.sh: $*" >&2; }
la() { cut -d' ' -f1 /proc/loadavg; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
div() { awk -v a="$1" -v b="$2" -v f="${3:-%.0f}" 'BEGIN { if (b > 0) printf f, a / b; else printf "-" }'; }

# measure LABEL CMD...: runs CMD with stdout in $work/LABEL.out and stderr in
# $work/LABEL.err, and sets M_WALL M_CPU (user+sys) M_RSS M_ANON (KB) M_LA
# ("start→end") M_RC. It adds a row to the runs table.
runs_table=$work/runs.md
printf '| run | wall s | CPU s (user+sys) | peak RSS MB | peak RssAnon MB | load avg (start→end) |\n|---|---:|---:|---:|---:|---|\n' >"$runs_table"
measure() {
	local label=$1
	shift
	local la0 tpid child="" anon=0 k v rest
	la0=$(la)
	/usr/bin/time -f '%e %U %S %M' -o "$work/$label.time" "$@" >"$work/$label.out" 2>"$work/$label.err" &
	tpid=$!
	while kill -0 "$tpid" 2>/dev/null; do
		if [ -z "$child" ]; then
			# The file has no newline: read fails at its end but still sets child.
			read -r child rest <"/proc/$tpid/task/$tpid/children" 2>/dev/null || true
		fi
		if [ -n "$child" ]; then
			while read -r k v rest; do
				if [ "$k" = RssAnon: ] && [ "$v" -gt "$anon" ]; then anon=$v; fi
			done <"/proc/$child/status" 2>/dev/null || true
		fi
		sleep 0.1
	done
	M_RC=0
	wait "$tpid" || M_RC=$?
	local wall user sys rss
	read -r wall user sys rss <<<"$(grep -E '^[0-9.]+ [0-9.]+ [0-9.]+ [0-9]+$' "$work/$label.time" | tail -n 1)"
	M_WALL=$wall M_CPU=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }') M_RSS=$rss M_ANON=$anon
	M_LA="$la0→$(la)"
	printf '| %s | %.1f | %s | %s | %s | %s |\n' "$label" "$wall" "$M_CPU" "$(mb "$rss")" "$(mb "$anon")" "$M_LA" >>"$runs_table"
	log "$label: ${wall}s wall, ${M_CPU}s CPU, RSS $(mb "$rss") MB, RssAnon $(mb "$anon") MB, load $M_LA, exit $M_RC"
}

# figure PART NAME VALUE TARGET OK: a row of the figures table.
figures_table=$work/figures.md
printf '| part | figure | value | target | met |\n|---|---|---:|---|---|\n' >"$figures_table"
figure() { printf '| %s | %s | %s | %s | %s |\n' "$@" >>"$figures_table"; }
yes_no() { awk "BEGIN { exit !($1) }" && echo yes || echo "**no**"; }
json() { jq -r "$1" "$2"; }

log "building newsgraph"
go build -o "$work/newsgraph" ./cmd/newsgraph
ng=$work/newsgraph
ngsum=$(sha256sum "$ng" | cut -c1-12)
words_cache=$cache/words-$(cat "$reuters" "$bbc" | cksum | cut -d' ' -f1)
if [ ! -s "$words_cache" ]; then
	cat "$reuters" "$bbc" | jq -r '(.title // "") + " " + (.text // "")' | wc -w >"$words_cache"
fi
words=$(cat "$words_cache")
articles_total=$(cat "$reuters" "$bbc" | wc -l)

# The machine.
machine=$work/machine.md
{
	echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "- CPU: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
	echo "- memory: $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)"
	echo "- OS: $(uname -sr); disk for temp files: $(df -h "$work" | awk 'NR == 2 { print $1 }')"
	echo "- $(go version)"
	echo "- newsgraph $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo ' with uncommitted changes'), binary $ngsum"
	echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared)"
	echo "- corpus: $articles_total articles, $words words (reuters + bbc JSON Lines)"
} >"$machine"

# --- bulk: newsgraph load vs cayley load of the same N-Quads file ---
if [[ $parts == *" bulk "* ]]; then
	cayley=$cache/cayley-$cayley_version
	if [ ! -x "$cayley" ]; then
		log "building cayley $cayley_version in a scratch module"
		(
			d=$(mktemp -d "$work/cayley-mod.XXXXXX") && cd "$d" && go mod init scratch >/dev/null 2>&1 &&
				go get "github.com/cayleygraph/cayley/cmd/cayley@$cayley_version" >/dev/null 2>&1 &&
				go build -o "$cayley.tmp" github.com/cayleygraph/cayley/cmd/cayley && mv "$cayley.tmp" "$cayley"
		)
	fi
	nq=$cache/bulk-$ngsum-$nquads.nq
	if [ ! -s "$nq" ]; then
		log "extracting the corpus as N-Quads (cached in $cache)"
		"$ng" extract --format nquads "$reuters" "$bbc" >"$work/all.nq" 2>"$work/extract.err" || true
		# The first $nquads quads, up to the end of the article (label) at that line.
		awk -v n="$nquads" 'NR <= n { print; if (NR == n) last = $(NF - 1); next } $(NF - 1) == last { print; next } { exit }' \
			"$work/all.nq" >"$nq.tmp" && mv "$nq.tmp" "$nq"
		rm -f "$work/all.nq"
	fi
	nq_quads=$(grep -c . "$nq")
	log "bulk: $nq_quads quads"
	measure "bulk: newsgraph load" "$ng" load --json --dbpath "$work/bulk-ng.db" "$nq"
	ng_wall=$M_WALL ng_cpu=$M_CPU ng_rss=$M_RSS ng_anon=$M_ANON ng_la=$M_LA
	ng_added=$(json .quads "$work/bulk: newsgraph load.out" 2>/dev/null || echo "?")
	measure "bulk: newsgraph load --nosync" "$ng" load --json --nosync --dbpath "$work/bulk-ng-nosync.db" "$nq"
	ngn_wall=$M_WALL ngn_cpu=$M_CPU
	rm -rf "$work/bulk-ng.db" "$work/bulk-ng-nosync.db"
	measure "bulk: cayley load" "$cayley" load --init -d bolt -a "$work/bulk-cayley.db" -i "$nq"
	cy_wall=$M_WALL cy_cpu=$M_CPU cy_rss=$M_RSS cy_anon=$M_ANON cy_la=$M_LA
	rm -rf "$work/bulk-cayley.db"
	figure bulk "quads in the file (newsgraph added, after duplicates)" "$nq_quads ($ng_added)" "~1,000,000" ""
	figure bulk "newsgraph load: s wall / s CPU" "$ng_wall / $ng_cpu" "" ""
	figure bulk "newsgraph load --nosync: s wall / s CPU" "$ngn_wall / $ngn_cpu" "" ""
	figure bulk "cayley load: s wall / s CPU" "$cy_wall / $cy_cpu" "" ""
	figure bulk "newsgraph quads/s (wall; --nosync)" "$(div "$nq_quads" "$ng_wall"); $(div "$nq_quads" "$ngn_wall")" "" ""
	figure bulk "cayley quads/s (wall)" "$(div "$nq_quads" "$cy_wall")" "" ""
	figure bulk "throughput newsgraph ÷ cayley, wall (load avg $ng_la vs $cy_la)" "$(div "$cy_wall" "$ng_wall" %.2f)×" "≥ 3×" "$(yes_no "$cy_wall >= 3 * $ng_wall")"
	figure bulk "throughput newsgraph ÷ cayley, CPU time" "$(div "$cy_cpu" "$ng_cpu" %.2f)×" "≥ 3×" "$(yes_no "$cy_cpu >= 3 * $ng_cpu")"
	figure bulk "throughput newsgraph --nosync ÷ cayley, wall" "$(div "$cy_wall" "$ngn_wall" %.2f)×" "≥ 3×" "$(yes_no "$cy_wall >= 3 * $ngn_wall")"
	figure bulk "peak RSS / RssAnon MB: newsgraph" "$(mb "$ng_rss") / $(mb "$ng_anon")" "" ""
	figure bulk "peak RSS / RssAnon MB: cayley" "$(mb "$cy_rss") / $(mb "$cy_anon")" "" ""
fi

# --- e2e: the JSON Lines corpus into bolt ---
e2e_db=$work/e2e.db
if [[ $parts == *" e2e "* ]]; then
	for mode in ${NEWSGRAPH_BENCH_E2E_MODES:-sync nosync}; do
		flags=(--workers 2 --json)
		label="e2e: newsgraph load --workers 2"
		# The first mode's store stays for the queries and incr parts.
		db=$work/e2e-$mode.db
		[ -d "$e2e_db" ] || db=$e2e_db
		if [ $mode = nosync ]; then
			flags+=(--nosync)
			label+=" --nosync"
		fi
		measure "$label" "$ng" load "${flags[@]}" --dbpath "$db" "$reuters" "$bbc"
		out="$work/$label.out"
		arts=$(json '.articles + .skipped' "$out")
		quads=$(json .quads "$out")
		figure e2e "$mode: articles (failed), quads" "$arts ($(json .failed "$out")), $quads" "23,803 articles" ""
		figure e2e "$mode: wall s (load avg $M_LA) / CPU s" "$M_WALL / $M_CPU" "< 60 s" "$(yes_no "$M_WALL < 60")"
		figure e2e "$mode: articles/s, words/s, quads/s (wall)" "$(div "$arts" "$M_WALL"), $(div "$words" "$M_WALL"), $(div "$quads" "$M_WALL")" "" ""
		figure e2e "$mode: articles/s, words/s, quads/s (per CPU s)" "$(div "$arts" "$M_CPU"), $(div "$words" "$M_CPU"), $(div "$quads" "$M_CPU")" "" ""
		figure e2e "$mode: peak RssAnon MB (peak RSS MB)" "$(mb "$M_ANON") ($(mb "$M_RSS"))" "< 500 MB" "$(yes_no "$M_ANON < 500 * 1024")"
	done
	rm -rf "$work/e2e-sync.db" "$work/e2e-nosync.db"
fi

# --- pg: the corpus into PostgreSQL, canned queries on both backends ---
if [[ $parts == *" pg "* ]]; then
	if ! psql "$pg" -qXAtc 'select 1' >/dev/null 2>&1; then
		log "pg: no PostgreSQL server at $pg (start one with .ci/setup); skipped"
		figure pg "PostgreSQL" "no server at $pg" "" "skipped"
	else
		db=newsgraph_bench_$$
		psql "$pg" -qXc "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
		pgdbs+=("$db")
		pgdb=$(echo "$pg" | sed -E "s#^([a-z]+://[^/]*)/[^?]*#\1/$db#")
		# NEWSGRAPH_BENCH_PG_INPUTS=bbc loads only the BBC corpus (the full
		# corpus takes about 30 minutes here), and compares the queries
		# with a bolt store of the same articles.
		pg_inputs=("$reuters" "$bbc")
		qbolt=$e2e_db
		if [ "${NEWSGRAPH_BENCH_PG_INPUTS:-}" = bbc ]; then
			pg_inputs=("$bbc")
			qbolt=$work/bbc.db
			measure "pg: bolt store of the BBC corpus for the queries" "$ng" load --workers 2 --json --nosync --dbpath "$qbolt" "$bbc"
		fi
		measure "pg: newsgraph load --workers 2 --db postgres" "$ng" load --workers 2 --json --db postgres --dbpath "$pgdb" "${pg_inputs[@]}"
		out="$work/pg: newsgraph load --workers 2 --db postgres.out"
		arts=$(json '.articles + .skipped' "$out")
		quads=$(json .quads "$out")
		figure pg "articles, quads" "$arts, $quads" "" ""
		figure pg "wall s (load avg $M_LA) / CPU s of newsgraph" "$M_WALL / $M_CPU" "" ""
		figure pg "articles/s, quads/s (wall)" "$(div "$arts" "$M_WALL"), $(div "$quads" "$M_WALL")" "" ""
		figure pg "peak RssAnon MB (peak RSS MB)" "$(mb "$M_ANON") ($(mb "$M_RSS"))" "" ""
		figure pg "database size" "$(psql "$pg" -qXAtc "select pg_size_pretty(pg_database_size('$db'))")" "" ""

		log "queries: building the benchmark"
		go test -c -o "$work/bench.test" ./bench
		bench_queries() { # BACKEND PATH OUTFILE
			(cd "$work" && NEWSGRAPH_BENCH_BACKEND=$1 NEWSGRAPH_BENCH_DBPATH=$2 NEWSGRAPH_BENCH_PERSON=$person \
				NEWSGRAPH_BENCH_PLACE=$place NEWSGRAPH_BENCH_ORG=$org \
				./bench.test -test.run '^$' -test.bench 'Queries' -test.benchtime "${runs}x" -test.v) >"$3" 2>&1 || {
				log "queries on $1 failed:"
				tail -n 20 "$3" >&2
			}
		}
		if [ -d "$qbolt" ]; then bench_queries bolt "$qbolt" "$work/q-bolt.txt"; else : >"$work/q-bolt.txt"; fi
		la_q0=$(la)
		bench_queries postgres "$pgdb" "$work/q-pg.txt"
		la_q1=$(la)
		queries_table=$work/queries.md
		{
			echo "Canned queries over $(basename "$(dirname "${pg_inputs[-1]}")")$([ ${#pg_inputs[@]} -gt 1 ] && echo " + $(basename "$(dirname "${pg_inputs[0]}")")"), $runs runs each (load avg $la_q0→$la_q1); arguments: $(grep -h -m1 -o 'person .*' "$work/q-pg.txt" "$work/q-bolt.txt" | head -n 1)"
			echo
			echo '| query | rows | bolt p50 ms | bolt p95 ms | PostgreSQL p50 ms | PostgreSQL p95 ms |'
			echo '|---|---:|---:|---:|---:|---:|'
			# BenchmarkQueries/NAME-2  10  123 ns/op  1.2 p50-ms  3.4 p95-ms  5.0 rows
			awk -v want="$runs" '
				function ms(v) { return v == "" ? "-" : (v < 10 ? sprintf("%.1f", v) : sprintf("%.0f", v)) }
				function cell(v, r) { return ms(v) ((r != "" && r < want) ? " (" r " runs)" : "") }
				/^BenchmarkQueries\// {
					name = $1; sub(/^BenchmarkQueries\//, "", name); sub(/-[0-9]+$/, "", name)
					n = split($0, f, /[ \t]+/)
					delete a
					for (i = 2; i < n; i++) a[f[i + 1]] = f[i] + 0
					k = (FILENAME ~ /q-bolt/) ? "bolt" : "pg"
					p50[k, name] = a["p50-ms"]; p95[k, name] = a["p95-ms"]; rows[k, name] = a["rows"]; rn[k, name] = a["runs"]
					names[name] = 1
				}
				END {
					for (q in names) {
						r = ((("bolt", q) in rows) ? rows["bolt", q] : rows["pg", q])
						if ((("bolt", q) in rows) && (("pg", q) in rows) && rows["bolt", q] != rows["pg", q]) r = rows["bolt", q] " / " rows["pg", q]
						printf "| %s | %s | %s | %s | %s | %s |\n", q, r, cell(p50["bolt", q], rn["bolt", q]), ms(p95["bolt", q]), cell(p50["pg", q], rn["pg", q]), ms(p95["pg", q])
					}
				}' "$work/q-bolt.txt" "$work/q-pg.txt" | sort
			{ grep -h 'QUERY-ERROR' "$work/q-bolt.txt" || true; } | sed 's/^ */\nbolt: /'
			{ grep -h 'QUERY-ERROR' "$work/q-pg.txt" || true; } | sed 's/^ */\nPostgreSQL: /'
		} >"$queries_table"
	fi
fi

# --- incr: 100 new articles into the full store vs into an empty one ---
if [[ $parts == *" incr "* ]]; then
	if [ ! -d "$e2e_db" ]; then
		log "incr: needs the e2e store (run with e2e); skipped"
	else
		# The last 100 BBC articles under new ids: new to the store (new
		# article IRIs, sentences and facts) while the people and places
		# they name are already there, as with a day's news.
		tail -n 100 "$bbc" | jq -c '.id = "new/" + .id' >"$work/new100.jsonl"
		reps=3
		for rep in $(seq $reps); do
			rm -rf "$work/incr-empty.db"
			measure "incr: 100 new articles into an empty store #$rep" "$ng" load --workers 2 --json --dbpath "$work/incr-empty.db" "$work/new100.jsonl"
			echo "$M_WALL $M_CPU" >>"$work/incr-empty.txt"
			rm -rf "$work/incr-full.db"
			cp -r "$e2e_db" "$work/incr-full.db"
			measure "incr: 100 new articles into the full store #$rep" "$ng" load --workers 2 --json --dbpath "$work/incr-full.db" "$work/new100.jsonl"
			echo "$M_WALL $M_CPU" >>"$work/incr-full.txt"
			new=$(json .new "$work/incr: 100 new articles into the full store #$rep.out")
			[ "$new" = 100 ] || log "incr: expected 100 new articles in the full store, got $new"
		done
		med() { sort -n -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'; }
		ew=$(med "$work/incr-empty.txt" 1) ec=$(med "$work/incr-empty.txt" 2)
		fw=$(med "$work/incr-full.txt" 1) fc=$(med "$work/incr-full.txt" 2)
		figure incr "empty store: s wall / s CPU (median of $reps)" "$ew / $ec" "" ""
		figure incr "full store ($articles_total articles): s wall / s CPU (median of $reps)" "$fw / $fc" "" ""
		figure incr "full ÷ empty, wall" "$(div "$fw" "$ew" %.2f)×" "≤ 2×" "$(yes_no "$fw <= 2 * $ew")"
		figure incr "full ÷ empty, CPU" "$(div "$fc" "$ec" %.2f)×" "≤ 2×" "$(yes_no "$fc <= 2 * $ec")"
		rm -rf "$work/incr-empty.db" "$work/incr-full.db"
	fi
fi

report() {
	reported=1
	echo "# newsgraph load benchmark: bench/load.sh $parts"
	env | grep '^NEWSGRAPH_' | sed 's/^/    /' || true
echo
cat "$machine"
echo
echo "## Figures"
echo
cat "$figures_table"
if [ -s "${queries_table:-/nonexistent}" ]; then
	echo
	echo "## Queries"
	echo
	cat "$queries_table"
fi
echo
echo "## Runs"
echo
cat "$runs_table"
}
report "$@"
