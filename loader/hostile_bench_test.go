package loader

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/loader/extract"
)

// BenchmarkExtractHostile extracts texts of odd shapes at two sizes, ten
// times apart: the time per byte should stay about the same, i.e. extraction
// stays linear in the text however it is shaped.
//
//	go test ./loader -run '^$' -bench ExtractHostile -benchtime 3x
func BenchmarkExtractHostile(b *testing.B) {
	shapes := map[string]string{
		"names-and":   "John Smith and ",
		"appositions": "Mr Smith, the minister, ",
		"open-quotes": "“talks ",
		"no-stops":    "the minister met the president and ",
		"events":      "talks with Russia in Geneva on Monday. ",
		"meetings":    "Sherman met Ryabkov. ",
		"capitalised": "Alpha Beta Gamma ",
	}
	published := time.Date(2022, 1, 10, 0, 0, 0, 0, time.UTC)
	for name, unit := range shapes {
		for _, kb := range []int{50, 500} {
			text := strings.Repeat(unit, kb*1024/len(unit))
			b.Run(fmt.Sprintf("%s/%dKB", name, kb), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for i := 0; i < b.N; i++ {
					extract.Extract(text, published)
				}
			})
		}
	}
}
