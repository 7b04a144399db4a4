// The drivers that run analysts' Cypher, apart from the one that loads and answers lookups. A query can
// leave its connection stuck: Neo4j keeps evaluating an expression that no timeout interrupts, and the
// connection never answers again. The driver has no way to drop one connection, so the query path
// discards the whole driver the stuck query used and later queries get a fresh one; lookups and loads
// never share a pool with such a query.
import neo4j, { type Driver } from "neo4j-driver";
import type { ConnectionSettings } from "./connection.js";

export class QueryDrivers {
  private driver: Driver | undefined;
  private readonly discarded = new Set<Driver>();

  constructor(private readonly settings: ConnectionSettings) {}

  current(): Driver {
    this.driver ??= neo4j.driver(this.settings.uri, neo4j.auth.basic(this.settings.username, this.settings.password), {
      connectionAcquisitionTimeout: 10_000,
      maxConnectionPoolSize: 50,
      // Integers arrive as BigInt, so values beyond 2^53 survive (toJsonValue writes them as strings).
      useBigInt: true,
      userAgent: "backchannel-query",
    });
    return this.driver;
  }

  /** Drops a driver whose connection a query poisoned; closing it may never finish, so nothing waits for it. */
  discard(driver: Driver): void {
    if (this.driver !== driver) return;
    this.driver = undefined;
    this.discarded.add(driver);
    void driver.close().then(
      () => this.discarded.delete(driver),
      () => this.discarded.delete(driver),
    );
  }

  async close(): Promise<void> {
    const all = [this.driver, ...this.discarded].filter((d): d is Driver => d !== undefined);
    this.driver = undefined;
    // A discarded driver's close can hang on its stuck connection: give it a moment, not forever.
    await Promise.race([Promise.allSettled(all.map((d) => d.close())), new Promise((r) => setTimeout(r, 1_000).unref())]);
  }
}
