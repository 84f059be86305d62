package resolve

import "strings"

// lastNames indexes people's full names by their last word, with the
// years each is named in: last word -> root -> year -> units.
func (c *clustering) lastNames() map[string]map[string]map[int]int {
	groups := c.groups
	units := c.units
	rootsOf := c.rootsOf
	byLast := map[string]map[string]map[int]int{} // last word -> root -> year -> units
	for i, g := range groups {
		for j, u := range units[i] {
			if u.kind != KindPerson {
				continue
			}
			w := strings.Fields(u.key)
			if len(w) < 2 {
				continue
			}
			last := w[len(w)-1]
			root := rootsOf(i)[j]
			if byLast[last] == nil {
				byLast[last] = map[string]map[int]int{}
			}
			if byLast[last][root] == nil {
				byLast[last][root] = map[int]int{}
			}
			byLast[last][root][g.year]++
		}
	}
	return byLast
}

// firstNames indexes people's full names by their first word: first word
// -> roots.
func (c *clustering) firstNames() map[string]map[string]bool {
	groups := c.groups
	units := c.units
	keyKinds := c.keyKinds
	gnames := c.gnames
	rootsOf := c.rootsOf
	// First names ("His brother Anil"), by the first word of the full
	// names of people whose last word is a person's name somewhere too
	// ("Mr Ambani"): "Vodafone Live" typed Person is no Vodafone's.
	lastSeen := map[string]bool{}
	for i, g := range groups {
		if len(units[i]) == 0 || units[i][0].kind != KindPerson {
			continue
		}
		for j, n := range g.names {
			if k := gnames[i][j].personKey(n); k != "" && !strings.Contains(k, " ") {
				lastSeen[k] = true
			}
		}
	}
	// A word that starts an organisation's name is no first name, nor is a
	// name typed an organisation or a thing anywhere a person's full name
	// ("Chevrolet" of "Chevrolet Nova", "Inter" of "Inter Milan").
	orgFirst := map[string]bool{}
	for i := range groups {
		for _, u := range units[i] {
			if u.kind != KindOrg && u.kind != KindThing {
				continue
			}
			if w := strings.Fields(u.key); len(w) >= 2 {
				orgFirst[w[0]] = true
			}
		}
	}
	byFirst := map[string]map[string]bool{} // first word -> roots
	for i := range groups {
		for j, u := range units[i] {
			if u.kind != KindPerson {
				continue
			}
			if w := strings.Fields(u.key); len(w) >= 2 && len(w) <= 3 && lastSeen[w[len(w)-1]] && !orgFirst[w[0]] && !keyKinds[u.key].has(KindOrg) && !keyKinds[u.key].has(KindThing) {
				if byFirst[w[0]] == nil {
					byFirst[w[0]] = map[string]bool{}
				}
				byFirst[w[0]][rootsOf(i)[j]] = true
			}
		}
	}
	return byFirst
}

// coMentions are the clusters each article names, and the articles of each
// cluster, to tell which of several people an article means.
type coMentions struct {
	artRoots []map[string]bool  // article -> the roots it names
	rootArts map[string][]int32 // root -> the articles naming it
	yearOf   []int              // article -> its year
	memo     map[string]map[string]bool
}

// coMentions reads which clusters each article names.
func (c *clustering) coMentions() *coMentions {
	groups := c.groups
	art := c.art
	articles := c.articles
	rootsOf := c.rootsOf
	artRoots := make([]map[string]bool, articles)
	units := make([]int, articles) // each article's units: room for its roots
	for i := range groups {
		units[art[i]] += len(rootsOf(i))
	}
	rootArts := make(map[string][]int32, len(c.uf.parent)/2)
	for i := range groups {
		a := art[i]
		for _, r := range rootsOf(i) {
			if artRoots[a] == nil {
				artRoots[a] = make(map[string]bool, units[a])
			}
			if !artRoots[a][r] {
				artRoots[a][r] = true
				rootArts[r] = append(rootArts[r], a)
			}
		}
	}
	yearOf := make([]int, articles)
	for i, g := range groups {
		yearOf[art[i]] = g.year
	}
	return &coMentions{artRoots: artRoots, rootArts: rootArts, yearOf: yearOf, memo: map[string]map[string]bool{}}
}

// of returns the roots named by the articles that name r.
func (m *coMentions) of(r string) map[string]bool {
	if co, ok := m.memo[r]; ok {
		return co
	}
	co := map[string]bool{}
	for _, a := range m.rootArts[r] {
		for x := range m.artRoots[a] {
			co[x] = true
		}
	}
	m.memo[r] = co
	return co
}

// shared returns the candidate whose articles name the most of the
// other entities of the group's article (at least least, and twice as
// many as any other candidate), "" when none does.
func (m *coMentions) shared(a int32, self string, cands []string, least int) string {
	pick, first, second := "", 0, 0
	for _, cand := range cands {
		n := 0
		co := m.of(cand)
		for x := range m.artRoots[a] {
			if x != self && x != cand && co[x] {
				n++
			}
		}
		switch {
		case n > first:
			pick, first, second = cand, n, first
		case n > second:
			second = n
		}
	}
	if first < least || first < 2*second {
		return ""
	}
	return pick
}

// surnameJoins is rule 6: a person named by one word joins the one person of
// the store whose full name ends with it (by years, then co-mentions); a
// first name alone joins the one person of that first name its article's
// co-mentions point to. It returns the root each such group joins, and
// which of them join by a first name.
func (c *clustering) surnameJoins() (map[int]string, map[int]bool) {
	in := surnameInputs{byLast: c.lastNames(), byFirst: c.firstNames(), co: c.coMentions(), names: c.bodyAndPersonNames()}
	surname := map[int]string{} // group index -> root it joins
	firstName := map[int]bool{} // the group joins by its first name
	for i := range c.groups {
		if pick, first := c.surnameOf(i, &in); pick != "" {
			surname[i] = pick
			firstName[i] = first
		}
	}
	return surname, firstName
}

// surnameInputs are what rule 6 reads of the store after the last join:
// people's full names by last and by first word, and co-mentions.
type surnameInputs struct {
	byLast  map[string]map[string]map[int]int // last word -> root -> year -> units
	byFirst map[string]map[string]bool        // first word -> roots
	co      *coMentions
	names   *articleNames
}

// surnameOf decides rule 6 for group i: the root it joins ("" when none,
// or when it is its own), and whether by its first name.
func (c *clustering) surnameOf(i int, in *surnameInputs) (string, bool) {
	shared, rootArts, yearOf := in.co.shared, in.co.rootArts, in.co.yearOf
	g := c.groups[i]
	units := c.units
	art := c.art
	rootsOf := c.rootsOf
	if len(units[i]) == 0 || units[i][0].kind != KindPerson {
		return "", false
	}
	u := units[i][0]
	if strings.Contains(u.key, " ") {
		return "", false
	}
	if possessiveOnly(g.names) {
		return "", false // Moody's: a firm
	}
	if rulerTitled(g.titles) {
		return "", false // "King Hassan": a given name, no surname
	}
	if in.names.inBodyName(art[i], u.key) {
		return "", false // "Norton" beside "Nolan, Norton and Co"
	}
	cands := in.byLast[u.key]
	var pick string
	if in.names.namedSeveral(art[i], u.key, c.uf) {
		return "", false // "Howard Baker" and "James Baker": which?
	}
	if len(cands) == 1 {
		// The one person of that surname, when named in years near
		// this article's, or when its articles name what this one does.
		for r, years := range cands {
			if nearYears(g.year, years) || shared(art[i], rootsOf(i)[0], []string{r}, 2) != "" {
				pick = r
			}
		}
	} else if g.year != 0 {
		// The one named that year, or the one named four times as
		// often as any other that year.
		first, second := 0, 0
		for _, r := range sortedKeys(cands) {
			n := cands[r][g.year]
			switch {
			case n > first:
				pick, first, second = r, n, first
			case n > second:
				second = n
			}
		}
		if first == 0 || second > 0 && first < 4*second {
			pick = ""
		}
		if pick == "" {
			pick = shared(art[i], rootsOf(i)[0], sortedKeys(cands), 2)
		}
	}
	if pick != "" && in.names.gluedElse(art[i], u.key, pick, c.uf) {
		pick = ""
	}
	if pick != "" && len(rootArts[pick]) < inTheNews && shared(art[i], rootsOf(i)[0], []string{pick}, 1) == "" {
		// A person named in full by few articles, none of which
		// names anything this article names, is no surname's: "Ram"
		// of "512MB of Ram" is no Andy Ram, "Tom" of a play's role no
		// Peter Tom.
		pick = ""
	}
	byFirst := false
	if len(cands) == 0 && len(in.byFirst[u.key]) > 0 && c.keyKinds[u.key].len() == 1 {
		// A first name alone joins the one person of that first name
		// whose articles name what this article names.
		var named []string
		for _, r := range sortedKeys(in.byFirst[u.key]) {
			for _, a := range rootArts[r] {
				if yearOf[a] == g.year || g.year == 0 {
					named = append(named, r)
					break
				}
			}
		}
		pick = shared(art[i], rootsOf(i)[0], named, 1)
		byFirst = pick != ""
	}
	if pick == "" || rootsOf(i)[0] == pick {
		return "", false
	}
	return pick, byFirst
}
