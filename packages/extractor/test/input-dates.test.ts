// Publication dates in every form articles arrive with: JSON fields (ISO and RSS's RFC 822),
// JSON-LD, meta tags, <time datetime>, Markdown front matter and a leading date line; and the
// relative days of the text ("on Saturday") resolved against them.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractPaths } from "../src/index.js";
import { dateOfDateLine, dateOfHeaderLine, normalizeDate, readTextMetadata } from "../src/input/metadata.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "backchannel-dates-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const BODY = "Qatar hosted talks between Israel and Hamas in Doha on Saturday.";

async function articleDate(name: string, content: string) {
  await writeFile(join(dir, name), content);
  const { graph } = await extractPaths([join(dir, name)]);
  const article = graph.nodes.find((n) => n.attributes.type === "Article")!;
  const meeting = graph.nodes.find((n) => n.attributes.type === "Meeting");
  return { date: article.attributes.date, title: article.attributes.title, source: article.attributes.source, meetingDate: meeting?.attributes.date };
}

describe("normalizeDate", () => {
  it.each([
    ["Thu, 15 Aug 2024 10:00:00 GMT", "2024-08-15"],
    ["Sat, 3 Feb 2024 07:00:00 +0000", "2024-02-03"],
    ["2024-08-15T23:30:00-04:00", "2024-08-15"],
    ["Thursday, August 15, 2024", "2024-08-15"],
    ["15 Aug. 2024", "2024-08-15"],
    ["15.08.2024", "2024-08-15"],
    ["2024/8/5", "2024-08-05"],
    ["31 February 2024", undefined],
    ["yesterday", undefined],
  ])("%s -> %s", (value, iso) => {
    expect(normalizeDate(value)).toBe(iso);
  });
});

describe("a leading date line", () => {
  it.each([
    ["15 August 2024", "2024-08-15"],
    ["Published: Thu, 15 Aug 2024 10:00 GMT", "2024-08-15"],
    ["August 15, 2024 at 10:02 a.m. EDT", "2024-08-15"],
    ["Updated 2024-08-15", "2024-08-15"],
    ["15 August 2024 talks resumed in Doha", undefined],
    ["Doha, 15 August 2024", undefined],
    ["PUBLISHED AUG 2, 2018, 8:41 PM SGT", "2018-08-02"],
    ["25 March 2013 Last updated at 09:12 GMT", "2013-03-25"],
    ["6:10 pm on 20 December 2022", "2022-12-20"],
    ["16:12, Jul 12 2018", "2018-07-12"],
    ["Updated 10:41 PM EDT, Sat May 27, 2023", "2023-05-27"],
    ["Saturday, December 7th 2024 - 08:15 UTC", "2024-12-07"],
    ["Published 28/02/2025 - 19:04 GMT+1", "2025-02-28"],
    ["20 Dec 2019 (updated: 21 Dec 2019)", "2019-12-20"],
    ["4:12pm Nov 24, 2023", "2023-11-24"],
    ["Published: 06 Sep 2018 09:12 GMT+02:00", "2018-09-06"],
    ["23-Oct-2019", "2019-10-23"],
    // day and month cannot be told apart: no date rather than a wrong one
    ["Latest update : 07/05/2018 - 19:54", undefined],
  ])("%j -> %s", (line, iso) => {
    expect(dateOfDateLine(line)).toBe(iso);
  });
});

describe("a header line's date", () => {
  it.each([
    ["Nadia Rasheed | Published January 29, 2025", "2025-01-29"],
    ["Caracas - Oct 18, 2023 - 04:15 CEST", "2023-10-18"],
    ["Mathieu Tremblay-Singh · CBC News · Posted: May 01, 2023 8:02 AM ET", "2023-05-01"],
    ["Press release | Date: 13/08/2021 | No: 141/21", "2021-08-13"],
    ["Palais des Nations, Geneva, 11 December 2019", "2019-12-11"],
    ["Ahram Online , Monday 8 Aug 2022", "2022-08-08"],
    ["Emre Demir |20.08.2025 - Update : 20.08.2025", "2025-08-20"],
    ["By Rana Haddad - Oct 05,2019 - Last updated at Oct 05,2019", "2019-10-05"],
    ["GRAPHIC SPORTS | WORLD CUP 2014", undefined],
    ["Talks in Doha, they said, 2024", undefined],
  ])("%j -> %s", (line, iso) => {
    expect(dateOfHeaderLine(line)).toBe(iso);
  });

  it("reads the date under the headline and byline and masks it, and a dateline's place before it", () => {
    const head = "Unions reject the offer\n\nBy Ana Ruiz\nJun 13, 2023\n\nThe talks resumed on Monday.";
    const meta = readTextMetadata(head);
    expect(meta).toMatchObject({ date: "2023-06-13", author: "Ana Ruiz", title: "Unions reject the offer" });
    expect(meta.masked).not.toContain("Jun 13");
    const datelined = readTextMetadata("Wrestlers end protest\n\nSpecial Correspondent\nNEW DELHI, June 07, 2023 22:48 IST\n\nThe wrestlers met the minister.");
    expect(datelined).toMatchObject({ date: "2023-06-07", datelinePlace: "New Delhi" });
    // a date far into the body is no header's
    const body = readTextMetadata(`Title\n\n${"A line of the story.\n".repeat(8)}Geneva, 30 October 2019\n`);
    expect(body.date).toBeUndefined();
  });

  it.each([
    ["Berlin (dpa) - Merkel met the party leaders.", "Berlin", undefined],
    ["SOCHI, September 17. /TASS/. Putin held talks with Erdogan.", "Sochi", undefined],
    ["Lima, Jun 9 (EFE).- The communities agreed a truce.", "Lima", undefined],
    ["SEOUL, Dec. 28 Kyodo - The ministers reached a deal.", "Seoul", undefined],
    ["(ANSA) - Rome, June 19 - The government signed a ceasefire.", "Rome", undefined],
    ["Attari (Punjab), Mar 14 (PTI) India pressed Pakistan on Thursday.", "Attari", "Punjab"],
    ["YAOUNDE, June 9, 2014 (AFP) - The players flew to Brazil.", "Yaounde", undefined],
    // an agency no list names, in brackets after the date
    ["Kidal, 23 May 2014 (AMI) - The President obtained a ceasefire.", "Kidal", undefined],
    ["Bratislava, October 25 (TASR) - The President appointed the government.", "Bratislava", undefined],
  ])("reads a dateline an agency marks: %j", (line, place, country) => {
    const meta = readTextMetadata(`Headline of the story\n\n${line}`);
    expect(meta.datelinePlace).toBe(place);
    expect(meta.datelineCountry).toBe(country);
    // the dateline is masked, the story is not
    expect(meta.masked).not.toContain(place === "Attari" ? "(PTI)" : line.slice(0, 6));
    expect(meta.masked.trim().length).toBeGreaterThan(10);
  });

  it("reads no dateline in a byline whose name ends in an agency's letters before a hyphen", () => {
    const meta = readTextMetadata("Headline of the story\n\nBy JONAH PRESCOTT-WARDAK and AMINA LEVERING\nAssociated Press\n\nKABUL, Afghanistan (AP) — The candidates agreed.");
    expect(meta.datelinePlace).toBe("Kabul");
  });

  it.each([
    ["Addis Abeba, 16 February 2023 – The Holy Synod met the government.", "Addis Abeba", "2023-02-16"],
    ["Bern, 17.01.2016 - Switzerland has facilitated an exchange.", "Bern", "2016-01-17"],
    ["February 10, 2024 (PORT SUDAN) – The deputies held talks.", "Port Sudan", "2024-02-10"],
    ["JUBA - 22 Feb 2020\nThe leaders formed a government.", "Juba", "2020-02-22"],
    ["Yangon (AFP) - 22 April 2025\nThe army retook the city.", "Yangon", "2025-04-22"],
  ])("reads a dateline with a full date and no agency, or a date after the agency's: %j", (line, place, date) => {
    const meta = readTextMetadata(`Headline of the story\n\n${line}`);
    expect(meta).toMatchObject({ datelinePlace: place, date });
    expect(meta.masked).not.toContain(date.slice(0, 4));
  });

  it("dates an undated article by a wire photo's caption, not by a file photo's", () => {
    const caption = "Muttaqi speaks at a news conference in Kabul, Afghanistan, on Monday, Sept. 19, 2022. (AP Photo/Farid Halimi)";
    expect(readTextMetadata(`Headline of the story\n\n${caption}\n\nThe Taliban freed him on Monday.`).date).toBe("2022-09-19");
    expect(readTextMetadata(`Headline of the story\n\nIn this file photo, Muttaqi speaks on Monday, Sept. 19, 2022. (AP Photo/Farid Halimi)\n\nThe Taliban freed him.`).date).toBeUndefined();
  });

  it("reads a header date whose day and month cannot be told apart only as the text's written dates confirm it", () => {
    const story = (tail: string) => readTextMetadata(`Headline of the story\n\nIssued on: 12/03/2024 - 09:41\n\nThe leaders agreed a text on Tuesday.${tail}`).date;
    expect(story("\nPhoto: the leaders arrive in Paris on March 11, 2024. AFP")).toBe("2024-03-12");
    expect(story("\nThe talks had resumed on December 1, 2024.")).toBe("2024-12-03");
    // nothing to choose by, or both months written: no date
    expect(story("")).toBeUndefined();
    expect(story(" They met on March 11, 2024 and on December 1, 2024.")).toBeUndefined();
  });

  it("takes no capitalised opening for a dateline without an agency's name", () => {
    expect(readTextMetadata("Headline of the story\n\nBerlin - the city - voted on Sunday.").datelinePlace).toBeUndefined();
    expect(readTextMetadata("Headline of the story\n\nPhoto (AFP) - A crowd in Rome.").datelinePlace).toBeUndefined();
  });

  it("takes a byline of two writers and their place, and a writer's desk line, as bylines", () => {
    const agency = readTextMetadata("Libya rivals agree\n\nBy Helene DUVIGNAUD with Karim BEN AMMAR in Tripoli\n\nParis (AFP) - Libya's rivals met.");
    expect(agency.author).toBe("Helene DUVIGNAUD with Karim BEN AMMAR");
    expect(agency.masked).not.toContain("Karim");
    const desk = readTextMetadata("Deal reached\n\nHarriet Coombes Transport correspondent\nThu 2 Feb 2017 18.05 GMT\n\nThe union suspended its strikes.");
    expect(desk.author).toBe("Harriet Coombes");
    expect(desk.masked).not.toContain("Harriet");
    // a sentence of the story is no byline
    expect(readTextMetadata("Deal reached\n\nThe union met the editor\n\nIt agreed.").author).toBeUndefined();
  });

  it("masks the dateline each brief of a page repeats, not a later line naming the place", () => {
    const page = "Standoff briefs\n\nZAMBOANGA CITY, Sept. 13 -- Binay spoke to Misuari.\n\nZAMBOANGA CITY, Sept. 14 -- Gunfire went on.\n\nZAMBOANGA CITY residents fled.";
    const meta = readTextMetadata(page);
    expect(meta.datelinePlace).toBe("Zamboanga City");
    expect(meta.masked.match(/ZAMBOANGA/g)?.length).toBe(1);
    expect(meta.masked).toContain("Gunfire went on");
  });

  it("takes a 'WRITER:' line for a byline, not a dateline", () => {
    const meta = readTextMetadata("10 hostages freed\n\nPUBLISHED : 25 Nov 2023 at 06:12\nWRITER: Online Reporters\n\nTen hostages were released on Friday.");
    expect(meta).toMatchObject({ date: "2023-11-25", author: "Online Reporters" });
    expect(meta.datelinePlace).toBeUndefined();
  });
});

describe("article dates from each input form", () => {
  it("reads an RSS pubDate in a JSON article and resolves 'on Saturday' against it", async () => {
    const got = await articleDate("rss.json", JSON.stringify({ title: "T", pubDate: "Mon, 19 Aug 2024 08:00:00 GMT", text: BODY }));
    expect(got).toMatchObject({ date: "2024-08-19", meetingDate: "2024-08-17" });
  });

  it("reads JSON-LD datePublished, headline and publisher before meta tags", async () => {
    const html = `<html><head><title>Site | Page</title>
<meta property="article:published_time" content="2024-08-01">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
{"@type":"NewsArticle","headline":"Talks in Doha","datePublished":"2024-08-19T08:00:00Z","publisher":{"@type":"Organization","name":"The Daily Example"}}]}</script>
</head><body><p>${BODY}</p></body></html>`;
    const got = await articleDate("ld.html", html);
    expect(got).toMatchObject({ date: "2024-08-19", source: "The Daily Example", meetingDate: "2024-08-17" });
  });

  it("reads a meta tag whatever the order of its attributes", async () => {
    const got = await articleDate("meta.html", `<html><head><meta content="2024-08-19T08:00:00Z" property="article:published_time"></head><body><p>${BODY}</p></body></html>`);
    expect(got.date).toBe("2024-08-19");
  });

  it("reads <time datetime> in the body", async () => {
    const got = await articleDate("time.html", `<html><body><article><time class="pub" datetime="2024-08-19T08:00:00+02:00">19 August</time><p>${BODY}</p></article></body></html>`);
    expect(got).toMatchObject({ date: "2024-08-19", meetingDate: "2024-08-17" });
  });

  it("reads a leading date line in plain text and masks it", async () => {
    const got = await articleDate("line.txt", `Monday, 19 August 2024\n\n${BODY}`);
    expect(got).toMatchObject({ date: "2024-08-19", meetingDate: "2024-08-17" });
  });

  it("reads Markdown front matter", async () => {
    const got = await articleDate("fm.md", `---\ntitle: Talks\ndate: Mon, 19 Aug 2024 08:00:00 GMT\n---\n\n${BODY}\n`);
    expect(got).toMatchObject({ date: "2024-08-19", meetingDate: "2024-08-17" });
  });
});

describe("a page of briefs", () => {
  const PAGE = [
    "KYRGYZSTAN: A WEEK OF CRISIS IN BRIEFS",
    "",
    "Parliament names Japarov prime minister",
    "BISHKEK, 10 October 2020",
    "Kyrgyzstan's parliament on Saturday elected Sadyr Japarov prime minister.",
    "",
    "Kremlin envoy holds talks in Bishkek",
    "BISHKEK, 12 October 2020",
    "Dmitry Kozak, deputy head of the Kremlin administration, held talks with President Sooronbay Jeenbekov in Bishkek on Monday.",
  ].join("\n");

  it("dates each brief by its own dateline, in the page's year when the dateline names none", () => {
    const meta = readTextMetadata(PAGE);
    expect(meta.date).toBe("2020-10-10");
    expect(meta.sectionDates?.map((d) => d.date)).toEqual(["2020-10-10", "2020-10-12"]);
    expect(readTextMetadata("ZAMBOANGA CITY, Sept. 14 -- Gunfire erupted.\n\nZAMBOANGA CITY, Sept. 15 -- Talks resumed.", "2013-09-16").sectionDates).toEqual([{ at: 46, date: "2013-09-15" }]);
  });

  it("resolves a brief's weekday against its own day, not the page's", async () => {
    const { meetingDate } = await articleDate("briefs.txt", PAGE);
    expect(meetingDate).toBe("2020-10-12");
  });
});
