package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the owner of this command.
func newEvalCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "eval",
		Short: "eval (not built yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("eval: not built yet")
		},
	}
}
