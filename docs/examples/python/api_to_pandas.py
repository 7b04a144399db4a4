"""Read-only Cypher through the Backchannel HTTP API, into a pandas DataFrame.

The server (`backchannel serve`) runs the query read-only, with a timeout and a row cap, and never
needs the Neo4j password on this side. BACKCHANNEL_URL is the server (default http://127.0.0.1:8080).
Prints the DataFrame as JSON records.

    .backchannel/python/bin/python docs/examples/python/api_to_pandas.py
"""
import json
import os
import urllib.request

import pandas as pd

CYPHER = """
MATCH (a)-[r:MEETS]-(b) WHERE elementId(a) < elementId(b)
RETURN a.name AS actor, b.name AS met, size(r.evidence) AS sightings
ORDER BY sightings DESC, actor, met
"""


def query(base: str, cypher: str, params: dict | None = None) -> pd.DataFrame:
    body = json.dumps({"cypher": cypher, "params": params or {}}).encode()
    request = urllib.request.Request(f"{base.rstrip('/')}/api/query", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        answer = json.load(response)
    return pd.DataFrame(answer["rows"], columns=answer["columns"])


def main() -> None:
    frame = query(os.environ.get("BACKCHANNEL_URL", "http://127.0.0.1:8080"), CYPHER)
    print(frame.to_json(orient="records", force_ascii=False))


if __name__ == "__main__":
    main()
