package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// placeReadingAfter reads text, types every mention named name a place by
// its reading alone (as the recogniser does), runs placesByEvidence and
// returns the type it leaves them.
func placeReadingAfter(t *testing.T, text, name string) EntityType {
	t.Helper()
	x := readingAs(t, text, name, Place, func(m *mention) { m.typ, m.sure = Place, false })
	x.placesByEvidence()
	var typ EntityType
	for k := range x.mentions {
		if m := &x.mentions[k]; m.name == name || m.alias == name {
			if typ != "" && m.typ != typ {
				t.Fatalf("%q: %q typed %v and %v", text, name, typ, m.typ)
			}
			typ = m.typ
		}
	}
	return typ
}

// readingAs reads text and gives every mention named name the reading mark
// sets (a type, as the recogniser may have read it); when the recogniser
// found no such mention, the first tokens that spell name become a mention
// of type typ. A rule under test then runs on the extractor it returns.
func readingAs(t *testing.T, text, name string, typ EntityType, mark func(*mention)) *extractor {
	t.Helper()
	x := newExtractor(text, nlp.Analyse(text), time.Time{})
	x.findMentions()
	found := false
	for k := range x.mentions {
		if m := &x.mentions[k]; m.name == name {
			mark(m)
			found = true
		}
	}
	for si := 0; si < len(x.sents) && !found; si++ {
		for i := range x.sents[si].toks {
			for j := i + 1; j <= len(x.sents[si].toks) && !found; j++ {
				if x.span(si, i, j) == name {
					found = x.addMention(si, i, j, typ, false) >= 0
				}
			}
		}
	}
	if !found {
		t.Fatalf("%q: no mention named %q", text, name)
	}
	return x
}

// TestPlacesByEvidence checks places_evidence.go by mechanism: a name read
// as a place alone stays one only on the article's evidence (a preposition
// of place heading its phrase, a place word, a place after a comma, a list
// with a place, a distance, a facility's noun); else it is a thing, or the
// firm whose name it opens.
func TestPlacesByEvidence(t *testing.T) {
	tests := []struct {
		name, text, ent string
		want            EntityType
	}{
		{"product", "Shoppers queued to buy the new Zorbex Mini on Friday, the company said.", "Zorbex Mini", Other},
		{"work in a list", "She starred in Qwerty Dawn, Zorbal Nights and other films.", "Zorbal Nights", Other},
		{"stake in", "The group bought a stake in Zorbal Holdings last year.", "Zorbal Holdings", Other},
		{"preposition", "The platform is at Qwertabad, the ministry said.", "Qwertabad", Place},
		{"preposition with direction", "Rain fell in eastern Qwertabad on Monday.", "Qwertabad", Place},
		{"name modifies a noun", "Fighting went on at the Qwertabad front all day.", "Qwertabad", Other},
		{"to after no motion", "The films range from westerns to Zorbal Nights, the critic wrote.", "Zorbal Nights", Other},
		{"to after motion", "The minister flew to Qwertabad on Monday.", "Qwertabad", Place},
		{"noun before of", "Troops reached the outskirts of Qwertabad on Monday.", "Qwertabad", Place},
		{"noun after", "Qwertabad residents fled the fighting, the agency said.", "Qwertabad", Place},
		{"place word after", "Greece plans to drill east of Qwertos island next year.", "Qwertos", Place},
		{"place word before of", "Miners went on strike in the homeland of Qwertkei on Monday.", "Qwertkei", Place},
		{"place word in name", "The Qwerty Nature Reserve is home to many pandas.", "Qwerty Nature Reserve", Place},
		{"state after comma", "Its Qwertyton, Ark., mill was shut last week.", "Qwertyton", Place},
		{"list with a place", "Storms hit Ohio, Qwertyton and Zorbaville on Monday.", "Zorbaville", Place},
		{"distance after the list", "The platforms Qwertat and Zorbat, about 60 miles from the coast, were hit.", "Qwertat", Place},
		{"facility's noun", "The utility will build another plant, Zorbat Three, next year.", "Zorbat Three", Place},
		{"airport's code", "Zorbal Qwertrow (ZQW) reopened on Monday, the airline said.", "Zorbal Qwertrow", Place},
		{"acronym is no airport's code", "The Qwerty Mouse Zorbex (QMZ) is the brainchild of a researcher.", "Qwerty Mouse Zorbex", Other},
		{"title of", "Rainer Qwert, chairman of Zorbex Suisse, told the club the dollar would fall.", "Zorbex Suisse", Organization},
		{"possessive before a title", "Zorbern's president, Paul Qwert, will run the combined unit.", "Zorbern", Organization},
		{"opens a firm's name", "Qwertco Mining Inc said it sold a unit. Qwertco said the sale closed.", "Qwertco", Organization},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := placeReadingAfter(t, tt.text, tt.ent); got != tt.want {
				t.Errorf("%q: %q typed %v, want %v", tt.text, tt.ent, got, tt.want)
			}
		})
	}
}

// TestKnownPlaceName checks the names that are places whatever their
// context: a gazetteer's, a venue's, a name holding a place word and no
// body's word.
func TestKnownPlaceName(t *testing.T) {
	for name, want := range map[string]bool{"Qwerty Valley": true, "River Qwerty": true, "Qwerty Museum": true,
		"Qwerty": false, "Qwerty Mini": false, "Qwerty County Council": false, "Paris": true} {
		if got := knownPlaceName(name); got != want {
			t.Errorf("knownPlaceName(%q) = %v, want %v", name, got, want)
		}
	}
}
