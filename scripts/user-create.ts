// `npm run user:create -- --email a@b.org --role admin [--name "A. Person"]`: creates an account on the
// DATABASE_URL database, e.g. the first admin of a real deployment. The password comes from the environment
// variable USER_PASSWORD or a prompt, never from the command line (it would stay in shell history and `ps`).
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createUser } from "@/lib/auth/mutations";
import { ROLES } from "@/lib/auth/roles";
import { disconnectDb } from "@/lib/db";

const Args = z.object({
  email: z.email("Give the person's email address with --email, e.g. --email a@b.org."),
  role: z.enum(ROLES, { error: "Give a role with --role: analyst, editor or admin." }),
  name: z.string().trim().min(1).optional(),
});
const Password = z.string().min(10, "The password must have at least 10 characters.").max(200);

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
  const args = Args.safeParse(values);
  if (!args.success) throw new Error(args.error.issues.map((i) => i.message).join(" "));
  const password = Password.safeParse(await readPassword());
  if (!password.success) throw new Error(password.error.issues[0]?.message);
  const { email, role } = args.data;
  const result = await createUser({ user: { email, role, name: args.data.name ?? email.split("@")[0]!, password: password.data }, actor: "cli" });
  if ("error" in result) throw new Error(result.error);
  console.log(`Created ${role} ${email}.`);
}

main()
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
