package main

import (
	"runtime/debug"
	"testing"

	"github.com/newsgraph/newsgraph/loader/extract"
)

func TestVersionOf(t *testing.T) {
	for _, tc := range []struct {
		name string
		bi   *debug.BuildInfo
		want string
	}{
		{"no build information", nil, "newsgraph unknown\ncommit unknown\nextractor " + extract.Version()},
		{"no VCS stamp", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}},
			"newsgraph (devel)\ncommit unknown\nextractor " + extract.Version()},
		{"a clean commit", &debug.BuildInfo{Main: debug.Module{Version: "v0.3.0"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "83eadc2bd31a212bd244e3100d734eae7060f2a0"},
			{Key: "vcs.time", Value: "2026-12-04T14:33:07Z"},
			{Key: "vcs.modified", Value: "false"},
		}}, "newsgraph v0.3.0\ncommit 83eadc2bd31a 2026-12-04T14:33:07Z\nextractor " + extract.Version()},
		{"local changes", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "83eadc2bd31a212bd244e3100d734eae7060f2a0"},
			{Key: "vcs.modified", Value: "true"},
		}}, "newsgraph (devel)\ncommit 83eadc2bd31a (modified)\nextractor " + extract.Version()},
	} {
		if got := versionOf(tc.bi); got != tc.want {
			t.Errorf("%s:\n%s\nwant\n%s", tc.name, got, tc.want)
		}
	}
}
