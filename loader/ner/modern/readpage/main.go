// Command readpage prints the headline and main text newsgraph's reader
// (loader/source) takes from pages, the starting point of the hand-checked
// texts of loader/ner/modern:
//
//	go run ./loader/ner/modern/readpage ../shared/data/web-news/NAME.html.gz
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/newsgraph/newsgraph/loader/source"
)

func main() {
	err := source.Read(context.Background(), os.Args[1:], source.Options{}, func(it source.Item) error {
		if it.Err != nil {
			return fmt.Errorf("read: %w", it.Err)
		}
		fmt.Printf("%s\n\n%s\n", it.Article.Headline, it.Article.Text)
		return nil
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "readpage:", err)
		os.Exit(1)
	}
}
