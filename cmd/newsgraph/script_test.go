package main

import (
	"database/sql"
	"fmt"
	"net"
	neturl "net/url"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/newsgraph/newsgraph/internal/shared"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"newsgraph": func() { os.Exit(Main()) },
	})
}

// TestScripts runs the CLI scripts in testdata/script. Each script runs in a
// fresh folder; $TESTDATA is the repository's testdata folder and $SHARED the
// shared corpora folder (../shared) when present.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "../../testdata/script",
		UpdateScripts: os.Getenv("UPDATE_SCRIPTS") != "",
		Setup: func(env *testscript.Env) error {
			wd, err := os.Getwd()
			if err != nil {
				return err
			}
			env.Setenv("TESTDATA", wd+"/../../testdata")
			dir, looked := shared.Dir()
			if dir == "" {
				dir = looked
			}
			env.Setenv("SHARED", dir)
			env.Setenv(postgresEnv, os.Getenv(postgresEnv))
			return nil
		},
		Condition: func(cond string) (bool, error) {
			if cond == "postgres" {
				return os.Getenv(postgresEnv) != "", nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"freshdb":   cmdFreshDB,
			"stamp-old": cmdStampOld,
			"sortcmp":   cmdSortCmp,
			"freeport":  cmdFreePort,
		},
	})
}

// postgresEnv names the variable holding the URL of a PostgreSQL server for
// the tests (.ci/setup starts one and sets it).
const postgresEnv = "NEWSGRAPH_TEST_POSTGRES"

// cmdFreshDB is the script command "freshdb VAR": it creates an empty
// database on the server of $NEWSGRAPH_TEST_POSTGRES, drops it when the script
// ends, and sets VAR to its URL.
func cmdFreshDB(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: freshdb VAR")
	}
	u, err := neturl.Parse(ts.Getenv(postgresEnv))
	if err != nil || u.Scheme == "" {
		ts.Fatalf("%s: not a database URL: %v", postgresEnv, err)
	}
	admin, err := sql.Open("postgres", u.String())
	ts.Check(err)
	name := fmt.Sprintf("newsgraph_script_%d_%d", os.Getpid(), time.Now().UnixNano())
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		admin.Close()
		ts.Fatalf("create database: %v", err)
	}
	ts.Defer(func() {
		admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		admin.Close()
	})
	u.Path = "/" + name
	ts.Setenv(args[0], u.String())
}

// cmdFreePort is the script command "freeport VAR": it sets VAR to a loopback
// TCP port that was free a moment ago, so that a script's server does not
// collide with another process on a fixed port.
func cmdFreePort(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: freeport VAR")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		ts.Fatalf("freeport: %v", err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	if err := ln.Close(); err != nil {
		ts.Fatalf("freeport: %v", err)
	}
	ts.Setenv(args[0], strconv.Itoa(port))
}
