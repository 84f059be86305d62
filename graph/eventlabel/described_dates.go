package eventlabel

import "strings"

// A date's day may be written as a word after its month ("at the May five
// annual meeting", "the April Six annual meeting"): the word dates the
// gathering and describes nothing ("five annual meeting" was a label).

// dayWords are the days of a month written as words.
var dayWords = wordSet(`one two three four five six seven eight nine ten eleven twelve thirteen
	fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three
	twenty-four twenty-five twenty-six twenty-seven twenty-eight twenty-nine thirty thirty-one`)

// monthNames are the months as words splits them.
var monthNames = wordSet(`january february march april may june july august september october november december`)

// monthDay reports whether token j is a day written as a word right after
// a month's name: "five" of "May five".
func monthDay(spans []token, j int) bool {
	return j > 0 && dayWords[strings.ToLower(spans[j].text)] && monthNames[strings.ToLower(spans[j-1].text)]
}
