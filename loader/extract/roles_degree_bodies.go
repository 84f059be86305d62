package extract

// Degrees between a name and its body: "Michael Reed, Ph.D., of Columbia
// University, led the study", "Dr. Ann Lee, MD, MPH, from the Mayo Clinic,".

import "github.com/newsgraph/newsgraph/loader/nlp"

// pastDegrees returns the token after the degrees and honours written
// between commas from token j, after a name and its comma ("Ph.D., ",
// "MD, MPH, "), and whether there was one.
func pastDegrees(toks []nlp.Token, j int) (int, bool) {
	k := j
	for n := pastPostNominal(toks, k); n > k; n = pastPostNominal(toks, k) {
		k = n
	}
	return k, k > j
}
