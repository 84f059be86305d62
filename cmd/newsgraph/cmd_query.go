package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the owner of this command.
func newQueryCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "query",
		Short: "query (not built yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("query: not built yet")
		},
	}
}
