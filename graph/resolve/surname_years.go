package resolve

// surnameGap is the most years between a bare surname's article and the
// nearest article of the one full name ending with it for the surname to
// join that person on its own: news names a person by surname alone while
// the person is in the news, so a "Hassan" of 1987 is not a "Margaret
// Hassan" named only in 2004.
const surnameGap = 5

// nearYears reports whether year is within surnameGap of one of the years
// a person's full name is named in (a year 0, unknown, is near any).
func nearYears(year int, years map[int]int) bool {
	if year == 0 {
		return true
	}
	for y := range years {
		if y == 0 || y-year <= surnameGap && year-y <= surnameGap {
			return true
		}
	}
	return false
}

// inTheNews is the number of articles naming a person in full from which
// the person's surname alone may join them with nothing else of the
// article named with them too ("Reagan" in a story naming no one else):
// a person named in fewer joins a bare surname only when one of their
// articles names something this one names.
const inTheNews = 20
