/**
 * The workbench's local server (scripts/static-server.cjs), over real HTTP on a free port:
 * what it serves, the headers it sends, the methods and Host headers it refuses, and that no
 * path or symbolic link leads it outside its folder.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "fs";
import http from "http";
import type { Server } from "http";
import os from "os";
import path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the server is CommonJS
const { serveDirectory } = require(path.resolve(__dirname, "../../scripts/static-server.cjs")) as {
  serveDirectory: (
    dir: string,
    port?: number,
  ) => Promise<{ server: Server; port: number; url: string }>;
};

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let work: string;
let server: Server;
let port: number;

function request(method: string, target: string, host = `localhost:${port}`): Promise<Reply> {
  return new Promise((resolve, reject) => {
    // A raw path (no URL normalising), as an attacker would send it.
    const req = http.request(
      { host: "127.0.0.1", port, method, path: target, headers: { Host: host } },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), "workforce-server-"));
  const site = path.join(work, "site");
  mkdirSync(path.join(site, "nested"), { recursive: true });
  writeFileSync(path.join(site, "index.html"), "<!doctype html><title>workbench</title>");
  writeFileSync(path.join(site, "app.js"), "console.log(1)");
  writeFileSync(path.join(site, "nested", "data.json"), "{}");
  writeFileSync(path.join(site, ".env"), "SECRET=1");
  writeFileSync(path.join(work, "secret.txt"), "outside the root");
  mkdirSync(path.join(work, "outside"));
  writeFileSync(path.join(work, "outside", "also-secret.txt"), "outside too");
  symlinkSync(path.join(work, "secret.txt"), path.join(site, "leak.txt"));
  symlinkSync(path.join(work, "outside"), path.join(site, "leakdir"));
  symlinkSync(path.join(site, "app.js"), path.join(site, "alias.js"));
  ({ server, port } = await serveDirectory(site, 0));
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
});

it("serves files with their type and the security headers", async () => {
  const reply = await request("GET", "/");
  expect(reply.status).toBe(200);
  expect(reply.body).toContain("<title>workbench</title>");
  expect(reply.headers["content-type"]).toBe("text/html; charset=utf-8");
  const csp = String(reply.headers["content-security-policy"]);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|\*)/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(reply.headers["x-content-type-options"]).toBe("nosniff");
  expect(reply.headers["x-frame-options"]).toBe("DENY");
  expect(reply.headers["referrer-policy"]).toBe("no-referrer");
  expect((await request("GET", "/nested/data.json")).headers["content-type"]).toBe(
    "application/json; charset=utf-8",
  );
});

it("answers HEAD without a body", async () => {
  const reply = await request("HEAD", "/app.js");
  expect(reply.status).toBe(200);
  expect(reply.body).toBe("");
  expect(reply.headers["content-length"]).toBe(String("console.log(1)".length));
});

it.each(["POST", "PUT", "DELETE", "TRACE", "OPTIONS", "PATCH"])(
  "refuses %s with 405",
  async (method) => {
    const reply = await request(method, "/app.js");
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe("GET, HEAD");
    expect(reply.body).not.toContain("console.log");
  },
);

it.each(["localhost", "127.0.0.1"])("answers Host %s with or without its port", async (host) => {
  expect((await request("GET", "/app.js", host)).status).toBe(200);
  expect((await request("GET", "/app.js", `${host}:${port}`)).status).toBe(200);
});

it.each([
  "evil.example",
  "evil.example:PORT",
  "localhost.evil.example",
  "localhost:OTHER",
  "localhost:abc",
  "0.0.0.0:PORT",
  "[::1]:PORT",
])("refuses Host %j (DNS rebinding)", async (host) => {
  const actual = host.replace("PORT", String(port)).replace("OTHER", String(port + 1));
  const reply = await request("GET", "/app.js", actual);
  expect(reply.status).toBe(421);
  expect(reply.body).not.toContain("console.log");
});

it.each([
  "/../secret.txt",
  "/%2e%2e/secret.txt",
  "/..%2fsecret.txt",
  "/nested/..%2f..%2fsecret.txt",
  "/%2e%2e%5csecret.txt",
  "/leak.txt",
  "/leakdir/also-secret.txt",
  "/.env",
  "/app.js%00.html",
  "/%E0%A4%A",
])("does not serve %s", async (target) => {
  const reply = await request("GET", target);
  expect(reply.status).toBe(404);
  expect(reply.body).not.toMatch(/outside|SECRET/);
});

it("follows a symbolic link that stays inside its folder", async () => {
  const reply = await request("GET", "/alias.js");
  expect([reply.status, reply.body]).toEqual([200, "console.log(1)"]);
});

it("answers a request it cannot parse with 500 and keeps serving", async () => {
  // An absolute-form target with a broken host: the server's URL parsing throws on it.
  const reply = await request("GET", "http://[");
  expect(reply.status).toBe(500);
  expect(reply.headers["x-content-type-options"]).toBe("nosniff");
  expect((await request("GET", "/app.js")).status).toBe(200);
});
