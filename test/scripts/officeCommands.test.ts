/**
 * The command lines `npm start` and `npm stop` run with desktop Excel on Windows and macOS
 * (scripts/office-commands.cjs). Node's `shell: true` joins arguments with spaces, unquoted,
 * which split `--dev-server "npx webpack serve --mode development"` on Windows ("unknown option
 * '--mode'"); these lines run Node itself on the pinned tools' scripts, without a shell, so each
 * argument reaches the tool whole, paths with spaces included.
 */
import fs from "fs";
import path from "path";

interface Step {
  name: string;
  command: string;
  args: string[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the script module is CommonJS
const commands = require(path.resolve(__dirname, "../../scripts/office-commands.cjs")) as {
  startSteps: (o: { root: string; node: string; platform: string; port?: number }) => Step[];
  stopSteps: (o: { root: string; node: string; platform: string }) => Step[];
  spawnOptions: (root: string) => { shell: boolean };
  toolFailed: (status: number, output: string) => boolean;
};

const root = path.resolve(__dirname, "../..");
const WINDOWS = {
  platform: "win32",
  root: "C:\\Users\\Jane Smith\\Workforce planner",
  node: "C:\\Program Files\\nodejs\\node.exe",
};
const MAC = {
  platform: "darwin",
  root: "/Users/jane smith/Workforce planner",
  node: "/usr/local/bin/node",
};

/** What Node's `shell: true` hands the shell: the words joined by spaces, nothing quoted. */
const shellJoin = (command: string, args: string[]) => [command, ...args].join(" ");

describe.each([
  ["Windows", WINDOWS],
  ["macOS", MAC],
])("npm start and npm stop on %s", (_name, machine) => {
  const start = commands.startSteps(machine);
  const stop = commands.stopSteps(machine);
  const join = machine.platform === "win32" ? "\\" : "/";
  const modules = `${machine.root}${join}node_modules${join}`;

  it("trusts the certificate, runs the dev server, then sideloads, each with the pinned tool", () => {
    expect(start.map((s) => s.name)).toEqual(["certificate", "dev-server", "sideload"]);
    expect(start.map((s) => s.command)).toEqual([machine.node, machine.node, machine.node]);
    expect(start[0].args).toEqual([`${modules}office-addin-dev-certs${join}cli.js`, "install"]);
    expect(start[1].args).toEqual([
      `${modules}webpack-cli${join}bin${join}cli.js`,
      "serve",
      "--mode",
      "development",
      "--port",
      "3000",
    ]);
    expect(start[2].args).toEqual([
      `${modules}office-addin-debugging${join}cli.js`,
      "start",
      `${machine.root}${join}manifest.xml`,
      "desktop",
      "--app",
      "excel",
      "--dev-server-port",
      "3000",
    ]);
  });

  it("npm stop unregisters the add-in by its manifest", () => {
    expect(stop).toEqual([
      expect.objectContaining({
        command: machine.node,
        args: [
          `${modules}office-addin-debugging${join}cli.js`,
          "stop",
          `${machine.root}${join}manifest.xml`,
        ],
      }),
    ]);
  });

  it("runs without a shell, so no argument is split or reinterpreted", () => {
    expect(commands.spawnOptions(machine.root).shell).toBe(false);
    // The only arguments with spaces are paths, which a shell would have split…
    for (const step of [...start, ...stop]) {
      for (const arg of step.args.filter((a) => /\s/.test(a)))
        expect(arg.startsWith(machine.root)).toBe(true);
      const words = shellJoin(step.command, step.args).split(" ");
      if (step.args.some((a) => /\s/.test(a)))
        expect(words.length).toBeGreaterThan(step.args.length + 1);
      // …and no argument is a command line of its own to be split by a tool (the old
      // `--dev-server "npx webpack serve --mode development"`).
      expect(step.args.some((a) => /^(npx|npm|webpack) /.test(a))).toBe(false);
    }
  });
});

describe("the Office tools", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
    devDependencies: Record<string, string>;
    optionalDependencies?: Record<string, string>;
  };
  const lock = JSON.parse(fs.readFileSync(path.join(root, "package-lock.json"), "utf8")) as {
    packages: Record<string, { version?: string; optional?: boolean; dev?: boolean }>;
  };

  it.each([
    ["office-addin-dev-certs", "devDependencies"],
    ["office-addin-debugging", "optionalDependencies"],
  ] as const)(
    "%s is pinned to an exact version in package.json and package-lock.json",
    (tool, group) => {
      const version = pkg[group]?.[tool];
      expect(version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(lock.packages[""] && lock.packages[`node_modules/${tool}`]?.version).toBe(version);
    },
  );

  it("office-addin-debugging (which pulls in keytar, needing libsecret) is optional, so npm install cannot fail on it", () => {
    expect(pkg.optionalDependencies?.["office-addin-debugging"]).toBeDefined();
    expect(pkg.devDependencies["office-addin-debugging"]).toBeUndefined();
    expect(lock.packages["node_modules/keytar"]?.optional).toBe(true);
  });

  it("npm start, npm stop and the dev server are scripts; nothing fetches a tool at run time", () => {
    expect(pkg.scripts.start).toBe("node scripts/start.mjs");
    expect(pkg.scripts.stop).toBe("node scripts/stop.mjs");
    expect(pkg.scripts["dev-server"]).toBe("webpack serve --mode development");
    for (const file of ["scripts/start.mjs", "scripts/stop.mjs", "scripts/office-commands.cjs"]) {
      // No `npx --yes <tool>`: that fetches whatever version is latest.
      expect(fs.readFileSync(path.join(root, file), "utf8")).not.toMatch(
        /["']--yes["']|npx", \[?"--yes/,
      );
    }
  });

  it("a tool that prints a failure has failed, whatever its exit code", () => {
    expect(commands.toolFailed(0, "Unable to start the dev server. Error: EADDRINUSE")).toBe(true);
    expect(commands.toolFailed(0, "Sideloading the Office Add-in...\nDone.")).toBe(false);
    expect(commands.toolFailed(1, "")).toBe(true);
  });
});
