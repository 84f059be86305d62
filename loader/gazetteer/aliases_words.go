package gazetteer

// wordAliases are names of countries in their own languages that are also
// English words or people's names, so that English text would name the
// country where it writes the word: "Island" (Iceland in Icelandic and
// German) in "Mercer Island" and "Hart's Island", "Dominique" (Dominica in
// French) a given name. They are not read as the country's names; the
// country's English names are. ("Mann", the Isle of Man in Manx, stays: German
// text writes the noun "Mann", which the country's name keeps out of names.)
var wordAliases = map[string]bool{"Island": true, "Dominique": true}
