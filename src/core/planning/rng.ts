/**
 * Seeded random numbers that give the same sequence on every machine and JavaScript engine.
 * Only 32-bit integer operations (Math.imul, shifts, xor) and exactly rounded IEEE arithmetic
 * (add, multiply) are used, so no result depends on a platform's log, cos or pow.
 */

/** A generator of uniform numbers in [0, 1). */
export interface Random {
  next(): number;
}

const TWO_TO_32 = 4_294_967_296;

/**
 * SFC32 ("small fast counting" generator, Chris Doty-Humphrey's PractRand suite): 128 bits of
 * state, passes PractRand and BigCrush, and needs nothing beyond 32-bit integer arithmetic.
 */
export class Sfc32 implements Random {
  private a: number;
  private b: number;
  private c: number;
  private counter: number;

  constructor(seed: number) {
    // Spread any finite seed (including fractions and negatives) over the 128-bit state.
    const seedInt = Number.isFinite(seed) ? Math.trunc(seed) : 0;
    const low = seedInt >>> 0;
    const high = Math.floor(seedInt / TWO_TO_32) >>> 0;
    this.a = 0x9e3779b9;
    this.b = low;
    this.c = high ^ 0x243f6a88;
    this.counter = 1;
    // Discard the first outputs so that nearby seeds give unrelated sequences.
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  nextUint32(): number {
    this.counter = (this.counter + 1) | 0;
    const t = (((this.a + this.b) | 0) + this.counter) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.nextUint32() / TWO_TO_32;
  }
}

/**
 * An approximately standard normal draw: the sum of twelve uniforms minus six (Irwin–Hall).
 * Mean 0, variance exactly 1, bounded to ±6; accurate to about 0.01 in the central 98 %,
 * which is ample for planning bands, and it needs only additions, so it is reproducible
 * bit for bit everywhere (Box–Muller would need log and cos, which engines may round differently).
 */
export function standardNormal(random: Random): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += random.next();
  return sum - 6;
}
