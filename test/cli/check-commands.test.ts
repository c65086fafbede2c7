// vigil check, vigil checks and vigil conflicts end to end, on three example articles and the
// example register: a typed-in claim, an extracted statement, the review and the export.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { EXAMPLE_REGISTER } from "../helpers/register-db.js";
import { describeBackends } from "../helpers/store.js";
import { tempDir } from "../helpers/tmp.js";

const ARTICLES = join(import.meta.dirname, "../../examples/articles");
const ENV = { USER: "tester" };

describeBackends("vigil check, checks and conflicts", (fresh) => {
  it("checks a claim and a statement, reviews, publishes and exports", async () => {
    const db = await fresh();
    const cli = (...args: string[]) => runCli(["--db", db, ...args], { env: ENV });
    const files = [
      "02-saigon-monitor-un-cooperation-claim.md",
      "03-vietnam-daily-pictorial-spokesperson-eeas-report.md",
    ];
    expect((await cli("ingest", ...files.map((f) => join(ARTICLES, f)))).code).toBe(0);
    const reg = ["cases.csv", "events.csv"].map((f) => join(EXAMPLE_REGISTER, f));
    expect((await cli("cases", "import", ...reg)).code).toBe(0);

    const typed = await cli(
      "check",
      "No one in Vietnam is arrested or tried for expressing their opinions.",
      "--speaker",
      "Do Thi Thu Hang",
      "--date",
      "2021-06-24",
    );
    expect(typed.code).toBe(0);
    expect(typed.stdout).toMatch(/^Claim: “No one in Vietnam is arrested/m);
    expect(typed.stdout).toMatch(/^Type: no-detention-for-expression \(a denial\)$/m);
    expect(typed.stdout).toMatch(/^Verdict: CONTRADICTED — high confidence/m);
    expect(typed.stdout).toContain("On 24 June 2021 the register held 29 people");
    expect(typed.stdout).toMatch(/^ {2}\[E1\] register count: 29 people held/m);
    expect(typed.stdout).toMatch(
      /— Does Hanoi really cooperate .*Saigon Monitor, 27 April 2021 \[document \d+\]/,
    );
    expect(typed.stdout).toContain("Not saved");

    const search = JSON.parse(
      (await cli("search", "arrested or tried", "--kind", "statement", "--json")).stdout,
    ) as { hits: { statement: { id: number } }[] };
    const statementId = String(search.hits[0]!.statement.id);
    const saved = await cli("check", "--statement", statementId, "--save", "--json");
    expect(saved.code).toBe(0);
    const check = JSON.parse(saved.stdout) as { id: string; verdict: string; state: string };
    expect(check).toMatchObject({ verdict: "contradicted", state: "proposed" });

    const list = await cli("checks", "list");
    expect(list.stdout).toMatch(new RegExp(`^\\s*${check.id}\\s+proposed\\s+contradicted`, "m"));
    expect((await cli("checks", "accept", check.id, "--by", "ana")).stdout).toContain(
      "accepted, verdict contradicted (accept by ana)",
    );
    expect((await cli("checks", "publish", check.id)).stdout).toContain("publish by tester");
    const shown = await cli("checks", "show", check.id);
    expect(shown.stdout).toMatch(/accept by ana/);
    expect(shown.stdout).toMatch(/publish by tester/);

    const out = join(tempDir(), "review.json");
    const exported = await cli(
      "checks",
      "export",
      check.id,
      "--claimreview",
      "--site",
      "https://monitor.example.org/",
      "--organisation",
      "Example Monitor",
      "--out",
      out,
    );
    expect(exported.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({
      "@type": "ClaimReview",
      reviewRating: { alternateName: "Contradicted by the record" },
      author: { name: "Example Monitor" },
    });

    const conflicts = await cli("conflicts", "--tolerance", "5");
    expect(conflicts.code).toBe(0);
    expect(conflicts.stdout).toMatch(/^\d+ conflicts? among \d+ figures/m);

    expect((await cli("check")).code).toBe(2);
    expect((await cli("check", "x", "--statement", "1")).code).toBe(2);
  }, 300_000);
});
