package extract

// A word that names a part of a place opens the place's name, and the name
// stays a place's: "in Lower Manhattan", "Greater Manchester", "Inner
// London", "Downtown Brooklyn". nameOpener (names_cut.go) reads other
// capitals before a place the gazetteer does not know as a body's first
// word ("Marine Midland"); these are not.

// placeParts are the words that name a part of a place before its name.
var placeParts = map[string]bool{
	"lower": true, "upper": true, "greater": true, "inner": true, "outer": true,
	"downtown": true, "midtown": true, "uptown": true,
}

// placePart reports whether lw, a word in lower case, names a part of a
// place.
func placePart(lw string) bool { return placeParts[lw] }
