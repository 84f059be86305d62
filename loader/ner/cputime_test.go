package ner

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the CPU time (user and system) the process has used. On a
// shared machine, words per CPU second is steadier than words per second of
// wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportRate reports words/s (wall) and words/cpu-s since the CPU time start.
func reportRate(b *testing.B, words int, start time.Duration) {
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
	if cpu := cpuTime() - start; cpu > 0 {
		b.ReportMetric(float64(words)/cpu.Seconds(), "words/cpu-s")
	}
}
