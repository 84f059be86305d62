package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the owner of this command.
func newStatsCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "stats",
		Short: "stats (not built yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("stats: not built yet")
		},
	}
}
