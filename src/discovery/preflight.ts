import { z } from 'zod'
import type { Answers } from '../rules/answers'
import type { PreflightRuleId } from '../rules/catalogue'
import type { PreflightStatus, StoredPreflight, StoredPreflightResult } from '../rules/preflight'
import {
  isPreflightId,
  plainText,
  PREFLIGHT_BOUNDS,
  PREFLIGHT_RULE_IDS,
  PREFLIGHT_STATUSES,
  preflightStatusOf,
} from '../rules/preflight'
import { targetPchatPool } from '../rules/pools'
import { psQuote } from '../checklist/powershell'
import type { DiscoveryResult } from './problems'
import { excerpt, refuse } from './problems'
import { BOM, PS_JSON_FUNCTION, psComments } from './ps-common'

export const PREFLIGHT_FORMAT = 'lync-planner-preflight'
export const PREFLIGHT_FILE = 'preflight.json'
/** Items a finding lists at most; the count is always whole. */
export const MAX_PREFLIGHT_ITEMS = 50

export type { PreflightStatus } from '../rules/preflight'
export type PreflightId = PreflightRuleId
export const PREFLIGHT_IDS = PREFLIGHT_RULE_IDS

/**
 * The read-only pre-flight script for the export host (the Lync Server 2013
 * computer that will run the export and import). Plan values are quoted with
 * psQuote; a value the plan lacks makes its check report "unknown".
 */
export function buildPreflightScript(answers: Answers): string {
  const gc = answers.groupChat
  const target = targetPchatPool(answers)?.pool
  const ocs = answers.source?.products.includes('ocs2007r2') ?? false
  const status = (id: PreflightId, s: PreflightStatus, detail: string) =>
    `$checks += ,@{ id = ${psQuote(id)}; status = ${psQuote(s)}; detail = ${psQuote(detail)} }`
  return `${BOM}${psComments([
    'Lync Server 2013 migration planner: pre-flight checks for the export host. READ-ONLY.',
    'What it does: connects to the Group Chat and Persistent Chat SQL Server instances and runs SELECT 1; looks',
    'for the Persistent Chat file store and reads its permissions; reads the Persistent Chat policies; looks for',
    'protected (adminCount = 1) Lync-enabled users and for the Lookup Server account; writes the results to one JSON file.',
    'What it does not do: it changes nothing (no setting, permission, account or database) and sends nothing anywhere.',
    'Run it on: the Lync Server 2013 computer that will run Export-CsPersistentChatData and Import-CsPersistentChatData,',
    'in the Lync Server Management Shell, as the account that will run the migration.',
    'The file holds server and user names: keep it private. Import it in the planner, then delete it.',
  ])}
param([string]$OutFile = ${psQuote(PREFLIGHT_FILE)})
$ErrorActionPreference = 'Stop'
$GroupChatSql = ${psQuote(gc?.sqlInstance.trim() ?? '')}
$GroupChatDatabase = ${psQuote(gc?.database.trim() ?? '')}
$PchatSql = ${psQuote(target?.storeInstance.trim() ?? '')}
$FileStore = ${psQuote(target?.fileStore.trim() ?? '')}
$LookupUri = ${psQuote(gc?.lookupUri.trim() ?? '')}

${PS_JSON_FUNCTION}

function Test-PlannerSql($instance, $database) {
    $builder = New-Object System.Data.SqlClient.SqlConnectionStringBuilder
    $builder['Data Source'] = $instance
    if ($database -ne '') { $builder['Initial Catalog'] = $database }
    $builder['Integrated Security'] = $true
    $builder['Connect Timeout'] = 15
    $connection = New-Object System.Data.SqlClient.SqlConnection $builder.ConnectionString
    $connection.Open()
    try {
        $command = New-Object System.Data.SqlClient.SqlCommand 'SELECT 1', $connection
        [void]$command.ExecuteScalar()
    } finally {
        $connection.Close()
    }
}

$checks = @()
$lyncShell = $null -ne (Get-Command -Name 'Get-CsUser' -ErrorAction SilentlyContinue)
$notLyncShell = 'Run the script in the Lync Server Management Shell.'

# PRE-FLIGHT-01 and 02: the SQL Server instances answer a trivial read-only query.
if ($GroupChatSql -eq '') { ${status('PRE-FLIGHT-01', 'unknown', 'The plan names no Group Chat SQL Server instance.')} }
else {
    try { Test-PlannerSql $GroupChatSql $GroupChatDatabase; ${status('PRE-FLIGHT-01', 'pass', 'Connected and ran SELECT 1.')} }
    catch { $checks += ,@{ id = 'PRE-FLIGHT-01'; status = 'fail'; detail = $_.Exception.Message } }
}
if ($PchatSql -eq '') { ${status('PRE-FLIGHT-02', 'unknown', 'The plan names no Persistent Chat store instance.')} }
else {
    try { Test-PlannerSql $PchatSql ''; ${status('PRE-FLIGHT-02', 'pass', 'Connected and ran SELECT 1.')} }
    catch { $checks += ,@{ id = 'PRE-FLIGHT-02'; status = 'fail'; detail = $_.Exception.Message } }
}

# PRE-FLIGHT-03 and 04: the file store exists, and this account has full control of its folder.
if ($FileStore -eq '') {
    ${status('PRE-FLIGHT-03', 'unknown', 'The plan names no Persistent Chat file store.')}
    ${status('PRE-FLIGHT-04', 'unknown', 'The plan names no Persistent Chat file store.')}
} elseif (-not (Test-Path -LiteralPath $FileStore)) {
    ${status('PRE-FLIGHT-03', 'fail', 'The path was not found, or this account cannot see it.')}
    ${status('PRE-FLIGHT-04', 'unknown', 'The file store was not found.')}
} else {
    ${status('PRE-FLIGHT-03', 'pass', 'The path exists.')}
    try {
        $acl = Get-Acl -LiteralPath $FileStore
        $me = [System.Security.Principal.WindowsIdentity]::GetCurrent()
        $sids = @($me.User.Value) + @($me.Groups | ForEach-Object { $_.Value })
        $full = $false
        $denied = $false
        $fullControl = [System.Security.AccessControl.FileSystemRights]::FullControl
        foreach ($rule in $acl.Access) {
            $sid = $null
            try { $sid = $rule.IdentityReference.Translate([System.Security.Principal.SecurityIdentifier]).Value } catch { $sid = $null }
            if ($null -ne $sid -and $sids -contains $sid) {
                if ([string]$rule.AccessControlType -eq 'Deny') { $denied = $true }
                elseif (($rule.FileSystemRights -band $fullControl) -eq $fullControl) { $full = $true }
            }
        }
        if ($full -and -not $denied) { ${status('PRE-FLIGHT-04', 'pass', 'This account has full control of the folder.')} }
        else { ${status('PRE-FLIGHT-04', 'fail', 'No full control for this account (or a deny entry applies).')} }
    } catch { $checks += ,@{ id = 'PRE-FLIGHT-04'; status = 'unknown'; detail = $_.Exception.Message } }
}

# PRE-FLIGHT-05: some Persistent Chat policy turns Persistent Chat on.
if (-not $lyncShell) { $checks += ,@{ id = 'PRE-FLIGHT-05'; status = 'unknown'; detail = $notLyncShell } }
else {
    try {
        $enabled = @(Get-CsPersistentChatPolicy | Where-Object { $_.EnablePersistentChat -eq $true } | ForEach-Object { [string]$_.Identity })
        if ($enabled.Count -gt 0) { $checks += ,@{ id = 'PRE-FLIGHT-05'; status = 'pass'; detail = 'Enabled in these policies.'; count = $enabled.Count; items = $enabled } }
        else { ${status('PRE-FLIGHT-05', 'fail', 'No policy has EnablePersistentChat set.')} }
    } catch { $checks += ,@{ id = 'PRE-FLIGHT-05'; status = 'unknown'; detail = $_.Exception.Message } }
}

# PRE-FLIGHT-06: cannot be read by a script (the registry location is UNCONFIRMED).
${status('PRE-FLIGHT-06', 'manual', 'Check the Group Policy objects that use GroupChatConsole.adm.')}

# PRE-FLIGHT-07: Lync-enabled users with adminCount = 1 (searches the domain of this account).
if (-not $lyncShell) { $checks += ,@{ id = 'PRE-FLIGHT-07'; status = 'unknown'; detail = $notLyncShell } }
else {
    try {
        $searcher = New-Object System.DirectoryServices.DirectorySearcher
        $searcher.Filter = '(&(objectCategory=person)(objectClass=user)(adminCount=1))'
        $searcher.PageSize = 1000
        $protected = @{}
        foreach ($found in $searcher.FindAll()) { $protected[([string]$found.Properties['distinguishedname'][0]).ToLowerInvariant()] = $true }
        # Get-CsUser shows a user's Identity as its distinguished name.
        $hits = @(Get-CsUser -ResultSize Unlimited | Where-Object { $protected.ContainsKey(([string]$_.Identity).ToLowerInvariant()) } | ForEach-Object { [string]$_.SipAddress })
        if ($hits.Count -eq 0) { ${status('PRE-FLIGHT-07', 'pass', 'No Lync-enabled user has adminCount = 1 in this domain.')} }
        else { $checks += ,@{ id = 'PRE-FLIGHT-07'; status = 'fail'; detail = 'Lync-enabled users with adminCount = 1.'; count = $hits.Count; items = @($hits | Select-Object -First ${MAX_PREFLIGHT_ITEMS}) } }
    } catch { $checks += ,@{ id = 'PRE-FLIGHT-07'; status = 'unknown'; detail = $_.Exception.Message } }
}

# PRE-FLIGHT-08: the Lookup Server account exists with the plan's URI.
if ($LookupUri -eq '') { ${status('PRE-FLIGHT-08', 'unknown', 'The plan names no Lookup Server URI.')} }
elseif (-not $lyncShell) { $checks += ,@{ id = 'PRE-FLIGHT-08'; status = 'unknown'; detail = $notLyncShell } }
else {
    try {
        $lookup = @(Get-CsUser -Identity $LookupUri | ForEach-Object { [string]$_.SipAddress })
        $checks += ,@{ id = 'PRE-FLIGHT-08'; status = 'pass'; detail = 'Found.'; count = $lookup.Count; items = $lookup }
    } catch { $checks += ,@{ id = 'PRE-FLIGHT-08'; status = 'fail'; detail = $_.Exception.Message } }
}
${
  ocs
    ? `
# PRE-FLIGHT-09: display names that start or end with a space (OCS 2007 R2 users).
if (-not $lyncShell) { $checks += ,@{ id = 'PRE-FLIGHT-09'; status = 'unknown'; detail = $notLyncShell } }
else {
    try {
        $spaced = @(Get-CsUser -ResultSize Unlimited | Where-Object { ([string]$_.DisplayName) -ne ([string]$_.DisplayName).Trim() } | ForEach-Object { [string]$_.SipAddress })
        if ($spaced.Count -eq 0) { ${status('PRE-FLIGHT-09', 'pass', 'No display name starts or ends with a space.')} }
        else { $checks += ,@{ id = 'PRE-FLIGHT-09'; status = 'fail'; detail = 'Display names with a leading or trailing space.'; count = $spaced.Count; items = @($spaced | Select-Object -First ${MAX_PREFLIGHT_ITEMS}) } }
    } catch { $checks += ,@{ id = 'PRE-FLIGHT-09'; status = 'unknown'; detail = $_.Exception.Message } }
}
`
    : ''
}
$result = @{ format = ${psQuote(PREFLIGHT_FORMAT)}; version = 1; computer = [string]$env:COMPUTERNAME; checks = $checks }
ConvertTo-PlannerJson $result | Out-File -FilePath $OutFile -Encoding UTF8
Write-Host ('Wrote ' + $OutFile + ': ' + $checks.Count + ' check(s).')
`
}

const detailText = z.preprocess((v) => (v === null || v === undefined ? '' : String(v)), z.string())

const preflightFileSchema = z.object({
  format: z.literal(PREFLIGHT_FORMAT),
  version: z.literal(1),
  computer: detailText.optional(),
  checks: z
    .array(
      z.object({
        id: z.string().max(40),
        status: z.enum(PREFLIGHT_STATUSES),
        detail: detailText,
        count: z.number().int().min(0).optional(),
        items: z.array(detailText).max(10_000).optional(),
      }),
    )
    .max(100),
})

/** What a pre-flight file holds, bounded as the plan keeps it (without the time of import). */
export type ReadPreflight = Omit<StoredPreflight, 'importedAt'>

/**
 * Reads the pre-flight JSON: the known results, in ID order, each value plain
 * text within the plan's bounds; unknown IDs are listed, not kept.
 */
export function readPreflight(
  text: string,
): DiscoveryResult<{ preflight: ReadPreflight; ignored: string[] }> {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return refuse(
      'not-json',
      'The file is not the JSON the pre-flight script writes. Run the script again and import the file it names.',
    )
  }
  const parsed = preflightFileSchema.safeParse(data)
  if (!parsed.success) {
    return refuse(
      'wrong-format',
      'The file is not a pre-flight result the planner can read. Run the script the planner gives you and import its file.',
    )
  }
  const byId = new Map<PreflightId, (typeof parsed.data.checks)[number]>()
  const ignored: string[] = []
  for (const check of parsed.data.checks) {
    if (isPreflightId(check.id) && !byId.has(check.id)) byId.set(check.id, check)
    else ignored.push(excerpt(check.id, 40))
  }
  const results = PREFLIGHT_IDS.flatMap((id): StoredPreflightResult[] => {
    const check = byId.get(id)
    if (!check) return []
    const result: StoredPreflightResult = {
      id,
      status: check.status,
      detail: plainText(check.detail, PREFLIGHT_BOUNDS.detail),
    }
    if (check.items) {
      result.items = check.items
        .slice(0, MAX_PREFLIGHT_ITEMS)
        .map((i) => plainText(i, PREFLIGHT_BOUNDS.item))
      result.count = Math.min(
        Math.max(check.count ?? 0, check.items.length),
        PREFLIGHT_BOUNDS.count,
      )
    } else if (check.count !== undefined)
      result.count = Math.min(check.count, PREFLIGHT_BOUNDS.count)
    return [result]
  })
  const preflight: ReadPreflight = { results }
  const computer = plainText(parsed.data.computer ?? '', PREFLIGHT_BOUNDS.computer)
  if (computer) preflight.computer = computer
  return { ok: true, preflight, ignored }
}

export type PreflightChangeKind = 'new' | 'changed' | 'resolved' | 'same' | 'gone'

export interface PreflightChange {
  id: PreflightId
  kind: PreflightChangeKind
  before?: PreflightStatus
  after?: PreflightStatus
}

/**
 * What an import would change in the plan's stored results, by ID: a new
 * result, a changed one (status, report or names), one now passed that did
 * not before (resolved), the same, or one the new file no longer has (gone).
 */
export function comparePreflight(
  stored: StoredPreflight | undefined,
  next: ReadPreflight,
): PreflightChange[] {
  const before = preflightStatusOf(stored)
  const after = preflightStatusOf({ importedAt: '', results: next.results })
  return PREFLIGHT_IDS.flatMap((id): PreflightChange[] => {
    const b = before.get(id)
    const a = after.get(id)
    if (!b && !a) return []
    if (!b && a) return [{ id, kind: 'new', after: a.status }]
    if (b && !a) return [{ id, kind: 'gone', before: b.status }]
    if (!a || !b) return []
    const same =
      a.status === b.status &&
      a.detail === b.detail &&
      a.count === b.count &&
      JSON.stringify(a.items ?? []) === JSON.stringify(b.items ?? [])
    const kind: PreflightChangeKind = same
      ? 'same'
      : a.status === 'pass' && b.status !== 'pass'
        ? 'resolved'
        : 'changed'
    return [{ id, kind, before: b.status, after: a.status }]
  })
}
