package main

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
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
			env.Setenv("SHARED", wd+"/../../../shared")
			return nil
		},
	})
}
