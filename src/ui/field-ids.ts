/** Every field's DOM id comes from its path, so summary links and findings can reach it. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^\w-]/g, '-')}`
}
export function errorId(path: string): string {
  return `${fieldId(path)}-error`
}
export function hintId(path: string): string {
  return `${fieldId(path)}-hint`
}

/** Moves focus to a field (or the first control of a group) and scrolls it into view. */
export function focusField(path: string): void {
  const el =
    document.getElementById(fieldId(path)) ?? document.getElementById(`${fieldId(path)}-group`)
  if (!el) return
  const target = el.matches('input, select, textarea, button')
    ? el
    : (el.querySelector<HTMLElement>('input, select, textarea, button') ?? el)
  target.focus()
  target.scrollIntoView({ block: 'center' })
}
