package factscore

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// GoldSuffix ends the name of every gold file; NAME.gold.tsv is the gold of
// the article NAME.txt beside it.
const GoldSuffix = ".gold.tsv"

// Article is one gold file of a folder and the article it is the gold of.
type Article struct {
	Name string // NAME of NAME.gold.tsv
	Gold string // path of the gold file
	Text string // path of the article, NAME.txt
}

// Articles lists the gold files of a folder in name order.
func Articles(dir string) ([]Article, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []Article
	for _, e := range ents {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, GoldSuffix) {
			continue
		}
		name := strings.TrimSuffix(n, GoldSuffix)
		out = append(out, Article{Name: name, Gold: filepath.Join(dir, n), Text: filepath.Join(dir, name+".txt")})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no gold files (NAME%s)", dir, GoldSuffix)
	}
	return out, nil
}

// Score scores one article: the gold file at goldPath against the N-Quads
// an extractor printed for it.
func Score(name, goldPath, nquads string) (Result, error) {
	g, err := ReadGoldFile(goldPath)
	if err != nil {
		return Result{}, err
	}
	s, err := ReadNQuads(nquads)
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", name, err)
	}
	r := Evaluate(g, s)
	r.Name = name
	return r, nil
}

// ScoreDir scores every gold file of dir against the N-Quads that extract
// returns for its article.
func ScoreDir(dir string, extract func(article string) (string, error)) ([]Result, Total, error) {
	arts, err := Articles(dir)
	if err != nil {
		return nil, Total{}, err
	}
	var results []Result
	for _, a := range arts {
		nq, err := extract(a.Text)
		if err != nil {
			return nil, Total{}, fmt.Errorf("%s: %w", a.Name, err)
		}
		r, err := Score(a.Name, a.Gold, nq)
		if err != nil {
			return nil, Total{}, err
		}
		results = append(results, r)
	}
	return results, Combine(results), nil
}
