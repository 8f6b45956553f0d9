import { describe, expect, it } from "vitest";
import { THROTTLE, addressKey, clientAddress, decide, throttleKeys } from "./throttle";

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

  it("counts an IPv6 client by its /64 network, however the address is written", () => {
    const net = "2001:db8:85a3:8d3::/64";
    for (const written of [
      "2001:db8:85a3:8d3:1319:8a2e:370:7348",
      "2001:0DB8:85A3:08D3:1319:8A2E:0370:7344", // upper case, leading zeros
      "2001:db8:85a3:8d3::1", // :: at the end
      "2001:db8:85a3:8d3::", // :: is the whole interface part
      "[2001:db8:85a3:8d3::7]:443", // bracketed with a port
      "2001:db8:85a3:8d3::8%eth0", // zone id
      "2001:db8:85a3:8d3:0:0:192.0.2.1", // IPv4 tail
    ]) {
      expect(addressKey(written), written).toBe(net);
    }
    expect(addressKey("2001:db8:85a3:8d4::1")).toBe("2001:db8:85a3:8d4::/64"); // the next /64 is another client
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64"); // :: in the network part expands to zeros
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("::")).toBe("0:0:0:0::/64");
    expect(addressKey("fe80::1:2:3:4")).toBe("fe80:0:0:0::/64");
    expect(addressKey("1::2:3:4:5:6:7")).toBe("1:0:2:3::/64"); // :: standing for one group
  });

  it("reads IPv4 as it is, also when mapped into IPv6 or given with a port", () => {
    expect(addressKey("203.0.113.9")).toBe("203.0.113.9");
    expect(addressKey("203.0.113.9:51234")).toBe("203.0.113.9");
    expect(addressKey("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(addressKey("::ffff:cb00:7109")).toBe("203.0.113.9");
    expect(addressKey("0:0:0:0:0:ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "10.0.0.1, 2001:db8:1:2:3:4:5:6" }))).toBe("2001:db8:1:2::/64");
  });

  it("keeps what is not an address as given (cut short), rather than guessing", () => {
    for (const junk of ["1:2:3", "1::2::3", "1:2:3:4:5:6:7:8:9", "2001:db8::g", "::ffff:300.1.1.1", "unknown"]) {
      expect(addressKey(junk), junk).toBe(junk);
    }
    expect(addressKey("x".repeat(100))).toHaveLength(64);
  });
});
