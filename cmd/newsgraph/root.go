package main

import (
	"errors"
	"fmt"
	"os"
	"runtime/pprof"
	"runtime/trace"

	"github.com/spf13/cobra"
)

// errFailedInputs marks a run that finished but could not read some inputs;
// the messages were already printed, so Main only sets the exit status.
var errFailedInputs = errors.New("some inputs failed")

// storeOptions are the flags that choose the store, shared by every command
// that opens one.
type storeOptions struct {
	DB     string // bolt, memory, postgres, cockroach
	DBPath string
}

func (o *storeOptions) addFlags(cmd *cobra.Command) {
	db := envOr("NEWSGRAPH_DB", "bolt")
	path := envOr("NEWSGRAPH_DBPATH", "./newsgraph.db")
	cmd.Flags().StringVar(&o.DB, "db", db, "store backend: bolt, memory, postgres or cockroach (env NEWSGRAPH_DB)")
	cmd.Flags().StringVar(&o.DBPath, "dbpath", path, "store location: a bolt file, or a database URL (env NEWSGRAPH_DBPATH)")
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

// stopProfile ends the CPU profile that --cpuprofile started, if any.
var stopProfile func()

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "newsgraph",
		Short:         "Turn news articles into a knowledge graph you can question",
		Long:          "newsgraph reads news articles, finds the people, organisations, places and events in them,\nand keeps who met whom, where, when and in what role in a Cayley graph, every fact with its evidence sentence.",
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       versionString(),
	}
	root.SetVersionTemplate("{{.Version}}\n")
	// --cpuprofile FILE writes a CPU profile of the whole command (for
	// go tool pprof); hidden: it is for measuring, not for users.
	var cpuProfile string
	root.PersistentFlags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the command to this file")
	_ = root.PersistentFlags().MarkHidden("cpuprofile")
	// --trace FILE writes an execution trace (go tool trace): which
	// goroutines ran on which core, and when the collector ran.
	var traceFile string
	root.PersistentFlags().StringVar(&traceFile, "trace", "", "write an execution trace of the command to this file")
	_ = root.PersistentFlags().MarkHidden("trace")
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		var stops []func()
		stopProfile = func() {
			for _, stop := range stops {
				stop()
			}
		}
		if cpuProfile != "" {
			f, err := os.Create(cpuProfile)
			if err != nil {
				return fmt.Errorf("cpuprofile: %w", err)
			}
			if err := pprof.StartCPUProfile(f); err != nil {
				f.Close()
				return fmt.Errorf("cpuprofile: %w", err)
			}
			stops = append(stops, func() { pprof.StopCPUProfile(); f.Close() })
		}
		if traceFile != "" {
			f, err := os.Create(traceFile)
			if err != nil {
				return fmt.Errorf("trace: %w", err)
			}
			if err := trace.Start(f); err != nil {
				f.Close()
				return fmt.Errorf("trace: %w", err)
			}
			stops = append(stops, func() { trace.Stop(); f.Close() })
		}
		return nil
	}
	root.AddCommand(
		newLoadCmd(),
		newExtractCmd(),
		newQueryCmd(),
		newStatsCmd(),
		newCheckCmd(),
		newResolveCmd(),
		newServeCmd(),
		newExportCmd(),
		newEvalCmd(),
		newAuditCmd(),
	)
	return root
}

// Main runs the newsgraph command line and returns the process exit status.
func Main() int {
	root := newRootCmd()
	err := root.Execute()
	if stopProfile != nil {
		// Also after a failed run: extract exits 1 when an input failed.
		stopProfile()
		stopProfile = nil
	}
	if err != nil {
		if !errors.Is(err, errFailedInputs) {
			fmt.Fprintln(os.Stderr, "newsgraph:", err)
		}
		return 1
	}
	return 0
}
