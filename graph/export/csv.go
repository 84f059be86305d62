package export

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func init() {
	Register(Format{
		Name: "csv", Exts: []string{".csv"},
		Description: "nodes.csv and relationships.csv for neo4j-admin database import (-o names the folder)",
		Dir:         WriteCSV,
	})
}

// Neo4j bulk-import headers. Arrays use Neo4j's default delimiter ';'.
var (
	nodeHeader = []string{"id:ID", ":LABEL", "name", "type", "jobTitle", "aliases:string[]",
		"mentions:int", "firstSeen", "lastSeen"}
	relHeader = []string{":START_ID", ":END_ID", ":TYPE", "predicate", "weight:int", "evidence", "evidenceSentence"}
)

// WriteCSV writes nodes.csv and relationships.csv into dir (created when
// missing) with the headers of Neo4j's bulk importer:
//
//	neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv
func WriteCSV(dir string, g *Graph) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	header := append([]string(nil), nodeHeader...)
	for _, k := range g.Extra {
		header = append(header, extraName(k))
	}
	err := writeCSVFile(filepath.Join(dir, "nodes.csv"), header, func(emit func([]string) error) error {
		for _, n := range g.Nodes {
			row := []string{n.ID, strings.Join(n.Labels, ";"), n.Label, n.Type, n.JobTitle,
				strings.Join(arrayItems(n.Aliases), ";"), itoa(n.Mentions), n.FirstSeen, n.LastSeen}
			for _, k := range g.Extra {
				row = append(row, n.Extra[k])
			}
			if err := emit(row); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return writeCSVFile(filepath.Join(dir, "relationships.csv"), relHeader, func(emit func([]string) error) error {
		for _, e := range g.Edges {
			if err := emit([]string{e.Source, e.Target, e.Type, e.Predicate, itoa(e.Weight), e.Evidence, e.EvidenceID}); err != nil {
				return err
			}
		}
		return nil
	})
}

// arrayItems keeps the array delimiter out of array items.
func arrayItems(items []string) []string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = strings.ReplaceAll(s, ";", ",")
	}
	return out
}

func writeCSVFile(path string, header []string, rows func(emit func([]string) error) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	cw := csv.NewWriter(bw)
	err = cw.Write(header)
	if err == nil {
		err = rows(cw.Write)
	}
	cw.Flush()
	if err == nil {
		err = cw.Error()
	}
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
