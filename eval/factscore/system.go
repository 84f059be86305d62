package factscore

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// typeClasses maps a class's local name to the gold type it counts as.
var typeClasses = map[string]string{
	"Person":       "Person",
	"Organization": "Organization", "Corporation": "Organization", "GovernmentOrganization": "Organization",
	"NewsMediaOrganization": "Organization", "PoliticalParty": "Organization", "NGO": "Organization",
	"SportsOrganization": "Organization", "EducationalOrganization": "Organization", "SportsTeam": "Organization",
	"Airline": "Organization", "LocalBusiness": "Organization", "MedicalOrganization": "Organization",
	"ResearchOrganization": "Organization", "PerformingGroup": "Organization", "Consortium": "Organization",
	"Place": "Place", "Country": "Place", "City": "Place", "State": "Place", "AdministrativeArea": "Place",
	"Continent": "Place", "Landform": "Place", "LandmarksOrHistoricalBuildings": "Place", "TouristAttraction": "Place",
	"CivicStructure": "Place", "Residence": "Place", "BodyOfWater": "Place", "Mountain": "Place",
}

// predClasses maps a predicate's local name to the fact it counts as; a
// leading "-" means the predicate is read inversely.
var predClasses = map[string]string{
	"jobTitle":    "jobTitle",
	"affiliation": "affiliation", "worksFor": "affiliation", "memberOf": "affiliation", "nationality": "affiliation",
	"containedInPlace": "containedInPlace", "containedIn": "containedInPlace",
	"location": "location",
	"attendee": "attendee", "participant": "attendee", "attendees": "attendee",
	"organizer": "organizer", "launchedBy": "organizer", "founder": "organizer",
	"startDate":  "startDate",
	"superEvent": "superEvent", "subEvent": "-superEvent",
	"parentOrganization": "parentOrganization", "subOrganization": "-parentOrganization",
	"homeLocation": "homeLocation",
	"killed":       "killed",
	"met":          "met",
}

var (
	literalPreds = map[string]bool{"jobTitle": true, "startDate": true}
	namePreds    = map[string]bool{"name": true, "alternateName": true, "label": true}
	titles       = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true, "lord": true, "lady": true, "the": true}
)

const nqTerm = `(<[^>]*>|_:[^\s]+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?)`

var (
	nqLine    = regexp.MustCompile(`^\s*` + nqTerm + `\s+` + nqTerm + `\s+` + nqTerm + `(?:\s+` + nqTerm + `)?\s*\.\s*$`)
	nqLiteral = regexp.MustCompile(`^"((?:[^"\\]|\\.)*)"`)
	localSep  = regexp.MustCompile(`[/#:]`)
)

// triple is one system fact with its predicate mapped to the gold's.
type triple struct{ s, p, o string }

// System is what an extractor said about one article, read from N-Quads by
// predicate and class local names, so any namespace works.
type System struct {
	names     map[string][]string
	nameOrder []string
	types     map[string]map[string]bool
	triples   []triple
}

// ReadNQuads reads the N-Quads an extractor printed for one article.
func ReadNQuads(text string) (*System, error) {
	s := &System{names: map[string][]string{}, types: map[string]map[string]bool{}}
	for ln, line := range strings.Split(text, "\n") {
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimLeft(line, " \t"), "#") {
			continue
		}
		m := nqLine.FindStringSubmatch(line)
		if m == nil {
			if len(line) > 200 {
				line = line[:200]
			}
			return nil, fmt.Errorf("N-Quads line %d does not parse: %q", ln+1, line)
		}
		subj, p, o := m[1], m[2], m[3]
		pl := local(p)
		switch {
		case namePreds[pl] && strings.HasPrefix(o, `"`):
			if _, ok := s.names[subj]; !ok {
				s.nameOrder = append(s.nameOrder, subj)
			}
			s.names[subj] = append(s.names[subj], literalValue(o))
		case pl == "type" && strings.HasPrefix(o, "<"):
			cl := local(o)
			t := typeClasses[cl]
			if t == "" && strings.HasSuffix(cl, "Event") {
				t = "Event"
			}
			if t != "" {
				if s.types[subj] == nil {
					s.types[subj] = map[string]bool{}
				}
				s.types[subj][t] = true
			}
		case predClasses[pl] != "":
			s.triples = append(s.triples, triple{subj, predClasses[pl], o})
		}
	}
	return s, nil
}

// entityType returns a node's gold type, "" when it has none.
func (s *System) entityType(node string) string {
	ts := s.types[node]
	for _, t := range []string{"Event", "Person", "Organization", "Place"} {
		if ts[t] {
			return t
		}
	}
	return ""
}

// local returns the local name of an IRI term.
func local(iri string) string {
	iri = strings.Trim(iri, "<>")
	parts := localSep.Split(iri, -1)
	return parts[len(parts)-1]
}

// isLiteral reports whether a term is a quoted literal.
func isLiteral(term string) bool { return strings.HasPrefix(term, `"`) }

// literalValue returns the value of a literal term with its escapes
// decoded.
func literalValue(term string) string {
	m := nqLiteral.FindStringSubmatch(term)
	if m == nil {
		return ""
	}
	raw := m[1]
	if !strings.Contains(raw, `\`) {
		return raw
	}
	return unescape(strings.ReplaceAll(raw, `\'`, "'"))
}

// unescape decodes JSON string escapes and N-Quads' \UXXXXXXXX.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 == len(s) {
			b.WriteByte(c)
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'u', 'U':
			n := 4
			if s[i] == 'U' {
				n = 8
			}
			if i+1+n > len(s) {
				b.WriteByte('\\')
				b.WriteByte(s[i])
				continue
			}
			v, err := strconv.ParseUint(s[i+1:i+1+n], 16, 32)
			if err != nil {
				b.WriteByte('\\')
				b.WriteByte(s[i])
				continue
			}
			i += n
			r := rune(v)
			if utf16.IsSurrogate(r) && i+6 < len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
				if v2, err := strconv.ParseUint(s[i+3:i+7], 16, 32); err == nil {
					if d := utf16.DecodeRune(r, rune(v2)); d != utf8.RuneError {
						r = d
						i += 6
					}
				}
			}
			b.WriteRune(r)
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// normName normalises a name for matching: accents, case, possessive 's,
// punctuation and leading titles such as Mr dropped.
func normName(name string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(name) {
		if norm.NFKD.PropertiesString(string(r)).CCC() != 0 {
			continue
		}
		b.WriteString(strings.ToLower(string(r)))
	}
	s := dropPossessive(b.String())
	var c strings.Builder
	gap := false
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == ' ' {
			if gap {
				c.WriteByte(' ')
				gap = false
			}
			c.WriteRune(r)
		} else {
			gap = true
		}
	}
	if gap {
		c.WriteByte(' ')
	}
	toks := strings.Fields(c.String())
	for len(toks) > 0 && titles[toks[0]] {
		toks = toks[1:]
	}
	return strings.Join(toks, " ")
}

// dropPossessive removes 's and ’s before a word boundary.
func dropPossessive(s string) string {
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		if (rs[i] == '\'' || rs[i] == '\u2019') && i+1 < len(rs) && rs[i+1] == 's' && (i+2 == len(rs) || !isWord(rs[i+2])) {
			i++
			continue
		}
		out = append(out, rs[i])
	}
	return string(out)
}

// isWord reports whether r is a word character as Python's re reads \w.
func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_'
}

// namesMatch reports whether two normalised names name the same entity; a
// person's surname alone matches the full name.
func namesMatch(a, b string, person bool) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b || strings.ReplaceAll(a, " ", "") == strings.ReplaceAll(b, " ", "") {
		return true
	}
	if person {
		ta, tb := strings.Fields(a), strings.Fields(b)
		short, long := ta, tb
		if len(ta) > len(tb) {
			short, long = tb, ta
		}
		if len(short) < 1 {
			return false
		}
		tail := long[len(long)-len(short):]
		for i := range short {
			if short[i] != tail[i] {
				return false
			}
		}
		return true
	}
	return false
}
