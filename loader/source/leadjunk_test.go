package source

import (
	"strings"
	"testing"
)

// TestDropLeadJunk: kickers, section labels, the headline said again and
// dateline or byline lines leave the head of the text; the lead stays, and
// so do such lines further down.
func TestDropLeadJunk(t *testing.T) {
	headline := "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!"
	lead := "Lupita Nyong'o's now-famous Oscar dress was stolen right out of her hotel room, TMZ has learned."
	for _, junk := range []string{
		"$150K Pearl Oscar Dress ... STOLEN!!!!",
		"EXCLUSIVE",
		"Biz & IT —",
		"2/26/2015 7:11 AM PST BY TMZ STAFF",
		"February 24, 2020 | 9:25pm",
		"CNNMoney (New York) First published February 1, 2016: 1:28 AM ET",
		"Erstellt am: 30.01.2022 18:36 / sk",
		"Posted by Alex Durán, AMP Project Marketing, Google",
		"February 4, 2020 • words written by Kanae Nakamine • Art by Koichi",
		"Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!! A dress of 6,000 pearls taken from her room",
	} {
		if got, _ := dropLeadJunk(junk+"\n\n"+lead, headline); got != lead {
			t.Errorf("dropLeadJunk kept %q: %q", junk, got)
		}
	}
	for _, keep := range []string{
		"WASHINGTON —",
		"The dress was published in a catalogue in 2014.",
		"Oscar dress stolen from hotel, police say",
	} {
		in := keep + "\n\n" + lead
		if got, _ := dropLeadJunk(in, headline); got != in {
			t.Errorf("dropLeadJunk dropped %q: %q", keep, got)
		}
	}
	far := strings.Repeat(lead+"\n\n", maxLeadJunk) + "EXCLUSIVE"
	if got, _ := dropLeadJunk(far, headline); got != far {
		t.Errorf("a kicker far from the head dropped: %q", got)
	}
}

// TestInlineCaption: a picture's caption set inside the lead paragraph
// leaves the text and the lead stays (the copyright rule had taken the
// whole paragraph for a notice); a class that says "no caption" is no
// caption.
func TestInlineCaption(t *testing.T) {
	body := strings.Repeat("<p>Super Mario Run will launch on iPhone and iPad on December 15 for a flat fee of $9.99, Nintendo said.</p>\n", 6)
	page := `<html><head><title>Mario</title></head><body><article><h1>Mario</h1>` +
		`<p><span class="image"><img src="x.jpg"><span class="caption truncate"><span class="attribution">© Provided by Business Insider Inc</span> Nintendo/Apple</span></span>` +
		`Nintendo and Apple shocked the world earlier this year by announcing Super Mario Run, the company's first mobile game.</p>` +
		`<p>Police said <span class="buzz_attr_no_caption">the pills</span> were bought online.</p>` + body + `</article></body></html>`
	a, err := parseHTML(page, "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Provided by") || strings.Contains(a.Text, "Nintendo/Apple") {
		t.Errorf("caption kept:\n%s", a.Text)
	}
	for _, want := range []string{"Nintendo and Apple shocked the world", "Police said the pills were bought online."} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lost %q:\n%s", want, a.Text)
		}
	}
}
