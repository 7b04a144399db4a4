// Lookups: what they answer (facts), the contract both backends implement, and what both compute the
// same way (time on facts, name resolution).
export * from "./facts.js";
export * from "./contract.js";
export * from "./time.js";
export * from "./names.js";
export * from "./resolve.js";
export * from "./combine.js";
