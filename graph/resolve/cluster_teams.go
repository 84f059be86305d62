package resolve

// A town's name is also its sports clubs' ("Birmingham beat Newcastle"):
// articles type the club Organization and the town Place. Rule 5 joins a
// key's organisation readings to its place when the place is named three
// times as often; a club of a big town would be lost in the town's node.
// teams keeps them apart when the organisation readings look like a
// team among teams: they are not too few beside the town (a tenth of its
// readings or more: "Europe" read as an organisation in 11 articles
// against 512 as a place stays one place), and half of their articles, two
// or more, also name another place-named organisation that stands on its
// own (a key read as an organisation and as a place, neither side three
// times the other: the clubs of Newcastle and Liverpool).

// teamShare is the least share of a key's place readings its organisation
// readings must make to stand apart as a team: a tenth.
const teamShare = 10

// placeNamedBodies returns the union-find nodes "e:key" of the keys
// twoFamilies found whose organisation and place readings stand apart by
// rule 5's measure (neither three times the other, each in its own cluster,
// the organisation read twice or more), size being each cluster's units by
// root before the rule.
func (c *clustering) placeNamedBodies(keys []string, size map[string]int) map[string]bool {
	uf := c.uf
	out := map[string]bool{}
	for _, n := range keys {
		re, rp := uf.find(n), uf.find("p:"+n[2:])
		se, sp := size[re], size[rp]
		if re != rp && se >= 2 && se < 3*sp && sp < 3*se {
			out[n] = true
		}
	}
	return out
}

// orgArticles returns, for each union-find node "e:key" of an
// organisation's unit, the articles (by number, sorted, distinct) that
// read it so.
func (c *clustering) orgArticles() map[string][]int32 {
	out := map[string][]int32{}
	for i := range c.groups {
		for _, u := range c.units[i] {
			if u.kind != KindOrg || u.node[0] != 'e' {
				continue
			}
			arts := out[u.node]
			if len(arts) == 0 || arts[len(arts)-1] != c.art[i] {
				out[u.node] = append(arts, c.art[i])
			}
		}
	}
	return out
}

// teams returns the nodes "e:key" of keys whose organisation readings rule
// 5 keeps apart from the place of the same name (see teams): of the
// keys twoFamilies found, size being each cluster's units by root before
// the rule.
func (c *clustering) teams(keys []string, size map[string]int) map[string]bool {
	bodies := c.placeNamedBodies(keys, size)
	if len(bodies) == 0 {
		return nil
	}
	orgArts := c.orgArticles()
	// The articles naming a place-named body, and which.
	bodyIn := map[int32][]string{}
	for _, n := range sortedKeys(bodies) {
		for _, a := range orgArts[n] {
			bodyIn[a] = append(bodyIn[a], n)
		}
	}
	uf := c.uf
	out := map[string]bool{}
	for _, n := range keys {
		se, sp := size[uf.find(n)], size[uf.find("p:"+n[2:])]
		if sp < 3*se || teamShare*se < sp {
			continue
		}
		arts := orgArts[n]
		with := 0
		for _, a := range arts {
			for _, b := range bodyIn[a] {
				if b != n {
					with++
					break
				}
			}
		}
		if with >= 2 && 2*with >= len(arts) {
			out[n] = true
		}
	}
	return out
}
