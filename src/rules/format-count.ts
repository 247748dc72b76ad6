/**
 * A whole number with a comma between thousands ("100,000"), as `toLocaleString('en')`
 * writes it, without starting the browser's locale data: that first call alone is a
 * long task on a slow computer, in the middle of checking a room inventory.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return String(n)
  const digits = String(Math.abs(n))
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return n < 0 ? `-${grouped}` : grouped
}
