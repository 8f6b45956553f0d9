// Environment, parsed once with zod so a missing or malformed variable fails with a sentence, not a stack.
import { z } from "zod";

const EnvSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set: start the app with `npm start`, or set it to a PostgreSQL URL." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  BETTER_AUTH_SECRET: z
    .string({ error: "BETTER_AUTH_SECRET is not set: set it to a random string of 32 or more characters (e.g. `openssl rand -hex 32`)." })
    .min(32, "BETTER_AUTH_SECRET is too short: use 32 or more random characters (e.g. `openssl rand -hex 32`)."),
  /** The app's public address (e.g. https://figures.example.org); cookies are Secure when it is https. */
  BETTER_AUTH_URL: z.url("BETTER_AUTH_URL must be the app's address, e.g. https://figures.example.org.").optional(),
  /** public: anyone may read and export published figures; signed-in: only people with an account. */
  READ_ACCESS: z
    .enum(["public", "signed-in"], { error: "READ_ACCESS must be public or signed-in." })
    .default("public"),
  /** none: an editor publishes their own figures; two-person: another editor publishes them. */
  REVIEW: z.enum(["none", "two-person"], { error: "REVIEW must be none or two-person." }).default("none"),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/** Tests that change process.env call this so the next env() reads it again. */
export function resetEnv(): void {
  cached = undefined;
}

export function env(): Env {
  if (!cached) {
    const parsed = EnvSchema.safeParse(process.env);
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
    cached = parsed.data;
  }
  return cached;
}
