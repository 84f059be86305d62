package extract

// A body of members named after a known body's short name is a body of its
// own, no organ of the known one: "EC Industrial Union" (the employers of
// the EC's countries) is not the European Community, so "EC Industrial
// Policy Director" in the same story stays the Community's. Organs
// ("EC Commission", "Senate Budget Committee") still join (organTail,
// bodies_known_short.go).

// memberOrganHeads head the names of bodies whose members are others:
// unions, associations, federations.
var memberOrganHeads = map[string]bool{"union": true, "unions": true, "association": true, "federation": true, "confederation": true, "league": true, "alliance": true}
