// Confidence intervals for a share, so a figure from 150 messages is not read as exact.

/**
 * The Wilson score interval for `part` successes out of `whole` at 95 % (z = 1.96): unlike the normal
 * approximation it stays inside [0, 1] and is honest for shares near 0 % or 100 % and for small counts.
 * @example wilsonInterval(0, 150) // { low: 0, high: 0.0249… }
 */
export function wilsonInterval(part: number, whole: number, z = 1.96): { low: number; high: number } {
  if (whole === 0) return { low: 0, high: 1 };
  const share = part / whole;
  const z2 = z * z;
  const centre = share + z2 / (2 * whole);
  const spread = z * Math.sqrt((share * (1 - share)) / whole + z2 / (4 * whole * whole));
  const denominator = 1 + z2 / whole;
  return { low: Math.max(0, (centre - spread) / denominator), high: Math.min(1, (centre + spread) / denominator) };
}
