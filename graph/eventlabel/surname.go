package eventlabel

import (
	"regexp"
	"strings"
)

// Surname is the word of a person's name a label shows: its last word
// ("Blair" for "Tony Blair"), not a suffix ("Duncan" for "L.C. Duncan Jr.",
// not "Jr."), and the first word of a name written surname first ("Zhao" for
// "Zhao Ziyang", "Kim" for "Kim Mahn-Je": a label of the given name alone
// names no one), with the particles before the last word ("van der Klugt").
func Surname(name string) string {
	f := strings.Fields(name)
	for len(f) > 1 && nameSuffixes[strings.ToLower(strings.TrimSuffix(f[len(f)-1], ","))] {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return name
	}
	if len(f) == 2 && surnameFirst(f[0], f[1]) || len(f) == 3 && givenSyllables(f[0], f[1], f[2]) {
		return f[0]
	}
	f[len(f)-1] = strings.TrimSuffix(f[len(f)-1], ",")
	return withParticles(f)
}

// nameSuffixes end a name without being its surname.
var nameSuffixes = map[string]bool{"jr.": true, "jr": true, "jnr": true, "jnr.": true, "sr.": true, "sr": true, "snr": true, "snr.": true,
	"ii": true, "iii": true, "iv": true}

// eastAsianSurnames are common Chinese and Korean family names, written
// before the given name.
var eastAsianSurnames = map[string]bool{
	"li": true, "wang": true, "zhang": true, "liu": true, "chen": true, "yang": true, "zhao": true, "huang": true,
	"zhou": true, "wu": true, "xu": true, "sun": true, "hu": true, "zhu": true, "gao": true, "lin": true, "guo": true,
	"ma": true, "luo": true, "liang": true, "zheng": true, "xie": true, "tang": true, "feng": true, "deng": true,
	"cao": true, "peng": true, "zeng": true, "xiao": true, "tian": true, "dong": true, "pan": true, "yuan": true,
	"cai": true, "jiang": true, "yu": true, "du": true, "ye": true, "cheng": true, "wei": true, "su": true, "lu": true,
	"ding": true, "ren": true, "shen": true, "yao": true, "qian": true, "wen": true, "jia": true, "qiao": true,
	"kim": true, "park": true, "choi": true, "chung": true, "jeong": true, "kang": true, "cho": true, "yoon": true,
	"roh": true, "chun": true, "hwang": true, "shin": true, "han": true, "oh": true, "song": true,
	"rha": true, "lee": true, "ahn": true, "lim": true, "kwon": true, "chang": true, "hong": true, "moon": true,
	"jang": true, "yoo": true, "suh": true, "nam": true, "noh": true, "ryu": true, "yi": true,
}

// pinyinGiven is a given name written as Chinese syllables run together
// ("Ziyang", "Ruigang", "Xiaoping").
var pinyinGiven = regexp.MustCompile(`^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|iao|ian|ing|uai|uan|ang|eng|ong|ai|ei|ao|ou|an|en|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u))+$`)

// surnameFirst reports whether "first given" is a name written surname
// first: a common East Asian family name before a given name that is
// hyphenated ("Mahn-Je", "Shui-bian") or run-together Chinese syllables.
func surnameFirst(first, given string) bool {
	if !eastAsianSurnames[strings.ToLower(first)] {
		return false
	}
	g := strings.ToLower(given)
	if i := strings.IndexByte(g, '-'); i > 0 && i < len(g)-1 && !strings.Contains(g[i+1:], "-") {
		return true
	}
	return len(g) > 3 && pinyinGiven.MatchString(g)
}

// givenSyllables reports whether "first a b" is an East Asian name written
// surname first with its given name in two words of one syllable each
// ("Chun Doo Hwan", "Rha Woong Bae", "Lee Kuan Yew"): its surname is the
// first word, not the last syllable of the given name.
func givenSyllables(first, a, b string) bool {
	return eastAsianSurnames[strings.ToLower(first)] && oneSyllable(a) && oneSyllable(b)
}

// oneSyllable reports whether a word of letters has one group of vowels
// (a, e, i, o, u) and at most six letters: "Doo", "Hwan", "Woong", "Yew";
// not "Harvey" or "Rimes".
func oneSyllable(w string) bool {
	if len(w) == 0 || len(w) > 6 {
		return false
	}
	groups, inVowel := 0, false
	for _, r := range strings.ToLower(w) {
		if r < 'a' || r > 'z' {
			return false
		}
		v := strings.ContainsRune("aeiou", r)
		if v && !inVowel {
			groups++
		}
		inVowel = v
	}
	return groups == 1
}
