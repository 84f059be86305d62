# newsgraph: `make test` sets up a fresh Debian machine (packages, npm modules,
# a throw-away PostgreSQL on 127.0.0.1) and runs every test.

.PHONY: test setup build demo

setup:
	bash .ci/setup

test: setup
	set -a && . .ci/env && set +a && go vet ./... && go test -count=1 ./...

build:
	go build -o newsgraph ./cmd/newsgraph
