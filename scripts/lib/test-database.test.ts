import { expect, it } from "vitest";
import { assertLocalDatabase } from "./test-database";

it("accepts only databases on this machine", () => {
  for (const url of ["postgresql://u:p@localhost:5432/x", "postgresql://u:p@127.0.0.1/x", "postgresql://u:p@[::1]:5432/x", "postgresql://u@/x?host=/var/run/postgresql"]) {
    expect(() => assertLocalDatabase(url)).not.toThrow();
  }
  for (const url of ["postgresql://u:p@db.example.org/x", "postgresql://u:p@10.0.0.5/x", "postgresql://u:p@localhost.evil.org/x", "postgresql://u:p@localhost/x?host=prod.example.org"]) {
    expect(() => assertLocalDatabase(url)).toThrow(/localhost/);
  }
});
