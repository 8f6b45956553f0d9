import { describe, expect, it } from "vitest";
import { authHandlerUses, entryPoints, urlPath } from "./entry-points";

const ACTIONS = "lib/things/actions.ts";

describe("server actions", () => {
  it("finds every exported value of a file that starts with a \"use server\" directive", () => {
    const source = `"use server";
      import { x } from "./x";
      export async function save() {}
      export function plain() {}
      export const arrow = async () => {};
      export const { a, b: renamed } = x;
      const one = 1, two = async () => {};
      export { one, two as second };
      export { reexported } from "./other";
      export type NotAnAction = string;
      export interface AlsoNot { x: number }
      export type { Typed } from "./types";`;
    expect(entryPoints(ACTIONS, source)).toEqual(["save", "plain", "arrow", "a", "renamed", "one", "second", "reexported"]);
  });

  it("reads the directive after comments, in single quotes, and after other directives", () => {
    expect(entryPoints(ACTIONS, `// header\n/* block\n   comment */\n'use server';\nexport async function a() {}`)).toEqual(["a"]);
    expect(entryPoints(ACTIONS, `/** doc */ "use strict"; "use server"\nexport const b = async () => {}`)).toEqual(["b"]);
  });

  it("is not fooled by a directive inside a comment or a string", () => {
    expect(entryPoints(ACTIONS, `// "use server";\nexport async function a() {}`)).toEqual([]);
    expect(entryPoints(ACTIONS, `/* "use server" */ export async function a() {}`)).toEqual([]);
    expect(entryPoints(ACTIONS, `const s = "use server";\nexport async function a() {}`)).toEqual([]);
  });

  it("flags a default export and `export *`, which hide their names", () => {
    expect(entryPoints(ACTIONS, `"use server";\nexport default async function () {}`)).toEqual([`default export of ${ACTIONS}`]);
    expect(entryPoints(ACTIONS, `"use server";\nexport * from "./more";`)).toEqual([`* export of ${ACTIONS}`]);
  });

  it("flags a \"use server\" directive anywhere but the top of the file: an inline server action", () => {
    const page = "app/(editor)/things/page.tsx";
    const source = `
      export default function Page() {
        async function save(formData) { "use server"; }
        const remove = async () => { 'use server'; };
        return <form action={async () => { "use server"; }} />;
      }`;
    expect(entryPoints(page, source)).toEqual(["/things", "save", "remove", `inline server action at ${page}:5`]);
    expect(entryPoints("lib/x/late.ts", `import "x";\n"use server";\nexport async function a() {}`)).toEqual(["inline server action at lib/x/late.ts:2"]);
    expect(entryPoints("lib/x/y.ts", `const o = { async act() { "use server"; } };`)).toEqual(["act"]);
  });
});

describe("route handlers", () => {
  const route = "app/api/v1/things/[id]/route.ts";

  it("finds every HTTP method, however it is exported", () => {
    const source = `
      export async function GET() {}
      export function HEAD() {}
      export const POST = async () => {};
      export const { PUT, PATCH: PATCH } = handlers;
      const remove = () => {};
      export { remove as DELETE };
      export { OPTIONS } from "./options";
      export const dynamic = "force-dynamic";`;
    expect(entryPoints(route, source)).toEqual(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"].map((m) => `${m} /api/v1/things/[id]`));
  });

  it("counts route files of every extension Next.js serves, and flags `export *`", () => {
    for (const ext of ["ts", "tsx", "js", "mjs"]) expect(entryPoints(`app/api/x/route.${ext}`, "export const GET = () => {};")).toEqual(["GET /api/x"]);
    expect(entryPoints("app/api/x/route.ts", `export * from "./impl";`)).toEqual(["* export of app/api/x/route.ts"]);
    expect(entryPoints("lib/x/route.ts", "export const GET = () => {};")).toEqual([]); // not under app/: not a route
  });
});

describe("pages", () => {
  it("finds pages of every extension, by their URL", () => {
    for (const ext of ["ts", "tsx", "js", "jsx", "mdx"]) expect(entryPoints(`app/(public)/about/page.${ext}`, "")).toEqual(["/about"]);
    expect(entryPoints("app/page.tsx", "export default function P() {}")).toEqual(["/"]);
  });

  it("leaves route groups and parallel-route slots out of the URL", () => {
    expect(urlPath("app/(admin)/admin/people/page.tsx")).toBe("/admin/people");
    expect(urlPath("app/(public)/@modal/conflicts/[slug]/page.tsx")).toBe("/conflicts/[slug]");
  });
});

describe("Better Auth's HTTP endpoints stay unmounted", () => {
  const file = "app/api/auth/[...all]/route.ts";

  it("finds toNextJsHandler and toNodeHandler", () => {
    expect(authHandlerUses(file, `import { toNextJsHandler } from "better-auth/next-js";\nexport const { GET, POST } = toNextJsHandler(auth());`)).toHaveLength(2);
    expect(authHandlerUses("server.ts", `import { toNodeHandler } from "better-auth/node";`)).toEqual(["server.ts:1 toNodeHandler"]);
  });

  it("finds auth().handler however it is reached", () => {
    expect(authHandlerUses(file, "export const POST = (r) => auth().handler(r);")).toEqual([`${file}:1 auth().handler`]);
    expect(authHandlerUses(file, `export const POST = (r) => auth()["handler"](r);`)).toEqual([`${file}:1 auth().handler`]);
    expect(authHandlerUses(file, "const a = auth();\nexport const POST = a.handler;")).toEqual([`${file}:2 auth().handler`]);
    expect(authHandlerUses(file, "const { handler } = auth();\nexport { handler as POST };")).toEqual([`${file}:1 auth().handler`]);
    expect(authHandlerUses(file, "const { handler: h } = auth();")).toEqual([`${file}:1 auth().handler`]);
  });

  it("ignores comments, strings and other handlers", () => {
    expect(authHandlerUses(file, `// auth().handler and toNextJsHandler\nconst s = "toNextJsHandler";\nconst h = other().handler;`)).toEqual([]);
    expect(authHandlerUses(file, "const x = auth().api.signInEmail;")).toEqual([]);
  });
});
