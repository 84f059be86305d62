package extract

import (
	"slices"
	"testing"
	"time"
)

// TestAwardNames checks names_awards.go by mechanism (organisation nodes
// seed322, seed323 of the full store of 893163c: "Oscar", "Sony Radio"): a
// name before an award's noun, after a verb of winning and "a", or after an
// award's category is an award's, in every sentence of the article; a body
// that gives awards, a person's nomination or a person named in full stay.
func TestAwardNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		awards     []string
	}{
		{"a nomination after the name", "The song was used in the movie, earning a 1988 Golden Globe nomination. The Golden Globe jury met in Los Angeles.",
			map[string]EntityType{"Los Angeles": City}, []string{"Golden Globe"}},
		{"won an", "The Aviator has scored a best director nomination for Martin Scorsese, who has never won an Oscar, while stars Leonardo DiCaprio and Cate Blanchett are both nominated.",
			nil, []string{"Oscar"}},
		{"a category", "Staunton has 5/1 odds of winning the best actress Oscar at Bet 365, the bookmaker said.",
			nil, []string{"Oscar"}},
		{"a nominee after a given name", "The closing list gave Scott odds of 6-9, followed by Oscar nominee Clive Owen at 5-2.",
			map[string]EntityType{"Clive Owen": Person}, []string{"Oscar"}},
		{"a body that gives awards", "Federer added the European Sports Journalists Association awards he has already won.",
			nil, []string{}},
		{"a person's nomination", "Dole said the Gates nomination could be in some difficulty, and Gates said he would stay.",
			map[string]EntityType{"Gates": Person}, nil},
		{"a person named in full", "Jamie Foxx starred in Ray. Best actor Foxx could not make the ceremony.",
			map[string]EntityType{"Jamie Foxx": Person}, nil},
		{"no category across a function word", "The film was voted best comedy film beating Shaun of the Dead, and Shaun said so.",
			nil, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, nil)
			doc := Extract("Headline\n\n"+tt.text, time.Time{})
			for _, e := range doc.Entities {
				if (e.Type == Organization || e.Type == Person) && slices.Contains(tt.awards, e.Name) {
					t.Errorf("%q: award %q typed %v", tt.text, e.Name, e.Type)
				}
			}
		})
	}
}
