package extract

import (
	"strings"
	"testing"
	"time"
)

// TestCompanyNoPublicBody checks firms_definite_public.go: "the company"
// stands for the firm named last, not for a public body named after it.
func TestCompanyNoPublicBody(t *testing.T) {
	doc := Extract("Headline\n\nGeneral Nutrition Inc filed a registration statement with the Securities and Exchange Commission for a secondary offering of eight mln common shares.\n\nAll the shares are being sold by the estate of David Shakarian, the founder of the company.", time.Time{})
	got := map[string]bool{}
	for _, f := range doc.Facts {
		if f.Predicate == "affiliation" && f.Object >= 0 {
			got[doc.Entities[f.Subject].Name+"|"+doc.Entities[f.Object].Name] = true
		}
	}
	if got["David Shakarian|Securities and Exchange Commission"] {
		t.Errorf("the company read as the SEC: %v", got)
	}
	found := false
	for k := range got {
		found = found || strings.HasPrefix(k, "David Shakarian|General Nutrition")
	}
	if !found {
		t.Errorf("no General Nutrition for Shakarian: %v", got)
	}
}
