package extract

import "testing"

// TestBylinePeople checks that the name of a byline after a dash is a
// person's, even a rare surname the recogniser leaves out, and that a line
// of another shape gives no person.
func TestBylinePeople(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"The new record is bright and fast.\n\n– Augustus Welby, Writer\n\nIt comes out on Friday.",
			map[string]EntityType{"Augustus Welby": Person}, nil},
		{"The tour starts in May.\n\n— Harriet Quillfeather, Staff Reporter\n\nTickets sell fast.",
			map[string]EntityType{"Harriet Quillfeather": Person}, nil},
		// no title after the comma: no byline
		{"The tour starts in May.\n\n– Augustus Welby\n\nTickets sell fast.",
			nil, []string{"Augustus Welby"}},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
