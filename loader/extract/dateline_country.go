package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// datelineCountry returns the country of the place the article was filed
// from ("WASHINGTON", "Sao Paulo": a country, or a city or region of the
// gazetteer), "" when there is no dateline or the gazetteer does not know
// its place.
func (x *extractor) datelineCountry() string {
	if x.filedAt == "" {
		return ""
	}
	name := titleWords(lower(x.filedAt))
	if p, ok := gazetteer.Place(name); ok {
		return p.Country
	}
	return ""
}
