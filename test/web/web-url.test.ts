import { describe, expect, it } from "vitest";
import { webUrl } from "../../web/src/lib/web-url.js";

describe("webUrl: which addresses become links", () => {
  it.each([
    ["https://example.org/mekong-wire/2023/06/01/blogger", true],
    ["http://monitor.example.org/c/1", true],
    ["HTTPS://EXAMPLE.ORG/", true],
    ["javascript:window.__pwned=1", false],
    [" JavaScript:alert(1)", false],
    ["java\tscript:alert(1)", false],
    ["data:text/html,<script>alert(1)</script>", false],
    ["vbscript:msgbox(1)", false],
    ["//evil.example/path", false],
    ["/sources/12", false],
    ["not a url", false],
    ["", false],
  ])("%j → link: %s", (url, link) => {
    expect(webUrl(url)).toBe(link ? url : null);
  });

  it("passes null and undefined through", () => {
    expect(webUrl(null)).toBeNull();
    expect(webUrl(undefined)).toBeNull();
  });
});
