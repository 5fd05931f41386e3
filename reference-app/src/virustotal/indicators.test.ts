import { describe, expect, it } from "vitest";
import { classifyIndicator, guiLink, isVtIndicatorType, reportPath, urlId } from "./indicators.js";

describe("classifyIndicator", () => {
  it.each([
    ["198.51.100.7", "Address"],
    [" 198.51.100.7 ", "Address"],
    ["2001:db8::5", "Address"],
    ["::ffff:192.0.2.1", "Address"],
    ["malware.example.net", "Host"],
    ["MALWARE.Example.NET", "Host"],
    ["xn--bcher-kva.example", "Host"],
    ["_dmarc.example.com", "Host"],
    ["http://phish.example.org/login", "URL"],
    ["HTTPS://example.com/a?b=c#d", "URL"],
    ["44d88612fea8a8f36de82e1278abb02f", "File"],
    ["3395856CE81F2B7382DEE72602F798B642F14140", "File"],
    ["275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f", "File"],
    ["", undefined],
    ["   ", undefined],
    ["999.1.1.1", undefined],
    ["localhost", undefined],
    ["example", undefined],
    ["ftp://example.com/file", undefined],
    ["hxxp://phish.example.org", undefined],
    ["phish[.]example[.]org", undefined],
    ["http://", undefined],
    ["44d88612fea8a8f36de82e1278abb02", undefined],
    ["g4d88612fea8a8f36de82e1278abb02f", undefined],
    ["-bad.example.com", undefined],
    ["a..example.com", undefined],
  ])("%j → %s", (given, want) => {
    expect(classifyIndicator(given)).toBe(want);
  });

  it("narrows ThreatConnect type names", () => {
    expect(isVtIndicatorType("Host")).toBe(true);
    expect(isVtIndicatorType("EmailAddress")).toBe(false);
    expect(isVtIndicatorType("toString")).toBe(false);
    expect(isVtIndicatorType(undefined)).toBe(false);
  });
});

describe("urlId (virustotal.md §1 test vectors)", () => {
  it.each([
    ["http://www.somedomain.com/this/is/my/url", "aHR0cDovL3d3dy5zb21lZG9tYWluLmNvbS90aGlzL2lzL215L3VybA"],
    ["https://example.com", "aHR0cHM6Ly9leGFtcGxlLmNvbQ"],
    ["https://example.com/", "aHR0cHM6Ly9leGFtcGxlLmNvbS8"],
    ["http://example.com/?a=ÿþ>", "aHR0cDovL2V4YW1wbGUuY29tLz9hPcO_w74-"],
  ])("%s → %s", (given, want) => {
    expect(urlId(given)).toBe(want);
    expect(urlId(given)).not.toMatch(/[=+/]/);
  });
});

describe("reportPath and guiLink", () => {
  it.each([
    ["Address", "198.51.100.7", "/ip_addresses/198.51.100.7"],
    ["Address", "2001:db8::5", "/ip_addresses/2001:db8::5"],
    ["Host", "Malware.Example.NET", "/domains/malware.example.net"],
    ["URL", "http://phish.example.org/login", "/urls/aHR0cDovL3BoaXNoLmV4YW1wbGUub3JnL2xvZ2lu"],
    ["File", "44D88612FEA8A8F36DE82E1278ABB02F", "/files/44d88612fea8a8f36de82e1278abb02f"],
  ] as const)("%s %s → %s", (type, value, want) => {
    expect(reportPath(type, value)).toBe(want);
  });

  it("links the GUI by data.id, falling back to the lookup id", () => {
    const sha = "05fe8549e1d7af758e30ca76a7cd9f136ee9200e155b05f118b220e4d4921d90";
    expect(guiLink("Address", "198.51.100.7")).toBe("https://www.virustotal.com/gui/ip-address/198.51.100.7");
    expect(guiLink("Host", "malware.example.net")).toBe("https://www.virustotal.com/gui/domain/malware.example.net");
    expect(guiLink("URL", "http://phish.example.org/login", sha)).toBe(`https://www.virustotal.com/gui/url/${sha}`);
    expect(guiLink("URL", "http://phish.example.org/login")).toBe(
      "https://www.virustotal.com/gui/url/aHR0cDovL3BoaXNoLmV4YW1wbGUub3JnL2xvZ2lu",
    );
    expect(guiLink("File", "44d88612fea8a8f36de82e1278abb02f", "275a")).toBe(
      "https://www.virustotal.com/gui/file/275a",
    );
  });
});
