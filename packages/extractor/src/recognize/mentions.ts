// The entity stage's public face, kept for the modules that import it from here: the model
// (model.ts) and the pipeline of passes (pipeline.ts).
export { mkActor, mkMention } from "./model.js";
export type { Actor, ActorMention, Mentions, PlaceMention, TitleMention } from "./model.js";
export { recognize } from "./pipeline.js";
