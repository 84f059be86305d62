package extract

// ordinalUnits open the names of numbered units, courts and districts, which
// news writes after their number: "4th District Court of Appeal", "2nd
// Battalion Royal Gurkha Rifles", "5th Circuit Court of Appeals".
var ordinalUnits = map[string]bool{
	"district": true, "circuit": true, "battalion": true, "brigade": true, "division": true,
	"regiment": true, "army": true, "fleet": true, "corps": true, "squadron": true,
	"precinct": true, "infantry": true, "cavalry": true, "airborne": true, "armored": true,
	"armoured": true, "congressional": true, "parachute": true, "marine": true,
}

// ordinalUnitNames gives the number before a body's name back to the name
// when the name opens with a word of ordinalUnits: the recogniser reads
// "California's [District Court of Appeal]" out of "4th District Court of
// Appeal", but the number tells one court, battalion or district from its
// namesakes and is part of its name. Only an ordinal free of any mention
// and right before the name ("the 4th District", not "4th-quarter District").
func (x *extractor) ordinalUnitNames() {
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || m.start == 0 {
			continue
		}
		s := &x.sents[m.sent]
		if s.owner[m.start-1] >= 0 || !ordinal(s.toks[m.start-1].Text) || !ordinalUnits[s.lower(m.start)] {
			continue
		}
		x.respan(k, m.start-1, m.end, m.typ)
	}
}
