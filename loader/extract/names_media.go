// Brands, platforms and media the recogniser reads as people: the words
// around a name that only fit a firm, a website or a publication.

package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// mediaCue reports whether the words around mention m treat it as a
// platform, a publication or a firm rather than a person:
//
//   - posted, said or shared on it: "posted on Instagram" (one says
//     things on a platform, to a person);
//   - a page, an account or a feed of someone's on it: "her Instagram
//     page", "its TikTok account";
//   - a publication's noun after it: "People magazine";
//   - the founder, owner or staff of it: "the founder of Gousto".
func (x *extractor) mediaCue(m *mention) bool {
	s := &x.sents[m.sent]
	toks := s.toks
	if m.end < len(toks) && toks[m.end].Tag == "POS" {
		return false // "on Smith's page": the person's
	}
	before := func(n int) string {
		if m.start-n < 0 {
			return ""
		}
		return s.lower(m.start - n)
	}
	after := ""
	if m.end < len(toks) && !gazetteer.Capitalised(toks[m.end].Text) {
		after = s.lower(m.end)
	}
	switch {
	case before(1) == "on" && postVerbs[before(2)]:
		return true
	case possessives[before(1)] && accountNouns[after]:
		return true
	case publicationNouns[after]:
		return true
	case (before(1) == "of" || before(1) == "at") && bodyStaff[before(2)]:
		return true
	}
	return false
}

// postVerbs say something on a platform: "posted on Instagram".
var postVerbs = map[string]bool{"posted": true, "wrote": true, "said": true, "shared": true, "tweeted": true,
	"announced": true, "revealed": true, "published": true, "uploaded": true, "streamed": true, "streaming": true,
	"live": true, "available": true, "posting": true, "sharing": true, "writing": true}

// possessives own an account: "her Instagram page".
var possessives = map[string]bool{"her": true, "his": true, "their": true, "its": true, "my": true, "our": true, "your": true}

// accountNouns are what one has on a platform.
var accountNouns = map[string]bool{"page": true, "account": true, "feed": true, "post": true, "posts": true,
	"channel": true, "profile": true, "story": true, "stories": true, "handle": true, "app": true, "website": true}

// publicationNouns after a name make it a publication or a platform:
// "People magazine", "the Gousto app".
var publicationNouns = map[string]bool{"magazine": true, "newspaper": true, "website": true, "app": true,
	"platform": true, "podcast": true, "network": true}

// bodyStaff are the people of a body, before "of" or "at": "the founder of
// Gousto", "employees at Disney".
var bodyStaff = map[string]bool{"founder": true, "co-founder": true, "cofounder": true, "owner": true,
	"owners": true, "ceo": true, "employees": true, "staff": true, "customers": true, "shareholders": true}
