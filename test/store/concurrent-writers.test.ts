import { describe, expect, it } from "vitest";
import { matchKey } from "../../src/core/text/normalise.js";
import { analyzeDocument } from "../../src/ingest/analyze-service.js";
import { createDb } from "../../src/store/db.js";
import { createStoreService } from "../../src/store/store-service.js";
import type { DocumentToStore } from "../../src/store/store-types.js";
import { sourceDoc } from "../helpers/source-doc.js";
import { PG_URL, pgSchemaUrl } from "../helpers/store.js";

// Two workers are two processes with their own connections: here, two store services with their
// own pools on one PostgreSQL schema, writing at the same moment.

const PEOPLE = [
  "Đặng Quốc Khải",
  "Vũ Thanh Lộc",
  "Hà Minh Tuấn",
  "Lưu Văn Thắng",
  "Trịnh Bá Phương Nam",
  "Đỗ Thị Hồng Nhung",
  "Quách Gia Khang",
  "Mạc Văn Trường",
  "Tô Ngọc Bích",
  "Châu Văn Lâm",
];

function doc(name: string, text: string): DocumentToStore {
  return { name, record: analyzeDocument(sourceDoc(name, text, "2022-05-10")) };
}

describe.skipIf(!PG_URL)("concurrent writers on PostgreSQL", () => {
  it("create one actor for a new person two documents name at the same moment", async () => {
    const schema = await pgSchemaUrl();
    const [dbA, dbB] = [await createDb({ db: schema.url }), await createDb({ db: schema.url })];
    const [a, b] = [createStoreService(dbA), createStoreService(dbB)];
    try {
      for (const person of PEOPLE) {
        const family = person.split(" ").at(-1)!;
        const [ra, rb] = await Promise.all([
          a.ingest([
            doc(
              `${person}-arrest.txt`,
              `HANOI — Police arrested the blogger ${person} on Monday, his family said. ` +
                `“He wrote about land,” a relative said. ${family} is held in Hà Nội.`,
            ),
          ]),
          b.ingest([
            doc(
              `${person}-trial.txt`,
              `A court in Hà Nội sentenced ${person} to five years in prison on Friday, ` +
                `a lawyer said. ${family} plans to appeal.`,
            ),
          ]),
        ]);
        expect([ra[0]!.status, rb[0]!.status]).toEqual(["ingested", "ingested"]);
      }
      for (const person of PEOPLE) {
        const actors = await dbA.query<{ id: number }>(
          "SELECT id FROM actors WHERE key = $1 AND merged_into IS NULL",
          [matchKey(person)],
        );
        expect(actors, person).toHaveLength(1);
        const links = await dbA.query<{ n: number }>(
          `SELECT count(DISTINCT da.document_id)::int AS n FROM document_actors da
           JOIN actors x ON x.id = da.actor_id WHERE x.canonical_id = $1`,
          [actors[0]!.id],
        );
        expect(links[0]!.n, person).toBe(2);
      }
    } finally {
      await a.close();
      await b.close();
      await schema.drop();
    }
  });

  it("store the same document once when two writers bring it at the same moment", async () => {
    const schema = await pgSchemaUrl();
    const [dbA, dbB] = [await createDb({ db: schema.url }), await createDb({ db: schema.url })];
    const [a, b] = [createStoreService(dbA), createStoreService(dbB)];
    try {
      let actorsExpected = 0;
      for (let i = 0; i < 10; i++) {
        const text = `Round ${i}: a court in Hà Nội heard the appeal of ${PEOPLE[i]} on Monday.`;
        const [da, db] = [doc(`a-${i}.txt`, text), doc(`b-${i}.txt`, text)];
        actorsExpected += da.record.actors.length;
        const [ra, rb] = await Promise.all([a.ingest([da]), b.ingest([db])]);
        expect([ra[0]!.status, rb[0]!.status].sort()).toEqual(["ingested", "unchanged"]);
        expect(ra[0]!.documentId).toBe(rb[0]!.documentId);
      }
      const [n] = await dbA.query<{ docs: number; actors: number }>(
        `SELECT (SELECT count(*) FROM documents)::int AS docs,
                (SELECT count(*) FROM document_actors)::int AS actors`,
      );
      // One document per content, its actors written once, by whichever writer stored it.
      expect(n).toEqual({ docs: 10, actors: actorsExpected });
    } finally {
      await a.close();
      await b.close();
      await schema.drop();
    }
  });
});
