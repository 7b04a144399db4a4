// The names a person goes by after being named in full: surnames, particles, given names.
import { NAME_PARTICLES } from "../words.js";

export function registerSurnames(words: string[], full: string, known: Map<string, string>): void {
  const set = (k: string) => {
    const prev = known.get(k);
    // "De la Calle" named after "Humberto de la Calle": keep the longer name
    if (k === full && prev && prev.toLowerCase().endsWith(" " + full.toLowerCase())) return;
    known.set(k, prev === undefined || prev === full ? full : "");
  };
  set(full);
  for (let k = 1; k < words.length; k++) {
    const suffix = words.slice(k).join(" ");
    set(suffix);
    // "de la Calle" opens a sentence as "De la Calle"
    if (NAME_PARTICLES.has(words[k]!)) set(suffix.charAt(0).toUpperCase() + suffix.slice(1));
    // "al-Ansari" also goes by "Ansari"
    const m = /^(?:al|el|Al|El|ad|ar|as|an)-(.+)$/.exec(suffix);
    if (m) set(m[1]!);
  }
  // "Sheikh Mohamed" after "Mohamed bin Zayed al-Nahyan": a patronymic name goes by its given name
  if (words.length >= 3 && /^(bin|ibn|bint)$/.test(words[1]!)) set(words[0]!);
  // "Al-Ansari" written "al-Ansari"
  const last = words[words.length - 1]!;
  if (/^[Aa]l-|^[Ee]l-/.test(last)) set(last.charAt(0) === "a" || last.charAt(0) === "e" ? last.charAt(0).toUpperCase() + last.slice(1) : last.charAt(0).toLowerCase() + last.slice(1));
}
