"""Who mediates, read straight from Neo4j with the official Python driver.

Uses the same settings as the backchannel CLI: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and
NEO4J_DATABASE (for the project's local server: bolt://127.0.0.1:7687, user neo4j, and the password
in .backchannel/neo4j/password). Prints one JSON object a line: mediator, what it mediates, how often
the articles say so.

    .backchannel/python/bin/python docs/examples/python/neo4j_mediators.py
"""
import json
import os

from neo4j import GraphDatabase

QUERY = """
MATCH (m)-[r:MEDIATES]->(x)
RETURN m.name AS mediator, labels(m)[0] AS kind, x.name AS mediates, size(r.evidence) AS sightings
ORDER BY sightings DESC, mediator, mediates
LIMIT $limit
"""


def main() -> None:
    uri = os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687")
    auth = (os.environ.get("NEO4J_USERNAME", "neo4j"), os.environ["NEO4J_PASSWORD"])
    database = os.environ.get("NEO4J_DATABASE", "neo4j")
    with GraphDatabase.driver(uri, auth=auth) as driver:
        # a read transaction: the analyst's graph is never written from here
        records, _, _ = driver.execute_query(QUERY, limit=50, database_=database, routing_="r")
        for record in records:
            print(json.dumps(record.data(), ensure_ascii=False))


if __name__ == "__main__":
    main()
