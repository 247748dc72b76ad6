import { z } from 'zod'
import type { Answers } from '../rules/answers'
import type { Severity } from '../rules/finding'
import { targetPchatPool } from '../rules/pools'
import { psQuote } from '../checklist/powershell'
import type { DiscoveryResult } from './problems'
import { excerpt, refuse } from './problems'
import { BOM, PS_JSON_FUNCTION, psComments } from './ps-common'

export const PREFLIGHT_FORMAT = 'lync-planner-preflight'
export const PREFLIGHT_FILE = 'preflight.json'
/** Items a finding lists at most; the count is always whole. */
export const MAX_PREFLIGHT_ITEMS = 50

export type PreflightStatus = 'pass' | 'fail' | 'unknown' | 'manual'

interface CheckEntry {
  title: string
  /** Severity when the check fails. */
  failSeverity: Severity
  /** What failing means and what to do, in plain words. */
  onFail: string
  /** The answer it is about, when there is one. */
  path?: (answers: Answers) => string | undefined
  /** Source IDs: [S#] of lync-2013-migration.md, [D#] of discovery.md. */
  sources: readonly string[]
}

const pchatPath = (field: string) => (answers: Answers) => {
  const target = targetPchatPool(answers)
  return target ? `pools.pchatPools.${target.index}.${field}` : undefined
}

// NOTE: these IDs are cited by administrators: never renumber or reuse one.
export const PREFLIGHT_CHECKS = {
  'PRE-FLIGHT-01': {
    title: 'The legacy Group Chat SQL Server instance answers',
    failSeverity: 'blocker',
    onFail:
      'From the computer that will run Export-CsPersistentChatData, the legacy Group Chat database could not be reached. Fix the connection (name, firewall, rights) before the downtime window, or the export cannot run.',
    path: () => 'groupChat.sqlInstance',
    sources: ['S7', 'D32'],
  },
  'PRE-FLIGHT-02': {
    title: 'The Persistent Chat store SQL Server instance answers',
    failSeverity: 'blocker',
    onFail:
      'From the computer that will run Import-CsPersistentChatData, the Persistent Chat store instance could not be reached. Fix the connection before the downtime window, or the import cannot run.',
    path: pchatPath('storeInstance'),
    sources: ['S8', 'D32'],
  },
  'PRE-FLIGHT-03': {
    title: 'The Persistent Chat file store exists',
    failSeverity: 'blocker',
    onFail:
      'The Persistent Chat file store share was not found. It must exist before the topology that defines the Persistent Chat pool is published.',
    path: pchatPath('fileStore'),
    sources: ['S39'],
  },
  'PRE-FLIGHT-04': {
    title: 'The account running the checks has full control of the file store',
    failSeverity: 'warning',
    onFail:
      'The account that ran the checks does not have full control of the file store. The account that publishes the topology must be in Domain Admins and RTCUniversalServerAdmins and have full control of the share (Topology Builder sets its permissions). This check reads the folder’s permissions only, not the share’s.',
    path: pchatPath('fileStore'),
    sources: ['S39'],
  },
  'PRE-FLIGHT-05': {
    title: 'A Persistent Chat policy turns Persistent Chat on',
    failSeverity: 'warning',
    onFail:
      'No Persistent Chat policy has EnablePersistentChat set, so no user can use Persistent Chat after the migration. Turn it on in the global, a site or a user policy.',
    sources: ['S32'],
  },
  'PRE-FLIGHT-06': {
    title: 'The Lookup Server URI pinned by Group Policy',
    failSeverity: 'info',
    onFail:
      'Check by hand whether Group Policy (the GroupChatConsole.adm template) sets LookupServerUri or ConfigurationMode for the legacy Group Chat client. A pinned client keeps asking for that URI: keep the same URI on the new endpoint, or change the policy. The script cannot read it: the registry location of these settings is UNCONFIRMED.',
    path: () => 'groupChat.lookupUri',
    sources: ['S42'],
  },
  'PRE-FLIGHT-07': {
    title: 'No Lync-enabled user is a protected account',
    failSeverity: 'warning',
    onFail:
      'These Lync-enabled users have adminCount = 1 (members of protected groups, where permissions are not inherited): moving or enabling them fails with "Insufficient access rights to perform the operation". Move them from the Lync Server Management Shell with RTCUniversalUserAdmins-equivalent rights, or fix their permissions first.',
    sources: ['D29'],
  },
  'PRE-FLIGHT-08': {
    title: 'The Lookup Server account matches the plan',
    failSeverity: 'warning',
    onFail:
      'No account was found with the Lookup Server URI of the plan. Find the exact SIP URI of the existing Lookup Server account: the new endpoint needs the identical URI, and that account must be deleted before the endpoint is created.',
    path: () => 'groupChat.lookupUri',
    sources: ['S2', 'S6'],
  },
  'PRE-FLIGHT-09': {
    title: 'No user name starts or ends with a space',
    failSeverity: 'warning',
    onFail:
      'These users have a display name that starts or ends with a space: Move-CsLegacyUser cannot move them from OCS 2007 R2. Fix the names first.',
    sources: ['S50'],
  },
} as const satisfies Record<string, CheckEntry>

export type PreflightId = keyof typeof PREFLIGHT_CHECKS
export const PREFLIGHT_IDS = Object.keys(PREFLIGHT_CHECKS) as PreflightId[]

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
  checks: z
    .array(
      z.object({
        id: z.string().max(40),
        status: z.enum(['pass', 'fail', 'unknown', 'manual']),
        detail: detailText,
        count: z.number().int().min(0).optional(),
        items: z.array(detailText).max(10_000).optional(),
      }),
    )
    .max(100),
})

/** One pre-flight result as a finding: the review and the checklist show it like a rule's. */
export interface PreflightFinding {
  id: PreflightId
  status: PreflightStatus
  severity: Severity
  title: string
  /** Plain words: what it means and what to do. */
  message: string
  /** What the script reported, shortened; plain text, never markup. */
  detail: string
  path?: string
  count?: number
  items?: string[]
  sources: readonly string[]
}

/** Reads the pre-flight JSON: each known result becomes a finding, in ID order. */
export function readPreflight(
  text: string,
  answers: Answers,
): DiscoveryResult<{ findings: PreflightFinding[]; ignored: string[] }> {
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
    if (check.id in PREFLIGHT_CHECKS && !byId.has(check.id as PreflightId))
      byId.set(check.id as PreflightId, check)
    else ignored.push(excerpt(check.id, 40))
  }
  const findings = PREFLIGHT_IDS.flatMap((id): PreflightFinding[] => {
    const check = byId.get(id)
    if (!check) return []
    const entry: CheckEntry = PREFLIGHT_CHECKS[id]
    const severity: Severity =
      check.status === 'fail' || check.status === 'manual' ? entry.failSeverity : 'info'
    const message =
      check.status === 'pass'
        ? `Passed: ${entry.title.charAt(0).toLowerCase()}${entry.title.slice(1)}.`
        : check.status === 'unknown'
          ? `Not checked: ${excerpt(check.detail, 300) || 'the script could not run this check.'}`
          : entry.onFail
    const finding: PreflightFinding = {
      id,
      status: check.status,
      severity,
      title: entry.title,
      message,
      detail: excerpt(check.detail, 300),
      sources: entry.sources,
    }
    const path = entry.path?.(answers)
    if (path) finding.path = path
    if (check.items) {
      finding.items = check.items.slice(0, MAX_PREFLIGHT_ITEMS).map((i) => excerpt(i, 200))
      finding.count = Math.max(check.count ?? 0, check.items.length)
    } else if (check.count !== undefined) finding.count = check.count
    return [finding]
  })
  return { ok: true, findings, ignored }
}
