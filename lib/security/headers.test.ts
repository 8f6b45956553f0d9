import { describe, expect, it } from "vitest";
import { isEmbedPath, makeNonce, pageContentSecurityPolicy, pageSecurityHeaders } from "./headers";

const directives = (csp: string) => Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));
const base = { nonce: "abc123==", path: "/conflicts/syria", https: false, dev: false };

describe("pageContentSecurityPolicy", () => {
  it("runs only scripts with this request's nonce (and what they load), with no inline or eval", () => {
    const d = directives(pageContentSecurityPolicy(base));
    expect(d["script-src"]).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(d["style-src"]).toBe("'self' 'nonce-abc123=='");
    expect(d["object-src"]).toBe("'none'");
    expect(d["base-uri"]).toBe("'self'");
    expect(d["form-action"]).toBe("'self'");
    expect(d["default-src"]).toBe("'self'");
  });

  it("lets no site frame a page, but any site frame an embed", () => {
    expect(directives(pageContentSecurityPolicy(base))["frame-ancestors"]).toBe("'none'");
    expect(directives(pageContentSecurityPolicy({ ...base, path: "/embed/conflicts/syria/deaths" }))["frame-ancestors"]).toBe("*");
  });

  it("allows eval and inline styles only under next dev", () => {
    const d = directives(pageContentSecurityPolicy({ ...base, dev: true }));
    expect(d["script-src"]).toContain("'unsafe-eval'");
    expect(d["style-src"]).toContain("'unsafe-inline'");
    expect(pageContentSecurityPolicy(base)).not.toMatch(/unsafe-eval|'unsafe-inline' 'nonce|script-src[^;]*unsafe-inline/);
  });

  it("upgrades insecure requests only on an https site", () => {
    expect(pageContentSecurityPolicy(base)).not.toContain("upgrade-insecure-requests");
    expect(pageContentSecurityPolicy({ ...base, https: true })).toContain("upgrade-insecure-requests");
  });
});

describe("pageSecurityHeaders", () => {
  it("denies framing of site pages, not of embeds", () => {
    expect(pageSecurityHeaders(base)["X-Frame-Options"]).toBe("DENY");
    expect(pageSecurityHeaders({ ...base, path: "/embed/conflicts/syria/deaths" })).not.toHaveProperty("X-Frame-Options");
  });

  it("asks for HSTS only on an https site", () => {
    expect(pageSecurityHeaders(base)).not.toHaveProperty("Strict-Transport-Security");
    expect(pageSecurityHeaders({ ...base, https: true })["Strict-Transport-Security"]).toBe("max-age=31536000");
  });
});

describe("isEmbedPath", () => {
  it.each([["/embed/conflicts/a/deaths", true], ["/embed", true], ["/embedded", false], ["/conflicts/embed", false]])("%s → %s", (path, expected) => {
    expect(isEmbedPath(path)).toBe(expected);
  });
});

describe("makeNonce", () => {
  it("is 128 random bits in base64, new each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, makeNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
