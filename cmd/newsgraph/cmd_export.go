package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the owner of this command.
func newExportCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "export",
		Short: "export (not built yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("export: not built yet")
		},
	}
}
