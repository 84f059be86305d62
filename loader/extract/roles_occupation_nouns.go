package extract

// occupationNouns are trades read as titles after "a" or "an" in an
// apposition or a verb phrase that the shape occupation reads by ("-er",
// "-ist", "-ian", "-or", "-ant") does not: "Bea Moss, a nurse at Westminster
// Hospital,", "Ann Hill works as a surgeon at".
var occupationNouns = wordSet("occupationNouns")
