package main

import (
	"context"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/queries"
)

// Shell completion (`newsgraph completion bash|zsh|fish|powershell`):
// query names, their parameters, --type values and entity names from the
// store. Entity names come from the store's name index within a time bound,
// so a completion never hangs; without a store it offers nothing.

// maxCompletions caps the entity names offered at once.
const maxCompletions = 50

// completionTimeout bounds the store lookup of one completion.
const completionTimeout = 5 * time.Second

// entityTypes are the --type values of `query top`.
var entityTypes = []string{"person", "organization", "place", "event"}

// exportTypes are the class names `export --types` knows best.
var exportTypes = []string{"Person", "Organization", "GovernmentOrganization", "Place", "Country", "City", "Event"}

// predicates are the properties `query evidence` is most often asked about.
var predicates = []string{"met", "jobTitle", "affiliation", "worksFor", "memberOf", "nationality",
	"attendee", "organizer", "location", "containedInPlace", "startDate", "superEvent",
	"parentOrganization", "homeLocation", "killed"}

// completeEntityNames offers the names in the store that start with
// toComplete.
func completeEntityNames(o storeOptions, toComplete string) ([]string, cobra.ShellCompDirective) {
	st, err := openExistingStore(o)
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	defer st.Close()
	ctx, cancel := context.WithTimeout(context.Background(), completionTimeout)
	defer cancel()
	names, err := queries.CompleteNames(ctx, st.QuadStore(), toComplete, maxCompletions)
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return names, cobra.ShellCompDirectiveNoFileComp
}

// completeQueryArgs completes `query`: the query names, then each query's
// positional parameters.
func completeQueryArgs(opts *queryOptions) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(_ *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		if len(args) == 0 {
			list := []string{"list\tevery query, its usage and parameters"}
			for _, q := range queries.List() {
				list = append(list, q.Name+"\t"+q.Description)
			}
			return list, cobra.ShellCompDirectiveNoFileComp
		}
		q, ok := queries.Get(args[0])
		if !ok {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		pos := q.Positional()
		if len(args)-1 >= len(pos) {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		if pos[len(args)-1].Name == "predicate" {
			return withPrefix(predicates, toComplete), cobra.ShellCompDirectiveNoFileComp
		}
		return completeEntityNames(opts.Store, toComplete)
	}
}

// withPrefix keeps the words that start with prefix, ignoring case.
func withPrefix(words []string, prefix string) []string {
	var out []string
	for _, w := range words {
		if strings.HasPrefix(strings.ToLower(w), strings.ToLower(prefix)) {
			out = append(out, w)
		}
	}
	return out
}

// completeList completes the last item of a comma-separated flag value.
func completeList(words []string, toComplete string) []string {
	done, last := "", toComplete
	if i := strings.LastIndex(toComplete, ","); i >= 0 {
		done, last = toComplete[:i+1], toComplete[i+1:]
	}
	var out []string
	for _, w := range withPrefix(words, last) {
		out = append(out, done+w)
	}
	return out
}
