import { psComment } from '../checklist/powershell'

/** Every generated script starts with a byte-order mark, so Windows PowerShell 5.1 reads it as UTF-8. */
export const BOM = '\uFEFF'

/**
 * A JSON writer in Windows PowerShell 2.0 terms (ConvertTo-Json needs 3.0, and
 * OCS 2007 R2 era servers may run 2.0). Control characters become spaces.
 */
export const PS_JSON_FUNCTION = String.raw`function ConvertTo-PlannerJson($value) {
    if ($null -eq $value) { return 'null' }
    if ($value -is [bool]) { if ($value) { return 'true' } else { return 'false' } }
    if ($value -is [int] -or $value -is [long] -or $value -is [uint32] -or $value -is [uint16] -or $value -is [int16] -or $value -is [byte] -or $value -is [uint64]) { return [string]$value }
    if ($value -is [System.Collections.IDictionary]) {
        $parts = @()
        foreach ($key in $value.Keys) { $parts += ,((ConvertTo-PlannerJson ([string]$key)) + ':' + (ConvertTo-PlannerJson $value[$key])) }
        return '{' + ($parts -join ',') + '}'
    }
    if ($value -is [array]) {
        $parts = @()
        foreach ($item in $value) { $parts += ,(ConvertTo-PlannerJson $item) }
        return '[' + ($parts -join ',') + ']'
    }
    $text = ([string]$value).Replace('\', '\\').Replace('"', '\"')
    $text = [regex]::Replace($text, '[\x00-\x1f]', ' ')
    return '"' + $text + '"'
}`

/** A comment block: one psComment line per line of text, so no value can end it. */
export function psComments(lines: readonly string[]): string {
  return lines.map((l) => psComment(l)).join('\n')
}
