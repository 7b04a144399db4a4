// Football clubs that negotiate: with leagues and federations (UEFA, FIFA, the Premier League), with
// players' unions, with broadcasters and governments. Many share a city's or an area's name
// ("Liverpool", "Barcelona", "Chelsea"), so they are read only in a story about football
// (recognize/clubs.ts). `short`: forms read only where the article also writes the full name
// ("Real" after "Real Madrid"). Compiled by the project from public facts.
import { slugify } from "@backchannel/schema";

export interface ClubEntry {
  id: string;
  name: string;
  aliases: readonly string[];
  short: readonly string[];
}

function club(name: string, aliases: string[] = [], short: string[] = []): ClubEntry {
  return { id: slugify(name), name, aliases, short };
}

export const CLUBS: readonly ClubEntry[] = [
  // England
  club("Arsenal", ["Arsenal FC"]),
  club("Chelsea", ["Chelsea FC"]),
  club("Liverpool", ["Liverpool FC"]),
  club("Manchester United", ["Man United", "Man Utd"]),
  club("Manchester City", ["Man City"]),
  club("Tottenham Hotspur", ["Tottenham"], ["Spurs"]),
  club("Newcastle United", [], ["Newcastle"]),
  club("Everton"),
  club("West Ham United", ["West Ham"]),
  club("Aston Villa"),
  // Spain
  club("Real Madrid", [], ["Real"]),
  club("FC Barcelona", ["Barcelona", "Barça", "Barca"]),
  club("Atlético Madrid", ["Atletico Madrid", "Atlético de Madrid"], ["Atlético", "Atletico"]),
  club("Sevilla FC", ["Sevilla"]),
  // Italy
  club("Juventus", [], ["Juve"]),
  club("AC Milan", [], ["Milan"]),
  club("Inter Milan", ["Internazionale", "FC Internazionale"], ["Inter"]),
  club("AS Roma", [], ["Roma"]),
  club("Napoli", ["SSC Napoli"]),
  club("Lazio", ["SS Lazio"]),
  // Germany, France, the Netherlands, Portugal, Scotland, Turkey
  club("Bayern Munich", ["FC Bayern", "Bayern München"], ["Bayern"]),
  club("Borussia Dortmund", [], ["Dortmund"]),
  club("Paris Saint-Germain", ["PSG", "Paris St-Germain"]),
  club("Olympique de Marseille", [], ["Marseille"]),
  club("Ajax", ["AFC Ajax"]),
  club("Benfica", ["SL Benfica"]),
  club("FC Porto", [], ["Porto"]),
  club("Celtic", ["Celtic FC"]),
  club("Rangers", ["Rangers FC"]),
  club("Galatasaray"),
  club("Fenerbahçe", ["Fenerbahce"]),
  // the Americas, the Middle East and Africa
  club("Boca Juniors", [], ["Boca"]),
  club("River Plate", [], ["River"]),
  club("Flamengo"),
  club("Corinthians"),
  club("Palmeiras"),
  club("Al-Hilal", ["Al Hilal"]),
  club("Al-Nassr", ["Al Nassr"]),
  club("Al Ahly", ["Al-Ahly"]),
  club("Zamalek"),
  club("Kaizer Chiefs"),
  club("Orlando Pirates"),
];
