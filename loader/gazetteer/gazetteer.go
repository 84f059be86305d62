// Package gazetteer answers "is this a country, a city, a known organisation,
// a job title?" from compact lists embedded in the binary: GeoNames countries,
// cities (population ≥ 100,000 and capitals) and first-level divisions,
// mledoze/countries names and demonyms (see data/NOTICE.md for the licences),
// and hand-written lists of titles, organisations and places in data/.
//
// The data loads once, on first use; every function is safe for concurrent use.
//
//go:generate go run ./gen -src /work/shared/data/gazetteer -out data
package gazetteer

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"maps"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/loader/internal/keyshape"
	"github.com/newsgraph/newsgraph/loader/internal/textcase"
)

//go:embed data/*.tsv data/*.gz data/*.txt
var files embed.FS

// Place classes, as used by CityInfo, PlaceInfo and the recogniser.
const (
	ClassCountry   = "Country"
	ClassCity      = "City"
	ClassAdminArea = "AdminArea"
	ClassContinent = "Continent"
	ClassRegion    = "Region"
)

// CityInfo describes a city.
type CityInfo struct {
	Name       string // canonical name, as GeoNames writes it ("Kyiv", "Geneva")
	Country    string // canonical country name ("Ukraine")
	AdminArea  string // first-level division ("Geneva", "California"), may be empty
	Population int
	Capital    bool
	Geo        Geo
}

// Geo is where GeoNames puts a place: its GeoNames id and, for countries and
// cities, a point (a city's centre; a country's point is mledoze/countries'
// latlng). HasPoint says whether Lat and Lon are set.
type Geo struct {
	GeoNameID int
	Lat, Lon  float64
	HasPoint  bool
}

// parseGeo reads the geonameid, latitude and longitude columns.
func parseGeo(id, lat, lon string) Geo {
	var g Geo
	g.GeoNameID, _ = strconv.Atoi(id)
	if lat == "" || lon == "" {
		return g // no point (ParseFloat would fail, allocating its error)
	}
	la, err1 := strconv.ParseFloat(lat, 64)
	lo, err2 := strconv.ParseFloat(lon, 64)
	if err1 == nil && err2 == nil && la >= -90 && la <= 90 && lo >= -180 && lo <= 180 {
		g.Lat, g.Lon, g.HasPoint = la, lo, true
	}
	return g
}

// PlaceInfo is what Place returns for any kind of place.
type PlaceInfo struct {
	Name       string // canonical name
	Class      string // ClassCountry, ClassCity, ClassAdminArea, ClassContinent or ClassRegion
	Country    string // canonical country the place is in (empty for countries and continents)
	Population int
	Geo        Geo // GeoNames id and point, where known (not for hand-written places)
}

// OrgInfo describes a known organisation.
type OrgInfo struct {
	Name    string   // canonical name ("North Atlantic Treaty Organization")
	Class   string   // "GovernmentOrganization", "InternationalOrganization", ... or ""
	Aliases []string // other names, acronyms first as listed ("NATO")
	Country string   // the one country a national body is of ("Bundesbank": Germany), or ""
}

type db struct {
	countries   map[string]string // name/alias -> canonical
	countryFold map[string]string
	demonyms    map[string]string // demonym (and plural) -> country
	iso         map[string]string // iso2 -> canonical
	countryGeo  map[string]Geo    // canonical -> GeoNames id and point
	cityList    []CityInfo        // the GeoNames cities in file order, while building (cityGeo)
	cities      map[string]CityInfo
	cityFold    map[string]CityInfo
	places      map[string]PlaceInfo // extra places and admin areas
	placeFold   map[string]PlaceInfo
	orgs        map[string]*OrgInfo
	orgFold     map[string]*OrgInfo
	orgNorm     map[string]*OrgInfo // by normSpelling, for names of two words or more
	titles      map[string]bool     // lower case
	prefixes    map[string]bool
	maxTitle    int            // longest title in words
	titleFirst  map[string]int // first word of a title -> most words of a title starting with it
	firstWord   map[string]int // first word of any name -> most words of a name starting with it
	orgSuffix   map[string]bool
	orgHead     map[string]bool
	placeSuffix map[string]bool
	eventSuffix map[string]bool
	// The shapes of the keys of the word maps above (shapes.go).
	prefixShapes, titleFirstShapes, titleShapes, orgSuffixShapes, orgHeadShapes, placeSuffixShapes, eventSuffixShapes *keyshape.Filter
	// known holds the keys of countries, countryFold, cities, cityFold,
	// places, placeFold, orgs and orgFold (known.go); firstKnown those of
	// firstWord.
	known, firstKnown known
}

var load = sync.OnceValue(func() *db {
	d, err := build()
	if err != nil {
		panic("gazetteer: embedded data: " + err.Error())
	}
	return d
})

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func fold(s string) string { return textcase.Lower(s) }

// foldGet is m[fold(s)], without allocating the folded string when s is
// short ASCII (strings.ToLower of ASCII maps just A-Z, as here).
func foldGet[V any](m map[string]V, s string) (V, bool) {
	var buf [64]byte
	if b, ok := textcase.FoldASCII(buf[:], s); ok {
		v, ok := m[string(b)]
		return v, ok
	}
	v, ok := m[fold(s)]
	return v, ok
}

func build() (*db, error) {
	d := &db{
		countries: map[string]string{}, countryFold: map[string]string{}, demonyms: map[string]string{},
		iso: map[string]string{}, countryGeo: map[string]Geo{}, cities: map[string]CityInfo{}, cityFold: map[string]CityInfo{},
		places: map[string]PlaceInfo{}, placeFold: map[string]PlaceInfo{},
		orgs: map[string]*OrgInfo{}, orgFold: map[string]*OrgInfo{}, orgNorm: map[string]*OrgInfo{},
		titles: map[string]bool{}, titleFirst: map[string]int{}, firstWord: map[string]int{}, prefixes: map[string]bool{}, orgSuffix: map[string]bool{}, orgHead: map[string]bool{},
		placeSuffix: map[string]bool{}, eventSuffix: map[string]bool{},
	}
	d.readCountries()
	d.readCities()
	d.readPlacesExtra()
	d.readOrgs()
	d.readWordLists()
	d.indexFirstWords()
	d.cityList = nil
	d.known = newKnown(keysOf(d.countries), keysOf(d.countryFold), keysOf(d.cities), keysOf(d.cityFold),
		keysOf(d.places), keysOf(d.placeFold), keysOf(d.orgs), keysOf(d.orgFold))
	d.firstKnown = newKnown(keysOf(d.firstWord))
	d.prefixShapes, d.titleFirstShapes, d.titleShapes = keyshape.New(maps.Keys(d.prefixes)), keyshape.New(maps.Keys(d.titleFirst)), keyshape.New(maps.Keys(d.titles))
	d.orgSuffixShapes, d.orgHeadShapes = keyshape.New(maps.Keys(d.orgSuffix)), keyshape.New(maps.Keys(d.orgHead))
	d.placeSuffixShapes, d.eventSuffixShapes = keyshape.New(maps.Keys(d.placeSuffix)), keyshape.New(maps.Keys(d.eventSuffix))
	return d, nil
}

// addCountry adds a name of a country; the first name given wins.
func (d *db) addCountry(alias, canon string) {
	if _, ok := d.countries[alias]; !ok {
		d.countries[alias] = canon
	}
	if len(alias) > 3 {
		if _, ok := d.countryFold[fold(alias)]; !ok {
			d.countryFold[fold(alias)] = canon
		}
	}
}

// addDemonym adds a national adjective and its plural.
func (d *db) addDemonym(dem, canon string) {
	if dem == "" {
		return
	}
	if _, ok := d.demonyms[dem]; !ok {
		d.demonyms[dem] = canon
	}
	// Plurals: Russians, Israelis, Britons; not for -ese/-ish/-ch/-ss forms.
	if strings.HasSuffix(dem, "n") || strings.HasSuffix(dem, "i") || strings.HasSuffix(dem, "e") ||
		strings.HasSuffix(dem, "k") || strings.HasSuffix(dem, "o") || strings.HasSuffix(dem, "r") {
		if _, ok := d.demonyms[dem+"s"]; !ok {
			d.demonyms[dem+"s"] = canon
		}
	}
}

// addPlace adds a name of a place.
func (d *db) addPlace(alias string, p PlaceInfo, overwrite bool) {
	if _, ok := d.places[alias]; overwrite || !ok {
		d.places[alias] = p
	}
	fa := fold(alias)
	if _, ok := d.placeFold[fa]; overwrite || !ok {
		d.placeFold[fa] = p
	}
}

// readCountries reads the countries, their aliases and demonyms, with the
// project's corrections.
func (d *db) readCountries() {
	type extra struct {
		name          string
		aliases, dems []string
	}
	extras := map[string]extra{}
	for _, l := range lines("countries_extra.tsv") {
		f := strings.Split(l, "\t")
		for len(f) < 4 {
			f = append(f, "")
		}
		extras[f[0]] = extra{f[1], split(f[2]), split(f[3])}
	}
	// Most populous first, so that a shared alias or demonym ("American",
	// "Dutch") names the main country, not a territory.
	rows := [][]string{}
	for _, l := range lines("countries.tsv") {
		if f := strings.Split(l, "\t"); len(f) >= 7 {
			rows = append(rows, f)
		}
	}
	sort.SliceStable(rows, func(i, j int) bool {
		pi, _ := strconv.Atoi(rows[i][4])
		pj, _ := strconv.Atoi(rows[j][4])
		return pi > pj
	})
	for _, f := range rows {
		canon := f[1]
		if x, ok := extras[f[0]]; ok {
			if x.name != "" {
				canon = x.name
			}
			d.addCountry(canon, canon)
			for _, a := range x.aliases {
				d.addCountry(a, canon)
			}
			for _, dm := range x.dems {
				d.addDemonym(dm, canon)
			}
		}
	}
	for _, f := range rows {
		canon := f[1]
		x, hasX := extras[f[0]]
		if hasX && x.name != "" {
			canon = x.name
		}
		d.iso[f[0]] = canon
		if len(f) >= 10 {
			if _, ok := d.countryGeo[canon]; !ok {
				d.countryGeo[canon] = parseGeo(f[7], f[8], f[9])
			}
		}
		d.addCountry(canon, canon)
		d.addCountry(f[1], canon)
		for _, a := range split(f[5]) {
			if !wordAliases[a] { // aliases_words.go
				d.addCountry(a, canon)
			}
		}
		for _, dm := range split(f[6]) {
			d.addDemonym(dm, canon)
		}
	}
}

// readCities reads the cities and first-level administrative areas.
func (d *db) readCities() {
	ls := lines("cities.tsv.gz")
	if len(d.cities) == 0 && len(d.cityFold) == 0 {
		// Sized once: each city has a name and an ASCII name.
		d.cities, d.cityFold = make(map[string]CityInfo, 2*len(ls)), make(map[string]CityInfo, 2*len(ls))
	}
	d.cityList = make([]CityInfo, 0, len(ls))
	// A row has 9 columns (gen writes them); fields keeps a tenth apart
	// so that a longer row reads as strings.Split would read it.
	var buf [10]string
	for _, l := range ls {
		f := buf[:fields(l, buf[:])]
		if len(f) < 6 {
			continue
		}
		pop, _ := strconv.Atoi(f[4])
		c := CityInfo{Name: f[0], Country: d.iso[f[2]], AdminArea: f[3], Population: pop, Capital: f[5] == "1"}
		if len(f) >= 9 {
			c.Geo = parseGeo(f[6], f[7], f[8])
			d.cityList = append(d.cityList, c)
		}
		for _, n := range f[:2] {
			if n == "" {
				continue
			}
			if old, ok := d.cities[n]; !ok || better(c, old) {
				d.cities[n] = c
			}
			fn := fold(n)
			if old, ok := d.cityFold[fn]; !ok || better(c, old) {
				d.cityFold[fn] = c
			}
		}
	}
	admin := lines("admin1.tsv.gz")
	if len(d.places) == 0 && len(d.placeFold) == 0 {
		// Sized once: each division has a name and an ASCII name, and
		// places_extra.tsv adds a few dozen.
		d.places, d.placeFold = make(map[string]PlaceInfo, 2*len(admin)+128), make(map[string]PlaceInfo, 2*len(admin)+128)
	}
	for _, l := range admin {
		f := buf[:fields(l, buf[:])]
		if len(f) < 3 {
			continue
		}
		iso, _, _ := strings.Cut(f[0], ".")
		p := PlaceInfo{Name: f[1], Class: ClassAdminArea, Country: d.iso[iso]}
		if len(f) >= 4 {
			p.Geo = parseGeo(f[3], "", "")
		}
		d.addPlace(f[1], p, false)
		if f[2] != f[1] {
			d.addPlace(f[2], p, false)
		}
	}
}

// cityGeo returns the Geo of the GeoNames city with the id (the last one
// listed, were an id listed twice); the few hand-written cities that name
// one search the list.
func (d *db) cityGeo(id int) (Geo, bool) {
	for i := len(d.cityList) - 1; i >= 0; i-- {
		if d.cityList[i].Geo.GeoNameID == id {
			return d.cityList[i].Geo, true
		}
	}
	return Geo{}, false
}

// readPlacesExtra reads the places the project adds.
func (d *db) readPlacesExtra() {
	for _, l := range lines("places_extra.tsv") {
		f := strings.Split(l, "\t")
		for len(f) < 4 {
			f = append(f, "")
		}
		p := PlaceInfo{Name: f[0], Class: f[1], Country: f[2]}
		if p.Class == ClassCity {
			c := CityInfo{Name: f[0], Country: f[2]}
			if old, ok := d.cities[f[0]]; ok && old.Country == c.Country {
				c = old
			}
			// The fifth column names the GeoNames city by id when the
			// hand-written name is not its name ("Geneva" for "Genève").
			if len(f) > 4 {
				if id, _ := strconv.Atoi(f[4]); id != 0 {
					if g, ok := d.cityGeo(id); ok {
						c.Geo = g
					}
				}
			}
			for _, n := range append([]string{f[0]}, split(f[3])...) {
				d.cities[n] = c
				d.cityFold[fold(n)] = c
			}
			continue
		}
		if p.Class == ClassCountry {
			for _, n := range append([]string{f[0]}, split(f[3])...) {
				d.addCountry(n, f[0])
			}
			continue
		}
		for _, n := range append([]string{f[0]}, split(f[3])...) {
			d.addPlace(n, p, true)
		}
	}
}

// readOrgs reads the known bodies.
func (d *db) readOrgs() {
	for _, l := range lines("orgs.tsv") {
		f := strings.Split(l, "\t")
		for len(f) < 4 {
			f = append(f, "")
		}
		o := &OrgInfo{Name: f[0], Class: f[1], Aliases: split(f[2]), Country: f[3]}
		for _, n := range append([]string{f[0]}, o.Aliases...) {
			n = strings.TrimPrefix(n, "the ")
			d.orgs[n] = o
			if len(n) > 4 {
				d.orgFold[fold(n)] = o
			}
			if strings.Contains(n, " ") {
				d.orgNorm[normSpelling(n)] = o
			}
		}
	}
}

// readWordLists reads titles and the suffixes of bodies, places and events.
func (d *db) readWordLists() {
	for _, l := range lines("titles.txt") {
		l = strings.TrimSpace(l)
		if p, ok := strings.CutPrefix(l, "prefix:"); ok {
			d.prefixes[strings.TrimSpace(p)] = true
			continue
		}
		d.titles[l] = true
		ws := strings.Fields(l)
		if n := len(ws); n > d.maxTitle {
			d.maxTitle = n
		}
		for _, first := range []string{ws[0], ws[0] + "s"} {
			d.titleFirst[first] = max(d.titleFirst[first], len(ws))
		}
	}
	for _, l := range lines("orgsuffixes.txt") {
		l = strings.TrimSpace(l)
		if h, ok := strings.CutPrefix(l, "head:"); ok {
			d.orgHead[strings.TrimSpace(h)] = true
			continue
		}
		d.orgSuffix[l] = true
	}
	for _, l := range lines("placesuffixes.txt") {
		d.placeSuffix[strings.TrimSpace(l)] = true
	}
	for _, l := range lines("eventsuffixes.txt") {
		d.eventSuffix[strings.TrimSpace(l)] = true
	}
}

// indexFirstWords records, for each first word of a known name, the most
// words a name starting with it has.
func (d *db) indexFirstWords() {
	index := func(name string) {
		if first, n := firstField(trimThe(name)); n > 0 {
			d.firstWord[first] = max(d.firstWord[first], n)
		}
	}
	for k := range d.countries {
		index(k)
	}
	for k := range d.cities {
		index(k)
	}
	for k := range d.places {
		index(k)
	}
	for k := range d.orgs {
		index(k)
	}
}

// firstField returns the first of strings.Fields(s) and how many there are,
// without the slice.
func firstField(s string) (first string, n int) {
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				if n == 0 {
					first = s[start:i]
				}
				n++
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		if n == 0 {
			first = s[start:]
		}
		n++
	}
	return first, n
}

// MaxWords returns the most words of any country, city, place or
// organisation name that starts with word (as written), 0 if none does. A
// recogniser uses it to try only the lookups that can succeed.
func MaxWords(word string) int {
	d := load()
	if d.firstKnown.mayHold(word) {
		if n, ok := d.firstWord[word]; ok {
			return n
		}
	}
	if len(word) > 1 && hasUpper(word) {
		// "NEW YORK": try the capitalised form's entries generously.
		return 6
	}
	return 0
}

func better(a, b CityInfo) bool {
	if a.Capital != b.Capital {
		return a.Capital
	}
	return a.Population > b.Population
}

func trimThe(name string) string {
	name = strings.TrimSpace(name)
	if s, ok := strings.CutPrefix(name, "the "); ok {
		return s
	}
	if s, ok := strings.CutPrefix(name, "The "); ok {
		return s
	}
	return name
}

// hasUpper reports whether s is written in capitals ("RUSSIA", "NEW YORK"):
// only then are case-insensitive lookups tried, so "us" is never the US and
// ordinary names cost one map lookup.
func hasUpper(s string) bool {
	upper := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper = true
		}
	}
	return upper
}

// Country returns the canonical name of the country called name: "US",
// "U.S.", "USA", "United States" and "America" all give "United States".
func Country(name string) (canonical string, ok bool) {
	d := load()
	name = trimThe(name)
	if !d.known.mayHold(name) {
		return "", false
	}
	if c, ok := d.countries[name]; ok {
		return c, true
	}
	if len(name) > 3 && hasUpper(name) {
		return foldGet(d.countryFold, name)
	}
	return "", false
}

// CountryByCode returns the canonical name of the country with the ISO 3166
// alpha-2 code iso2.
func CountryByCode(iso2 string) (string, bool) {
	c, ok := load().iso[iso2]
	return c, ok
}

// Demonym returns the country of a demonym or national adjective: "Russian"
// and "Russians" give "Russia", "Swiss" "Switzerland", "Turkish" "Turkey".
func Demonym(word string) (country string, ok bool) {
	c, ok := load().demonyms[strings.TrimSpace(word)]
	return c, ok
}

// City returns the city called name. When several cities share a name, the
// capital or else the most populous one wins.
func City(name string) (c CityInfo, ok bool) {
	d := load()
	name = trimThe(name)
	if !d.known.mayHold(name) {
		return CityInfo{}, false
	}
	if c, ok := d.cities[name]; ok {
		return c, true
	}
	if len(name) > 3 && hasUpper(name) {
		return foldGet(d.cityFold, name)
	}
	return CityInfo{}, false
}

// Place looks name up as a country, city, first-level division, continent or
// region, in that order.
func Place(name string) (PlaceInfo, bool) {
	d := load()
	// Country and City look up the name as trimmed here too.
	if !d.known.mayHold(trimThe(name)) {
		return PlaceInfo{}, false
	}
	if c, ok := Country(name); ok {
		return PlaceInfo{Name: c, Class: ClassCountry, Geo: d.countryGeo[c]}, true
	}
	if c, ok := City(name); ok {
		// "Bali": a hand-written place spelled so wins over a town
		// matched only by its ASCII spelling ("Bāli").
		if p, ok := d.places[name]; ok && c.Name != name {
			return p, true
		}
		return PlaceInfo{Name: c.Name, Class: ClassCity, Country: c.Country, Population: c.Population, Geo: c.Geo}, true
	}
	name = trimThe(name)
	if p, ok := d.places[name]; ok {
		return p, true
	}
	if len(name) > 3 && hasUpper(name) {
		return foldGet(d.placeFold, name)
	}
	return PlaceInfo{}, false
}

// Org returns the known organisation called name (its full name or an alias).
func Org(name string) (OrgInfo, bool) {
	d := load()
	name = trimThe(name)
	if d.known.mayHold(name) {
		if o, ok := d.orgs[name]; ok {
			return *o, true
		}
		if len(name) > 4 && hasUpper(name) {
			if o, ok := foldGet(d.orgFold, name); ok {
				return *o, true
			}
		}
	}
	if strings.Contains(name, " ") {
		if o, ok := normGet(d.orgNorm, name); ok {
			return *o, true
		}
	}
	return OrgInfo{}, false
}

// spellings are the British and American forms that name the same body.
// britishSpellings are pairs of a British spelling and its American one.
var britishSpellings = []string{"organisation", "organization", "co-operation", "cooperation",
	"defence", "defense", "centre", "center", "programme", "program", "labour", "labor"}

var spellings = strings.NewReplacer(britishSpellings...)

// britishOnly are the British spellings alone, as bytes.
var britishOnly = func() (out [][]byte) {
	for i := 0; i < len(britishSpellings); i += 2 {
		out = append(out, []byte(britishSpellings[i]))
	}
	return out
}()

// normSpelling folds case and British/American spelling, so that
// "Organisation for Security and Cooperation in Europe" finds the OSCE.
func normSpelling(name string) string { return spellings.Replace(fold(name)) }

// normGet is m[normSpelling(s)], without allocating when s is short ASCII
// without a British spelling (then normSpelling only folds case).
func normGet[V any](m map[string]V, s string) (V, bool) {
	var buf [64]byte
	if b, ok := textcase.FoldASCII(buf[:], s); ok && !hasBritishSpelling(b) {
		v, ok := m[string(b)]
		return v, ok
	}
	v, ok := m[normSpelling(s)]
	return v, ok
}

// hasBritishSpelling reports whether folded text holds a spelling that
// normSpelling changes.
func hasBritishSpelling(b []byte) bool {
	for _, british := range britishOnly {
		if bytes.Contains(b, british) {
			return true
		}
	}
	return false
}

// Organization returns the canonical name and the aliases of a known body:
// "NATO" gives "North Atlantic Treaty Organization" with aliases ["NATO", "Nato"].
func Organization(name string) (canonical string, aliases []string, ok bool) {
	o, ok := Org(name)
	if !ok {
		return "", nil, false
	}
	return o.Name, append([]string(nil), o.Aliases...), true
}

// IsTitle reports whether the words, joined by spaces, are a job title such
// as "president" or "deputy foreign minister". Case is ignored.
func IsTitle(words ...string) bool {
	// The words joined and lowered in a stack buffer when they are ASCII
	// (as Title does, without its two copies): LongestTitle asks for each
	// length of phrase after a title's first word.
	var buf [96]byte
	b := buf[:0]
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	for i, c := range b {
		if c >= utf8.RuneSelf {
			_, ok := Title(words...)
			return ok
		}
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	d := load()
	n := len(b)
	if n >= 2 && !d.titleShapes.MayHoldBytes(b) && !d.titleShapes.MayHoldBytes(b[:n-1]) {
		return false // no title, singular or plural, has its first byte and length
	}
	titles := d.titles
	if titles[string(b)] {
		return true
	}
	return n > 0 && b[n-1] == 's' && titles[string(b[:n-1])]
}

// Title returns the normalised (lower-case) job title spelled by words.
func Title(words ...string) (string, bool) {
	t := fold(strings.Join(words, " "))
	if load().titles[t] {
		return t, true
	}
	// Plural: "Presidents", "ministers".
	if s, ok := strings.CutSuffix(t, "s"); ok && load().titles[s] {
		return s, true
	}
	return "", false
}

// LongestTitle returns the number of words, starting at words[0], of the
// longest job title there (0 if none).
func LongestTitle(words []string) int {
	if len(words) == 0 {
		return 0
	}
	d := load()
	n, ok := shapedGet(d.titleFirst, d.titleFirstShapes, words[0])
	if !ok {
		return 0
	}
	n = min(n, len(words))
	for k := n; k > 0; k-- {
		if IsTitle(words[:k]...) {
			return k
		}
	}
	return 0
}

// IsPrefix reports whether word is an honorific that precedes a name but is
// not part of it and is no job title: Mr, Mrs, Ms, Dr, Sir...
func IsPrefix(word string) bool {
	d := load()
	ok, _ := shapedGet(d.prefixes, d.prefixShapes, word)
	return ok
}

// IsOrgSuffix reports whether word typically ends an organisation's name
// ("Inc", "Corp", "Ministry", "Party", "University").
func IsOrgSuffix(word string) bool {
	d := load()
	ok, _ := shapedGet(d.orgSuffix, d.orgSuffixShapes, word)
	return ok
}

// IsOrgHead reports whether word typically starts an organisation's name
// ("Ministry" of Defence, "University" of Chicago).
func IsOrgHead(word string) bool {
	d := load()
	ok, _ := shapedGet(d.orgHead, d.orgHeadShapes, word)
	return ok
}

// IsPlaceSuffix reports whether word typically ends the name of a place
// that is no town or country ("Street", "Square", "Stadium", "River").
func IsPlaceSuffix(word string) bool {
	d := load()
	ok, _ := shapedGet(d.placeSuffix, d.placeSuffixShapes, word)
	return ok
}

// IsEventSuffix reports whether word typically ends the name of an event or
// a competition ("Cup", "League", "Summit", "Festival").
func IsEventSuffix(word string) bool {
	d := load()
	ok, _ := shapedGet(d.eventSuffix, d.eventSuffixShapes, word)
	return ok
}

// Capitalised reports whether word starts with an upper-case letter.
func Capitalised(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r)
}

// DataDigest is a digest of every embedded data file, so that a change to
// the gazetteer changes the extractor's version.
var DataDigest = sync.OnceValue(func() string {
	h := sha256.New()
	err := fs.WalkDir(files, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := files.ReadFile(p)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", p, len(b))
		h.Write(b)
		return nil
	})
	if err != nil {
		panic("gazetteer: embedded data unreadable: " + err.Error())
	}
	return hex.EncodeToString(h.Sum(nil))
})

// IsAdminArea reports whether name is a first-level division ("Ontario",
// "Bavaria"), even where a city of that name exists.
func IsAdminArea(name string) bool {
	d := load()
	name = trimThe(name)
	p, ok := d.places[name]
	if !ok && len(name) > 3 && hasUpper(name) {
		p, ok = foldGet(d.placeFold, name)
	}
	return ok && p.Class == ClassAdminArea
}
