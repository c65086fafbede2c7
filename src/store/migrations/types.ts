/** One schema change: applied once, in `id` order, inside a transaction; never edited later. */
export interface Migration {
  id: number;
  name: string;
  sql: string;
  /**
   * Tables the migration re-writes whole: VACUUMed once it is committed (VACUUM cannot run in a
   * transaction), or every read would visit each row's dead copy until the store's maintenance
   * next runs, after hundreds of new documents.
   */
  vacuum?: readonly string[];
}
