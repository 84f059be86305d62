# newsgraph: `make test` sets up a fresh Debian machine (packages, npm modules,
# a throw-away PostgreSQL on 127.0.0.1), runs every test, then each fuzzer
# briefly.

.PHONY: test setup build fuzz

setup:
	bash .ci/setup

test: setup
	set -a && . .ci/env && set +a && go vet ./... && go test -count=1 ./...
	bash .ci/fuzz

fuzz:
	bash .ci/fuzz

build:
	go build -o newsgraph ./cmd/newsgraph
