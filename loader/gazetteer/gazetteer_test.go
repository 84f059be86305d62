package gazetteer

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

func TestCountry(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"US", "United States"}, {"U.S.", "United States"}, {"USA", "United States"},
		{"United States", "United States"}, {"America", "United States"}, {"the United States", "United States"},
		{"Britain", "United Kingdom"}, {"UK", "United Kingdom"}, {"Great Britain", "United Kingdom"},
		{"Russia", "Russia"}, {"Russian Federation", "Russia"}, {"Turkey", "Turkey"}, {"Türkiye", "Turkey"},
		{"Ivory Coast", "Ivory Coast"}, {"Côte d'Ivoire", "Ivory Coast"}, {"RUSSIA", "Russia"},
		{"Soviet Union", "Soviet Union"}, {"Burma", "Myanmar"},
		// short forms of modern copy: a territory's initials, an island group without "Islands"
		{"BVI", "British Virgin Islands"}, {"USVI", "United States Virgin Islands"},
		{"Cayman", "Cayman Islands"}, {"the Caymans", "Cayman Islands"},
	} {
		got, ok := Country(tc.in)
		if !ok || got != tc.want {
			t.Errorf("Country(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
	for _, in := range []string{"us", "It", "IN", "Washington", "Paris", "president", ""} {
		if got, ok := Country(in); ok {
			t.Errorf("Country(%q) = %q; want no country", in, got)
		}
	}
}

func TestDemonym(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Russian", "Russia"}, {"Russians", "Russia"}, {"Swiss", "Switzerland"}, {"Turkish", "Turkey"},
		{"American", "United States"}, {"British", "United Kingdom"}, {"Chinese", "China"},
		{"Israeli", "Israel"}, {"Israelis", "Israel"}, {"Ukrainian", "Ukraine"}, {"French", "France"},
		{"Dutch", "Netherlands"}, {"German", "Germany"}, {"Iranian", "Iran"},
	} {
		got, ok := Demonym(tc.in)
		if !ok || got != tc.want {
			t.Errorf("Demonym(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
	if got, ok := Demonym("President"); ok {
		t.Errorf("Demonym(President) = %q", got)
	}
}

func TestCity(t *testing.T) {
	for _, tc := range []struct{ in, name, country string }{
		{"Geneva", "Geneva", "Switzerland"}, {"Moscow", "Moscow", "Russia"}, {"Paris", "Paris", "France"},
		{"London", "London", "United Kingdom"}, {"Kiev", "Kyiv", "Ukraine"}, {"Basra", "Basra", "Iraq"},
		{"Washington", "Washington", "United States"}, {"Karachi", "Karachi", "Pakistan"},
		{"Vegas", "Las Vegas", "United States"}, {"L.A.", "Los Angeles", "United States"},
	} {
		got, ok := City(tc.in)
		if !ok || got.Name != tc.name || got.Country != tc.country {
			t.Errorf("City(%q) = %+v, %v; want %s, %s", tc.in, got, ok, tc.name, tc.country)
		}
	}
	if _, ok := City("Smallville"); ok {
		t.Error("City(Smallville) found")
	}
}

func TestPlace(t *testing.T) {
	for _, tc := range []struct{ in, name, class string }{
		{"Sindh", "Sindh", ClassAdminArea}, {"California", "California", ClassAdminArea},
		{"Europe", "Europe", ClassContinent}, {"Middle East", "Middle East", ClassRegion},
		{"France", "France", ClassCountry}, {"Geneva", "Geneva", ClassCity}, {"England", "England", ClassCountry},
	} {
		got, ok := Place(tc.in)
		if !ok || got.Name != tc.name || got.Class != tc.class {
			t.Errorf("Place(%q) = %+v, %v; want %s %s", tc.in, got, ok, tc.name, tc.class)
		}
	}
}

func TestOrganization(t *testing.T) {
	for _, tc := range []struct{ in, want, class string }{
		{"NATO", "North Atlantic Treaty Organization", "InternationalOrganization"},
		{"North Atlantic Treaty Organization", "North Atlantic Treaty Organization", "InternationalOrganization"},
		{"OSCE", "Organization for Security and Co-operation in Europe", "InternationalOrganization"},
		{"EU", "European Union", "InternationalOrganization"}, {"UN", "United Nations", "InternationalOrganization"},
		{"U.N.", "United Nations", "InternationalOrganization"}, {"IMF", "International Monetary Fund", "InternationalOrganization"},
		{"White House", "White House", "GovernmentOrganization"}, {"the White House", "White House", "GovernmentOrganization"},
		{"State Department", "State Department", "GovernmentOrganization"}, {"Kremlin", "Kremlin", "GovernmentOrganization"},
	} {
		got, _, ok := Organization(tc.in)
		o, _ := Org(tc.in)
		if !ok || got != tc.want || o.Class != tc.class {
			t.Errorf("Organization(%q) = %q (%s), %v; want %q (%s)", tc.in, got, o.Class, ok, tc.want, tc.class)
		}
	}
	if _, _, ok := Organization("Joe Biden"); ok {
		t.Error("Organization(Joe Biden) found")
	}
}

func TestTitles(t *testing.T) {
	for _, tc := range []struct {
		words []string
		want  bool
	}{
		{[]string{"President"}, true}, {[]string{"Presidents"}, true}, {[]string{"deputy", "foreign", "minister"}, true},
		{[]string{"spokesman"}, true}, {[]string{"Prime", "Minister"}, true}, {[]string{"secretary", "of", "state"}, true},
		{[]string{"Chancellor"}, true}, {[]string{"Joe"}, false}, {[]string{"Mr"}, false}, {[]string{"the"}, false},
	} {
		if got := IsTitle(tc.words...); got != tc.want {
			t.Errorf("IsTitle(%q) = %v; want %v", tc.words, got, tc.want)
		}
	}
	if n := LongestTitle([]string{"Deputy", "Foreign", "Minister", "Sergei", "Ryabkov"}); n != 3 {
		t.Errorf("LongestTitle = %d; want 3", n)
	}
	for _, w := range []string{"Mr", "Mr.", "Mrs", "Ms", "Dr", "Dr."} {
		if !IsPrefix(w) {
			t.Errorf("IsPrefix(%q) = false", w)
		}
	}
	if IsPrefix("President") {
		t.Error("IsPrefix(President) = true")
	}
}

func TestOrganizationSpelling(t *testing.T) {
	for _, in := range []string{"Organisation for Security and Cooperation in Europe", "Organization for Security and Co-operation in Europe", "ORGANIZATION FOR SECURITY AND CO-OPERATION IN EUROPE"} {
		if got, _, ok := Organization(in); !ok || got != "Organization for Security and Co-operation in Europe" {
			t.Errorf("Organization(%q) = %q, %v", in, got, ok)
		}
	}
}

func TestMaxWords(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want int
	}{{"United", 5}, {"Geneva", 1}, {"Organisation", 7}, {"Blair", 0}} {
		if got := MaxWords(tc.w); got < tc.want || tc.want == 0 && got != 0 {
			t.Errorf("MaxWords(%q) = %d; want at least %d", tc.w, got, tc.want)
		}
	}
}

func TestPlaceGeo(t *testing.T) {
	// GeoNames ids and points as GeoNames (cities) and mledoze/countries
	// (countries) give them; first-level divisions have an id only.
	for _, tc := range []struct {
		in       string
		id       int
		lat, lon float64 // 0, 0: no point expected
	}{
		{"Geneva", 2660646, 46.20222, 6.14569},
		{"Brussels", 2800866, 50.85045, 4.34878},
		{"Switzerland", 2658434, 47, 8},
		{"United States", 6252001, 38, -97},
		{"California", 5332921, 0, 0},
	} {
		p, ok := Place(tc.in)
		if !ok {
			t.Errorf("Place(%q): not found", tc.in)
			continue
		}
		g := p.Geo
		if g.GeoNameID != tc.id {
			t.Errorf("Place(%q).Geo.GeoNameID = %d, want %d", tc.in, g.GeoNameID, tc.id)
		}
		wantPoint := tc.lat != 0 || tc.lon != 0
		if g.HasPoint != wantPoint || g.HasPoint && (math.Abs(g.Lat-tc.lat) > 0.01 || math.Abs(g.Lon-tc.lon) > 0.01) {
			t.Errorf("Place(%q).Geo = %+v, want (%v, %v) point %v", tc.in, g, tc.lat, tc.lon, wantPoint)
		}
	}
	if p, ok := Place("Europe"); ok && (p.Geo.HasPoint || p.Geo.GeoNameID != 0) {
		t.Errorf("Place(Europe).Geo = %+v, want none", p.Geo)
	}
}

// TestNormGet checks normGet, which skips normSpelling's copy, against
// the plain lookup: every name of a known body, changed in case and
// spelling, and names past its buffer or outside ASCII; and
// hasBritishSpelling against a bytes.Contains of each British spelling.
func TestNormGet(t *testing.T) {
	d := load()
	names := []string{"", "x", "Défense Nationale", strings.Repeat("Programme ", 10), "World Health Organisation", "LABOUR PARTY"}
	for n := range d.orgs {
		names = append(names, n, strings.ToUpper(n), strings.ToLower(n),
			strings.ReplaceAll(strings.ReplaceAll(n, "ization", "isation"), "Defense", "Defence"))
	}
	for _, n := range names {
		want, wantOK := d.orgNorm[normSpelling(n)]
		got, ok := normGet(d.orgNorm, &d.normKnown, n)
		if got != want || ok != wantOK {
			t.Errorf("normGet(%q) = %v, %v; want %v, %v", n, got, ok, want, wantOK)
		}
		b := []byte(strings.ToLower(n))
		wantBritish := false
		for _, british := range britishOnly {
			wantBritish = wantBritish || bytes.Contains(b, british)
		}
		if hasBritishSpelling(b) != wantBritish {
			t.Errorf("hasBritishSpelling(%q) = %v", b, !wantBritish)
		}
	}
}

// TestUSState checks that the states' postal codes give their states, and
// that two capitals that are no code give nothing.
func TestUSState(t *testing.T) {
	for code, want := range map[string]string{"NY": "New York", "SC": "South Carolina", "TX": "Texas", "DC": "District of Columbia"} {
		p, ok := USState(code)
		if !ok || p.Name != want || p.Class != ClassAdminArea {
			t.Errorf("USState(%q) = %+v, %v; want %s", code, p, ok, want)
		}
	}
	for _, code := range []string{"UK", "EU", "ny", "New York"} {
		if p, ok := USState(code); ok {
			t.Errorf("USState(%q) = %+v, want none", code, p)
		}
	}
}

// USStateNamed finds a state by its name, also one the gazetteer reads
// first as a country.
func TestUSStateNamed(t *testing.T) {
	for _, name := range []string{"Georgia", "Texas", "New York"} {
		if p, ok := USStateNamed(name); !ok || p.Class != ClassAdminArea || p.Country != "United States" {
			t.Errorf("USStateNamed(%q) = %+v, %v; want the state", name, p, ok)
		}
	}
	if p, ok := Place("Georgia"); !ok || p.Class != ClassCountry {
		t.Errorf("Place(Georgia) = %+v, %v; want the country first", p, ok)
	}
	for _, name := range []string{"France", "Atlanta", "georgia", "GA"} {
		if p, ok := USStateNamed(name); ok {
			t.Errorf("USStateNamed(%q) = %+v, want none", name, p)
		}
	}
}

// A name of first-level divisions of several countries is the division
// of the most populous one; a division's name is not a smaller town's of
// another country.
func TestSharedDivisionNames(t *testing.T) {
	for name, want := range map[string]string{"Florida": "United States", "Montana": "United States"} {
		if p, ok := Place(name); !ok || p.Country != want {
			t.Errorf("Place(%q) = %+v, %v; want a division of %s", name, p, ok, want)
		}
	}
	for name, want := range map[string]string{"Virginia": "United States", "Ontario": "Canada", "Victoria": "Australia"} {
		if p, ok := BareDivision(name); !ok || p.Country != want || p.Class != ClassAdminArea {
			t.Errorf("BareDivision(%q) = %+v, %v; want a division of %s", name, p, ok, want)
		}
	}
	// a large town, a town of the division's own country, a division of
	// a country news names its divisions with
	for _, name := range []string{"Washington", "New York", "Savannah", "Texas", "Bavaria"} {
		if p, ok := BareDivision(name); ok {
			t.Errorf("BareDivision(%q) = %+v, want none", name, p)
		}
	}
}
