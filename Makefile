# newsgraph: `make test` sets up a fresh Debian machine (packages, npm modules,
# a throw-away PostgreSQL on a free 127.0.0.1 port), runs every test, then
# the load pipeline's memory-store test under the race detector, then each
# fuzzer briefly, and stops the PostgreSQL it started, pass or fail.
# `make stop` stops that PostgreSQL after an interrupted run.

.PHONY: test setup build fuzz stop

setup:
	bash .ci/setup

test: setup
	@status=0; \
	(set -a && . .ci/env && set +a && go vet ./... && go test -count=1 -timeout 30m ./... && go test -race -count=1 -run 'TestRunMemoryStore' ./ingest && bash .ci/fuzz) || status=$$?; \
	bash .ci/stop; \
	exit $$status

stop:
	bash .ci/stop

fuzz:
	bash .ci/fuzz

build:
	go build -o newsgraph ./cmd/newsgraph
