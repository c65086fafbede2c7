// Attribution cues: the verbs (and a few phrases) that attribute content to a source in news
// writing. Broad on purpose: reporting covers speech ("said"), writing ("wrote"), beliefs
// ("believes"), findings ("the report found"), intentions ("vowed to") and evaluations
// ("condemned the verdict"). Each entry says which complements make it an attribution, so that
// ambiguous verbs ("called", "found", "show") only count in the frames where they report.

/** What kind of attribution a cue makes. */
export type CueClass =
  | "speech" // said, told, affirmed
  | "writing" // wrote, tweeted, posted
  | "cognition" // believes, thinks, fears
  | "evidence" // the poll shows, the report found
  | "intention" // vowed to, wants to, called for
  | "evaluation"; // condemned, praised, rejected

/**
 * Complement frames that license an attribution:
 * - `that`: a finite clause, with or without "that" ("said (that) he would run");
 * - `quote`: a direct quotation, before or after ("“…,” he added" / "added: “…”");
 * - `obj`: a noun-phrase object is the content ("denied the charges");
 * - `named`: an object and what it is called, quoted ("called the verdict “a farce”");
 * - `as`: an object and what it is taken for after "as", quoted ("cast the monks as “agitators”");
 * - `obj-that`: an addressee, then a clause ("told reporters (that) …", "assured them that …");
 * - `obj-to`: an addressee, then a to-infinitive ("urged Hanoi to release …");
 * - `to`: a to-infinitive ("vowed to appeal");
 * - `wh`: an embedded question ("asked whether …");
 * - `for` / `of` / `about` / `on` / `against`: a prepositional object ("called for", "warned of").
 */
export type CueFrame =
  | "that"
  | "quote"
  | "obj"
  | "named"
  | "as"
  | "obj-that"
  | "obj-to"
  | "to"
  | "wh"
  | "for"
  | "of"
  | "about"
  | "on"
  | "against";

export interface CueVerb {
  /** Inflected forms, space-separated: base, -s, past, participle when different, -ing. */
  forms: string;
  cls: CueClass;
  /** Space-separated frames (see `CueFrame`). */
  frames: string;
  /** A particle that must follow the verb for this entry ("pointed out", "spoke out"). */
  particle?: string;
}

export const CUE_VERBS: readonly CueVerb[] = [
  // Speech: the core of reporting.
  { forms: "say says said saying", cls: "speech", frames: "that quote wh about of" },
  { forms: "tell tells told telling", cls: "speech", frames: "obj-that obj-to quote" },
  { forms: "state states stated stating", cls: "speech", frames: "that quote" },
  { forms: "affirm affirms affirmed affirming", cls: "speech", frames: "that quote obj" },
  { forms: "reaffirm reaffirms reaffirmed reaffirming", cls: "speech", frames: "that quote obj" },
  { forms: "assert asserts asserted asserting", cls: "speech", frames: "that quote" },
  { forms: "add adds added adding", cls: "speech", frames: "that quote" },
  { forms: "continue continues continued continuing", cls: "speech", frames: "quote" },
  { forms: "claim claims claimed claiming", cls: "speech", frames: "that quote to obj" },
  { forms: "insist insists insisted insisting", cls: "speech", frames: "that quote on" },
  { forms: "maintain maintains maintained maintaining", cls: "speech", frames: "that quote" },
  { forms: "contend contends contended contending", cls: "speech", frames: "that quote" },
  { forms: "argue argues argued arguing", cls: "speech", frames: "that quote for against" },
  { forms: "explain explains explained explaining", cls: "speech", frames: "that quote wh" },
  { forms: "note notes noted noting", cls: "speech", frames: "that quote" },
  { forms: "observe observes observed observing", cls: "speech", frames: "that quote" },
  { forms: "remark remarks remarked remarking", cls: "speech", frames: "that quote" },
  { forms: "comment comments commented commenting", cls: "speech", frames: "that quote on" },
  { forms: "mention mentions mentioned mentioning", cls: "speech", frames: "that quote" },
  { forms: "declare declares declared declaring", cls: "speech", frames: "that quote obj" },
  { forms: "announce announces announced announcing", cls: "speech", frames: "that quote obj" },
  { forms: "proclaim proclaims proclaimed proclaiming", cls: "speech", frames: "that quote" },
  { forms: "confirm confirms confirmed confirming", cls: "speech", frames: "that quote obj" },
  { forms: "deny denies denied denying", cls: "speech", frames: "that quote obj" },
  {
    forms: "acknowledge acknowledges acknowledged acknowledging",
    cls: "speech",
    frames: "that quote obj",
  },
  { forms: "admit admits admitted admitting", cls: "speech", frames: "that quote obj" },
  { forms: "concede concedes conceded conceding", cls: "speech", frames: "that quote" },
  {
    forms: "warn warns warned warning",
    cls: "speech",
    frames: "that quote obj-that obj-to of against",
  },
  { forms: "caution cautions cautioned cautioning", cls: "speech", frames: "that quote against" },
  { forms: "stress stresses stressed stressing", cls: "speech", frames: "that quote" },
  { forms: "emphasise emphasises emphasised emphasising", cls: "speech", frames: "that quote obj" },
  { forms: "emphasize emphasizes emphasized emphasizing", cls: "speech", frames: "that quote obj" },
  { forms: "underline underlines underlined underlining", cls: "speech", frames: "that quote" },
  { forms: "reiterate reiterates reiterated reiterating", cls: "speech", frames: "that quote obj" },
  { forms: "repeat repeats repeated repeating", cls: "speech", frames: "that quote" },
  { forms: "reply replies replied replying", cls: "speech", frames: "that quote" },
  { forms: "respond responds responded responding", cls: "speech", frames: "that quote" },
  { forms: "answer answers answered answering", cls: "speech", frames: "that quote" },
  { forms: "retort retorts retorted retorting", cls: "speech", frames: "that quote" },
  { forms: "ask asks asked asking", cls: "speech", frames: "wh quote obj-to" },
  { forms: "wonder wonders wondered wondering", cls: "cognition", frames: "wh quote" },
  { forms: "question questions questioned questioning", cls: "speech", frames: "wh obj" },
  { forms: "recall recalls recalled recalling", cls: "speech", frames: "that quote wh" },
  { forms: "describe describes described describing", cls: "speech", frames: "obj named wh" },
  { forms: "portray portrays portrayed portraying", cls: "evaluation", frames: "obj" },
  {
    forms: "characterise characterises characterised characterising",
    cls: "evaluation",
    frames: "obj",
  },
  {
    forms: "characterize characterizes characterized characterizing",
    cls: "evaluation",
    frames: "obj",
  },
  { forms: "refer refers referred referring", cls: "speech", frames: "obj", particle: "to" },
  { forms: "tout touts touted touting", cls: "evaluation", frames: "obj" },
  { forms: "exhort exhorts exhorted exhorting", cls: "intention", frames: "obj-to" },
  { forms: "implore implores implored imploring", cls: "intention", frames: "obj-to" },
  { forms: "anticipate anticipates anticipated anticipating", cls: "cognition", frames: "that" },
  { forms: "rule rules ruled ruling", cls: "speech", frames: "that" },
  { forms: "credit credits credited crediting", cls: "evaluation", frames: "obj" },
  { forms: "predict predicts predicted predicting", cls: "speech", frames: "that quote" },
  { forms: "promise promises promised promising", cls: "intention", frames: "that quote to obj" },
  { forms: "pledge pledges pledged pledging", cls: "intention", frames: "that quote to" },
  { forms: "vow vows vowed vowing", cls: "intention", frames: "that quote to" },
  { forms: "swear swears swore sworn swearing", cls: "intention", frames: "that to" },
  { forms: "threaten threatens threatened threatening", cls: "intention", frames: "to" },
  { forms: "assure assures assured assuring", cls: "speech", frames: "obj-that" },
  { forms: "reassure reassures reassured reassuring", cls: "speech", frames: "obj-that" },
  { forms: "inform informs informed informing", cls: "speech", frames: "obj-that" },
  { forms: "remind reminds reminded reminding", cls: "speech", frames: "obj-that" },
  { forms: "urge urges urged urging", cls: "intention", frames: "obj-to that" },
  { forms: "demand demands demanded demanding", cls: "intention", frames: "that obj" },
  { forms: "request requests requested requesting", cls: "intention", frames: "that obj-to" },
  { forms: "suggest suggests suggested suggesting", cls: "speech", frames: "that quote" },
  { forms: "propose proposes proposed proposing", cls: "intention", frames: "that obj to" },
  { forms: "recommend recommends recommended recommending", cls: "intention", frames: "that obj" },
  { forms: "allege alleges alleged alleging", cls: "speech", frames: "that" },
  { forms: "charge charges charged charging", cls: "speech", frames: "that" },
  {
    forms: "complain complains complained complaining",
    cls: "speech",
    frames: "that quote about of",
  },
  { forms: "protest protests protested protesting", cls: "speech", frames: "that" },
  { forms: "report reports reported reporting", cls: "speech", frames: "that quote" },
  { forms: "reveal reveals revealed revealing", cls: "speech", frames: "that obj" },
  { forms: "disclose discloses disclosed disclosing", cls: "speech", frames: "that obj" },
  { forms: "indicate indicates indicated indicating", cls: "evidence", frames: "that" },
  {
    forms: "signal signals signalled signaled signalling signaling",
    cls: "speech",
    frames: "that",
  },
  { forms: "hint hints hinted hinting", cls: "speech", frames: "that" },
  { forms: "telegraph telegraphs telegraphed telegraphing", cls: "speech", frames: "that obj" },
  { forms: "joke jokes joked joking", cls: "speech", frames: "that quote about" },
  { forms: "quip quips quipped quipping", cls: "speech", frames: "that quote" },
  { forms: "boast boasts boasted boasting", cls: "speech", frames: "that quote about" },
  { forms: "brag brags bragged bragging", cls: "speech", frames: "that quote about" },
  { forms: "exclaim exclaims exclaimed exclaiming", cls: "speech", frames: "quote" },
  { forms: "shout shouts shouted shouting", cls: "speech", frames: "quote" },
  { forms: "yell yells yelled yelling", cls: "speech", frames: "quote" },
  { forms: "chant chants chanted chanting", cls: "speech", frames: "quote" },
  { forms: "scream screams screamed screaming", cls: "speech", frames: "quote" },
  { forms: "whisper whispers whispered whispering", cls: "speech", frames: "quote" },
  { forms: "cry cries cried crying", cls: "speech", frames: "quote" },
  { forms: "sigh sighs sighed sighing", cls: "speech", frames: "quote" },
  { forms: "laugh laughs laughed laughing", cls: "speech", frames: "quote" },
  { forms: "boom booms boomed booming", cls: "speech", frames: "quote" },
  { forms: "bark barks barked barking", cls: "speech", frames: "quote" },
  { forms: "beam beams beamed beaming", cls: "speech", frames: "quote" },
  { forms: "snap snaps snapped snapping", cls: "speech", frames: "quote" },
  { forms: "bellow bellows bellowed bellowing", cls: "speech", frames: "quote" },
  { forms: "muse muses mused musing", cls: "speech", frames: "quote" },
  {
    forms: "marvel marvels marvelled marveled marvelling marveling",
    cls: "speech",
    frames: "quote",
  },
  { forms: "gush gushes gushed gushing", cls: "speech", frames: "quote" },
  { forms: "scoff scoffs scoffed scoffing", cls: "speech", frames: "quote" },
  { forms: "fume fumes fumed fuming", cls: "speech", frames: "quote" },
  { forms: "chime chimes chimed chiming", cls: "speech", frames: "quote", particle: "in" },
  { forms: "sing sings sang sung singing", cls: "speech", frames: "quote" },
  { forms: "plead pleads pleaded pled pleading", cls: "speech", frames: "quote" },
  { forms: "scold scolds scolded scolding", cls: "speech", frames: "quote" },
  { forms: "interject interjects interjected interjecting", cls: "speech", frames: "quote" },
  { forms: "interrupt interrupts interrupted interrupting", cls: "speech", frames: "quote" },
  { forms: "concur concurs concurred concurring", cls: "speech", frames: "quote" },
  { forms: "issue issues issued issuing", cls: "writing", frames: "quote" },
  { forms: "release releases released releasing", cls: "writing", frames: "quote" },
  { forms: "conclude concludes concluded concluding", cls: "speech", frames: "that quote" },
  { forms: "agree agrees agreed agreeing", cls: "cognition", frames: "that quote to" },
  { forms: "disagree disagrees disagreed disagreeing", cls: "cognition", frames: "that quote" },
  { forms: "counter counters countered countering", cls: "speech", frames: "that quote" },
  { forms: "object objects objected objecting", cls: "speech", frames: "that quote" },
  { forms: "echo echoes echoed echoing", cls: "speech", frames: "obj quote" },
  { forms: "testify testifies testified testifying", cls: "speech", frames: "that quote" },
  { forms: "confide confides confided confiding", cls: "speech", frames: "that quote" },
  { forms: "concur concurs concurred concurring", cls: "cognition", frames: "that quote" },
  { forms: "estimate estimates estimated estimating", cls: "evidence", frames: "that" },
  { forms: "calculate calculates calculated calculating", cls: "evidence", frames: "that" },
  { forms: "speculate speculates speculated speculating", cls: "cognition", frames: "that" },
  { forms: "guarantee guarantees guaranteed guaranteeing", cls: "speech", frames: "that" },
  { forms: "acknowledge acknowledges acknowledged acknowledging", cls: "speech", frames: "that" },
  { forms: "tweet tweets tweeted tweeting", cls: "writing", frames: "that quote obj" },
  { forms: "write writes wrote written writing", cls: "writing", frames: "that quote" },
  { forms: "post posts posted posting", cls: "writing", frames: "quote that" },
  { forms: "publish publishes published publishing", cls: "writing", frames: "obj" },
  { forms: "stipulate stipulates stipulated stipulating", cls: "writing", frames: "that quote" },
  { forms: "specify specifies specified specifying", cls: "writing", frames: "that" },
  { forms: "read reads", cls: "writing", frames: "quote" },
  // Cognition and belief.
  { forms: "believe believes believed believing", cls: "cognition", frames: "that" },
  { forms: "think thinks thought thinking", cls: "cognition", frames: "that" },
  { forms: "feel feels felt feeling", cls: "cognition", frames: "that" },
  { forms: "fear fears feared fearing", cls: "cognition", frames: "that" },
  { forms: "worry worries worried worrying", cls: "cognition", frames: "that about" },
  { forms: "hope hopes hoped hoping", cls: "cognition", frames: "that to" },
  { forms: "expect expects expected expecting", cls: "cognition", frames: "that to" },
  { forms: "doubt doubts doubted doubting", cls: "cognition", frames: "that wh" },
  { forms: "suspect suspects suspected suspecting", cls: "cognition", frames: "that" },
  { forms: "know knows knew known knowing", cls: "cognition", frames: "that wh" },
  { forms: "understand understands understood understanding", cls: "cognition", frames: "that" },
  { forms: "realise realises realised realising", cls: "cognition", frames: "that" },
  { forms: "realize realizes realized realizing", cls: "cognition", frames: "that" },
  { forms: "assume assumes assumed assuming", cls: "cognition", frames: "that" },
  { forms: "consider considers considered considering", cls: "cognition", frames: "that" },
  { forms: "recognise recognises recognised recognising", cls: "cognition", frames: "that" },
  { forms: "recognize recognizes recognized recognizing", cls: "cognition", frames: "that" },
  { forms: "insinuate insinuates insinuated insinuating", cls: "speech", frames: "that" },
  { forms: "imply implies implied implying", cls: "speech", frames: "that" },
  { forms: "see sees saw", cls: "cognition", frames: "that" },
  // Evidence: documents and findings as sources.
  { forms: "show shows showed shown showing", cls: "evidence", frames: "that" },
  { forms: "find finds found finding", cls: "evidence", frames: "that" },
  { forms: "determine determines determined determining", cls: "evidence", frames: "that" },
  { forms: "conclude concludes concluded concluding", cls: "evidence", frames: "that" },
  { forms: "suggest suggests suggested suggesting", cls: "evidence", frames: "that" },
  { forms: "demonstrate demonstrates demonstrated demonstrating", cls: "evidence", frames: "that" },
  { forms: "prove proves proved proven proving", cls: "evidence", frames: "that" },
  { forms: "confirm confirms confirmed confirming", cls: "evidence", frames: "that" },
  { forms: "document documents documented documenting", cls: "evidence", frames: "that" },
  { forms: "discover discovers discovered discovering", cls: "evidence", frames: "that" },
  { forms: "learn learns learned learnt learning", cls: "evidence", frames: "that" },
  // Intention and demand.
  { forms: "want wants wanted wanting", cls: "intention", frames: "to obj-to" },
  { forms: "plan plans planned planning", cls: "intention", frames: "to" },
  { forms: "intend intends intended intending", cls: "intention", frames: "to" },
  { forms: "aim aims aimed aiming", cls: "intention", frames: "to" },
  { forms: "seek seeks sought seeking", cls: "intention", frames: "to" },
  { forms: "refuse refuses refused refusing", cls: "intention", frames: "to" },
  { forms: "decline declines declined declining", cls: "intention", frames: "to" },
  { forms: "offer offers offered offering", cls: "intention", frames: "to" },
  { forms: "decide decides decided deciding", cls: "intention", frames: "to that" },
  { forms: "call calls called calling", cls: "intention", frames: "for named" },
  // "called on the authorities to release him": an addressee, then what they are asked to do.
  { forms: "call calls called calling", cls: "intention", frames: "obj-to", particle: "on" },
  { forms: "dub dubs dubbed dubbing", cls: "evaluation", frames: "named" },
  // Casting someone or something as what the quotation names: only with the quotation, as
  // "sees the verdict as a warning" or "attacked the camp" alone report nothing.
  { forms: "see sees saw seeing", cls: "evaluation", frames: "as" },
  { forms: "view views viewed viewing", cls: "evaluation", frames: "as" },
  { forms: "regard regards regarded regarding", cls: "evaluation", frames: "as" },
  { forms: "cast casts casting", cls: "evaluation", frames: "as" },
  { forms: "paint paints painted painting", cls: "evaluation", frames: "as" },
  { forms: "present presents presented presenting", cls: "evaluation", frames: "as" },
  { forms: "frame frames framed framing", cls: "evaluation", frames: "as" },
  { forms: "introduce introduces introduced introducing", cls: "evaluation", frames: "as" },
  { forms: "admire admires admired admiring", cls: "evaluation", frames: "as" },
  { forms: "attack attacks attacked attacking", cls: "evaluation", frames: "as" },
  { forms: "go goes went gone going", cls: "evaluation", frames: "as", particle: "after" },
  { forms: "list lists listed listing", cls: "evaluation", frames: "as" },
  { forms: "identify identifies identified identifying", cls: "evaluation", frames: "as" },
  { forms: "pound pounds pounded pounding", cls: "evaluation", frames: "as" },
  { forms: "label labels labelled labeled labelling labeling", cls: "evaluation", frames: "named" },
  { forms: "brand brands branded branding", cls: "evaluation", frames: "named" },
  { forms: "term terms termed terming", cls: "evaluation", frames: "named" },
  { forms: "deem deems deemed deeming", cls: "evaluation", frames: "named" },
  { forms: "declare declares declared declaring", cls: "speech", frames: "named" },
  { forms: "press presses pressed pressing", cls: "intention", frames: "for" },
  { forms: "push pushes pushed pushing", cls: "intention", frames: "for" },
  { forms: "appeal appeals appealed appealing", cls: "intention", frames: "for" },
  { forms: "advocate advocates advocated advocating", cls: "intention", frames: "for" },
  { forms: "lobby lobbies lobbied lobbying", cls: "intention", frames: "for against" },
  { forms: "campaign campaigns campaigned campaigning", cls: "intention", frames: "for against" },
  // Evaluation: content is the object ("condemned the verdict").
  { forms: "criticise criticises criticised criticising", cls: "evaluation", frames: "obj" },
  { forms: "criticize criticizes criticized criticizing", cls: "evaluation", frames: "obj" },
  { forms: "condemn condemns condemned condemning", cls: "evaluation", frames: "obj" },
  { forms: "denounce denounces denounced denouncing", cls: "evaluation", frames: "obj" },
  { forms: "blast blasts blasted blasting", cls: "evaluation", frames: "obj" },
  { forms: "slam slams slammed slamming", cls: "evaluation", frames: "obj" },
  { forms: "praise praises praised praising", cls: "evaluation", frames: "obj" },
  { forms: "hail hails hailed hailing", cls: "evaluation", frames: "obj" },
  { forms: "herald heralds heralded heralding", cls: "evaluation", frames: "obj" },
  { forms: "welcome welcomes welcomed welcoming", cls: "evaluation", frames: "obj" },
  { forms: "applaud applauds applauded applauding", cls: "evaluation", frames: "obj" },
  { forms: "reject rejects rejected rejecting", cls: "evaluation", frames: "obj" },
  { forms: "dismiss dismisses dismissed dismissing", cls: "evaluation", frames: "obj" },
  { forms: "accuse accuses accused accusing", cls: "evaluation", frames: "obj" },
  { forms: "blame blames blamed blaming", cls: "evaluation", frames: "obj" },
  { forms: "endorse endorses endorsed endorsing", cls: "evaluation", frames: "obj" },
  { forms: "oppose opposes opposed opposing", cls: "evaluation", frames: "obj" },
  { forms: "support supports supported supporting", cls: "evaluation", frames: "obj" },
  { forms: "back backs backed backing", cls: "evaluation", frames: "obj" },
  { forms: "defend defends defended defending", cls: "evaluation", frames: "obj" },
  // Not "attack": in reporting on rights it is mostly physical ("police attacked the protesters").
  { forms: "mock mocks mocked mocking", cls: "evaluation", frames: "obj" },
  { forms: "laud lauds lauded lauding", cls: "evaluation", frames: "obj" },
  { forms: "extol extols extolled extolling", cls: "evaluation", frames: "obj" },
  { forms: "commend commends commended commending", cls: "evaluation", frames: "obj" },
  { forms: "deride derides derided deriding", cls: "evaluation", frames: "obj" },
  { forms: "disparage disparages disparaged disparaging", cls: "evaluation", frames: "obj" },
  { forms: "belittle belittles belittled belittling", cls: "evaluation", frames: "obj" },
  { forms: "excoriate excoriates excoriated excoriating", cls: "evaluation", frames: "obj" },
  { forms: "castigate castigates castigated castigating", cls: "evaluation", frames: "obj" },
  { forms: "berate berates berated berating", cls: "evaluation", frames: "obj" },
  { forms: "chide chides chided chiding", cls: "evaluation", frames: "obj" },
  { forms: "rebuke rebukes rebuked rebuking", cls: "evaluation", frames: "obj" },
  { forms: "refute refutes refuted refuting", cls: "evaluation", frames: "obj that" },
  { forms: "decry decries decried decrying", cls: "evaluation", frames: "obj" },
  { forms: "deplore deplores deplored deploring", cls: "evaluation", frames: "obj" },
  { forms: "lament laments lamented lamenting", cls: "evaluation", frames: "obj that" },
  { forms: "cite cites cited citing", cls: "evidence", frames: "obj" },
  // "likened the decree to “burning the constitution”": a judgement by comparison.
  { forms: "liken likens likened likening", cls: "evaluation", frames: "obj" },
  // "the book quotes a village elder: “…”", "state media quoted the minister as saying …": the
  // source that carries the words, as with "according to".
  { forms: "quote quotes quoted quoting", cls: "speech", frames: "obj" },
  { forms: "rail rails railed railing", cls: "evaluation", frames: "against" },
  // Phrasal cues.
  { forms: "point points pointed pointing", cls: "speech", frames: "that", particle: "out" },
  {
    forms: "speak speaks spoke spoken speaking",
    cls: "speech",
    frames: "against about of",
    particle: "out",
  },
  { forms: "speak speaks spoke spoken speaking", cls: "speech", frames: "about of" },
  { forms: "talk talks talked talking", cls: "speech", frames: "about" },
  { forms: "go goes went gone going", cls: "speech", frames: "to", particle: "on" },
  // "fired back that …", "fired back: “…”".
  { forms: "fire fires fired firing", cls: "speech", frames: "that quote", particle: "back" },
  { forms: "make makes made making", cls: "speech", frames: "that", particle: "clear" },
];

/**
 * Phrases that attribute what follows (or precedes) to the noun phrase after them:
 * "according to the ministry, …", "…, in the words of one lawyer".
 */
export const SOURCE_PHRASES: readonly string[] = [
  "according to",
  "in the words of",
  "as reported by",
  "citing",
  "quoting",
];

/**
 * Phrases between a cue and its content that name the channel, not the content:
 * "said in a statement that", "told RFA over the phone that".
 */
export const CHANNEL_NOUNS: ReadonlySet<string> = new Set([
  "statement",
  "statements",
  "interview",
  "interviews",
  "email",
  "e-mail",
  "letter",
  "post",
  "tweet",
  "message",
  "speech",
  "conference",
  "briefing",
  "release",
  "report",
  "phone",
  "telephone",
  "call",
  "video",
  "broadcast",
  "remarks",
  "hearing",
  "debate",
  "rally",
  "event",
  "op-ed",
  "column",
  "blog",
  "facebook",
  "twitter",
  "website",
]);

/**
 * Cues that take a clause without "that" ("said the trial was unfair"). Others need the "that"
 * ("added 178,000 jobs" is no attribution; "added that …" is).
 */
export const BARE_CLAUSE_LEMMAS: ReadonlySet<string> = new Set([
  "indicate",
  "say",
  "tell",
  "think",
  "believe",
  "claim",
  "argue",
  "insist",
  "contend",
  "assert",
  "maintain",
  "admit",
  "concede",
  "predict",
  "hope",
  "fear",
  "feel",
  "suspect",
  "warn",
  "acknowledge",
  "add",
  "complain",
  "worry",
  "recall",
  "suggest",
  "estimate",
  "agree",
  "promise",
  "swear",
  "vow",
  "testify",
  "write",
  "report",
  "allege",
  "assure",
  "inform",
  "remind",
  "reassure",
  "explain",
  "announce",
  "declare",
  "state",
  "stress",
  "emphasise",
  "emphasize",
  "reiterate",
  "confirm",
  "deny",
  "signal",
  "hint",
  "guess",
  "reckon",
  "understand",
  "realise",
  "realize",
  "assume",
  "conclude",
  "note",
  "speculate",
  "doubt",
  "boast",
  "brag",
  "joke",
  "quip",
  "concur",
  "disagree",
  "mention",
]);

/**
 * Cues whose object after "a", "an" or "some" is held, felt or caused ("maintains a lead", "feel a
 * pinch", "the remark worried some diplomats").
 */
export const HOLDING_CUES: ReadonlySet<string> = new Set(["maintain", "boast", "feel", "worry"]);

/** Bodies that rule: before them "rules" is the verb ("the appeals court rules that …"). */
export const RULING_BODIES: ReadonlySet<string> = new Set([
  "court",
  "judge",
  "tribunal",
  "panel",
  "jury",
  "arbitrator",
  "commission",
]);

/**
 * Cues whose base and -s forms are usually nouns ("the report", "his plans", "calls for
 * change"): as verbs only after a pronoun, auxiliary or name, or before "that".
 */
export const NOUN_LIKE_LEMMAS: ReadonlySet<string> = new Set([
  "report",
  "rule",
  "claim",
  "comment",
  "answer",
  "reply",
  "question",
  "call",
  "demand",
  "request",
  "plan",
  "support",
  "back",
  "attack",
  "post",
  "state",
  "estimate",
  "document",
  "signal",
  "object",
  "counter",
  "campaign",
  "protest",
  "charge",
  "fear",
  "hope",
  "doubt",
  "promise",
  "pledge",
  "vow",
  "lobby",
  "appeal",
  "push",
  "press",
  "offer",
  "aim",
  "worry",
  "blast",
  "slam",
  "praise",
  "welcome",
  "mock",
  "rebuke",
  "rail",
  "point",
  "talk",
  "note",
  "remark",
  "joke",
  "boast",
  "tweet",
  "read",
  "show",
  "find",
  "decline",
  "stress",
  "echo",
  "chant",
  "shout",
  "sigh",
  "cry",
  "laugh",
  "whisper",
  "yell",
  "scream",
  "add",
  "continue",
  "record",
  "study",
  "view",
  "see",
  "process",
  "defend",
  "blame",
  "cite",
  "quote",
  "mention",
  "release",
  "respond",
  "want",
  "need",
  "seek",
  "warn",
  "speak",
  "go",
  "make",
  "learn",
  "feel",
  "agree",
  "estimate",
  "decide",
  "review",
  "credit",
  "brand",
]);

/**
 * Verbs by which a subject says again or voices a claim of its own: "the minister repeated his
 * claim that …", "Lan reiterated her belief that …" (the claim is the subject's).
 */
export const OWN_CLAIM_VERBS: ReadonlySet<string> = new Set(
  (
    "repeat repeats repeated repeating reiterate reiterates reiterated reiterating restate " +
    "restates restated restating renew renews renewed renewing voice voices voiced voicing " +
    "express expresses expressed expressing"
  ).split(" "),
);

/**
 * Nouns that report what someone said or holds, when a "that"-clause follows: "the ministry’s
 * claim that no one is detained for their views", "her assertion that …".
 */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  "claim",
  "claims",
  "assertion",
  "assertions",
  "statement",
  "suggestion",
  "argument",
  "insistence",
  "warning",
  "promise",
  "pledge",
  "vow",
  "belief",
  "view",
  "allegation",
  "allegations",
  "accusation",
  "accusations",
  "charge",
  "contention",
  "conclusion",
  "prediction",
  "assessment",
  "finding",
  "findings",
  "admission",
  "assurance",
  "assurances",
  "remark",
  "comment",
  "comments",
  "declaration",
  "announcement",
  "complaint",
  "concern",
  "fear",
  "hope",
  "position",
  "proposal",
  "demand",
  "threat",
  "denial",
  "acknowledgment",
  "acknowledgement",
  "explanation",
  "answer",
  "response",
  "insinuation",
  "suspicion",
  "estimate",
  "report",
  "reports",
  "message",
  "theory",
  "boast",
  "reminder",
  "observation",
  "retort",
  "response",
  "answer",
  "reply",
  "opinion",
  "recommendation",
  "ruling",
  "verdict",
  "judgment",
  "judgement",
  "decision",
  "determination",
]);

/** Documents and data that "show", "find" or "suggest" things: "records show", "the poll found". */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  "ad",
  "ads",
  "records",
  "record",
  "filings",
  "filing",
  "polls",
  "poll",
  "survey",
  "surveys",
  "data",
  "figures",
  "statistics",
  "numbers",
  "results",
  "report",
  "reports",
  "study",
  "studies",
  "documents",
  "document",
  "video",
  "videos",
  "analysis",
  "estimates",
  "research",
  "findings",
  "emails",
  "photos",
  "footage",
  "evidence",
  "audit",
  "review",
  "investigation",
  "census",
  "tally",
  "count",
  "polling",
  "averages",
  "models",
  "projections",
  "charts",
  "transcript",
  "paper",
  "letter",
  "statement",
  "indictment",
  "verdict",
  "ruling",
  "judgment",
  "complaint",
  "lawsuit",
  "petition",
  "memo",
  "order",
  "decree",
  "decision",
]);

/**
 * Objects of "claim" that are things asserted ("claimed responsibility for the bombing", "claims
 * a mandate"); with any other object "claim" takes or asks for something ("claimed asylum",
 * "claims more territory").
 */
export const CLAIMED_AS_SAID: ReadonlySet<string> = new Set([
  "responsibility",
  "credit",
  "victory",
  "win",
  "success",
  "mandate",
  "innocence",
  "authorship",
  "ownership",
]);

/**
 * Objects that make "argue" a lawyer's work in court, not a position taken ("argued the case
 * before the Supreme People's Court", "has argued dozens of cases").
 */
export const ARGUED_IN_COURT: ReadonlySet<string> = new Set(["case", "cases", "appeal", "appeals"]);

/**
 * Adjectives of readiness between "be" and a cue's "to", which leave the statement the
 * subject's: "were quick to point out that …", "was careful to say …", "is eager to show that …".
 */
export const READY_TO: ReadonlySet<string> = new Set([
  "quick",
  "eager",
  "keen",
  "careful",
  "ready",
  "willing",
  "happy",
  "glad",
  "anxious",
  "determined",
]);
