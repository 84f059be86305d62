package extract

import (
	"strings"
	"testing"
	"time"
)

func TestGenericBody(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Central Bank", true},
		{"Finance Ministry", true},
		{"Ministry of Finance", true},
		{"Ministry of Foreign Affairs", true},
		{"Supreme Court", true},
		{"Treasury", true},
		{"Ministry of International Trade and Industry", false}, // one country's own name
		{"Japanese Finance Ministry", false},                    // its country is in the name
		{"European Central Bank", false},
		{"Bank of England", false},
		{"finance ministry", false},
	} {
		if got := genericBody(c.name); got != c.want {
			t.Errorf("genericBody(%q) = %v, want %v", c.name, got, c.want)
		}
	}
	for _, c := range []struct{ name, country, body string }{
		{"Japanese Finance Ministry", "Japan", "Finance Ministry"},
		{"West German Finance Ministry", "West Germany", "Finance Ministry"},
		{"Turkish Central Bank", "Turkey", "Central Bank"},
		{"United Arab Emirates Central Bank", "United Arab Emirates", "Central Bank"},
		{"Bank of Japan", "", ""},
	} {
		country, body, _ := countryBody(c.name)
		if country != c.country || body != c.body {
			t.Errorf("countryBody(%q) = %q, %q, want %q, %q", c.name, country, body, c.country, c.body)
		}
	}
}

func TestPartyAndAcronymHead(t *testing.T) {
	for w, want := range map[string]string{"Tory": "Conservative Party", "Republican": "Republican Party", "Labour": "Labour Party", "Lib Dem": "Liberal Democrats", "Treasury": ""} {
		o, _ := partyOf(w)
		if o.Name != want {
			t.Errorf("partyOf(%q) = %q, want %q", w, o.Name, want)
		}
	}
	for name, want := range map[string]string{"EC Commission": "European Commission", "EC Council": "", "IMF Board": "", "Commission": ""} {
		o, _ := acronymHead(name)
		if o.Name != want {
			t.Errorf("acronymHead(%q) = %q, want %q", name, o.Name, want)
		}
	}
}

// TestCountryOfGenericBody: a generic body is its country's, by the country
// written before it, by the one the article gives it elsewhere, or by the
// article's country; not one node for every country.
func TestCountryOfGenericBody(t *testing.T) {
	for _, c := range []struct{ text, want, not string }{
		{"Malaysia's Central Bank has rescued two large commercial banks. The Central Bank said it would act.", "Malaysia Central Bank", "Central Bank"},
		{"The Turkish Central Bank set a lira rate. Turkey said the Central Bank had acted.", "Turkey Central Bank", "Central Bank"},
		{"Japan's securities houses asked the Finance Ministry in Tokyo to act, Japanese brokers said.", "Japan Finance Ministry", "Finance Ministry"},
		{"The Finance Ministry said the budget would grow.", "Finance Ministry", ""}, // no country: its name
		// a treasury is its country's, under the gazetteer's name when it
		// knows that country's
		{"British officials said the Treasury would sell gilts. The Treasury said London rates were steady in Britain.", "HM Treasury", "Treasury"},
		{"U.S. officials said the Treasury would sell bills. Washington said the U.S. Treasury had acted in the United States.", "Treasury Department", "Treasury"},
	} {
		d := Extract(c.text, time.Time{})
		names := namesOfType(d, Organization)
		got := strings.Join(names, "|")
		if !strings.Contains("|"+got+"|", "|"+c.want+"|") || c.not != "" && strings.Contains("|"+got+"|", "|"+c.not+"|") {
			t.Errorf("%q: organisations %q, want %q and not %q", c.text, got, c.want, c.not)
		}
	}
}
