// GET /api/lookup/<kind> on a dated graph with PART_OF edges, in both modes: date windows, changes,
// timeline of every fact, paths through PART_OF, evidence with its article's title, date and source,
// and names as analysts type them (409 with the candidates, 404 with did-you-mean suggestions).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Changes, type ErrorResponse, type Fact, parseGraphJson } from "@backchannel/schema";
import { Store } from "@backchannel/store";
import { wipeDatabase } from "@backchannel/store/internal";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type RunningServer, startServer } from "../src/server.js";

const dated = parseGraphJson(JSON.parse(readFileSync(join(__dirname, "fixtures/dated.graph.json"), "utf8")));
const pair = (f: Fact) => `${f.from.name} ${f.type} ${f.to.name}`;

for (const mode of ["memory", "neo4j"] as const) {
  describe(`lookups over HTTP (${mode} mode)`, () => {
    let server: RunningServer;
    let store: Store | undefined;
    beforeAll(async () => {
      if (mode === "neo4j") {
        store = await Store.open(inject("neo4j"));
        await wipeDatabase(store);
        await store.load(dated);
      }
      server = await startServer({ port: 0, ...(store ? { store } : { graph: dated }) });
    });
    afterAll(async () => {
      await server?.close();
      await store?.close();
    });
    const get = async <T>(path: string): Promise<{ status: number; body: T }> => {
      const r = await fetch(`${server.url}api/lookup/${path}`);
      return { status: r.status, body: (await r.json()) as T };
    };

    it("filters every lookup by since and until", async () => {
      const all = (await get<{ facts: Fact[] }>("mediators")).body.facts.map(pair);
      expect(all).toContain("Qatar MEDIATES Doha talks");
      const later = (await get<{ facts: Fact[] }>("mediators?since=2024-03-01")).body.facts.map(pair);
      expect(later).toEqual(["Egypt MEDIATES Cairo talks", "Egypt MEDIATES United States"]);
      const early = (await get<{ facts: Fact[] }>("neighbours?name=Qatar&until=2024-01-31")).body.facts.map(pair);
      expect(early).toEqual(["Mohammed bin Abdulrahman Al Thani AFFILIATED_WITH Qatar", "Qatar MEDIATES Doha talks"]);
      const bad = await get<ErrorResponse>("met?name=Qatar&since=2024-13-01");
      expect(bad.status).toBe(400);
      expect(bad.body.field).toBe("since");
      expect((await get<ErrorResponse>("met?name=Qatar&since=2024-05-01&until=2024-01-01")).status).toBe(400);
    });

    it("lists every fact of an actor in date order, undated last, with firstSeen/lastSeen", async () => {
      const facts = (await get<{ facts: Fact[] }>("timeline?name=Qatar")).body.facts;
      expect(facts.map(pair)).toEqual([
        "Qatar MEDIATES Doha talks",
        "Mohammed bin Abdulrahman Al Thani AFFILIATED_WITH Qatar",
        "Qatar MEDIATES Paris meeting",
        "Qatar ATTENDS Cairo talks",
        "Qatar MEETS Hamas",
      ]);
      expect(facts[0]).toMatchObject({ firstSeen: "2024-01-15", lastSeen: "2024-01-15" });
      expect(facts[4]!.firstSeen).toBeUndefined();
    });

    it("cites each evidence entry's article with its title, date and source", async () => {
      const facts = (await get<{ facts: Fact[] }>("demands?name=Hamas&direction=by")).body.facts;
      expect(facts[0]!.evidence.map((e) => [e.article, e.title, e.date, e.source])).toEqual([
        ["a1", "Talks open in Doha", "2024-01-16", "Gulf Wire"],
        ["a4", "Hamas repeats its demand", "2024-08-10", "Gulf Wire"],
      ]);
    });

    it("answers changes: facts first seen in the window, facts last seen before it", async () => {
      const { status, body } = await get<Changes>("changes?from=2024-05-01&to=2024-08-31");
      expect(status).toBe(200);
      expect(body.started.map(pair)).toContain("Egypt MEDIATES Cairo talks");
      expect(body.started.map(pair)).toContain("Israel DEMANDS Hamas");
      expect(body.stopped.map(pair)).toContain("Qatar MEDIATES Paris meeting");
      expect(body.stopped.map(pair)).not.toContain("Hamas DEMANDS Israel"); // repeated in August
      const qatar = (await get<Changes>("changes?from=2024-05-01&to=2024-08-31&name=Qatar")).body;
      expect(qatar.started.map(pair)).toEqual(["Qatar ATTENDS Cairo talks"]);
      expect(qatar.stopped.map(pair)).toEqual([
        "Qatar MEDIATES Doha talks",
        "Mohammed bin Abdulrahman Al Thani AFFILIATED_WITH Qatar",
        "Qatar MEDIATES Paris meeting",
      ]);
      expect((await get<ErrorResponse>("changes?from=2024-05-01")).body.field).toBe("to");
    });

    it("finds paths through PART_OF (the White House is part of the United States)", async () => {
      const { body } = await get<{ paths: Fact[][] }>("paths?name=John%20Kirby&other=Hamas");
      expect(body.paths.length).toBeGreaterThan(0);
      expect(body.paths[0]!.map(pair)).toEqual([
        "John Kirby AFFILIATED_WITH White House",
        "White House PART_OF United States",
        "United States MEETS Israel",
        expect.stringMatching(/^(Hamas DEMANDS Israel|Israel DEMANDS Hamas)$/),
      ]);
      // In a window where the United States met no one, no path.
      expect((await get<{ paths: Fact[][] }>("paths?name=John%20Kirby&other=Hamas&since=2024-02-01")).body.paths).toEqual([]);
    });

    it("answers 409 with the candidates for an ambiguous name, 404 with suggestions for a mistyped one", async () => {
      // A title with no holder in the graph stands for its state; with one, for its holder.
      expect((await get<{ facts: Fact[] }>("affiliations?name=Qatari%20envoy")).body.facts.map(pair)).toEqual([
        "Mohammed bin Abdulrahman Al Thani AFFILIATED_WITH Qatar",
      ]);
      expect((await get<{ facts: Fact[] }>("affiliations?name=CIA%20Director")).body.facts.map(pair)).toEqual(["William Burns AFFILIATED_WITH CIA"]);
      const typo = await get<ErrorResponse>("met?name=Quatar");
      expect(typo.status).toBe(404);
      expect(typo.body.error).toMatch(/did you mean: Qatar \(state:qatar\)/);
      expect(typo.body.suggestions?.map((c) => c.key)).toEqual(["state:qatar"]);
      const ambiguous = await get<ErrorResponse>("met?name=US%20envoy");
      expect(ambiguous.status).toBe(409);
      expect(ambiguous.body.error).toMatch(/ambiguous/);
      expect(ambiguous.body.candidates?.map((c) => c.key)).toEqual(["person:amos-hochstein", "person:brett-mcgurk"]);
    });

    it("resolves codes, plural demonyms and titles", async () => {
      const who = async (name: string) => {
        const facts = (await get<{ facts: Fact[] }>(`affiliations?name=${encodeURIComponent(name)}`)).body.facts;
        return facts.map(pair);
      };
      expect(await who("Qatari prime minister")).toEqual(["Mohammed bin Abdulrahman Al Thani AFFILIATED_WITH Qatar"]);
      expect(await who("Mossad chief")).toEqual(["David Barnea AFFILIATED_WITH Mossad"]);
      const usa = (await get<{ facts: Fact[] }>("neighbours?name=USA")).body.facts;
      expect(usa.some((f) => f.to.key === "state:united-states" || f.from.key === "state:united-states")).toBe(true);
      const americans = (await get<{ facts: Fact[] }>("neighbours?name=the%20Americans")).body.facts;
      expect(americans.map(pair)).toEqual(usa.map(pair));
    });
  });
}
