package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the owner of this command.
func newExtractCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "extract",
		Short: "extract (not built yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("extract: not built yet")
		},
	}
}
