export { DEMAND_WHAT_GOOD_F1, phraseTokens, tokenF1 } from "./demand-what.js";
export { formatReport } from "./format.js";
export { GoldFormatError, validateGold } from "./gold.js";
export { GraphShapeError } from "./graph.js";
export { maximumMatching } from "./matching.js";
export { prf, scoreGraph } from "./score.js";
export * from "./types.js";
