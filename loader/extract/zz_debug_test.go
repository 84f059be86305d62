package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

func TestZZDebug(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("ZZ"))
	if err != nil {
		t.Skip()
	}
	text := string(b)
	x := newExtractor(text, nlp.Analyse(text), time.Time{})
	x.findMentions()
	want := os.Getenv("ZZNAME")
	for _, m := range x.mentions {
		if want != "" && !strings.Contains(m.name, want) {
			continue
		}
		s := x.sents[m.sent]
		var ws []string
		for i := max(0, m.start-6); i < min(len(s.toks), m.end+6); i++ {
			ws = append(ws, s.toks[i].Text+"/"+s.toks[i].Tag)
		}
		fmt.Printf("%q %s sure=%v | %s\n", m.name, m.typ, m.sure, strings.Join(ws, " "))
	}
}
