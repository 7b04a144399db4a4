// The wording of a demand (`what` on DEMANDS): the clause that is asked for, without what the speaker
// goes on to do in the same sentence.
import { describe, expect, it } from "vitest";
import { extractArticles } from "../src/index.js";
import { pastTense } from "../src/relations/rules/inflect.js";

const demands = (text: string) =>
  extractArticles([{ id: "a", text, date: "2021-05-04" }])
    .edges.filter((e) => e.attributes.type === "DEMANDS")
    .map((e) => e.attributes.what);

describe("demand wording", () => {
  it("ends at 'and' followed by the speaker's next verb in the past tense", () => {
    expect(demands("Kenya urged Uganda to reopen the border crossing and said trade had fallen by half.")).toEqual(["reopen the border crossing"]);
    expect(demands("Nigeria urged Ghana not to sign the loan agreement and demanded a vote in parliament first.")[0]).toMatch(/^not to sign the loan agreement(;|$)/);
    expect(demands("Norway pressed Colombia to resume the talks and warned that the window was closing.")).toEqual(["resume the talks"]);
    // a one-word demand clause ends there too
    expect(demands("Kenya demanded that Uganda resign and warned of sanctions if it does not.")).toEqual(["Uganda resign"]);
  });
  it("ends at 'and' followed by the speaker's next verb in the present tense or an auxiliary", () => {
    expect(demands("Kenya demands that Uganda reopen the border crossing and offers its own trucks for the goods.")).toEqual(["Uganda reopen the border crossing"]);
    expect(demands("Nigeria urged Ghana to accept a 10 percent pay cut and had not ruled out closing the border.")).toEqual(["accept a 10 percent pay cut"]);
    // a demand's own coordinated verbs stay in it
    expect(demands("Kenya demanded that Uganda reopen the border and withdraw its troops.")).toEqual(["Uganda reopen the border and withdraw its troops"]);
    // and a second infinitive after a comma
    expect(demands("Russia wants Ukraine to give the region a special status, written into its constitution, and to grant an amnesty to the fighters.")).toEqual([
      "give the region a special status, written into its constitution, and to grant an amnesty to the fighters",
    ]);
  });
  it("ends where the call turns to another addressee ('and on X to ...') or a named speaker's attribution", () => {
    expect(demands("Kenya calls on Uganda to respect the ceasefire and on the donors to fund the process.")).toEqual(["respect the ceasefire"]);
    expect(demands("Kenya's business association, KEPSA, urged Uganda to settle the dispute before the tariffs hit exporters, its president, Mary Wanjiru, told local radio.")[0]).toBe("settle the dispute before the tariffs hit exporters");
  });
  it("ends a demand named as the subject where the sentence's own verb starts", () => {
    expect(demands("The ELN's demand that Colombia suspend military operations was rejected.")).toEqual(["Colombia suspend military operations"]);
    // a relative clause's verb inside the demand is kept
    expect(demands("Hamas's demand that Israel free the prisoners who were arrested in 2014 has stalled the talks.")).toEqual(["Israel free the prisoners who were arrested in 2014"]);
  });
  it("is the complement of a possessed demand's verb ('Russia's conditions include ...')", () => {
    expect(demands("Russia's conditions include Ukraine's neutrality and the recognition of annexed territories.")).toEqual(["Ukraine's neutrality and the recognition of annexed territories"]);
    expect(demands("Hamas's demands are a permanent ceasefire and a full Israeli withdrawal.")).toEqual(["a permanent ceasefire and a full Israeli withdrawal"]);
  });
  it("ends a thing demanded at a time clause that dates the demand, and keeps one inside a demanded clause", () => {
    expect(demands("Argentina had demanded $2 billion when Chile seized the pipeline.")).toEqual(["$2 billion"]);
    expect(demands("Kenya demanded that Uganda withdraw its troops when the truce begins.")).toEqual(["Uganda withdraw its troops when the truce begins"]);
  });
  it("ends at the attribution after a quoted demand", () => {
    expect(demands('Hakeem Jeffries, who had called on Republicans to "stop holding the economy hostage," said Democrats would review the text.')).toEqual(["stop holding the economy hostage"]);
  });
  it("keeps a demand's own coordinated verbs", () => {
    expect(demands("Kenya urged Uganda to reopen the border crossing and release the detained drivers.")).toEqual(["reopen the border crossing and release the detained drivers"]);
  });
  it("keeps a quoted phrase inside the demand, and stops at the closing quote of a quotation", () => {
    expect(demands('Kenya urged Uganda to remain engaged and to "negotiate in good faith".')).toEqual(['remain engaged and to "negotiate in good faith"']);
    expect(demands('Kenya called on Uganda to "unshackle" its railways so that trade could resume.')).toEqual(['"unshackle" its railways so that trade could resume']);
    expect(demands('"We urge Uganda to reopen the border," Kenya\'s foreign minister Raychelle Omamo said.')).toEqual(["reopen the border"]);
    // a demand quoted whole loses its quote marks
    expect(demands('Kenya urged Uganda to "seek reconciliation."')).toEqual(["seek reconciliation"]);
  });
  it("keeps a list joined by ', as well as'", () => {
    expect(demands("Kenya demanded from Uganda compensation for the drivers, as well as an apology.")[0]).toMatch(/as well as an apology$/);
  });
  it("goes on over an appositive on a name it holds, to the infinitive after it", () => {
    expect(demands("Canada urged Saudi Arabia to allow Raif Badawi, a blogger who completed his sentence in March, to travel to Canada.")).toEqual([
      "allow Raif Badawi, a blogger who completed his sentence in March, to travel to Canada",
    ]);
    // an appositive with no infinitive after it still ends the demand
    expect(demands("Canada urged Saudi Arabia to free Raif Badawi, a blogger who was jailed in 2012.")).toEqual(["free Raif Badawi"]);
  });
  it("generates the past tenses it stops at, irregular ones included", () => {
    expect(["say", "tell", "urge", "stress", "criticise", "call"].map(pastTense)).toEqual(["said", "told", "urged", "stressed", "criticised", "called"]);
  });
  it("reads a call on States or Member States, as United Nations copy capitalises them, as a call on no one named", () => {
    expect(demands("Presenting the outcome, Peter Woolcott said the text was strong and urged States to support it.")).toEqual(["support it"]);
    expect(demands("Secretary-General Ban Ki-moon urged all Member States to sign the Treaty without delay.")).toEqual(["sign the Treaty without delay"]);
  });
});
