// The seed of a property test: PROPERTY_SEED replays a run, otherwise a fresh one. Printed either way, so a
// failure seen once in CI can be replayed exactly (fast-check's own report also names the failing path).
export function propertySeed(name: string): number {
  const fromEnv = process.env.PROPERTY_SEED
  const seed = fromEnv !== undefined && fromEnv !== '' ? Number(fromEnv) : Date.now() % 2 ** 31
  if (!Number.isSafeInteger(seed)) throw new Error(`PROPERTY_SEED must be an integer, got ${fromEnv}`)
  console.log(`${name}: property seed ${seed} (rerun with PROPERTY_SEED=${seed})`)
  return seed
}
