// The graph contract (docs/ontology.md) as typed data: labels, relationship types, CAMEO codes.

export const ACTOR_TYPES = ["Person", "State", "Group"] as const;
export const NODE_TYPES = [...ACTOR_TYPES, "Meeting", "Article"] as const;
export const RELATION_TYPES = ["MEDIATES", "MEETS", "DEMANDS", "ATTENDS", "AFFILIATED_WITH", "PART_OF", "MENTIONED_IN"] as const;

export type ActorType = (typeof ACTOR_TYPES)[number];
export type NodeType = (typeof NODE_TYPES)[number];
export type RelationType = (typeof RELATION_TYPES)[number];

export function isActorType(t: string): t is ActorType {
  return (ACTOR_TYPES as readonly string[]).includes(t);
}
export function isNodeType(t: string): t is NodeType {
  return (NODE_TYPES as readonly string[]).includes(t);
}
export function isRelationType(t: string): t is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(t);
}

/** Which node types each relationship may join: [sources, targets]. */
export const RELATION_ENDPOINTS: Record<RelationType, readonly [readonly NodeType[], readonly NodeType[]]> = {
  MEDIATES: [ACTOR_TYPES, [...ACTOR_TYPES, "Meeting"]],
  MEETS: [ACTOR_TYPES, [...ACTOR_TYPES, "Meeting"]],
  DEMANDS: [ACTOR_TYPES, [...ACTOR_TYPES, "Meeting", "Article"]],
  ATTENDS: [ACTOR_TYPES, ["Meeting"]],
  AFFILIATED_WITH: [["Person"], ["State", "Group"]],
  PART_OF: [["Group"], ["State", "Group"]],
  MENTIONED_IN: [[...ACTOR_TYPES, "Meeting"], ["Article"]],
};

/**
 * CAMEO event codes (Schrodt, CAMEO Conflict and Mediation Event Observations codebook 1.1b3),
 * so that relationships line up with event-data tools.
 */
export const CAMEO = {
  MEDIATE: "045", // Mediate
  CONSULT: "040", // Consult (generic)
  VISIT: "042", // Make a visit
  HOST: "043", // Host a visit
  MEET_THIRD_LOCATION: "044", // Meet at a "third" location
  NEGOTIATE: "046", // Engage in negotiation
  DEMAND: "100", // Demand, not specified below
  DEMAND_POLICY_CHANGE: "102", // Demand policy support
  DEMAND_RELEASE: "1053", // Demand release of persons or property (105x: demand that target yields)
  DEMAND_CEASEFIRE: "1056", // Demand de-escalation of military engagement (ceasefire, truce, halt)
} as const;

/** Node colours shared by the viewer and the README (one per type). */
export const NODE_COLORS: Record<NodeType, string> = {
  Person: "#4e79a7",
  State: "#e15759",
  Group: "#59a14f",
  Meeting: "#f28e2b",
  Article: "#9c9c9c",
};

export const RELATION_COLORS: Record<RelationType, string> = {
  MEDIATES: "#b07aa1",
  MEETS: "#f28e2b",
  DEMANDS: "#e15759",
  ATTENDS: "#edc948",
  AFFILIATED_WITH: "#76b7b2",
  PART_OF: "#9d7660",
  MENTIONED_IN: "#cccccc",
};
