// Package quality reads the committed quality figures (testdata/quality.json
// at the top of the module) that the quality tests hold the extractor to:
// a test fails when a figure drops by more than the tolerance.
package quality

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// Figures are the committed quality figures.
type Figures struct {
	// Tolerance is how far a figure may drop before a test fails.
	Tolerance float64 `json:"tolerance"`
	// Gold holds, by gold set (a folder of the module or of the shared
	// data), the facts scorer's F1 figures and its count of duplicates.
	Gold map[string]Gold `json:"gold"`
	// CoNLL04Dev holds the strict F1 figures on the CoNLL04 dev split.
	CoNLL04Dev struct {
		EntitiesF1  float64 `json:"entities_f1"`
		RelationsF1 float64 `json:"relations_f1"`
	} `json:"conll04_dev"`
}

// Gold are the figures of one gold set.
type Gold struct {
	Articles   int     `json:"articles"`
	EntitiesF1 float64 `json:"entities_f1"`
	FactsF1    float64 `json:"facts_f1"`
	MetF1      float64 `json:"met_f1"`
	Duplicates int     `json:"duplicates"`
}

// Root returns the module's top folder, found from the working directory.
func Root() (string, error) {
	d, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		p := filepath.Dir(d)
		if p == d {
			return "", fmt.Errorf("quality: no go.mod above the working directory")
		}
		d = p
	}
}

// Load reads testdata/quality.json.
func Load() (Figures, error) {
	var f Figures
	root, err := Root()
	if err != nil {
		return f, err
	}
	b, err := os.ReadFile(filepath.Join(root, "testdata", "quality.json"))
	if err != nil {
		return f, fmt.Errorf("quality: %w", err)
	}
	if err := json.Unmarshal(b, &f); err != nil {
		return f, fmt.Errorf("quality: testdata/quality.json: %w", err)
	}
	if f.Tolerance <= 0 {
		f.Tolerance = 0.02
	}
	return f, nil
}

// Dropped returns an error when got is more than the tolerance below want.
func (f Figures) Dropped(name string, got, want float64) error {
	if got < want-f.Tolerance-1e-9 {
		return fmt.Errorf("%s dropped to %.3f from the committed %.3f (tolerance %.2f; testdata/quality.json)", name, got, want, f.Tolerance)
	}
	return nil
}
