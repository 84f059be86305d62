package source

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Scholarly pages carry, after the article, its references and back matter
// (issue 15: a journal's page read whole gave every cited author as a
// person): a run of citations ("23. Venkataramani AS , Bor J , and Jena AB .
// Regression discontinuity designs ... BMJ. 2016;352:i1216. [PMID: ...]"),
// the heading over them, and labelled notes ("Disclaimer:", "Grant
// Support:", "Corresponding Author:"). dropReferences removes them.

var (
	// citationStart opens a citation: a number ("23.", "[4]") or an author
	// written surname first ("Imbens GW", "Smith, J.").
	citationStart = regexp.MustCompile(`^(\[?\d{1,3}[.\])]\s|\p{Lu}[\p{L}'’-]+,? (\p{Lu}\.?\s?){1,3}[,.])`)
	// citationMark is what a citation holds besides a year.
	citationMark = regexp.MustCompile(`(?i)\bet al\b|\bdoi\b|\bpmid\b|\b(19|20)\d\d;\d|\((19|20)\d\d\)|\bpp\.\s?\d|\bvol\.\s?\d|\d+:\d+[-–]\d+|crossref|google scholar|\bibid\b|\bisbn\b`)
	yearRE       = regexp.MustCompile(`\b(1[5-9]|20)\d\d\b`)
	// referencesHead is the heading over a list of references.
	referencesHead = regexp.MustCompile(`(?i)^(references|reference list|bibliography|works cited|literature cited|sources|notes and references|references and notes|literatur|literaturverzeichnis|quellen|références|bibliographie|referencias|bibliografía)\s*:?$`)
	// backMatter is a labelled note of a paper's back matter.
	backMatter = regexp.MustCompile(`^(Disclaimer|Acknowledge?ments?|Grant Support|Funding|Financial Support|Disclosures?|Editors['’] Disclosures|Conflicts? of Interest|Competing Interests|Reproducible Research Statement|Corresponding Author|Current Author Addresses|Author Contributions|Data Availability|Requests for Single Reprints)\s*:`)
)

// labelLine is a short "Label: text" line of back matter ("Dr. Gorry: 228
// Sirrine Hall", "Drafting of the article: M.L. Anderson").
var labelLine = regexp.MustCompile(`^[^:.!?]{2,80}(\.[^:.!?]{1,40})?:\s`)

// minCitations is how many citations in a row make a list of references.
const minCitations = 3

// citation reports whether a paragraph reads as a bibliographic citation.
func citation(p string) bool {
	return utf8.RuneCountInString(p) <= 600 && citationStart.MatchString(p) && yearRE.MatchString(p) &&
		citationMark.MatchString(p)
}

// dropReferences removes runs of minCitations or more citations (and the
// references heading right before a run) and labelled back-matter notes
// from text.
func dropReferences(text string) string {
	paras := strings.Split(text, "\n\n")
	drop := make([]bool, len(paras))
	for i := 0; i < len(paras); {
		j := i
		for j < len(paras) && citation(strings.TrimSpace(paras[j])) {
			j++
		}
		if j-i >= minCitations {
			for k := i; k < j; k++ {
				drop[k] = true
			}
			if i > 0 && referencesHead.MatchString(strings.TrimSpace(paras[i-1])) {
				drop[i-1] = true
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	kept := paras[:0]
	inBack := false // after a back-matter label, its "Label: names" lines follow
	for i, p := range paras {
		t := strings.TrimSpace(p)
		if backMatter.MatchString(t) {
			inBack = true
			continue
		}
		inBack = inBack && labelLine.MatchString(t) && utf8.RuneCountInString(t) <= 250
		if drop[i] || inBack {
			continue
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, "\n\n")
}
