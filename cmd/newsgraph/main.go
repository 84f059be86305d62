// Command newsgraph turns news articles into a knowledge graph kept in Cayley.
package main

import "os"

func main() { os.Exit(Main()) }
