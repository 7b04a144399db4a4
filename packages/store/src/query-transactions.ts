// Finding and terminating the transactions of an analyst's query on the server. Each query's
// transactions carry its id in their metadata, so the watchdog asks about exactly that query and never
// touches a load's or a lookup's transaction.
import type { Driver } from "neo4j-driver";
import type { QueryTransaction } from "./query-transaction-types.js";

/** The metadata key readonly-query.ts sets on every transaction of an analyst's query. */
export const QUERY_ID_KEY = "backchannelQuery";

const SHOW = `SHOW TRANSACTIONS YIELD transactionId, status, metaData, elapsedTime
  WHERE metaData.${QUERY_ID_KEY} = $queryId
  RETURN transactionId, status, elapsedTime.milliseconds AS elapsedMs`;

export async function queryTransactions(driver: Driver, database: string, queryId: string): Promise<QueryTransaction[]> {
  const res = await driver.executeQuery(SHOW, { queryId }, { database });
  return res.records.map((r) => ({
    transactionId: String(r.get("transactionId")),
    status: String(r.get("status")),
    elapsedMs: Number(r.get("elapsedMs")),
  }));
}

/** Asks Neo4j to terminate the transactions; returns how many it acknowledged. */
export async function terminateTransactions(driver: Driver, database: string, transactionIds: string[]): Promise<number> {
  if (!transactionIds.length) return 0;
  const res = await driver.executeQuery("TERMINATE TRANSACTIONS $ids", { ids: transactionIds }, { database });
  return res.records.length;
}
