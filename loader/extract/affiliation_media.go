package extract

// A news medium holds no office of a nation's government: in "Monsod told
// Reuters Finance Secretary Jaime Ongpin had decided" Reuters is who was
// told, and the minister is not its own ("told Reuters general manager
// Michael Nelson" is: a manager is a medium's). affilRefused
// (roles_careful.go) asks this.

// mediaOffice reports whether body e is a news medium the gazetteer knows
// and the title's head is a nation's office (nationalOffices).
func mediaOffice(e *entity, head string) bool {
	if e.typ != Organization || !nationalOffices[head] {
		return false
	}
	o, ok := orgLookup(e.name)
	return ok && o.Class == "NewsMediaOrganization"
}
