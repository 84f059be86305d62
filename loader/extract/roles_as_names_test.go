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

// TestPostNominals: degrees between commas after a name come before its
// apposition: "Jane Smith, MD, a cardiologist at Mount Sinai Hospital,".
func TestPostNominals(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Hearts\n\nJane Smith, MD, a cardiologist at Mount Sinai Hospital, said the risk was low.",
			want: []string{`Jane Smith jobTitle "cardiologist"`, "Jane Smith affiliation Mount Sinai Hospital"}},
		{text: "Minds\n\nMichael Shadlen, PhD, MPH, a professor at Columbia University, said the risk was low.",
			want: []string{`Michael Shadlen jobTitle "professor"`, "Michael Shadlen affiliation Columbia University"}},
	})
}
