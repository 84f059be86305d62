package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// collector returns the collector's GOGC percent and memory limit, leaving
// them as they are.
func collector() (percent int, limit int64) {
	percent = debug.SetGCPercent(100)
	debug.SetGCPercent(percent)
	return percent, debug.SetMemoryLimit(-1)
}

// restoreCollector puts back the collector's settings at the end of t.
func restoreCollector(t *testing.T) {
	percent, limit := collector()
	t.Cleanup(func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	})
}

func TestExtractGCWaitsForTheFirstArticle(t *testing.T) {
	restoreCollector(t)
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	extracted := extractGC()
	if percent, limit := collector(); percent != -1 || limit != warmUpHeap {
		t.Fatalf("before the first article: GOGC %d, limit %d; want off, %d", percent, limit, warmUpHeap)
	}
	for range 2 {
		extracted()
		if percent, limit := collector(); percent != extractGCPercent || limit != math.MaxInt64 {
			t.Fatalf("after an article: GOGC %d, limit %d; want %d, none", percent, limit, extractGCPercent)
		}
	}
}

func TestExtractGCLeavesTheUsersSettings(t *testing.T) {
	for env, value := range map[string]string{"GOGC": "150", "GOMEMLIMIT": "1GiB"} {
		t.Run(env, func(t *testing.T) {
			restoreCollector(t)
			debug.SetGCPercent(150)
			debug.SetMemoryLimit(1 << 30)
			t.Setenv("GOGC", "")
			t.Setenv("GOMEMLIMIT", "")
			t.Setenv(env, value)
			extracted := extractGC()
			extracted()
			if percent, limit := collector(); percent != 150 || limit != 1<<30 {
				t.Errorf("%s set: GOGC %d, limit %d; want 150, %d as they were", env, percent, limit, 1<<30)
			}
		})
	}
}
