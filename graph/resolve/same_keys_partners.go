package resolve

import "strings"

// samePartners finds the nodes rule 1 relates to given ones (one squashed
// key, a country word's rest, one typo block) without indexing every node
// by the three, which was most of sameKeysDirty's time for the few nodes a
// batch makes dirty. It collects the keys asked for, then finds their
// nodes in one pass over the union-find's nodes that reads a node's keys
// only when a cheap test says it may have one of them (its squashed
// length, its first word), and so answers the nodes an index would.
type samePartners struct {
	c *clustering
	// Every key asked for, and those not looked up yet (want).
	asked, want partnerKeys
}

// partnerKeys are keys of the three relations.
type partnerKeys struct {
	squash map[string]bool // squashKey values
	restOf map[string]bool // nodes whose country-word forms are asked for
	blocks map[string]bool // typoBlock values
	lens   map[int]bool    // the lengths of squash
	heads  map[string]bool // the family and first word of blocks ("e:first")
}

func newPartnerKeys() partnerKeys {
	return partnerKeys{squash: map[string]bool{}, restOf: map[string]bool{}, blocks: map[string]bool{}, lens: map[int]bool{}, heads: map[string]bool{}}
}

func (k partnerKeys) empty() bool { return len(k.squash)+len(k.restOf)+len(k.blocks) == 0 }

func newSamePartners(c *clustering) *samePartners {
	return &samePartners{c: c, asked: newPartnerKeys(), want: newPartnerKeys()}
}

// ask notes the keys of node n read with flag person: the nodes sharing
// them come out of the next find. Its own country word's rest is one node,
// which the caller adds.
func (p *samePartners) ask(n string, person bool) {
	if sq := squashKey(n); sq != "" && !p.asked.squash[sq] {
		p.asked.squash[sq], p.want.squash[sq], p.want.lens[len(sq)] = true, true, true
	}
	if !p.asked.restOf[n] {
		p.asked.restOf[n], p.want.restOf[n] = true, true
	}
	if b := typoBlock(n, person); b != "" && !p.asked.blocks[b] {
		head, _, _ := strings.Cut(b, "|")
		p.asked.blocks[b], p.want.blocks[b], p.want.heads[head] = true, true, true
	}
}

// find calls add with every node of the union-find that has a key asked
// for since the last find, read with its own flags (as an index over the
// nodes would hold it); false when nothing new was asked.
func (p *samePartners) find(add func(string)) bool {
	w := p.want
	if w.empty() {
		return false
	}
	c := p.c
	for m := range c.uf.parent {
		key := m[2:]
		if len(w.squash) > 0 && strings.IndexByte(key, ' ') >= 0 && w.lens[len(m)-strings.Count(key, " ")] && w.squash[squashKey(m)] {
			add(m)
			continue
		}
		if len(w.restOf) > 0 {
			if rest := countryRest(m, c.legal[m]); rest != "" && w.restOf[rest] {
				add(m)
				continue
			}
		}
		if len(w.blocks) > 0 && len(key) >= 16 {
			first, _, _ := strings.Cut(strings.TrimLeft(key, " "), " ")
			if w.heads[m[:2]+first] && w.blocks[typoBlock(m, c.isPerson[m])] {
				add(m)
			}
		}
	}
	p.want = newPartnerKeys()
	return true
}
