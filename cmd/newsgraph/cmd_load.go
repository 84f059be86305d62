package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the owner of this command.
func newLoadCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "load",
		Short: "load (not built yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("load: not built yet")
		},
	}
}
