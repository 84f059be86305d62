// Verbs of being somewhere together: "Hochul and Adams appeared together
// at a rally", "the two campaigned together in Iowa" tell a meeting as
// "were together at" does (togetherEvents, plural_antecedents.go).

package extract

// togetherVerbs are the verbs before "together" that put their subject's
// people in one place at one time.
var togetherVerbs = map[string]bool{"appeared": true, "appear": true, "appears": true, "posed": true,
	"campaigned": true, "dined": true, "arrived": true, "sat": true, "stood": true, "toured": true,
	"traveled": true, "travelled": true, "walked": true, "performed": true, "attended": true}
