package source

import "testing"

// TestDropReferences: a run of citations, its heading and a paper's labelled
// back matter leave the text; one citation-like sentence in the body stays.
func TestDropReferences(t *testing.T) {
	body := "Turning 65 was associated with a statistically and economically insignificant increase in the vaccination rate."
	refs := "References\n\n" +
		"23. Venkataramani AS , Bor J , and Jena AB . Regression discontinuity designs in healthcare research. BMJ. 2016;352:i1216. [PMID: 26977086]\n\n" +
		"28. Imbens GW and Lemieux T . Regression discontinuity designs: a guide to practice. J Econom. 2008;142:615-35. doi:10.1016/j.jeconom.2007.05.001\n\n" +
		"33. Miller RA . Aging and immune function. Int Rev Cytol. 1991;124:187-215. [PMID: 2001916] CrossrefMedlineGoogle Scholar"
	back := "Corresponding Author: Michael L. Anderson, PhD, 714 University Hall, Berkeley, CA 94720.\n\n" +
		"Author Contributions: Conception and design: M.L. Anderson, C. Dobkin, D. Gorry.\n\n" +
		"Drafting of the article: M.L. Anderson, C. Dobkin, D. Gorry."
	if got := dropReferences(body + "\n\n" + refs + "\n\n" + back); got != body {
		t.Errorf("dropReferences kept:\n%s", got)
	}
	one := body + "\n\nSmith, J. (2019) found the same, et al. said in a paper.\n\n" + body
	if got := dropReferences(one); got != one {
		t.Errorf("a lone citation-like paragraph dropped:\n%s", got)
	}
}
