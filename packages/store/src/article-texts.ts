/**
 * Sets article texts on their Article nodes; shared by Store.loadArticleTexts and the warm-up. `$rows`
 * is padded with nulls to SMALL_BATCH_ROWS (see load.ts), so small loads share one plan.
 */
export const ARTICLE_TEXT_CYPHER =
  "UNWIND $rows AS row WITH row WHERE row IS NOT NULL MATCH (a:Article {id: row.id}) SET a.text = row.text RETURN count(a) AS n";
