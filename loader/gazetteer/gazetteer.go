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
	countries     map[string]string // name/alias -> canonical
	countryFold   map[string]string
	demonyms      map[string]string // demonym (and plural) -> country
	iso           map[string]string // iso2 -> canonical
	isoPopulation map[string]int    // iso2 -> population
	countryGeo    map[string]Geo    // canonical -> GeoNames id and point
	cityList      []CityInfo        // the GeoNames cities in file order, while building (cityGeo)
	cities        map[string]CityInfo
	cityFold      map[string]CityInfo
	places        map[string]PlaceInfo // extra places and admin areas
	usStates      map[string]PlaceInfo // US states by postal code ("NY")
	usStateNames  map[string]PlaceInfo // US states by name ("Georgia")
	placeFold     map[string]PlaceInfo
	orgs          map[string]*OrgInfo
	orgFold       map[string]*OrgInfo
	orgNorm       map[string]*OrgInfo // by normSpelling, for names of two words or more
	titles        map[string]bool     // lower case
	prefixes      map[string]bool
	maxTitle      int            // longest title in words
	titleFirst    map[string]int // first word of a title -> most words of a title starting with it
	firstWord     map[string]int // first word of any name -> most words of a name starting with it
	orgSuffix     map[string]bool
	orgHead       map[string]bool
	placeSuffix   map[string]bool
	eventSuffix   map[string]bool
	// The shapes of the keys of the word maps above (shapes.go).
	prefixShapes, titleFirstShapes, titleShapes, orgSuffixShapes, orgHeadShapes, placeSuffixShapes, eventSuffixShapes *keyshape.Filter
	// known holds the keys of countries, countryFold, cities, cityFold,
	// places, placeFold, orgs and orgFold (known.go); firstKnown those of
	// firstWord; normKnown those of orgNorm; titleFirstKnown those of
	// titleFirst.
	known, firstKnown, normKnown, titleFirstKnown known
}

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
		places: map[string]PlaceInfo{}, placeFold: map[string]PlaceInfo{}, usStates: map[string]PlaceInfo{}, usStateNames: map[string]PlaceInfo{},
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
	d.normKnown = newKnown(keysOf(d.orgNorm))
	d.titleFirstKnown = newKnown(keysOf(d.titleFirst))
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

// BareDivision returns the state or province named name of a country
// whose divisions news names without their country ("Virginia",
// "Ontario", "Victoria"), when Place reads name as a town of another
// country smaller than divisionOverTown (a South African town of 122,502;
// a Californian "Ontario" of 175,265; the Seychelles' capital): a reader
// of such a bare name means the division.
func BareDivision(name string) (PlaceInfo, bool) {
	c, ok := City(name)
	if !ok || c.Population >= divisionOverTown {
		return PlaceInfo{}, false
	}
	p, ok := load().places[name]
	if !ok || p.Class != ClassAdminArea || p.Name != name || !bareDivisions[p.Country] || p.Country == c.Country {
		return PlaceInfo{}, false
	}
	return p, true
}

// divisionOverTown is the population under which a town of one country
// gives way to a first-level division of another of the same name.
const divisionOverTown = 200000

// bareDivisions are the countries whose states and provinces news names
// without their country ("Virginia", "Ontario", "Victoria"); the
// divisions of others are written with it or are seldom news (Ghana's
// "Savannah" region is no match for the Georgia town).
var bareDivisions = map[string]bool{"United States": true, "Canada": true, "Australia": true}

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
		if o, ok := normGet(d.orgNorm, &d.normKnown, name); ok {
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
// without a British spelling (then normSpelling only folds case), and
// without a map lookup when the Bloom filter k of m's keys does not hold
// that folded name (knownHash lowers ASCII letters as FoldASCII does).
func normGet[V any](m map[string]V, k *known, s string) (V, bool) {
	var buf [64]byte
	if b, ok := textcase.FoldASCII(buf[:], s); ok && !hasBritishSpelling(b) {
		if !k.mayHold(s) {
			var zero V
			return zero, false
		}
		v, ok := m[string(b)]
		return v, ok
	}
	v, ok := m[normSpelling(s)]
	return v, ok
}

// hasBritishSpelling reports whether folded text holds a spelling that
// normSpelling changes: one pass over the bytes, comparing at the first
// byte of a British spelling.
func hasBritishSpelling(b []byte) bool {
	for i, c := range b {
		if !britishFirst[c] {
			continue
		}
		for _, british := range britishOnly {
			if british[0] == c && bytes.HasPrefix(b[i:], british) {
				return true
			}
		}
	}
	return false
}

// britishFirst marks the first bytes of britishOnly.
var britishFirst = func() (f [256]bool) {
	for _, british := range britishOnly {
		f[british[0]] = true
	}
	return f
}()

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
	// Most words open no title: the Bloom filter of titleFirst's keys
	// (lowered, as knownHash lowers an ASCII word) answers them without
	// the folded copy and the map lookup.
	if !d.titleFirstKnown.mayHold(words[0]) {
		return 0
	}
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

// Capitalised reports whether word starts with an upper-case letter. It is
// small enough to inline at the rules' many call sites; a word opening with
// a non-ASCII letter (or none) goes to capitalisedRune.
func Capitalised(word string) bool {
	if word != "" && word[0] < utf8.RuneSelf {
		return word[0]-'A' < 26 // unicode.IsUpper's ASCII
	}
	return capitalisedRune(word)
}

// capitalisedRune reports whether word's first rune is upper case.
func capitalisedRune(word string) bool {
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

// USState returns the US state whose two-letter postal code is code ("NY",
// "TX"), as GeoNames gives the states' first-level codes.
func USState(code string) (PlaceInfo, bool) {
	p, ok := load().usStates[code]
	return p, ok
}

// USStateNamed returns the US state whose name is name ("Georgia"), also
// where the gazetteer reads the name first as a country or a city.
func USStateNamed(name string) (PlaceInfo, bool) {
	p, ok := load().usStateNames[name]
	return p, ok
}

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
