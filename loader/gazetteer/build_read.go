package gazetteer

// The readers of build: each data file of data/ into the db's maps.

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

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
	d.isoPopulation = make(map[string]int, len(rows))
	for _, f := range rows {
		d.isoPopulation[f[0]], _ = strconv.Atoi(f[4])
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
	// A name of divisions of several countries ("Florida": Puerto Rico,
	// the United States, Uruguay; "Montana": Bulgaria, the United States)
	// is the division of the most populous country, as a shared demonym is.
	rows := make([][]string, 0, len(admin))
	for _, l := range admin {
		if f := buf[:fields(l, buf[:])]; len(f) >= 3 {
			rows = append(rows, slices.Clone(f))
		}
	}
	pop := func(code string) int {
		iso, _, _ := strings.Cut(code, ".")
		return d.isoPopulation[iso]
	}
	sort.SliceStable(rows, func(i, j int) bool { return pop(rows[i][0]) > pop(rows[j][0]) })
	for _, f := range rows {
		iso, code, _ := strings.Cut(f[0], ".")
		p := PlaceInfo{Name: f[1], Class: ClassAdminArea, Country: d.iso[iso]}
		if len(f) >= 4 {
			p.Geo = parseGeo(f[3], "", "")
		}
		if iso == "US" && len(code) == 2 {
			d.usStates[code] = p
			d.usStateNames[p.Name] = p
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
