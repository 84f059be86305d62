package eventlabel

// Some events are told by no gathering word, only by what was done there:
// "when he testifies before the Senate banking committee", "will perform at
// a concert in Paris", "had spoken with Hefner", "At a debate in London".
// Their label read "event: ...". lastWords name the kind of such an event,
// and only when no word of eventWords is in the sentence (they are weaker
// than the weak words): "a meeting and a reception" stays a meeting.
var lastWords = map[string]string{
	"testifies": "hearing", "testify": "hearing",
	"negotiate": "talks", "discuss": "talks",
	"spoke": "conversation", "spoken": "conversation", "chat": "conversation",
	"concert": "concert", "concerts": "concert",
	"festival": "festival", "festivals": "festival",
	"debate": "debate", "reception": "reception",
	"marry": "wedding", "married": "wedding", "wedding": "wedding",
}
