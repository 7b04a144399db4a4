// PART_OF: organisations tied to the state or movement they belong to, so that an analyst's path from
// a White House spokesman reaches the United States. Read from the gazetteer (an organ's state, an
// armed wing's movement) and from composed names ("Qatar's foreign ministry"), once per article at
// the first sentence naming the organisation.
import { addFact, stateActor } from "../context.js";
import type { ArticleContext } from "../model.js";
import { orgActor } from "../../recognize/actors.js";
import { PART_OF_RULES } from "../rules/index.js";

const CONFIDENCE: ReadonlyMap<string, number> = new Map(PART_OF_RULES.map((r) => [r.id, r.confidence!]));
const GROUP_PREFIX = "group:";

export function partOf(ctx: ArticleContext): void {
  const done = new Set<string>();
  for (const am of ctx.m.actors) {
    const group = am.actor;
    if (group.type !== "Group" || done.has(group.key)) continue;
    done.add(group.key);
    const known = ctx.lex.orgs.get(group.key.slice(GROUP_PREFIX.length));
    if (group.state) {
      const rule = known ? "organ-of-state" : "composed-organ";
      addFact(ctx, { type: "PART_OF", source: group, target: { actor: stateActor(ctx, group.state) }, rule, confidence: CONFIDENCE.get(rule)!, sent: am.sent });
    }
    const parent = known?.parent;
    if (parent && ctx.lex.orgs.has(parent)) {
      addFact(ctx, { type: "PART_OF", source: group, target: { actor: orgActor(ctx.lex, parent) }, rule: "wing-of-group", confidence: CONFIDENCE.get("wing-of-group")!, sent: am.sent });
    }
  }
}
