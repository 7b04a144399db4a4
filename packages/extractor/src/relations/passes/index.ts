// The article passes, in the order they run once every sentence is read: mediators first (demands
// exclude them from "the other side"), then meetings of delegation heads, signatories at the talks that
// made their agreement, demands, affiliations, organisations' states and movements.
import type { ArticlePass } from "../model.js";
import { delegationHeads } from "./delegation-heads.js";
import { affiliations, resolveDemands } from "./facts.js";
import { mediatorTitles, mediatorsAntecedent } from "./mediators.js";
import { partOf } from "./part-of.js";
import { signatoriesAttend } from "./signatories.js";

export const ARTICLE_PASSES: readonly ArticlePass[] = [
  { id: "mediator-titles", run: mediatorTitles },
  { id: "mediators-antecedent", run: mediatorsAntecedent },
  { id: "delegation-heads", run: delegationHeads },
  { id: "signatories-attend", run: signatoriesAttend },
  { id: "resolve-demands", run: resolveDemands },
  { id: "affiliations", run: affiliations },
  { id: "part-of", run: partOf },
];
