/** The workbook kept in the browser: compact, within quota, and a damaged save kept once. */
import {
  AUTOSAVE_KEY,
  Autosave,
  DAMAGED_KEY,
  decodeSnapshot,
  encodeSnapshot,
  MAX_SAVE_CELLS,
} from "../../src/preview/autosave";
import type { WorkbookSnapshot } from "../../src/preview/snapshot";

/** localStorage with a quota in characters, as browsers count it. */
class QuotaStorage implements Storage {
  private items = new Map<string, string>();
  constructor(private readonly quota = 5_000_000) {}
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    let used = key.length + value.length;
    for (const [k, v] of this.items) if (k !== key) used += k.length + v.length;
    if (used > this.quota)
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    this.items.set(key, value);
  }
}

const snapshot: WorkbookSnapshot = {
  name: "Plan",
  sheets: [
    {
      name: "S",
      cells: [
        [0, 0, "Team"],
        [0, 1, "'=1+1"],
        [0, 2, 3],
        [1, 0, "=SUM(C1:C1)"],
        [1_048_575, 16_383, true],
      ],
    },
  ],
  formats: { S: [["0:2", "0%"]] },
  tables: [],
  charts: [],
  settings: [["k", "v"]],
};

describe("encodeSnapshot / decodeSnapshot", () => {
  it("round-trips, runs of a row sharing one entry", () => {
    const text = encodeSnapshot(snapshot);
    expect(text).toContain('[0,0,"Team","\'=1+1",3]');
    expect(decodeSnapshot(text)).toEqual(snapshot);
  });

  it("reads the earlier format (a list of [row, col, content])", () => {
    const { name: _name, ...earlier } = snapshot;
    expect(decodeSnapshot(JSON.stringify(earlier)).sheets).toEqual(snapshot.sheets);
  });

  it("says plainly when a save is damaged", () => {
    expect(() => decodeSnapshot('{"sheets": [')).toThrow("the saved text is cut short or damaged");
    expect(() =>
      decodeSnapshot('{"version":2,"sheets":[{"name":"S","runs":[[0,-1,"x"]]}]}'),
    ).toThrow(/not a cell on the sheet/);
  });
});

describe("Autosave", () => {
  it("refuses a workbook that cannot fit, before building it, and drops the stale save", () => {
    const storage = new QuotaStorage();
    storage.setItem(AUTOSAVE_KEY, "older workbook");
    const autosave = new Autosave(storage);
    const build = jest.fn(() => snapshot);
    expect(autosave.save(MAX_SAVE_CELLS + 1, build)).toEqual({
      status: "too big",
      cells: MAX_SAVE_CELLS + 1,
    });
    expect(build).not.toHaveBeenCalled();
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
  });

  it("a save over the quota is 'too big', never a throw", () => {
    const autosave = new Autosave(new QuotaStorage(100));
    expect(autosave.save(5, () => snapshot).status).toBe("too big");
  });

  it("keeps a damaged save bigger than half the quota, freeing its place first", () => {
    const storage = new QuotaStorage(5_000_000);
    const damaged = "x".repeat(3_000_000);
    storage.setItem(AUTOSAVE_KEY, damaged);
    const autosave = new Autosave(storage);
    const kept = autosave.setAside(damaged, "it is damaged");
    expect(kept.keptInBrowser).toBe(true);
    expect(storage.getItem(DAMAGED_KEY)).toBe(damaged);
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    expect(autosave.save(5, () => snapshot).status).toBe("saved");
  });

  it("never overwrites a kept damaged save; the second is offered this visit", () => {
    const storage = new QuotaStorage();
    const autosave = new Autosave(storage);
    autosave.setAside("first", "reason 1");
    const second = autosave.setAside("second", "reason 2");
    expect(second.keptInBrowser).toBe(false);
    expect(storage.getItem(DAMAGED_KEY)).toBe("first");
    expect(autosave.damagedSaves().map((s) => [s.text, s.keptInBrowser])).toEqual([
      ["first", true],
      ["second", false],
    ]);
    autosave.discardDamaged();
    expect(autosave.damagedSaves().map((s) => s.text)).toEqual(["second"]);
  });

  it("works with storage the browser blocks (every call throws)", () => {
    const blocked = new Proxy({} as Storage, {
      get: () => () => {
        throw new DOMException("Access is denied", "SecurityError");
      },
    });
    const autosave = new Autosave(blocked);
    expect(autosave.savedText()).toBeNull();
    expect(autosave.save(1, () => snapshot).status).toBe("unavailable");
    expect(autosave.setAside("x", "r").keptInBrowser).toBe(false);
    expect(autosave.damagedSaves().map((s) => s.text)).toEqual(["x"]);
    expect(new Autosave(null).save(1, () => snapshot).status).toBe("unavailable");
  });
});
