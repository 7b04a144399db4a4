// Who a mediator acts for (relations/apply/mediate.ts): a person's state mediates with them, unless the
// state or one of its organs is a party.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { GraphJson } from "@backchannel/schema";
import { extractArticles } from "../src/index.js";
import { UNION_NAME } from "../src/recognize/references.js";

/** The mediators of one text, by name. */
function mediators(text: string): string[] {
  const g: GraphJson = extractArticles([{ id: "med", text }]);
  const name = new Map(g.nodes.map((n) => [n.key, n.attributes.name]));
  return [...new Set(g.edges.filter((e) => e.attributes.type === "MEDIATES").map((e) => name.get(e.source)!))].sort();
}

describe("mediators", () => {
  it("bring their state along when they mediate between others", () => {
    expect(mediators("Egyptian Foreign Minister Sameh Shoukry mediated between Hamas and Fatah.")).toEqual(["Egypt", "Sameh Shoukry"]);
  });

  it("are the two states named together just before 'the two countries'", () => {
    const text = "Jumpei Yasuda, who was held in Syria for three years, has been freed. Suga said Japan had asked Qatar and Turkey to help secure his release, and that the two countries had acted as intermediaries.";
    expect(mediators(text)).toEqual(["Qatar", "Turkey"]);
  });

  it("are the host an opening 'At the invitation of' names, not the guests listed after its comma", () => {
    expect(mediators("At the invitation of the Hashemite Kingdom of Jordan, the foreign ministers of the Kingdom of Saudi Arabia, the Republic of Iraq and the Arab Republic of Egypt held a consultative meeting in Amman today.")).toEqual(["Jordan"]);
  });

  it("are not the side a go-between or intermediary deals 'with'", () => {
    expect(mediators("Al-Shabaab held Silvia Romano. Italy thanked Somalia. Turkish intelligence acted as a go-between with the kidnappers.")).toEqual(["National Intelligence Organization"]);
    expect(mediators("Abu Sayyaf freed the crew of Indonesia. Retired Army major general Kivlan Zen acted as an intermediary with the captors.")).toEqual(["Kivlan Zen"]);
  });

  it("are the person named after the body that appointed them, not that body", () => {
    expect(mediators("Mumbai buses ran again. The strike by BEST employees ended after the BEST Workers' Union accepted a settlement proposed by the mediator appointed by the Bombay High Court, former Chief Justice F I Rebello.")).toEqual(["F I Rebello"]);
  });

  it("act in person when they bring persons of their own state together", () => {
    const text = "Talks resumed. King Norodom Sihamoni brought Prime Minister Hun Sen and opposition leader Sam Rainsy together at the Royal Palace on Saturday.";
    expect(mediators(text)).toEqual(["Norodom Sihamoni"]);
    // (and, being there, meets each of them)
    const g: GraphJson = extractArticles([{ id: "king", text }]);
    const meets = g.edges.filter((e) => e.attributes.type === "MEETS").map((e) => `${e.source} ${e.target}`);
    expect(meets).toEqual(expect.arrayContaining(["person:norodom-sihamoni person:hun-sen", "person:norodom-sihamoni person:sam-rainsy"]));
  });

  it("act in person when their own state is a party", () => {
    expect(mediators("Israeli President Isaac Herzog mediated between the Israeli government and the Histadrut labour federation.")).toEqual(["Isaac Herzog"]);
  });

  it("count a doctors' association among the unions whose disputes a state's conciliator mediates for the service alone", () => {
    expect(UNION_NAME.test("British Medical Association")).toBe(true);
    expect(UNION_NAME.test("Association of Southeast Asian Nations")).toBe(false);
  });

  it("act for their service, not their state, between a company and a union", () => {
    expect(mediators("CCMA director Cameron Morajane chaired the final sessions between Eskom and the National Union of Metalworkers of South Africa.")).toEqual(["Cameron Morajane"]);
  });

  it("act for their service when what they mediate is a meeting of a company and a union", () => {
    const text = "The NHL and its players' union reached a tentative deal early on Sunday after a 16-hour session at a hotel in Manhattan. The breakthrough came with the help of federal mediator Scot Beckenbaugh, the deputy director of the U.S. Federal Mediation and Conciliation Service.";
    expect(mediators(text)).toEqual(["Scot Beckenbaugh"]);
  });

  it("keep the city a mediating mayor heads out of the sides ('talks mediated by Sacramento Mayor Darrell Steinberg')", () => {
    const text = readFileSync(join(__dirname, "fixtures/heldout41/uc_academic_workers_tentative_deal_steinberg_sf_chronicle_2022.txt"), "utf8");
    const g: GraphJson = extractArticles([{ id: "uc", text }]);
    const name = new Map(g.nodes.map((n) => [n.key, n.attributes.name]));
    const demandsOn = g.edges.filter((e) => e.attributes.type === "DEMANDS").map((e) => name.get(e.target));
    expect(g.edges.some((e) => e.attributes.type === "AFFILIATED_WITH" && name.get(e.source) === "Darrell Steinberg" && name.get(e.target) === "Sacramento")).toBe(true);
    expect(demandsOn).not.toContain("Sacramento");
  });
});
