package language

import (
	"os"
	"testing"
)

// BenchmarkDetect measures Detect on an English page and on a German one.
func BenchmarkDetect(b *testing.B) {
	for _, page := range []string{"test/newrepublic.com.neoliberalism", "test/volksblatt.at-Alkoholkonsum"} {
		data, err := os.ReadFile("../../testdata/web-gold/" + page + ".txt")
		if err != nil {
			b.Fatal(err)
		}
		text := string(data)
		b.Run(page, func(b *testing.B) {
			b.SetBytes(int64(min(len(text), sampleBytes)))
			for b.Loop() {
				Detect(text)
			}
		})
	}
}
