package main

import (
	"fmt"
	"runtime/debug"

	"github.com/newsgraph/newsgraph/loader/extract"
)

// versionString is what --version prints, from the running binary's build
// information.
func versionString() string {
	bi, _ := debug.ReadBuildInfo()
	return versionOf(bi)
}

// versionOf is the module version, the commit the binary was built from
// (from the Go toolchain's VCS stamp, "unknown" without one: GOFLAGS=
// -buildvcs=false, a git worktree or a source tree without .git) and the
// version of the extraction it writes (extract.Version: the code version
// and a digest of the embedded models and data).
func versionOf(bi *debug.BuildInfo) string {
	version, commit := "unknown", "unknown"
	if bi != nil {
		if v := bi.Main.Version; v != "" {
			version = v
		}
		var modified bool
		var when string
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				commit = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			case "vcs.time":
				when = s.Value
			}
		}
		if commit != "unknown" {
			if len(commit) > 12 {
				commit = commit[:12]
			}
			if modified {
				commit += " (modified)"
			}
			if when != "" {
				commit += " " + when
			}
		}
	}
	return fmt.Sprintf("newsgraph %s\ncommit %s\nextractor %s", version, commit, extract.Version())
}
