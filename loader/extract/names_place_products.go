// Products and brands named like places. A car model, a range of goods or
// a maker's brand often bears a town's or a region's name ("the Santana
// model", "the Corsica sedan", "brands include Penfolds, Rosemount and
// Lindemans", "parts for Frigidaire, Tappan, Kelvinator and Gibson product
// lines"), and the recogniser, or the gazetteer, reads it as the place.
// What the words around the name or its list say decides: a model's,
// sedan's or brand's noun right after the name or its list (at most two
// lower-case words between), "product lines" right after the list, or
// "include" or "including" right before the list with brands, models or
// marques named just before it. Such a name is no place wherever the
// article writes it: a model's names nothing the graph keeps, a brand's
// is its maker's mark, an organisation (issue 11: brands are
// organisations). A country's name stays ("Japan car sales" is no
// product).

package extract

import "strings"

// productKind says what a list of names is: no product, models or brands.
type productKind int8

const (
	noProduct productKind = iota
	modelNames
	brandNames
)

// productCueNouns are the nouns that, after a name or a list of names,
// say they are models or brands.
var productCueNouns = map[string]productKind{
	"model": modelNames, "models": modelNames, "sedan": modelNames, "sedans": modelNames,
	"brand": brandNames, "brands": brandNames,
}

// productListHeads are the nouns that, a few words before "include" and a
// list, say the list names models or brands.
var productListHeads = map[string]productKind{
	"models": modelNames, "brands": brandNames, "marques": brandNames, "labels": brandNames,
}

// dropPlaceProducts removes the place-read mentions (not countries) of the
// names that the article writes as models and retypes as organisations
// those it writes as brands (productList); a name written as both is a
// brand.
func (x *extractor) dropPlaceProducts() {
	var products map[string]productKind
	for si := range x.sents {
		s := &x.sents[si]
		if s.row || len(s.mentions) == 0 {
			continue
		}
		for i := 0; i < len(s.mentions); {
			list := x.listAt(si, i)
			i += len(list)
			kind := x.productList(si, list)
			if kind == noProduct {
				continue
			}
			for _, k := range list {
				if m := &x.mentions[k]; placeProductCandidate(m) {
					if products == nil {
						products = map[string]productKind{}
					}
					products[m.name] = max(products[m.name], kind)
				}
			}
		}
	}
	if products == nil {
		return
	}
	x.dropMentionsIf(func(m *mention) bool {
		return placeProductCandidate(m) && products[m.name] == modelNames
	})
	for k := range x.mentions {
		if m := &x.mentions[k]; placeProductCandidate(m) && products[m.name] == brandNames {
			m.typ, m.sure = Organization, true
		}
	}
}

// placeProductCandidate reports whether m is a name read as a place, not a
// country's, a national adjective or a description, that may name a product.
func placeProductCandidate(m *mention) bool {
	return (m.typ == Place || m.typ == City) && !m.demonym && !m.nominal && m.bend == 0
}

// productList says whether the list (mention indices, in sentence si)
// names models or brands: a productCueNouns word after it, past at most
// two lower-case words, or "product lines" right after it (brands); or
// "include", "includes" or "including" right before it with a
// productListHeads word at most five words before that.
func (x *extractor) productList(si int, list []int) productKind {
	s := &x.sents[si]
	first, last := &x.mentions[list[0]], &x.mentions[list[len(list)-1]]
	for j := last.end; j < len(s.toks) && j <= last.end+2; j++ {
		w := s.lower(j)
		if kind := productCueNouns[w]; kind != noProduct && strings.HasPrefix(s.toks[j].Tag, "NN") {
			return kind
		}
		if w == "product" && j+1 < len(s.toks) && s.lower(j+1) == "lines" {
			return brandNames
		}
		if s.toks[j].Text != w || !(strings.HasPrefix(s.toks[j].Tag, "NN") || strings.HasPrefix(s.toks[j].Tag, "JJ")) {
			break
		}
	}
	k := first.start - 1
	if k < 1 {
		return noProduct
	}
	switch s.lower(k) {
	case "include", "includes", "including":
	default:
		return noProduct
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if kind := productListHeads[s.lower(j)]; kind != noProduct {
			return kind
		}
	}
	return noProduct
}
