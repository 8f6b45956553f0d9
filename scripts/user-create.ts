// `npm run user:create -- --email a@b.org --role admin [--name "A. Person"]`: creates an account on the
// DATABASE_URL database, e.g. the first admin of a real deployment. The password comes from the environment
// variable USER_PASSWORD or a prompt, never from the command line (it would stay in shell history and `ps`).
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { disconnectDb } from "@/lib/db";
import { createUser } from "@/lib/people/mutations";
import { PersonInputSchema } from "@/lib/people/schema";

/** Reads a line from the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (s: string) => void };
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    output._writeToOutput = () => {}; // echo nothing while the password is typed
  });
}

async function readPassword(): Promise<string> {
  if (process.env.USER_PASSWORD) return process.env.USER_PASSWORD;
  if (!process.stdin.isTTY) throw new Error("Set USER_PASSWORD, or run this in a terminal to be asked for the password.");
  const first = await askHidden("Password (10+ characters): ");
  const second = await askHidden("Password again: ");
  if (first !== second) throw new Error("The two passwords differ: run the command again.");
  return first;
}

async function main(): Promise<void> {
  process.env.BETTER_AUTH_URL ||= "http://localhost:3000"; // no requests here: only quiets the library's warning
  const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } } });
  const flags = PersonInputSchema.pick({ email: true, role: true }).safeParse(values);
  if (!flags.success) throw new Error(flags.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join(" "));
  const person = PersonInputSchema.safeParse({ ...flags.data, name: values.name ?? flags.data.email.split("@")[0], password: await readPassword() });
  if (!person.success) throw new Error(person.error.issues.map((i) => `${i.path[0] === "password" ? "Password" : `--${String(i.path[0])}`}: ${i.message}`).join(" "));
  const result = await createUser({ user: person.data, actor: "cli" });
  if ("error" in result) throw new Error(result.error);
  console.log(`Created ${person.data.role} ${person.data.email}.`);
}

main()
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
