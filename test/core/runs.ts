/**
 * How many cases a property tries: as written, or under mutation testing a share of it when MUTATE_RUNS
 * says so (MUTATE_RUNS=0.2 tries a fifth, at least 20), so that each mutant's run stays short. With a fixed
 * seed the shorter run tries the first cases of the full one.
 */
export function runs(numRuns: number): number {
  const share = Number(process.env.MUTATE_RUNS);
  if (!(share > 0 && share < 1)) return numRuns;
  return Math.min(numRuns, Math.max(20, Math.round(numRuns * share)));
}
