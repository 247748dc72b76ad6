import type { AnswerPath } from '../rules/answer-path'
import { z } from 'zod'
import type { Answers } from '../rules/answers'
import { normalizeFqdn, isFqdn } from '../rules/common'
import type { Product } from '../rules/source'
import { PRODUCT_LABELS } from '../rules/source'
import { psQuote } from '../checklist/powershell'
import type { DiscoveryResult } from './problems'
import { excerpt, refuse } from './problems'
import type { ProposedAnswer } from './proposal'
import { BOM, PS_JSON_FUNCTION, psComments } from './ps-common'
import { readLegacyBackend } from './sql-ref'

export const OCS_DISCOVERY_FORMAT = 'lync-planner-ocs-discovery'
export const OCS_DISCOVERY_FILE = 'ocs-discovery.json'
/** UNCONFIRMED in Microsoft documentation; used by a public OCS 2007 R2 provider ([D12]). */
export const OCS_WMI_NAMESPACE = 'root\\cimv2'

/** rangeUpper of CN=ms-RTC-SIP-SchemaVersion ([D13]; 1150 also [D14]). */
export const SCHEMA_VERSIONS: Record<number, string> = {
  1006: 'Live Communications Server 2005',
  1007: 'Office Communications Server 2007',
  1008: 'Office Communications Server 2007 R2',
  1100: 'Lync Server 2010',
  1150: 'Lync Server 2013',
}
const SCHEMA_PRODUCT: Record<number, Product> = {
  1006: 'lcs2005',
  1007: 'ocs2007',
  1008: 'ocs2007r2',
}
/** MSFT_SIPVersion.MajorVersion ([D11]); that pool settings use the same scale is [I]. */
const MAJOR_VERSION_PRODUCT: Record<number, Product> = {
  2: 'lcs2005',
  3: 'ocs2007',
  4: 'ocs2007r2',
}

/**
 * The read-only OCS 2007 R2 discovery script. It reads the pool and SIP
 * domain settings through WMI on each legacy pool the plan names (Standard
 * Edition settings are read on the server itself; Enterprise pools from any
 * OCS computer [D11]) and the forest's schema version, and writes one JSON file.
 */
export function buildOcsDiscoveryScript(answers: Answers): string {
  const pools = (answers.source?.legacyPools ?? [])
    .filter((p) => p.product !== 'lync2010')
    .map((p) => p.fqdn)
  const computers = pools.length > 0 ? [...new Set(pools.map(normalizeFqdn))] : ['.']
  return `${BOM}${psComments([
    'Lync Server 2013 migration planner: OCS 2007 R2 discovery. READ-ONLY.',
    'What it does: reads the OCS 2007 R2 pool settings (WMI class MSFT_SIPPoolSetting), the SIP domains',
    '(MSFT_SIPDomainData), the OCS version (MSFT_SIPVersion) and the forest schema version',
    '(rangeUpper of CN=ms-RTC-SIP-SchemaVersion in Active Directory), and writes them to one JSON file.',
    'What it does not do: it changes nothing in WMI, Active Directory or SQL Server, and sends nothing anywhere.',
    'The file holds server names: keep it private. Import it in the planner, then delete it.',
    'Run it on: an OCS 2007 R2 server, or a computer with the OCS 2007 R2 administrative tools, as a user',
    'who can read the OCS settings. Windows PowerShell 2.0 or later.',
    'UNCONFIRMED: Microsoft documentation does not name the WMI namespace; root\\cimv2 is the likely one.',
    "Standard Edition settings can only be read on that server: the list below holds the plan's legacy pools.",
  ])}
param([string]$OutFile = ${psQuote(OCS_DISCOVERY_FILE)})
$ErrorActionPreference = 'Stop'
$Namespace = ${psQuote(OCS_WMI_NAMESPACE)}
$Computers = @(${computers.map(psQuote).join(', ')})

${PS_JSON_FUNCTION}

$pools = @()
$domains = @()
$versions = @()
$problems = @()
foreach ($computer in $Computers) {
    try {
        foreach ($p in @(Get-WmiObject -Namespace $Namespace -Class 'MSFT_SIPPoolSetting' -ComputerName $computer)) {
            $members = @($p.PoolMemberList | ForEach-Object { [string]$_ })
            $pools += ,@{ computer = [string]$computer; PoolFQDN = [string]$p.PoolFQDN; BackEndDBPath = [string]$p.BackEndDBPath; PoolType = [string]$p.PoolType; PoolDisplayName = [string]$p.PoolDisplayName; PoolMemberList = $members; MajorVersion = $p.MajorVersion; MinorVersion = $p.MinorVersion }
        }
    } catch { $problems += ,('MSFT_SIPPoolSetting on ' + $computer + ': ' + $_.Exception.Message) }
    try {
        foreach ($d in @(Get-WmiObject -Namespace $Namespace -Class 'MSFT_SIPDomainData' -ComputerName $computer)) {
            $domains += ,@{ Address = [string]$d.Address; DefaultDomain = [bool]$d.DefaultDomain; Authoritative = [bool]$d.Authoritative }
        }
    } catch { $problems += ,('MSFT_SIPDomainData on ' + $computer + ': ' + $_.Exception.Message) }
    try {
        foreach ($v in @(Get-WmiObject -Namespace $Namespace -Class 'MSFT_SIPVersion' -ComputerName $computer)) {
            $versions += ,@{ computer = [string]$computer; MajorVersion = $v.MajorVersion; MinorVersion = $v.MinorVersion }
        }
    } catch { $problems += ,('MSFT_SIPVersion on ' + $computer + ': ' + $_.Exception.Message) }
}

$schema = $null
try {
    $rootDse = [ADSI]'LDAP://RootDSE'
    $schemaNc = [string]$rootDse.Properties['schemaNamingContext'].Value
    $entry = [ADSI]('LDAP://CN=ms-RTC-SIP-SchemaVersion,' + $schemaNc)
    $schema = @{ rangeUpper = $entry.Properties['rangeUpper'].Value; rangeLower = $entry.Properties['rangeLower'].Value }
} catch { $problems += ,('Schema version: ' + $_.Exception.Message) }

$result = @{ format = ${psQuote(OCS_DISCOVERY_FORMAT)}; version = 1; pools = $pools; domains = $domains; versions = $versions; schema = $schema; problems = $problems }
ConvertTo-PlannerJson $result | Out-File -FilePath $OutFile -Encoding UTF8
Write-Host ('Wrote ' + $OutFile + ': ' + $pools.Count + ' pool(s), ' + $domains.Count + ' SIP domain(s), ' + $problems.Count + ' problem(s).')
`
}

const text = (max: number) =>
  z.preprocess((v) => (v === null || v === undefined ? '' : v), z.string().max(max))
const whole = z.preprocess(
  (v) => (v === null || v === '' ? undefined : v),
  z.number().int().optional(),
)
const flag = z.preprocess((v) => v === true || v === 'true' || v === 'True', z.boolean())

const ocsFileSchema = z.object({
  format: z.literal(OCS_DISCOVERY_FORMAT),
  version: z.literal(1),
  pools: z
    .array(
      z.object({
        PoolFQDN: text(300),
        BackEndDBPath: text(300),
        PoolType: text(100),
        MajorVersion: whole,
      }),
    )
    .max(1000),
  domains: z.array(z.object({ Address: text(300), DefaultDomain: flag })).max(1000),
  versions: z
    .array(z.object({ MajorVersion: whole }))
    .max(1000)
    .default([]),
  schema: z.object({ rangeUpper: whole, rangeLower: whole }).nullish(),
  problems: z.array(text(2000)).max(1000).default([]),
})

export interface OcsImport {
  answers: ProposedAnswer[]
  summary: string[]
  /** What the script could not read, as it reported it (shown as plain text). */
  scriptProblems: string[]
  schemaVersion?: number
}

/** Reads the discovery script's JSON into proposed answers. */
export function readOcsDiscovery(textValue: string): DiscoveryResult<OcsImport> {
  let data: unknown
  try {
    data = JSON.parse(textValue)
  } catch {
    return refuse(
      'not-json',
      'The file is not the JSON the OCS discovery script writes. Run the script again and import the file it names.',
    )
  }
  const parsed = ocsFileSchema.safeParse(data)
  if (!parsed.success) {
    return refuse(
      'wrong-format',
      `The file is not an OCS discovery result the planner can read (${excerpt(parsed.error.issues[0]?.path.join('.') || 'format', 40)}). Run the script the planner gives you and import its file.`,
    )
  }
  const file = parsed.data
  const answers: ProposedAnswer[] = []
  const add = (path: AnswerPath, value: unknown, label: string, inferred = false) =>
    answers.push(
      inferred
        ? { path, value, label, inferred, source: 'ocs-discovery' }
        : { path, value, label, source: 'ocs-discovery' },
    )

  const rangeUpper = file.schema?.rangeUpper
  const schemaProduct = rangeUpper !== undefined ? SCHEMA_PRODUCT[rangeUpper] : undefined
  const installed = file.versions
    .map((v) => (v.MajorVersion !== undefined ? MAJOR_VERSION_PRODUCT[v.MajorVersion] : undefined))
    .find((p) => p !== undefined)
  // A forest never prepared for OCS 2007 R2 (rangeUpper below 1008) cannot run it ([D13], [I]).
  const capped = rangeUpper !== undefined && rangeUpper < 1008 ? schemaProduct : undefined
  const productOf = (major: number | undefined): Product | undefined =>
    capped ??
    (major !== undefined ? MAJOR_VERSION_PRODUCT[major] : undefined) ??
    installed ??
    schemaProduct

  const seen = new Set<string>()
  const pools = file.pools.filter((p) => {
    const key = normalizeFqdn(p.PoolFQDN)
    if (!isFqdn(key) || seen.has(key)) return false
    seen.add(key)
    return true
  })
  pools.sort((a, b) => normalizeFqdn(a.PoolFQDN).localeCompare(normalizeFqdn(b.PoolFQDN)))
  const products = [
    ...new Set(
      pools.map((p) => productOf(p.MajorVersion)).filter((p): p is Product => p !== undefined),
    ),
  ]
  if (products.length > 0) {
    add(
      'source.products',
      products,
      `Legacy products: ${products.map((p) => PRODUCT_LABELS[p]).join(', ')}`,
      true,
    )
  }
  const instances = new Map<string, { server: string; instance: string }>()
  pools.forEach((p, i) => {
    const fqdn = normalizeFqdn(p.PoolFQDN)
    const base = `source.legacyPools.${i}` as const
    add(`${base}.fqdn`, fqdn, `Legacy pool ${i + 1}: FQDN`)
    const product = productOf(p.MajorVersion)
    if (product)
      add(
        `${base}.product`,
        product,
        `Legacy pool ${fqdn}: product ${PRODUCT_LABELS[product]}`,
        true,
      )
    const backend = readLegacyBackend(p.BackEndDBPath, fqdn)
    if (!backend) return
    // [D11]: Standard Edition keeps its back end on the server itself, as (local)\rtc.
    const local = /^\s*(\(local\)|\.)(\\|$)/i.test(p.BackEndDBPath)
    add(
      `${base}.edition`,
      local ? 'standard' : 'enterprise',
      `Legacy pool ${fqdn}: ${local ? 'Standard' : 'Enterprise'} Edition`,
      true,
    )
    add(
      `${base}.sqlInstance`,
      backend.ref,
      `Legacy pool ${fqdn}: back-end SQL Server instance${backend.note ? ` (${backend.note})` : ''}`,
      backend.note !== undefined,
    )
    instances.set(backend.ref, { server: backend.server, instance: backend.instance })
  })

  const domains = [...file.domains].sort(
    (a, b) => Number(b.DefaultDomain) - Number(a.DefaultDomain),
  )
  const domainSeen = new Set<string>()
  domains
    .map((d) => normalizeFqdn(d.Address))
    .filter((d) => isFqdn(d) && !domainSeen.has(d) && domainSeen.add(d))
    .forEach((domain, i) =>
      add(
        `forest.sipDomains.${i}.domain`,
        domain,
        i === 0 ? `SIP domain (default): ${domain}` : `SIP domain: ${domain}`,
      ),
    )

  ;[...instances.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .forEach(([ref, { server, instance }], i) => {
      const shown = instance ? ref : `${server} (default instance)`
      add(`sql.instances.${i}.server`, server, `SQL Server instance ${shown}: server`)
      add(
        `sql.instances.${i}.instance`,
        instance,
        instance
          ? `SQL Server instance ${shown}: instance name`
          : `SQL Server instance ${shown}: default instance`,
      )
      add(
        `sql.instances.${i}.roles`,
        ['legacy-backend'],
        `SQL Server instance ${shown}: databases it hosts`,
      )
    })

  const summary = [
    `${pools.length} OCS pool${pools.length === 1 ? '' : 's'}, ${domainSeen.size} SIP domain${domainSeen.size === 1 ? '' : 's'}`,
  ]
  if (rangeUpper !== undefined) {
    const name = SCHEMA_VERSIONS[rangeUpper]
    summary.push(
      `The forest’s schema is prepared for ${name ?? `an unknown version (${rangeUpper})`}. This shows the newest schema the forest was prepared for, not what runs: ${INFERRED_HINT}`,
    )
  }
  return {
    ok: true,
    answers,
    summary,
    scriptProblems: file.problems.map((p) => excerpt(p, 300)),
    ...(rangeUpper !== undefined ? { schemaVersion: rangeUpper } : {}),
  }
}

const INFERRED_HINT = 'inferred, please confirm.'
