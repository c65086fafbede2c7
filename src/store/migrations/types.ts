/** One schema change: applied once, in `id` order, inside a transaction; never edited later. */
export interface Migration {
  id: number;
  name: string;
  sql: string;
}
