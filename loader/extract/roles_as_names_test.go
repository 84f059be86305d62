package extract

import "testing"

// TestFrontedAsNames: a fronted "As TITLE [at|of BODY]," gives its post to
// the person named after the comma (past an honorific); none from "As a
// child".
func TestFrontedAsNames(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Minds\n\nAs a professor of management at MIT, Mr Malone has built on his earlier works.",
			want: []string{`Malone jobTitle "professor of management"`, "Malone affiliation MIT"}},
		{text: "Costs\n\nAs chief executive of Acme Corp, Thomas Malone cut costs.",
			want: []string{`Thomas Malone jobTitle "chief executive"`, "Thomas Malone affiliation Acme Corp"}},
		{text: "Leeds\n\nAs a child, Thomas Malone lived in Leeds.",
			notWant: []string{`Thomas Malone jobTitle "child"`}},
	})
}
