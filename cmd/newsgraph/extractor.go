package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/loader/extract"
)

// addExtractorFlag adds --extractor, which names the extractor a command
// runs (extract.Lookup), with completion of the registered names.
func addExtractorFlag(cmd *cobra.Command, name *string) {
	cmd.Flags().StringVar(name, "extractor", extract.DefaultName, "the extractor: "+strings.Join(extract.Names(), ", "))
	_ = cmd.RegisterFlagCompletionFunc("extractor", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return extract.Names(), cobra.ShellCompDirectiveNoFileComp
	})
}
