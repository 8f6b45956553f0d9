// What a source file exposes to the outside: server actions, route handlers, pages, and any mounting of Better
// Auth's own HTTP endpoints. Read with the TypeScript parser, not patterns, so comments, strings and unusual
// export forms cannot hide an entry point. Pure (text in, names out): lib/auth/access.int.test.ts walks the
// files, entry-points.test.ts proves each detection on sample sources. Test support only.
import path from "node:path";
import ts from "typescript";

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

const PAGE = /^page\.(ts|tsx|js|jsx|mdx)$/;
const ROUTE = /^route\.(ts|tsx|js|mjs)$/;
/** Files worth parsing: what Next.js and TypeScript compile. */
export const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/** The URL path of a file under app/: route groups "(name)" and parallel-route slots "@name" are not in it. */
export function urlPath(file: string): string {
  const dirs = path.posix.dirname(file).split("/").slice(1); // drop "app"
  return "/" + dirs.filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith("@")).join("/");
}

function parse(file: string, source: string): ts.SourceFile {
  const ext = path.posix.extname(file);
  const kind = ext === ".tsx" ? ts.ScriptKind.TSX : ext === ".jsx" ? ts.ScriptKind.JSX : /\.[mc]?js$/.test(ext) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  return ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
}

const isUseServer = (s: ts.Node): s is ts.ExpressionStatement =>
  ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === "use server";

/** The directives at the top of a file or function body: the string statements before anything else. */
function prologue(statements: ts.NodeArray<ts.Statement>): ts.ExpressionStatement[] {
  const out: ts.ExpressionStatement[] = [];
  for (const s of statements) {
    if (!ts.isExpressionStatement(s) || !ts.isStringLiteral(s.expression)) break;
    out.push(s);
  }
  return out;
}

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : bindingNames(e.name)));
}

/** Every value a module exports, by its exported name; "*" for `export * from`, which hides what it passes on. */
export function exportedValues(sf: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const s of sf.statements) {
    if (ts.isExportDeclaration(s)) {
      if (s.isTypeOnly) continue;
      if (!s.exportClause) names.push("*");
      else if (ts.isNamespaceExport(s.exportClause)) names.push(s.exportClause.name.text);
      else for (const e of s.exportClause.elements) if (!e.isTypeOnly) names.push(e.name.text);
    } else if (ts.isExportAssignment(s)) {
      names.push("default");
    } else if (hasModifier(s, ts.SyntaxKind.ExportKeyword)) {
      if (hasModifier(s, ts.SyntaxKind.DefaultKeyword)) names.push("default");
      else if (ts.isVariableStatement(s)) names.push(...s.declarationList.declarations.flatMap((d) => bindingNames(d.name)));
      else if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isEnumDeclaration(s)) && s.name) names.push(s.name.text);
      // interfaces, type aliases and `declare` forms are types: nothing to call
    }
  }
  return names;
}

/** The name an inline server action goes by: its function's, or the variable or property it is assigned to. */
function inlineName(directive: ts.Node, file: string, sf: ts.SourceFile): string {
  let fn: ts.Node | undefined = directive.parent;
  while (fn && !ts.isFunctionLike(fn)) fn = fn.parent;
  const own = fn && (ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn) || ts.isMethodDeclaration(fn)) ? fn.name : undefined;
  const named = own && ts.isIdentifier(own) ? own.text : undefined;
  const holder = fn?.parent;
  const assigned = holder && (ts.isVariableDeclaration(holder) || ts.isPropertyAssignment(holder)) && ts.isIdentifier(holder.name) ? holder.name.text : undefined;
  const line = sf.getLineAndCharacterOfPosition(directive.getStart(sf)).line + 1;
  return named ?? assigned ?? `inline server action at ${file}:${line}`;
}

/**
 * The entry points `file` (relative to the project root, "/" separators) exposes, as lib/auth/access.ts names
 * them: a server action by its exported name, a route as "GET /path", a page as "/path". A "use server"
 * directive anywhere but the top of the file (an inline server action) counts too, by its function's name.
 */
export function entryPoints(file: string, source: string): string[] {
  const base = path.posix.basename(file);
  const inApp = file.startsWith("app/");
  const found: string[] = [];
  if (inApp && PAGE.test(base)) found.push(urlPath(file));
  if (!SOURCE_FILE.test(base)) return found;
  const sf = parse(file, source);
  const top = prologue(sf.statements);
  if (top.some(isUseServer)) found.push(...exportedValues(sf).map((n) => (n === "*" || n === "default" ? `${n} export of ${file}` : n)));
  const visit = (node: ts.Node): void => {
    if (isUseServer(node) && !top.includes(node)) found.push(inlineName(node, file, sf));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (inApp && ROUTE.test(base)) {
    for (const name of exportedValues(sf)) {
      if ((HTTP_METHODS as readonly string[]).includes(name)) found.push(`${name} ${urlPath(file)}`);
      else if (name === "*") found.push(`* export of ${file}`); // cannot tell which methods it passes on
    }
  }
  return found;
}

/** Better Auth's own HTTP endpoints (sign-up, sign-in and the rest) bypass the app's throttle and checks. */
const HANDLER_FACTORIES = new Set(["toNextJsHandler", "toNodeHandler"]);

const isAuthCall = (e: ts.Expression | undefined): boolean =>
  !!e && ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "auth";

/**
 * Where a file mounts Better Auth's HTTP endpoints: any use of `toNextJsHandler` (or `toNodeHandler`), or
 * `auth().handler` reached directly, through a variable holding `auth()`, by `["handler"]` or by destructuring.
 * Returns one line per finding, empty when there is none.
 */
export function authHandlerUses(file: string, source: string): string[] {
  if (!SOURCE_FILE.test(file)) return [];
  const sf = parse(file, source);
  const holders = new Set<string>(); // variables set to auth()
  const found: string[] = [];
  const at = (n: ts.Node, what: string) => found.push(`${file}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1} ${what}`);
  const isAuth = (e: ts.Expression) => isAuthCall(e) || (ts.isIdentifier(e) && holders.has(e.text));
  const collect = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && isAuthCall(node.initializer)) holders.add(node.name.text);
    ts.forEachChild(node, collect);
  };
  collect(sf);
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && HANDLER_FACTORIES.has(node.text)) at(node, node.text);
    else if (ts.isPropertyAccessExpression(node) && node.name.text === "handler" && isAuth(node.expression)) at(node, "auth().handler");
    else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression) && node.argumentExpression.text === "handler" && isAuth(node.expression)) {
      at(node, "auth().handler");
    } else if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name) && node.initializer && isAuth(node.initializer)) {
      for (const e of node.name.elements) {
        const key = e.propertyName ?? e.name;
        if (ts.isIdentifier(key) && key.text === "handler") at(e, "auth().handler");
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}
