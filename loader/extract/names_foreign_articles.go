package extract

// A Spanish or French name that opens with its article ("El Salvador", "El
// Nacional", "Le Monde") keeps it at a sentence's opening when the article
// writes the two capitalised inside a sentence too ("en El Salvador",
// "donde El Nacional recibirá"): inside a sentence an article is in lower
// case unless it is the name's; at the opening the capital says nothing,
// and the name read without its article was another name ("Salvador").

// noteArticled records the article at token i-1 and the capitalised word at
// token i, when the article is capitalised inside a sentence.
func (ev *foreignWords) noteArticled(s *sentence, i int) {
	if i == 0 || sentenceOpen(s.toks, i-1) || !isArticle(s.lower(i-1)) || s.toks[i-1].Text == s.lower(i-1) {
		return
	}
	if ev.articled == nil {
		ev.articled = map[string]bool{}
	}
	ev.articled[s.lower(i-1)+" "+s.lower(i)] = true
}

// articledAt reports whether token i opens a name [i, j) with its article,
// the article written capitalised before the next word inside a sentence
// elsewhere.
func (ev *foreignWords) articledAt(s *sentence, i, j int) bool {
	return ev.articled != nil && i+1 < j && isArticle(s.lower(i)) && ev.articled[s.lower(i)+" "+s.lower(i+1)]
}
