import { describe, expect, it } from "vitest";
import { THROTTLE, clientAddress, decide, throttleKeys } from "./throttle";

const now = new Date("2026-11-27T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("sign-in throttle", () => {
  it("keys an attempt by the email as typed (case and spaces aside) and by the address", () => {
    expect(throttleKeys(" Ed@Example.org ", "10.0.0.7")).toEqual([
      { key: "account:ed@example.org", limit: THROTTLE.perAccount },
      { key: "address:10.0.0.7", limit: THROTTLE.perAddress },
    ]);
    expect(throttleKeys("ed@example.org", null)).toHaveLength(1);
  });

  it("lets five failed attempts through and refuses the sixth until the oldest leaves the window", () => {
    const key = { key: "account:a@b.org", limit: THROTTLE.perAccount };
    expect(decide([{ ...key, count: 5, oldest: minutesAgo(3) }], now)).toEqual({ ok: true });
    const refused = decide([{ ...key, count: 6, oldest: minutesAgo(3) }], now);
    expect(refused).toMatchObject({ ok: false, retryAfterMs: 12 * 60_000 });
    if (!refused.ok) expect(refused.message).toBe(
      "Too many sign-in attempts. Wait 12 minutes, then try again. If you have forgotten your password, ask an admin to set a new one.",
    );
  });

  it("refuses when the address is over its limit even if the account is not", () => {
    const d = decide(
      [
        { key: "account:new@b.org", limit: THROTTLE.perAccount, count: 1, oldest: now },
        { key: "address:10.0.0.7", limit: THROTTLE.perAddress, count: 21, oldest: minutesAgo(14.5) },
      ],
      now,
    );
    expect(d).toMatchObject({ ok: false });
    if (!d.ok) expect(d.message).toContain("Wait a minute,");
  });

  it("takes the address a proxy appended, not the one a client claimed", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientAddress(new Headers())).toBeNull();
  });
});
