package resolve

import (
	"slices"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// legalSuffixes end company names without changing what they name
// ("Merrill Lynch and Co Inc", "Merrill Lynch & Co."); Key drops them from
// the end of a name.
var legalSuffixes = map[string]bool{
	"inc": true, "incorporated": true, "corp": true, "corporation": true, "co": true, "cos": true,
	"company": true, "ltd": true, "limited": true, "plc": true, "ag": true, "sa": true, "nv": true,
	"llc": true, "lp": true, "gmbh": true, "spa": true, "bhd": true, "bv": true, "ab": true, "oy": true,
	"pty": true, "kk": true, "as": true,
}

// slashLegalForms are legal forms written with a slash ("Norsk Hydro A/S",
// "Banco Real S/A"); Key drops them from a name like legalSuffixes, so
// "Norsk Hydro A/S", "Norsk Hydro AS" and "Norsk Hydro" share a key.
var slashLegalForms = map[string]bool{"a/s": true, "s/a": true, "i/s": true, "k/s": true}

// withoutSlashLegalForm is name without a legal form written with a slash
// at its end ("Norsk Hydro A/S") or its start (the Danish "A/S Norske
// Shell"), when other words remain.
func withoutSlashLegalForm(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return name
	}
	if slashLegalForms[strings.ToLower(strings.TrimSuffix(ws[len(ws)-1], "."))] {
		return strings.Join(ws[:len(ws)-1], " ")
	}
	if slashLegalForms[strings.ToLower(ws[0])] {
		return strings.Join(ws[1:], " ")
	}
	return name
}

// orgWords in a name make it an organisation's, whatever one article typed
// it: legal forms and the words of banks, brokers, clubs and parties.
var orgWords = map[string]bool{
	"inc": true, "incorporated": true, "corp": true, "corporation": true, "co": true, "cos": true,
	"company": true, "ltd": true, "limited": true, "plc": true, "ag": true, "nv": true, "llc": true,
	"gmbh": true, "group": true, "bank": true, "bancorp": true, "bancshares": true, "holdings": true,
	"securities": true, "industries": true, "partners": true, "associates": true, "party": true,
	"fc": true, "club": true, "council": true, "commission": true, "ministry": true, "association": true,
	"institute": true, "university": true, "agency": true, "authority": true, "federation": true,
	"union": true, "board": true, "exchange": true, "fund": true, "trust": true, "systems": true,
	"airlines": true, "motors": true, "petroleum": true, "oil": true, "energy": true, "financial": true,
	"workers": true,
}

// honorifics before a person's name ("Mr Blair", "Dame Barbara Castle").
// Peers' titles (Lord, Lady, Baroness) are kept: "Baroness Kennedy" is not
// any Kennedy.
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true,
	"dame": true, "prof": true, "professor": true,
}

// spellings folds British spellings into American ones, word by word.
var spellings = map[string]string{
	"organisation": "organization", "organisations": "organizations", "centre": "center",
	"defence": "defense", "programme": "program", "harbour": "harbor",
	"privatisation": "privatization", "nationalisation": "nationalization",
}

// stopWords are left out of a name's key ("Castle and Cooke" = "Castle &
// Cooke") and of its initials ("Securities and Exchange Commission" = SEC).
var stopWords = map[string]bool{"and": true, "the": true, "of": true, "for": true, "de": true, "und": true}

// tokens returns the words of a name as vocab.Slug folds them (accents
// dropped, lower case), with runs of single letters joined ("U.S." is "us",
// "B.A.T. Industries" is "bat industries") and a possessive "'s" dropped.
func tokens(name string) []string {
	raw := strings.Split(vocab.Slug(name), "-")
	out := make([]string, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		t := raw[i]
		if t == "" {
			continue
		}
		if t == "s" && len(out) > 0 && i > 0 && len(raw[i-1]) > 1 {
			continue // Moody's -> moody
		}
		if len(t) == 1 && isLetter(t[0]) {
			j := i
			var b strings.Builder
			for j < len(raw) && len(raw[j]) == 1 && isLetter(raw[j][0]) {
				b.WriteString(raw[j])
				j++
			}
			if j-i > 1 {
				out = append(out, b.String())
				i = j - 1
				continue
			}
		}
		if s, ok := spellings[t]; ok {
			t = s
		}
		out = append(out, t)
	}
	return out
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' }

// Key is the canonical key of a name: its words (see tokens) without stop
// words, honorifics (for people) and trailing legal suffixes. Names with the
// same key name the same entity of a type ("Merrill Lynch and Co Inc",
// "Merrill Lynch & Co." and "Merrill Lynch"; "Organisation" and
// "Organization").
func Key(name string, person bool) string {
	return strings.Join(keyTokens(name, person), " ")
}

// keys remembers Key's results while cluster runs: it asks for the keys of
// the same names many times.
var keys keyMemo

type keyMemo struct {
	mu sync.Mutex
	n  int                  // clusterings running
	m  [2]map[string]string // by person
}

// start begins a clustering of n groups: the memo is sized for the
// names of that many (both corpora: 47,000 names of each kind for 117,000
// groups).
func (k *keyMemo) start(n int) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.n == 0 {
		k.m = [2]map[string]string{make(map[string]string, n/2), make(map[string]string, n/2)}
	}
	k.n++
}

func (k *keyMemo) stop() {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.n--; k.n == 0 {
		k.m = [2]map[string]string{}
	}
}

// memoKey is Key, remembered while a clustering runs.
func memoKey(name string, person bool) string {
	p := 0
	if person {
		p = 1
	}
	keys.mu.Lock()
	m := keys.m[p]
	if m != nil {
		if k, ok := m[name]; ok {
			keys.mu.Unlock()
			return k
		}
	}
	keys.mu.Unlock()
	k := Key(name, person)
	if m != nil {
		keys.mu.Lock()
		if keys.m[p] != nil {
			keys.m[p][name] = k
		}
		keys.mu.Unlock()
	}
	return k
}

func keyTokens(name string, person bool) []string {
	if !person {
		name = withoutSlashLegalForm(name)
	}
	return keyOfTokens(tokens(name), person)
}

// keyOfTokens is keyTokens of a name's tokens (which it does not change).
func keyOfTokens(toks []string, person bool) []string {
	if person {
		for len(toks) > 1 && honorifics[toks[0]] {
			toks = toks[1:]
		}
	}
	for len(toks) > 1 && (legalSuffixes[toks[len(toks)-1]] || stopWords[toks[len(toks)-1]]) {
		toks = toks[:len(toks)-1]
	}
	out := toks[:0:0]
	for i, t := range toks {
		if stopWords[t] && i > 0 && i < len(toks)-1 {
			continue
		}
		if stopWords[t] && i == 0 && len(toks) > 1 && t == "the" {
			continue
		}
		out = append(out, t)
	}
	return out
}

// Initials returns the initials of a key's words, without (first) and with
// (second) stop words: "securities exchange commission" gives "sec";
// "bank of england" gives "be" and "boe".
func initials(name string) (string, string) { return initialsOf(name, false) }

// legalInitials is initials with the legal forms' letters: "International
// Finance Corp" gives "ifc".
func legalInitials(name string) (string, string) { return initialsOf(name, true) }

func initialsOf(name string, legal bool) (string, string) {
	var a, b strings.Builder
	for _, t := range tokens(name) {
		if legalSuffixes[t] && !legal {
			continue
		}
		b.WriteByte(t[0])
		if !stopWords[t] {
			a.WriteByte(t[0])
		}
	}
	return a.String(), b.String()
}

// acronym returns the letters of a name written as an acronym ("SEC",
// "U.S.", "BoE", "IFC"): two to six letters, the first and most capitals,
// no spaces; "" otherwise.
func acronym(name string) string {
	var b strings.Builder
	upper := 0
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'A' && c <= 'Z':
			upper++
			b.WriteByte(c + 'a' - 'A')
		case c >= 'a' && c <= 'z':
			if i == 0 {
				return ""
			}
			b.WriteByte(c)
		case c == '.' || c == '&':
		default:
			return ""
		}
	}
	n := b.Len()
	if n < 2 || n > 6 || upper*2 <= n {
		return ""
	}
	return b.String()
}

// hasOrgWord reports whether a name holds a word only organisations' names
// hold (a legal form, Bank, Party, Club...).
func hasOrgWord(name string) bool { return orgWordIn(tokens(name)) }

// orgWordIn is hasOrgWord of a name's tokens. A trade's workers after
// another word name their union ("United Steelworkers", "United Mine
// Workers"), never a person.
func orgWordIn(toks []string) bool {
	for i, t := range toks {
		if orgWords[t] && (i > 0 || len(toks) == 1 && legalSuffixes[t]) {
			return true
		}
		if i > 0 && strings.HasSuffix(t, "workers") {
			return true
		}
	}
	return false
}

// firmEnds end only companies' names: a name ending so is an
// organisation's whatever every article typed it ("Coke Consolidated",
// "Jardine Matheson Holdings").
var firmEnds = map[string]bool{
	"inc": true, "incorporated": true, "corp": true, "corporation": true, "ltd": true, "plc": true,
	"llc": true, "gmbh": true, "industries": true, "holdings": true, "bancorp": true, "bancshares": true,
	"consolidated": true, "enterprises": true,
}

// endsFirm reports whether a name of two words or more ends with a word only
// companies' names end with.
func endsFirm(name string) bool { return firmEnd(tokens(name)) }

// firmEnd is endsFirm of a name's tokens.
func firmEnd(toks []string) bool {
	return len(toks) > 1 && firmEnds[toks[len(toks)-1]]
}

// firmStarts are the words for a company in other languages that start
// companies' names there ("Societe Generale de Belgique", "Compagnie
// Generale d'Electricite", "Banco Central"): a name so started is an
// organisation's whatever every article typed it.
var firmStarts = map[string]bool{
	"societe": true, "societa": true, "sociedad": true, "sociedade": true, "compagnie": true,
	"compania": true, "companhia": true, "compagnia": true, "banco": true, "banque": true, "banca": true,
	"groupe": true, "gruppo": true, "grupo": true,
}

// firmStart reports whether a name's tokens start with a word of firmStarts
// before at least one other word that is no stop word ("Banco de", a cut
// name, is none).
func firmStart(toks []string) bool {
	if len(toks) < 2 || !firmStarts[toks[0]] {
		return false
	}
	return slices.ContainsFunc(toks[1:], func(t string) bool { return !stopWords[t] })
}

// placeHeads end places' names after another place's name ("New York
// State", "Orange County", "Quebec Province").
var placeHeads = map[string]bool{
	"state": true, "county": true, "province": true, "region": true, "district": true, "prefecture": true,
}

// possessive reports whether a name ends in "'s" (Moody's, Sotheby's): a
// firm's name, not a person's.
func possessive(name string) bool {
	n := strings.TrimSpace(name)
	return strings.HasSuffix(n, "'s") || strings.HasSuffix(n, "’s")
}

// abbreviations are the US states' abbreviations news agencies write
// ("Ariz.", "N.Y."), as the keys of the places they name. A state whose name
// is also a country's or a city's has the key of its name and "State"
// ("Ga.", "N.Y.", "Wash."), the key of "Georgia State": the country Georgia,
// the city of New York and Washington, D.C. keep theirs. "La." is left out:
// "LA" is also Los Angeles.
var abbreviations = map[string]string{
	"ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado",
	"del": "delaware", "ill": "illinois", "ind": "indiana", "miss": "mississippi", "mo": "missouri",
	"ore": "oregon", "pa": "pennsylvania",
	"conn": "connecticut", "fla": "florida", "kan": "kansas", "ky": "kentucky", "md": "maryland",
	"mass": "massachusetts", "mich": "michigan", "minn": "minnesota",
	"mont": "montana", "neb": "nebraska", "nev": "nevada", "nh": "new hampshire", "nj": "new jersey",
	"nm": "new mexico", "ny": "new york state", "ga": "georgia state", "nc": "north carolina", "nd": "north dakota", "okla": "oklahoma",
	"ri": "rhode island", "sc": "south carolina", "sd": "south dakota",
	"tenn": "tennessee", "tex": "texas", "vt": "vermont", "va": "virginia", "wash": "washington state",
	"wis": "wisconsin", "wyo": "wyoming", "wva": "west virginia",
}

// districts are the federal districts news writes after their city, as the
// key of that city's place: "Washington, D.C." names one place, so "D.C."
// alone is Washington. Places only: "DC" may be a firm's name.
var districts = map[string]string{"dc": "washington", "district of columbia": "washington"}

// placeKeyOf returns the key a place's key stands for: a state's
// abbreviation's state, a district's city, else the key itself.
func placeKeyOf(key string) string {
	if full, ok := abbreviations[key]; ok {
		return full
	}
	if city, ok := districts[key]; ok {
		return city
	}
	return key
}

// qualifiers are country (and federal) words that may start an organisation's name
// without changing what it names ("U.S. Federal Reserve").
var qualifiers = map[string]bool{"us": true, "usa": true, "uk": true, "federal": true}

// levenshtein returns the edit distance of a and b, or max+1 when it is
// larger than max.
func levenshtein(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			if prev[j]+1 < c {
				c = prev[j] + 1
			}
			if cur[j-1]+1 < c {
				c = cur[j-1] + 1
			}
			cur[j] = c
			if c < low {
				low = c
			}
		}
		if low > max {
			return max + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
