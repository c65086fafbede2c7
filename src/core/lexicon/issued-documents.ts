// What a body issues and the verbs that issue it: "the ministry issued a statement saying …",
// "the campaign sent out an email calling …". The participle after such a document reports
// what the issuer says (statements/issued-document.ts).

export const ISSUING_VERBS: ReadonlySet<string> = new Set(
  (
    "issue issues issued issuing send sends sent sending release releases released releasing " +
    "publish publishes published publishing post posts posted posting circulate circulates " +
    "circulated circulating distribute distributes distributed distributing file files filed " +
    "filing submit submits submitted submitting write writes wrote written writing " +
    "deliver delivers delivered delivering run runs ran running air airs aired airing"
  ).split(" "),
);

export const ISSUED_DOCUMENTS: ReadonlySet<string> = new Set(
  (
    "statement statements letter letters email emails e-mail message messages text texts " +
    "release releases memo memos notice notices communique communiqué report reports video " +
    "videos ad ads advertisement leaflet leaflets flyer flyers tweet tweets post posts " +
    "petition petitions complaint complaints appeal appeals note bulletin bulletins decree decrees " +
    "order directive directives circular circulars " +
    "document documents summons"
  ).split(" "),
);
