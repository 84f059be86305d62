package factscore

import (
	"sort"
	"strconv"
	"strings"
)

// PRF is precision, recall and F1 (rounded to 4 places, as the Python
// scorer rounds them) with the counts they come from.
type PRF struct {
	P    float64 `json:"p"`
	R    float64 `json:"r"`
	F1   float64 `json:"f1"`
	TP   int     `json:"tp"`
	Pred int     `json:"pred"`
	Gold int     `json:"gold"`
}

// Explain lists what one article missed and what it found that gold does
// not hold, each item written as the Python scorer writes it.
type Explain struct {
	MissedEntities   []string `json:"missed_entities"`
	SpuriousEntities []string `json:"spurious_entities"`
	MissedFacts      []string `json:"missed_facts"`
	SpuriousFacts    []string `json:"spurious_facts"`
	MissedMet        []string `json:"missed_met"`
	SpuriousMet      []string `json:"spurious_met"`
}

// Result is the score of one article.
type Result struct {
	Name       string   `json:"name"`
	Entities   PRF      `json:"entities"`
	Facts      PRF      `json:"facts"`
	Met        PRF      `json:"met"`
	Duplicates int      `json:"duplicate_entities"`
	Explain    *Explain `json:"_explain,omitempty"`
}

// Total is the score of a set of articles: micro-averaged over their
// counts, and over all three kinds together.
type Total struct {
	Entities   PRF `json:"entities"`
	Facts      PRF `json:"facts"`
	Met        PRF `json:"met"`
	All        PRF `json:"all"`
	Duplicates int `json:"duplicate_entities"`
}

func round4(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	return v
}

func prf(tp, pred, gold int) PRF {
	var p, r, f float64
	if pred > 0 {
		p = float64(tp) / float64(pred)
	}
	if gold > 0 {
		r = float64(tp) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{P: round4(p), R: round4(r), F1: round4(f), TP: tp, Pred: pred, Gold: gold}
}

// pair is an unordered pair of names, stored in order.
type pair [2]string

func newPair(a, b string) (pair, bool) {
	if a == b {
		return pair{}, false
	}
	if b < a {
		a, b = b, a
	}
	return pair{a, b}, true
}

// align maps system nodes to gold entities' canonical names, or to "I" (an
// ignored entity); nodes that fit nothing are left out.
func align(g *Gold, s *System) map[string]string {
	type goldNames struct {
		canon, typ string
		names      []string
	}
	gold := make([]goldNames, 0, len(g.Entities))
	for _, e := range g.Entities {
		gn := goldNames{canon: e.Aliases[0], typ: e.Type}
		for _, a := range e.Aliases {
			gn.names = append(gn.names, normName(a))
		}
		gold = append(gold, gn)
	}
	var ign [][]string
	for _, al := range g.Ignored {
		var ns []string
		for _, a := range al {
			ns = append(ns, normName(a))
		}
		ign = append(ign, ns)
	}
	mapping := map[string]string{}
	for _, node := range s.nameOrder {
		st := s.entityType(node)
		if st == "" {
			continue
		}
		var sn []string
		for _, n := range s.names[node] {
			if n != "" {
				sn = append(sn, normName(n))
			}
		}
		best, bestLen := "", -1
		for _, gn := range gold {
			person := gn.typ == "Person" && st == "Person"
			for _, a := range gn.names {
				for _, b := range sn {
					if namesMatch(a, b, person) && len(a) > bestLen {
						best, bestLen = gn.canon, len(a)
					}
				}
			}
		}
		if bestLen >= 0 {
			mapping[node] = best
			continue
		}
	ignored:
		for _, al := range ign {
			for _, a := range al {
				for _, b := range sn {
					if namesMatch(a, b, false) {
						mapping[node] = "I"
						break ignored
					}
				}
			}
		}
	}
	return mapping
}

// goldMetPairs returns the met pairs of gold facts: met facts, and every
// two attendees of one event.
func goldMetPairs(facts []Fact) map[pair]bool {
	pairs := map[pair]bool{}
	byEvent := map[string]map[string]bool{}
	for _, f := range facts {
		if f.has("met") {
			if p, ok := newPair(f.S, f.O); ok {
				pairs[p] = true
			}
		}
		if f.has("attendee") {
			if byEvent[f.S] == nil {
				byEvent[f.S] = map[string]bool{}
			}
			byEvent[f.S][f.O] = true
		}
	}
	for _, members := range byEvent {
		addPairs(pairs, members)
	}
	return pairs
}

func addPairs(pairs map[pair]bool, members map[string]bool) {
	ms := sortedKeys(members)
	for i := range ms {
		for j := i + 1; j < len(ms); j++ {
			if p, ok := newPair(ms[i], ms[j]); ok {
				pairs[p] = true
			}
		}
	}
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// literalMatch reports whether a system literal matches a gold one: a date
// by prefix, anything else when one normalised value contains the other.
func literalMatch(pred, goldVal, sysVal string) bool {
	g, s := normName(goldVal), normName(sysVal)
	if g == "" || s == "" {
		return false
	}
	if pred == "startDate" {
		return strings.HasPrefix(strings.TrimSpace(sysVal), strings.TrimSpace(strings.Trim(goldVal, `"`)))
	}
	return strings.Contains(s, g) || strings.Contains(g, s)
}

// Evaluate scores one article's system output against its gold.
func Evaluate(g *Gold, s *System) Result {
	sc := &scoring{g: g, s: s, mapping: align(g, s)}
	for _, t := range s.triples {
		if strings.HasPrefix(t.p, "-") {
			t = triple{t.o, t.p[1:], t.s}
		}
		sc.sysFacts = append(sc.sysFacts, t)
	}
	sc.alignEvents()
	typeTP, sysTypes, goldTypes, missedEnt, spuriousEnt := sc.entities()
	relTP, relPred, goldReq, missedFacts, spuriousFacts := sc.relations()
	metTP, metFP, goldMet, missedMet, spuriousMet := sc.meetings()
	for _, l := range [][]string{missedEnt, spuriousEnt, missedFacts, spuriousFacts, missedMet, spuriousMet} {
		sort.Strings(l)
	}
	return Result{
		Entities:   prf(typeTP, sysTypes, goldTypes),
		Facts:      prf(relTP, relPred, goldReq),
		Met:        prf(metTP, metTP+metFP, goldMet),
		Duplicates: sc.duplicates(),
		Explain: &Explain{
			MissedEntities: nonNil(missedEnt), SpuriousEntities: nonNil(spuriousEnt),
			MissedFacts: nonNil(missedFacts), SpuriousFacts: nonNil(spuriousFacts),
			MissedMet: nonNil(missedMet), SpuriousMet: nonNil(spuriousMet),
		},
	}
}

// scoring is one article's evaluation: the gold, the system's output, the
// mapping of system nodes to gold entities, and the system's facts with
// inverse predicates turned round.
type scoring struct {
	g        *Gold
	s        *System
	mapping  map[string]string
	sysFacts []triple
}

// mapped returns the gold entity a term maps to ("" when none); a literal
// is itself.
func (sc *scoring) mapped(term string) string {
	if isLiteral(term) {
		return term
	}
	return sc.mapping[term]
}

// alignEvents maps unnamed gold events to unmapped system event nodes, by
// the facts they share.
func (sc *scoring) alignEvents() {
	g, s, mapping := sc.g, sc.s, sc.mapping
	type sig struct{ p, o string }
	isEvent := map[string]bool{}
	for n := range s.types {
		if _, ok := mapping[n]; !ok && s.entityType(n) == "Event" {
			isEvent[n] = true
		}
	}
	evSig := map[string]map[sig]bool{}
	for _, t := range sc.sysFacts {
		if isEvent[t.s] {
			if mo := sc.mapped(t.o); mo != "" {
				if evSig[t.s] == nil {
					evSig[t.s] = map[sig]bool{}
				}
				evSig[t.s][sig{t.p, mo}] = true
			}
		}
	}
	type candidate struct {
		shared  int
		key, ev string
	}
	var cands []candidate
	for _, key := range g.eventOrder {
		gsig := map[sig]bool{}
		for _, f := range g.EventKeys[key] {
			for _, pr := range f.preds() {
				gsig[sig{pr, f.O}] = true
			}
		}
		for ev := range isEvent {
			shared := 0
			for es := range evSig[ev] {
				if isLiteral(es.o) {
					for gs := range gsig {
						if gs.p == es.p && literalMatch(es.p, gs.o, literalValue(es.o)) {
							shared++
							break
						}
					}
				} else if gsig[es] {
					shared++
				}
			}
			if shared > 0 {
				cands = append(cands, candidate{shared, key, ev})
			}
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.shared != b.shared {
			return a.shared > b.shared
		}
		if a.key != b.key {
			return a.key < b.key
		}
		return a.ev < b.ev
	})
	usedKey, usedEv := map[string]bool{}, map[string]bool{}
	for _, c := range cands {
		if usedKey[c.key] || usedEv[c.ev] {
			continue
		}
		mapping[c.ev] = c.key
		usedKey[c.key], usedEv[c.ev] = true, true
	}
}

// typeFact is an entity as a scored fact: its (gold) name and type.
type typeFact struct{ name, typ string }

// entities scores the entities as type facts: true positives, system and
// gold counts, and the missed and spurious ones.
func (sc *scoring) entities() (tp, sys, gold int, missed, spurious []string) {
	g, s, mapping := sc.g, sc.s, sc.mapping
	goldTypes := map[typeFact]bool{}
	for _, e := range g.Entities {
		goldTypes[typeFact{e.Aliases[0], e.Type}] = true
	}
	sysTypes := map[typeFact]bool{}
	for _, node := range s.nameOrder {
		t := s.entityType(node)
		if t == "" {
			continue
		}
		gname, ok := mapping[node]
		if gname == "I" || strings.HasPrefix(gname, "V:") {
			continue
		}
		if !ok {
			n := s.names[node][0]
			if n == "" {
				n = node
			}
			sysTypes[typeFact{"?" + n, t}] = true
		} else {
			sysTypes[typeFact{gname, t}] = true
		}
	}
	for tf := range sysTypes {
		if goldTypes[tf] {
			tp++
		} else {
			spurious = append(spurious, pyTuple(pyRepr(tf.name), pyRepr(tf.typ)))
		}
	}
	for tf := range goldTypes {
		if !sysTypes[tf] {
			missed = append(missed, pyTuple(pyRepr(tf.name), pyRepr(tf.typ)))
		}
	}
	return tp, len(sysTypes), len(goldTypes), missed, spurious
}

// findGold returns the gold fact a mapped system fact states, and
// whether it is a required one.
func (sc *scoring) findGold(subj, p, oTerm string) (Fact, bool, bool) {
	for _, pool := range []struct {
		facts []Fact
		req   bool
	}{{sc.g.Facts, true}, {sc.g.Optional, false}} {
		for _, f := range pool.facts {
			if f.S != subj || !f.has(p) {
				continue
			}
			if isLiteral(oTerm) {
				if isLiteral(f.O) && literalMatch(p, strings.Trim(f.O, `"`), literalValue(oTerm)) {
					return f, pool.req, true
				}
			} else if f.O == oTerm {
				return f, pool.req, true
			}
		}
	}
	return Fact{}, false, false
}

// relations scores the relation facts other than met: true positives,
// system and gold counts, and the missed and spurious ones.
func (sc *scoring) relations() (tp, sys, gold int, missed, spurious []string) {
	s, mapping := sc.s, sc.mapping
	goldReq := map[Fact]bool{}
	for _, f := range sc.g.Facts {
		if !f.has("met") {
			goldReq[f] = true
		}
	}
	relTP := map[Fact]bool{}
	counted := map[triple]bool{}
	for _, t := range sc.sysFacts {
		if s.entityType(t.s) == "" {
			continue // facts about articles, sentences or untyped nodes are not scored
		}
		ms := mapping[t.s]
		if ms == "I" {
			continue
		}
		var mo string
		if literalPreds[t.p] {
			if !isLiteral(t.o) {
				continue
			}
			mo = t.o
		} else {
			mo = mapping[t.o]
			if mo == "I" {
				continue
			}
		}
		if t.p == "met" {
			continue
		}
		key := triple{or(ms, "?"+t.s), t.p, or(mo, "?"+t.o)}
		if counted[key] {
			continue
		}
		counted[key] = true
		if ms == "" || mo == "" {
			sys++
			spurious = append(spurious, pyTuple(pyRepr(key.s), pyRepr(key.p), pyRepr(key.o)))
			continue
		}
		f, req, ok := sc.findGold(ms, t.p, mo)
		switch {
		case !ok:
			sys++
			spurious = append(spurious, pyTuple(pyRepr(key.s), pyRepr(key.p), pyRepr(key.o)))
		case req && !relTP[f]:
			sys++
			relTP[f] = true
		}
	}
	for f := range goldReq {
		if !relTP[f] {
			var ps []string
			for _, p := range f.preds() {
				ps = append(ps, pyRepr(p))
			}
			missed = append(missed, pyTuple(pyRepr(f.S), pyTuple(ps...), pyRepr(f.O)))
		}
	}
	return len(relTP), sys, len(goldReq), missed, spurious
}

// meetings scores the met pairs (of met facts and of events' attendees):
// true and false positives, the gold count, and the missed and spurious
// pairs. Pairs the gold gives as optional count neither way.
func (sc *scoring) meetings() (tp, fp, gold int, missed, spurious []string) {
	g, mapping := sc.g, sc.mapping
	goldMet := goldMetPairs(g.Facts)
	optMet := goldMetPairs(append(append([]Fact{}, g.Facts...), g.Optional...))
	for p := range goldMet {
		delete(optMet, p)
	}
	sysMet := map[pair]bool{}
	byEvent := map[string]map[string]bool{}
	for _, t := range sc.sysFacts {
		if t.p == "met" {
			if p, ok := newPair(or(mapping[t.s], "?"+t.s), or(mapping[t.o], "?"+t.o)); ok {
				sysMet[p] = true
			}
		}
		if t.p == "attendee" {
			if byEvent[t.s] == nil {
				byEvent[t.s] = map[string]bool{}
			}
			byEvent[t.s][or(mapping[t.o], "?"+t.o)] = true
		}
	}
	for _, members := range byEvent {
		addPairs(sysMet, members)
	}
	for p := range sysMet {
		if p[0] == "I" || p[1] == "I" {
			delete(sysMet, p)
		}
	}
	for p := range sysMet {
		switch {
		case goldMet[p]:
			tp++
		case !optMet[p]:
			fp++
			spurious = append(spurious, pyList(pyRepr(p[0]), pyRepr(p[1])))
		}
	}
	for p := range goldMet {
		if !sysMet[p] {
			missed = append(missed, pyList(pyRepr(p[0]), pyRepr(p[1])))
		}
	}
	return tp, fp, len(goldMet), missed, spurious
}

// duplicates counts the system nodes beyond the first for each gold entity.
func (sc *scoring) duplicates() int {
	perGold := map[string]int{}
	for node, gname := range sc.mapping {
		if gname != "I" && !strings.HasPrefix(gname, "V:") && sc.s.entityType(node) != "" {
			perGold[gname]++
		}
	}
	dups := 0
	for _, n := range perGold {
		dups += n - 1
	}
	return dups
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func nonNil(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}

// Combine totals the scores of a set of articles.
func Combine(results []Result) Total {
	var t Total
	sum := func(get func(Result) PRF) PRF {
		var tp, pred, gold int
		for _, r := range results {
			m := get(r)
			tp, pred, gold = tp+m.TP, pred+m.Pred, gold+m.Gold
		}
		return prf(tp, pred, gold)
	}
	t.Entities = sum(func(r Result) PRF { return r.Entities })
	t.Facts = sum(func(r Result) PRF { return r.Facts })
	t.Met = sum(func(r Result) PRF { return r.Met })
	t.All = prf(t.Entities.TP+t.Facts.TP+t.Met.TP, t.Entities.Pred+t.Facts.Pred+t.Met.Pred, t.Entities.Gold+t.Facts.Gold+t.Met.Gold)
	for _, r := range results {
		t.Duplicates += r.Duplicates
	}
	return t
}
