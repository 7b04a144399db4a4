// Placeholder until the Neo4j launcher lands: integration tests read NEO4J_* from here.
export default async function setup(): Promise<void> {}
