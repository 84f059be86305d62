package extract

// A described title ("The singer banked $56.5m") goes to the one person it
// can name in the nearest sentence naming any: when two people there could
// hold it ("Prince ... beating artists such as Madonna and Elton John. The
// singer banked ..."), the reader cannot tell which, and no title is read
// (issue 11's judged seed66).

// oneFit adds entity e to the candidates of a described title, of which
// fits is the one so far (-1 for none): it returns the candidate and
// whether it is still the only one.
func oneFit(fits, e int) (int, bool) {
	if fits >= 0 && fits != e {
		return fits, false
	}
	return e, true
}
