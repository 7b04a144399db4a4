/** Sets article texts on their Article nodes; shared by Store.loadArticleTexts and the warm-up. */
export const ARTICLE_TEXT_CYPHER = "UNWIND $rows AS row MATCH (a:Article {id: row.id}) SET a.text = row.text RETURN count(a) AS n";
