import { describe, expect, it } from "vitest";
import { dayOfLine, publisherOfUrl, readReportFile } from "./report-file";

const body = "At least 12 people were killed on Monday, officials said.\n";

describe("a report file's header", () => {
  it("reads the shared layout: title, date and URL, a blank line, then the text", () => {
    const file = `Clashes kill 12\n2024-06-05\nhttps://www.example.org/a/1\n\n${body}`;
    const report = readReportFile(file);
    expect([report.title, report.publishedOn, report.url, report.text]).toEqual(["Clashes kill 12", "2024-06-05", "https://www.example.org/a/1", body]);
    // (the date and address blanked, so that offsets count in the file and neither is read as a figure)
    expect(report.readable).toBe(`Clashes kill 12\n${" ".repeat(10)}\n${" ".repeat(27)}\n\n${body}`);
  });

  it("takes a header without its address, or with the address before the date", () => {
    expect(readReportFile(`Clashes kill 12\n2024-06-05\n\n${body}`)).toMatchObject({ title: "Clashes kill 12", publishedOn: "2024-06-05", url: null, text: body });
    expect(readReportFile(`Clashes kill 12\nwww.example.org/a/1\n2024-06-05\n\n${body}`)).toMatchObject({ publishedOn: "2024-06-05", url: "www.example.org/a/1", text: body });
  });

  it("takes the first of two date lines (published, then updated)", () => {
    expect(readReportFile(`Clashes kill 12\nPublished: 2024-06-05\nUpdated: 2024-06-07\nhttps://example.org/a/1\n\n${body}`)).toMatchObject({ publishedOn: "2024-06-05", url: "https://example.org/a/1", text: body });
  });

  it("takes a date written out, and Windows line ends, keeping every offset where it was in the file", () => {
    const file = `Clashes kill 12\r\nWednesday, June 5, 2024\r\nhttps://example.org/a/1\r\n\r\n${body.replace("\n", "\r\n")}`;
    const report = readReportFile(file);
    expect([report.title, report.publishedOn, report.url]).toEqual(["Clashes kill 12", "2024-06-05", "https://example.org/a/1"]);
    expect(report.readable).toHaveLength(file.length);
    expect(report.readable.indexOf("At least 12")).toBe(file.indexOf("At least 12"));
    expect(report.readable).not.toContain("June");
  });

  it("reads as plain text what has no header: no date line, a date line among other lines, a paragraph that names a day", () => {
    for (const file of [
      body,
      `Clashes kill 12\nhttps://example.org/a/1\n\n${body}`,
      `Clashes kill 12\n2024-06-05\nBy a staff writer\n\n${body}`,
      `On June 5, 2024, at least 12 people were killed.\nOfficials said so on June 6, 2024.\n\n${body}`,
      `2024-06-05\n\n${body}`,
    ]) {
      expect(readReportFile(file)).toEqual({ title: null, publishedOn: null, url: null, text: file, readable: file });
    }
  });
});

describe("a date line", () => {
  it.each([
    ["2013-03-01", "2013-03-01"],
    ["1 March 2013", "2013-03-01"],
    ["March 1, 2013", "2013-03-01"],
    ["Friday, March 1, 2013", "2013-03-01"],
    ["Published: 1 March 2013", "2013-03-01"],
    ["Mar. 1, 2013 14:05 GMT", "2013-03-01"],
    [" 1 March 2013 ", "2013-03-01"],
    ["Last updated: 1 March 2013", "2013-03-01"],
    ["March 1, 2013 at 3:45 pm", "2013-03-01"],
    ["Fri, 01 Mar 2013 14:05:00 GMT", "2013-03-01"],
    ["Published: 2013-03-01", "2013-03-01"],
    ["2013-03-01 14:05", "2013-03-01"],
    ["2013-03-01T14:05:00Z", "2013-03-01"],
    ["2013/03/01", "2013-03-01"],
  ])("%s is %s", (line, day) => expect(dayOfLine(line)).toBe(day));

  // (a year must be written: chrono reckons "2 hours ago" or "in 3 days" from today's date, which is no report's)
  it.each([["March 2013"], ["March 1"], ["Monday"], ["Updated 2 hours ago"], ["5 hours ago"], ["in 3 days"], ["01/03/2013"], ["2013-02-30"], ["30 February 2013"], ["Fighting killed 12 on March 1, 2013"], ["Clashes kill 12"], [""]])(
    "%s is no date line",
    (line) => expect(dayOfLine(line)).toBeNull(),
  );
});

describe("the publisher named by an address", () => {
  it.each([
    ["https://www.naharnet.com/stories/en/73922", "Naharnet"],
    ["www.reuters.com/world/1", "Reuters"],
    ["http://news.example.org", "Example"],
    ["https://en.wikipedia.org/wiki/War", "Wikipedia"],
    ["m.naharnet.com/x", "Naharnet"],
    ["https://www.bbc.co.uk/news/1", "Bbc"],
    ["http://192.168.0.1/report", null],
    [null, null],
    ["https://", null],
  ])("%s is %s", (url, name) => expect(publisherOfUrl(url)).toBe(name));
});
