// Words that make a speaker an organ of a state: "Spokesperson of the Ministry of Foreign
// Affairs", "the External Relations Department of the Ministry of Public Security", "the
// Government". A speaker named by such words, with no state named, speaks for the state the
// document is about; its responses to a report are that state's. Folded, lower-case.

export const STATE_BODY_WORDS: readonly string[] = [
  "ministry",
  "ministries",
  "government",
  "foreign ministry",
  "public security",
  "people's court",
  "supreme court",
  "procuracy",
  "police",
  "national assembly",
  "communist party",
  "politburo",
  "central committee",
  "embassy",
  "permanent mission",
  "delegation",
  "steering committee on human rights",
];
