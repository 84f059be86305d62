//go:build !unix

package benchdata

import "time"

// CPUTime is not measured on this platform: words/cpu-s is not reported.
func CPUTime() time.Duration { return 0 }
