// Hosting told in the other forms of modern copy (events_modern.go reads
// "Biden hosted Sunak"): a host to come ("Macron will host Scholz in Paris
// next week", "plans to welcome"), a greeting ("Newsom greeted Biden at the
// airport"), and the passive, whose subject is the guest and whose agent
// after "by" the host ("Sunak was hosted by Biden", "Lula was joined by
// Fernandez at the summit"). Both must be people the sentence names.

package extract

import "strings"

// hostingVerbs take a guest: their base, past and present forms.
var hostingVerbs = map[string]bool{"host": true, "hosted": true, "hosts": true, "welcome": true, "welcomed": true, "welcomes": true,
	"greet": true, "greeted": true, "greets": true, "receive": true, "received": true, "joined": true}

// hostedParties returns host and guest of a hosting verb at token i of
// sentence si that events_modern.go does not read (a base form after a
// modal or "to", "greeted", a passive with "by"), the event's word and the
// token after the phrase; nil when the phrase is none of these.
func (x *extractor) hostedParties(si, i int) ([]int, string, int) {
	s := &x.sents[si]
	toks := s.toks
	lw, t := s.lower(i), toks[i].Tag
	if !hostingVerbs[lw] || negated(toks, i) || i == 0 {
		return nil, "", i + 1
	}
	prev := s.lower(i - 1)
	switch {
	case t == "VBN" && beVerbs[prev] && i+1 < len(toks) && s.lower(i+1) == "by":
		// "Sunak was hosted by Biden": the guest is the subject
		host, end := x.journalistAt(si, i+2)
		guest := x.onlySubject(si, i)
		if host < 0 || guest < 0 {
			return nil, "", i + 1
		}
		if lw == "joined" {
			// "was joined by Fernandez at the summit": an occasion
			if w, next := x.occasionAfter(si, end); w != "" {
				return []int{host, guest}, w, next
			}
			return nil, "", i + 1
		}
		return []int{host, guest}, "meeting", end
	case lw == "joined" || lw == "receive" || lw == "received":
		return nil, "", i + 1 // read by joinedParties and the receive verbs
	case t == "VB" && (toks[i-1].Tag == "MD" || prev == "to") && strings.HasPrefix(lw, "host") || strings.HasPrefix(lw, "welcome") && t == "VB" && (toks[i-1].Tag == "MD" || prev == "to"),
		strings.HasPrefix(lw, "greet") && (t == "VBD" || t == "VBZ" || t == "VB" && (toks[i-1].Tag == "MD" || prev == "to")):
		// "will host Scholz", "to welcome Scholz", "greeted Biden"
		guest, end := x.journalistAt(si, i+1)
		host := x.onlySubject(si, i)
		if guest < 0 || host < 0 || end < len(toks) && toks[end].Tag == "POS" {
			return nil, "", i + 1
		}
		return []int{host, guest}, "meeting", end
	}
	return nil, "", i + 1
}

// occasionAfter returns the occasion's noun of "at/for/on OCCASION" from
// token end ("at the summit", "for a fundraising dinner") and the token
// after it; "" when there is none within four words.
func (x *extractor) occasionAfter(si, end int) (string, int) {
	s := &x.sents[si]
	toks := s.toks
	if end >= len(toks) || !joinedPreps[s.lower(end)] {
		return "", end
	}
	for k := end + 1; k < len(toks) && k <= end+4; k++ {
		w := s.lower(k)
		if _, ok := eventNouns[w]; ok && toks[k].Tag != "NNP" || joinedOccasions[w] {
			return w, k + 1
		}
		if t := toks[k].Tag; t != "DT" && t != "JJ" && t != "NN" && t != "PRP$" && t != "VBG" && t != "CD" {
			break
		}
	}
	return "", end
}
