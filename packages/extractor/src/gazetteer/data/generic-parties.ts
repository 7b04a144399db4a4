// Party names many countries share ("Labour", "the Greens", "Social Democrats", "National"): which
// party each names in an article about a given state, by the long name the parties list gives it
// (./parties.ts). Compiled by the project from public facts. A bare generic name is read only where
// the article's state has such a party here; elsewhere it stays unread. In a story about Scotland or
// Wales (keys "scotland", "wales"), the United Kingdom's names go to the devolved branch.
export const GENERIC_PARTIES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  labour: { scotland: "Scottish Labour", wales: "Welsh Labour", "united-kingdom": "Labour Party", "new-zealand": "New Zealand Labour Party", australia: "Australian Labor Party", israel: "Israeli Labor Party", norway: "Norwegian Labour Party", ireland: "Irish Labour Party", netherlands: "Dutch Labour Party" },
  labor: { australia: "Australian Labor Party", israel: "Israeli Labor Party" },
  national: { "new-zealand": "New Zealand National Party", australia: "National Party of Australia" },
  republican: { "united-states": "Republican Party" },
  democrat: { "united-states": "Democratic Party" },
  democratic: { "united-states": "Democratic Party" },
  league: { italy: "Northern League" },
  alliance: { "united-kingdom": "Alliance Party of Northern Ireland" },
  vox: { spain: "Vox party" },
  green: { scotland: "Scottish Greens", australia: "Australian Greens", canada: "Green Party of Canada", ireland: "Green Party of Ireland", germany: "Alliance 90/The Greens", "new-zealand": "Green Party of Aotearoa New Zealand", "united-kingdom": "Green Party of England and Wales", france: "Europe Ecology – The Greens", sweden: "Green Party of Sweden" },
  conservative: { scotland: "Scottish Conservatives", wales: "Welsh Conservatives", "united-kingdom": "Conservative Party", canada: "Conservative Party of Canada", norway: "Conservative Party of Norway" },
  liberal: { canada: "Liberal Party of Canada", australia: "Liberal Party of Australia", sweden: "Liberals of Sweden", norway: "Liberal Party of Norway" },
  progress: { norway: "Progress Party of Norway" },
  "social democrat": { germany: "Social Democratic Party of Germany", "north-macedonia": "Social Democratic Union of Macedonia", sweden: "Swedish Social Democratic Party", finland: "Social Democratic Party of Finland", denmark: "Social Democrats of Denmark" },
  "christian democrat": { germany: "Christian Democratic Union", finland: "Christian Democrats of Finland", sweden: "Christian Democrats of Sweden", norway: "Christian Democratic Party of Norway" },
  "free democrat": { germany: "Free Democratic Party" },
  "new democrat": { canada: "New Democratic Party" },
  moderate: { sweden: "Moderate Party" },
  centre: { sweden: "Centre Party of Sweden", finland: "Centre Party of Finland", norway: "Centre Party of Norway" },
  left: { sweden: "Left Party of Sweden", germany: "Die Linke" },
};
