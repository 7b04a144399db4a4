/**
 * An expected failure of the launcher (missing Java/Maven, port in use, startup timeout...).
 * The message is written for humans and says what to do next, so a CLI can print it as is,
 * without a stack trace. Anything else thrown by this package is a bug.
 */
export class LauncherError extends Error {
  override readonly name = "LauncherError";
}

/** Shown whenever a prerequisite is missing: either install it or use the Docker route. */
export const INSTALL_HINT = [
  "The local Neo4j launcher needs OpenJDK 17 (or 21) and Apache Maven:",
  "  Debian/Ubuntu: sudo apt-get install openjdk-17-jre-headless maven",
  "  macOS:         brew install openjdk@17 maven",
  "Or run Neo4j with Docker instead: `docker compose up -d` in the repo root (uses docker-compose.yml and .env),",
  "then set NEO4J_URI=bolt://127.0.0.1:7687, NEO4J_USERNAME=neo4j and NEO4J_PASSWORD (see .env.example).",
].join("\n");
