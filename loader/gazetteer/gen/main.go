// Command gen builds the compact gazetteer data embedded by package gazetteer
// from the GeoNames and mledoze/countries files in the shared data folder.
//
//	go run ./loader/gazetteer/gen -src /work/shared/data/gazetteer -out loader/gazetteer/data
//
// Each country, city and first-level division keeps its GeoNames id; countries
// and cities their latitude and longitude.
// (also reachable through `go generate ./loader/gazetteer`). It writes
// countries.tsv, cities.tsv.gz and admin1.tsv.gz. The hand-written lists in
// the same folder (titles, organisations, overrides) are not touched.
package main

import (
	"archive/zip"
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

func main() {
	src := flag.String("src", "/work/shared/data/gazetteer", "folder with cities15000.zip, countryInfo.txt, admin1CodesASCII.txt, countries.json")
	out := flag.String("out", "loader/gazetteer/data", "output folder")
	minPop := flag.Int("minpop", 100000, "smallest city population kept (capitals are always kept)")
	flag.Parse()
	if err := run(*src, *out, *minPop); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

type country struct {
	Cca2 string `json:"cca2"`
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	AltSpellings []string                     `json:"altSpellings"`
	Demonyms     map[string]map[string]string `json:"demonyms"`
	Capital      []string                     `json:"capital"`
	LatLng       []float64                    `json:"latlng"`
}

func run(src, out string, minPop int) error {
	// countryInfo: ISO -> name, continent, population.
	info := map[string][]string{}
	if err := eachLine(filepath.Join(src, "countryInfo.txt"), func(line string) error {
		if strings.HasPrefix(line, "#") || line == "" {
			return nil
		}
		f := strings.Split(line, "\t")
		if len(f) < 9 {
			return fmt.Errorf("countryInfo.txt: short line %q", line)
		}
		info[f[0]] = f
		return nil
	}); err != nil {
		return err
	}
	b, err := os.ReadFile(filepath.Join(src, "countries.json"))
	if err != nil {
		return err
	}
	var cs []country
	if err := json.Unmarshal(b, &cs); err != nil {
		return fmt.Errorf("countries.json: %w", err)
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].Cca2 < cs[j].Cca2 })
	var sb strings.Builder
	sb.WriteString("# iso2\tname\tofficial\tcontinent\tpopulation\taliases(|)\tdemonyms(|)\tgeonameid\tlatitude\tlongitude\n")
	for _, c := range cs {
		f := info[c.Cca2]
		cont, pop, gid := "", "0", ""
		if f != nil {
			cont, pop = f[8], f[7]
			if len(f) > 16 {
				gid = f[16]
			}
		}
		// The country's point: mledoze/countries' latlng (ODbL).
		lat, lon := "", ""
		if len(c.LatLng) == 2 {
			lat, lon = coord(c.LatLng[0]), coord(c.LatLng[1])
		}
		var aliases []string
		seen := map[string]bool{c.Name.Common: true}
		add := func(s string) {
			s = strings.TrimSpace(s)
			if s == "" || seen[s] || !latin(s) || len(s) < 3 || strings.Contains(s, ",") {
				return
			}
			seen[s] = true
			aliases = append(aliases, s)
		}
		add(c.Name.Official)
		if f != nil {
			add(f[4])
		}
		for _, a := range c.AltSpellings {
			add(a)
		}
		var dem []string
		if e, ok := c.Demonyms["eng"]; ok {
			for _, k := range []string{"m", "f"} {
				for _, d := range strings.Split(e[k], ",") {
					if d = strings.TrimSpace(d); d != "" && !slices.Contains(dem, d) {
						dem = append(dem, d)
					}
				}
			}
		}
		fmt.Fprintf(&sb, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.Cca2, c.Name.Common, c.Name.Official, cont, pop,
			strings.Join(aliases, "|"), strings.Join(dem, "|"), gid, lat, lon)
	}
	if err := os.WriteFile(filepath.Join(out, "countries.tsv"), []byte(sb.String()), 0o644); err != nil {
		return err
	}

	// admin1
	admin := map[string]string{}
	var ab strings.Builder
	ab.WriteString("# code\tname\tasciiname\tgeonameid\n")
	if err := eachLine(filepath.Join(src, "admin1CodesASCII.txt"), func(line string) error {
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return nil
		}
		admin[f[0]] = f[1]
		gid := ""
		if len(f) > 3 {
			gid = f[3]
		}
		fmt.Fprintf(&ab, "%s\t%s\t%s\t%s\n", f[0], f[1], f[2], gid)
		return nil
	}); err != nil {
		return err
	}
	if err := writeGz(filepath.Join(out, "admin1.tsv.gz"), ab.String()); err != nil {
		return err
	}

	// cities
	zr, err := zip.OpenReader(filepath.Join(src, "cities15000.zip"))
	if err != nil {
		return err
	}
	defer zr.Close()
	var cb strings.Builder
	cb.WriteString("# name\tasciiname\tiso2\tadmin1\tpopulation\tcapital(1/0)\tgeonameid\tlatitude\tlongitude\n")
	for _, zf := range zr.File {
		r, err := zf.Open()
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 1<<20), 1<<22)
		for sc.Scan() {
			f := strings.Split(sc.Text(), "\t")
			if len(f) < 19 {
				continue
			}
			pop, _ := strconv.Atoi(f[14])
			capital := f[7] == "PPLC"
			if (pop < minPop && !capital) || f[7] == "PPLX" { // PPLX: a section of a city
				continue
			}
			ascii := f[2]
			if ascii == f[1] {
				ascii = ""
			}
			cap := "0"
			if capital {
				cap = "1"
			}
			fmt.Fprintf(&cb, "%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s\n", f[1], ascii, f[8], admin[f[8]+"."+f[10]], pop, cap, f[0], f[4], f[5])
		}
		r.Close()
		if err := sc.Err(); err != nil {
			return err
		}
	}
	return writeGz(filepath.Join(out, "cities.tsv.gz"), cb.String())
}

// coord writes a latitude or longitude with at most 5 decimals (about a
// metre), without trailing zeros.
func coord(x float64) string {
	return strconv.FormatFloat(math.Round(x*1e5)/1e5, 'f', -1, 64)
}

func latin(s string) bool {
	for _, r := range s {
		if r > 0x24F {
			return false
		}
	}
	return true
}

func eachLine(path string, fn func(string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		if err := fn(strings.TrimRight(sc.Text(), "\r")); err != nil {
			return err
		}
	}
	return sc.Err()
}

func writeGz(path, s string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	// No name or time in the header, so the output is reproducible byte for byte.
	if _, err := io.WriteString(zw, s); err != nil {
		f.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
