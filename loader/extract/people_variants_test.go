package extract

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestSameGiven checks the two spellings of one full name: initials for the
// given names and short forms of them, and the pairs that may be two people.
func TestSameGiven(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"T Shanklin", "Tom Shanklin", true},
		{"K.G. Saur", "Klaus Saur", true},
		{"J.R. Ewing", "John Ross Ewing", true},
		{"KP Robertson", "Kevin Peter Robertson", true},
		{"R de Marigny", "Roland de Marigny", true},
		{"Jim Ammeen", "James Ammeen", true},
		{"Bill Clinton", "William Clinton", true},
		{"Tom Shanklin", "T Shanklin", false},      // the spelt-out name is the longer one
		{"James Ammeen", "Jim Ammeen", false},      // likewise
		{"J Robinson", "Andy Robinson", false},     // another initial
		{"J Smith", "John Robert Smith", false},    // "J" may be another John
		{"J Smith", "J.R. Smith", false},           // neither spells the name out
		{"Jim Smith", "James Smythe", false},       // another surname
		{"Jim Smith", "John Smith", false},         // "Jim" is no John
		{"Andy Robinson", "Jason Robinson", false}, // two people
		{"Jim A. Smith", "James B. Smith", false},  // other middle names
		{"R de Marigny", "Roland Marigny", false},  // another surname
		{"Shanklin", "Tom Shanklin", false},        // a surname alone is not a full name
		{"Dlr Aug", "Riyal Aug", false},            // no initials, no short form
		{"De Shanklin", "Dan Shanklin", false},     // "De" is no initial
		{"Ng Shanklin", "Nigel Shanklin", false},   // "Ng" is no initial
		{"Zs Kovacs", "Zsolt Kovacs", false},       // nor "Zs"
		{"Harry Smith", "Henry Smith", true},       // either Henry or Harold
		{"Harry Smith", "Harold Smith", true},      //
		{"Mike Tyson", "Michael Tyson", true},      //
		{"Michael Tyson", "Mike Tyson", false},     //
		{"Le Pen", "Jean-Marie Le Pen", false},     // no given name to compare
	} {
		if got := sameGiven(c.a, c.b); got != c.want {
			t.Errorf("sameGiven(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestVariantOf checks that a short spelling goes to the one full name it
// can be, and to none when two can be it.
func TestVariantOf(t *testing.T) {
	for _, c := range []struct {
		a     string
		names []string
		want  string
	}{
		{"T Shanklin", []string{"Tom Shanklin", "T Shanklin", "Gavin Henson"}, "Tom Shanklin"},
		{"J Thomas", []string{"Gareth Thomas", "Jonathan Thomas", "J Thomas", "G Thomas"}, "Jonathan Thomas"},
		{"J Thomas", []string{"John Thomas", "Jonathan Thomas"}, ""},
		{"Harry Smith", []string{"Henry Smith", "Harold Smith"}, ""},
		{"G Henson", []string{"Gavin Henson", "G Thomas"}, "Gavin Henson"},
		{"G Henson", []string{"Gareth Thomas"}, ""},
	} {
		if got := variantOf(c.a, c.names); got != c.want {
			t.Errorf("variantOf(%q, %q) = %q, want %q", c.a, c.names, got, c.want)
		}
	}
}

// TestOnePersonOneEntity checks the article's spellings of one person that
// make one entity, the full name with the others as its aliases, and those
// that stay apart: initials, short forms, "Mr" with the surname of a man
// and a woman, a neighbour glued to a surname.
func TestOnePersonOneEntity(t *testing.T) {
	pub := time.Date(2005, 2, 5, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text   string
		name   string   // the entity of the person
		alias  []string // among its aliases
		absent []string // no entity of this name
	}{
		{"Tom Shanklin scored twice for Wales. Wales: T Shanklin, G Henson. Shanklin was named man of the match.",
			"Tom Shanklin", []string{"Shanklin", "T Shanklin"}, []string{"T Shanklin", "Shanklin"}},
		{"Jim Ammeen said the offer was low. James Ammeen, a director of the company, said he would vote against it.",
			"James Ammeen", []string{"Jim Ammeen"}, []string{"Jim Ammeen"}},
		{"Frederick Forsyth wrote to the paper on Monday. Freddie Forsyth, the novelist, said the plan was wrong. Freddie said he would vote against it.",
			"Frederick Forsyth", []string{"Freddie Forsyth", "Freddie"}, []string{"Freddie"}},
		// "Mr" is the man's when the other Blair is a woman: by her given name, "Mrs", "his wife"
		{"Tony Blair rejected the calls. Philippe Sands, a member of Cherie Blair's chambers, disagreed. Mr Blair said the advice was fair. Blair left.",
			"Tony Blair", []string{"Blair"}, []string{"Blair"}},
		{"John Fenwick arrived with his wife Norma Fenwick. Mr Fenwick said he was glad to be home.",
			"John Fenwick", []string{"Fenwick"}, []string{"Fenwick"}},
		{"Alan Smith arrived with Mrs Pat Smith on Monday. Mr Smith said he was glad to be home.",
			"Alan Smith", []string{"Smith"}, []string{"Smith"}},
		// two men of one surname: "Mr" decides nothing
		{"Andy Robinson picked Jason Robinson on the wing. Mr Robinson said the side was ready.",
			"Robinson", nil, nil},
		// a neighbour glued to a surname
		{"U.S. arms negotiator Max Kampelman suffered a mild heart attack, an aide said. The aide told Reuters Kampelman was doing well.",
			"Max Kampelman", []string{"Kampelman"}, []string{"Reuters Kampelman"}},
		{"Andy Roddick served well in the second set. Again Roddick broke first, and again he lost the tie-break.",
			"Andy Roddick", []string{"Roddick"}, []string{"Again Roddick"}},
		// a given name is the person's own
		{"Paris Hilton arrived in London on Monday. Hilton said she was glad to be there. Her sister Nicky Hilton stayed in New York.",
			"Paris Hilton", nil, nil},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		n := 0
		for _, e := range doc.Entities {
			if slices.Contains(c.absent, e.Name) {
				t.Errorf("%q: entity %q (aliases %q), want none", c.text, e.Name, e.Aliases)
			}
			if e.Type != Person || e.Name != c.name && !slices.Contains(e.Aliases, c.name) {
				continue
			}
			n++
			if e.Name != c.name {
				t.Errorf("%q: entity %q, want %q", c.text, e.Name, c.name)
			}
			for _, a := range c.alias {
				if !slices.Contains(e.Aliases, a) {
					t.Errorf("%q: %q has aliases %q, want %q among them", c.text, e.Name, e.Aliases, a)
				}
			}
		}
		if n != 1 {
			t.Errorf("%q: %d entities for %q, want 1", c.text, n, c.name)
		}
	}
}

func TestLastWord(t *testing.T) {
	for _, c := range []struct {
		in, last string
		more     bool
	}{
		{"", "", false},
		{"   ", "", false},
		{"Smith", "Smith", false},
		{" Smith ", "Smith", false},
		{"John Smith", "Smith", true},
		{"J.R.  Smith\t", "Smith", true},
		{"Ann\u00a0Smith", "Smith", true}, // a no-break space splits words, as in strings.Fields
		{"Zoë Ó Sé", "Sé", true},
	} {
		last, more := lastWord(c.in)
		if last != c.last || more != c.more {
			t.Errorf("lastWord(%q) = %q, %v, want %q, %v", c.in, last, more, c.last, c.more)
		}
		if f := strings.Fields(c.in); len(f) > 0 && (f[len(f)-1] != last || (len(f) > 1) != more) {
			t.Errorf("lastWord(%q) = %q, %v, but strings.Fields gives %q", c.in, last, more, f)
		}
	}
}
