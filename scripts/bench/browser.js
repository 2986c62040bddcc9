// Browser benchmarks (added per feature). Returns table rows.
export async function run() {
  return [];
}
