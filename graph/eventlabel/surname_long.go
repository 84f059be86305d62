package eventlabel

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// surnameParticles are the lower-case words a surname keeps before its last
// word ("van der Klugt", "de Keersmaeker", "von Weizsaecker", "bin Laden"),
// also capitalised when they follow a given name ("Dick Van Dyke").
var surnameParticles = map[string]bool{
	"van": true, "von": true, "der": true, "den": true, "de": true, "del": true, "della": true, "di": true,
	"da": true, "du": true, "dos": true, "das": true, "le": true, "la": true, "ter": true, "ten": true,
	"bin": true, "ibn": true, "al": true, "el": true, "zu": true, "mac": true,
}

// withParticles widens the surname f[len(f)-1] over the particles before it,
// never over the name's first word: "Cor van der Klugt" gives "van der Klugt".
func withParticles(f []string) string {
	i := len(f) - 1
	for i > 1 && surnameParticles[strings.ToLower(f[i-1])] {
		i--
	}
	return strings.Join(f[i:], " ")
}

// SurnameOf is the surname a label shows for a person of this name whose
// articles also write the name shorter (alternates): the longest of the
// name's words after its first that an alternate writes alone, with every word
// after it ("Ortiz-Mena" of "Antonio Ortiz Mena" written "Ortiz-Mena",
// "Hernandez Grisanti" of "Arturo Hernandez Grisanti" written "Hernandez":
// a Spanish name's first surname starts it), else Surname.
func SurnameOf(name string, alternates []string) string {
	f := strings.Fields(name)
	for len(f) > 1 && nameSuffixes[strings.ToLower(strings.TrimSuffix(f[len(f)-1], ","))] {
		f = f[:len(f)-1]
	}
	if len(f) < 3 {
		return Surname(name)
	}
	words := func(s string) []string { return strings.Fields(strings.ReplaceAll(s, "-", " ")) }
	best := ""
	bestAt := len(f)
	for _, a := range alternates {
		aw := words(a)
		if len(aw) == 0 {
			continue
		}
		for i := 1; i < len(f)-1 && i < bestAt; i++ {
			rest := words(strings.Join(f[i:], " "))
			if len(aw) == 1 && strings.EqualFold(rest[0], aw[0]) && f[i] == aw[0] ||
				len(aw) > 1 && strings.EqualFold(strings.Join(rest, " "), strings.Join(aw, " ")) {
				bestAt = i
				best = strings.Join(f[i:], " ")
				if len(aw) > 1 {
					best = a
				}
			}
		}
	}
	if best != "" {
		return best
	}
	return Surname(name)
}

// addAlternates reads the alternate names of the person node named name.
func (f *Facts) addAlternates(ctx context.Context, qs graph.QuadStore, node quad.IRI, name string) error {
	if _, ok := f.Alternates[name]; ok || len(strings.Fields(name)) < 3 {
		return nil
	}
	ref, err := qs.ValueOf(node)
	if err != nil || ref == nil {
		return err
	}
	var alts []string
	err = eachObject(ctx, qs, ref, vocab.AlternateName, func(v quad.Value) {
		alts = append(alts, vocab.Lexical(v))
	})
	if err != nil {
		return fmt.Errorf("alternate names of %s: %w", node, err)
	}
	sort.Strings(alts)
	if f.Alternates == nil {
		f.Alternates = map[string][]string{}
	}
	f.Alternates[name] = alts
	return nil
}
