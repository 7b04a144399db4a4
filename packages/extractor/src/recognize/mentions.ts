// Kept for imports written before the entity stage was split (recognize/model.ts holds the model,
// recognize/pipeline.ts the passes); new code imports those directly. Remove once no branch uses it.
export { mkActor, mkMention } from "./model.js";
export type { Actor, ActorMention, Mentions, PlaceMention, TitleMention } from "./model.js";
export { recognize } from "./pipeline.js";
