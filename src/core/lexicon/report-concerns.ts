// What a report (or a UN body's findings) is concerned with, read from the sentences that state
// its findings: "the most significant problems … included arbitrary arrest and detention, torture
// by police and severe restrictions on expression" → arbitrary-detention, torture, expression.
// Keys are the four rights of the statute catalogue plus the process concerns the legal-process
// rule weighs. Phrases are over folded, lower-cased tokens.

export const REPORT_CONCERNS: Readonly<Record<string, readonly string[]>> = {
  expression: [
    "expression",
    "speech",
    "the press",
    "press freedom",
    "the internet",
    "internet freedom",
    "journalists",
    "bloggers",
    "silence",
    "censorship",
    "opinion",
    "opinions",
    "media",
  ],
  assembly: ["assembly", "protest", "protests", "demonstrations", "peaceful gatherings"],
  association: ["association", "civil society", "independent unions", "human rights defenders"],
  religion: ["religion", "religious", "belief", "worship", "churches", "house churches"],
  "arbitrary-detention": [
    "arbitrary arrest",
    "arbitrary detention",
    "arbitrary arrest and detention",
    "arbitrarily detaining",
    "arbitrarily detained",
    "political prisoners",
    "prisoners of conscience",
  ],
  torture: ["torture", "tortured", "ill treatment", "mistreatment", "beatings"],
  "due-process": [
    "fair trial",
    "fair trials",
    "unfair trials",
    "due process",
    "access to a lawyer",
    "access to lawyers",
    "pre trial detention",
    "incommunicado",
  ],
};
