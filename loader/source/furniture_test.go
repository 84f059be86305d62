package source

import "testing"

func TestDropFurniture(t *testing.T) {
	body := "The minister said on Tuesday that the port would reopen after the storm."
	tests := []struct {
		name, in, want string
	}{
		{"related list dropped up to the next paragraph",
			body + "\n\nRelated stories\n\nDo masks offer protection? It depends\n\nJapan gets creative as mask shortages continue\n\n" + body,
			body + "\n\n" + body},
		{"more-in heading and its titles",
			body + "\n\nMore in Storage\n\nSamsung SSD 870 QVO\n\nLaCie Rugged SSD Pro", body},
		{"a paragraph after a heading-like line that is a sentence stays",
			body + "\n\nFurther reading\n\n" + body, body + "\n\n" + body},
		{"view counter and posted line", "Views: 184\n\nPosted: Thursday, April 21, 2022. 10:11 pm CST.\n\n" + body, body},
		{"copyright notice", body + "\n\n© 2022, Example News. This article is the copyrighted property of Example News.", body},
		{"figure caption", body + "\n\nFigure 2: Changing Font Size of All Text Elements.", body},
		{"republication note", body + "\n\nThis article was originally published on example.org and has been republished here with permission.", body},
		{"reporting credit", body + "\n\nThe Associated Press and Jane Roe contributed to this report.", body},
		{"newsletter and social promotion", body + "\n\nSubscribe to our newsletter and follow us on Facebook, Pinterest and Instagram for all of the latest updates.\n\nSign up for the free daily TPG newsletter for more airline news!", body},
		{"print note", body + "\n\nA version of this article appears in print on , on Page A22 of the New York edition with the headline: Under the City’s Streets.", body},
		{"a sentence about a newsletter's readers stays", "Two million readers have signed up for the newsletter since May, the company said.", "Two million readers have signed up for the newsletter since May, the company said."},
		{"byline in the lead", "By Aaron Humes: " + body, body},
		{"a lead that starts with By and no name stays", "By the time the storm passed, the port was closed.", "By the time the storm passed, the port was closed."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dropFurniture(tt.in); got != tt.want {
				t.Errorf("dropFurniture(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
