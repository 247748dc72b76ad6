import type { AnswerPath } from '../rules/answer-path'
import {
  isFqdn,
  MAX_POOLS,
  MAX_SIP_DOMAINS,
  MAX_SQL_INSTANCES,
  normalizeFqdn,
} from '../rules/common'
import type { Product } from '../rules/source'
import { PRODUCT_LABELS } from '../rules/source'
import type { SqlRole } from '../rules/sql'
import { SQL_ROLES } from '../rules/sql'
import type { DiscoveryResult } from './problems'
import { excerpt, refuse } from './problems'
import type { ProposedAnswer } from './proposal'
import { formatInstanceRef } from './sql-ref'
import type { XmlElementLike, XmlParse } from './xml'
import { attr, childNamed, childrenNamed, elementChildren, parseXmlSafely, pathNamed } from './xml'

// Namespaces of topology documents ([D6][D7]); elements are matched by
// namespace and local name, never by prefix.
export const NS_TOPOLOGY = 'urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008'
export const NS_WRITABLE = 'urn:schema:Microsoft.Rtc.Management.Deploy.WritableTopology.2008'
export const NS_BUILDER = 'urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008'
export const NS_SERVICE_ROLES = 'urn:schema:Microsoft.Rtc.Management.Deploy.ServiceRoles.2008'
const T = [NS_TOPOLOGY]
const TW = [NS_TOPOLOGY, NS_WRITABLE]
const SR = [NS_SERVICE_ROLES]

/** More pools than a plan holds is not a deployment the planner is made for. */
export const MAX_TOPOLOGY_POOLS = MAX_POOLS

/** The site OCS 2007 R2 servers appear in after Merge-CsLegacyTopology ([D15]). */
export const BACK_COMPAT_SITE = 'BackCompatSite'

// UNCONFIRMED ([D7] shows 7 for SfB 2015, [D6] 8 for SfB 2019): 5 = Lync
// Server 2010 and 6 = Lync Server 2013 only fit the sequence. Every product
// read from it is marked inferred.
const LYNC_2010_SERVICE_VERSION = 5

const LEGACY_STORE_ROLES: Record<string, SqlRole> = {
  PersistentChatStore: 'pchat-store',
  PersistentChatComplianceStore: 'pchat-compliance',
}

interface Cluster {
  key: string
  fqdn: string
  siteName: string
  machines: number
  singleMachineOnly: boolean
}
interface SqlInstance {
  key: string
  clusterKey: string
  name: string
}
interface Service {
  key: string
  role: string
  serviceVersion?: number
  clusterKey?: string
  sqlKey?: string
  dependsOn: string[]
  shareName: string
}
interface Model {
  format: 'published' | 'tbxml'
  domains: string[]
  clusters: Map<string, Cluster>
  sqlInstances: Map<string, SqlInstance>
  services: Map<string, Service>
}

export interface TrustedPoolCandidate {
  fqdn: string
  /** The Registrar pool it depends on, when the document links one (UNCONFIRMED that it does). */
  homePool?: string
}

export interface TopologyImport {
  format: 'published' | 'tbxml'
  answers: ProposedAnswer[]
  /**
   * Pools hosting a trusted application (role ExternalServer): candidates for
   * the Group Chat pool (`groupChat.poolFqdn`), never picked by the planner,
   * because Group Chat's application ID is not documented.
   */
  groupChatCandidates: TrustedPoolCandidate[]
  /** What was found, in a few lines, for the summary above the answers. */
  summary: string[]
  /** Role names the planner does not know, kept and listed rather than failed on. */
  unknownRoles: string[]
}

const KNOWN_ROLES = new Set([
  'UserServices',
  'UserStore',
  'Registrar',
  'CentralMgmt',
  'CentralMgmtStore',
  'FileStore',
  'WebServices',
  'ConfServices',
  'ApplicationServer',
  'ApplicationStore',
  'EdgeServer',
  'MediationServer',
  'ArchivingStore',
  'MonitoringStore',
  'ManagementServices',
  'WacService',
  'ExternalServer',
  'PersistentChatService',
  'PersistentChatStore',
  'PersistentChatComplianceStore',
])

function num(value: string): number | undefined {
  if (!/^\d{1,6}$/.test(value)) return undefined
  return Number(value)
}

const clusterIdKey = (e: XmlElementLike | undefined) =>
  e ? `${attr(e, 'SiteId')}:${attr(e, 'Number')}` : ''
const sqlIdKey = (e: XmlElementLike | undefined) =>
  e ? `${clusterIdKey(childNamed(e, 'ClusterId', T))}|${attr(e, 'Name').toLowerCase()}` : ''
const serviceIdKey = (e: XmlElementLike | undefined) =>
  e ? `${attr(e, 'SiteId')}:${attr(e, 'RoleName')}:${attr(e, 'Instance')}` : ''

function serviceDetails(service: XmlElementLike): { shareName: string } {
  const fileStore = childNamed(service, 'FileStoreService', SR)
  return { shareName: attr(fileStore, 'ShareName') }
}

/** `Get-CsTopology -AsXml` output ([D6]). */
function readPublished(root: XmlElementLike): Model {
  const sites = new Map<string, string>()
  for (const site of elementChildren(childNamed(root, 'Sites', T) ?? root)) {
    const id = attr(site, 'SiteId')
    if (id) sites.set(id, childNamed(site, 'Name', T)?.textContent?.trim() ?? '')
  }
  const clusters = new Map<string, Cluster>()
  for (const c of pathNamed(root, ['Clusters', 'Cluster'], T)) {
    const id = childNamed(c, 'ClusterId', T)
    const key = clusterIdKey(id)
    clusters.set(key, {
      key,
      fqdn: attr(c, 'Fqdn'),
      siteName: sites.get(attr(id, 'SiteId')) ?? '',
      machines: childrenNamed(c, 'Machine', T).length,
      singleMachineOnly: false,
    })
  }
  const sqlInstances = new Map<string, SqlInstance>()
  for (const s of pathNamed(root, ['SqlInstances', 'SqlInstance', 'SqlInstanceId'], T)) {
    const key = sqlIdKey(s)
    sqlInstances.set(key, {
      key,
      clusterKey: clusterIdKey(childNamed(s, 'ClusterId', T)),
      name: attr(s, 'Name'),
    })
  }
  const services = new Map<string, Service>()
  for (const s of pathNamed(root, ['Services', 'Service'], T)) {
    const id = childNamed(s, 'ServiceId', T)
    const key = serviceIdKey(id)
    const installedOn = childNamed(s, 'InstalledOn', T)
    const onCluster = childNamed(installedOn, 'ClusterId', T)
    const onSql = childNamed(installedOn, 'SqlInstanceId', T)
    services.set(key, {
      key,
      role: attr(id, 'RoleName'),
      serviceVersion: num(attr(s, 'ServiceVersion')),
      clusterKey: onCluster ? clusterIdKey(onCluster) : undefined,
      sqlKey: onSql ? sqlIdKey(onSql) : undefined,
      dependsOn: pathNamed(s, ['DependsOn', 'Dependency', 'ServiceId'], T).map(serviceIdKey),
      ...serviceDetails(s),
    })
  }
  return { format: 'published', domains: readDomains(root), clusters, sqlInstances, services }
}

/** A Topology Builder document ([D7]): links by UniqueId. */
function readTbxml(root: XmlElementLike): Model | undefined {
  const partial = pathNamed(root, ['NewTopology'], [NS_BUILDER]).flatMap((n) =>
    childrenNamed(n, 'PartialTopology', [NS_WRITABLE]),
  )[0]
  if (!partial) return undefined
  const clusters = new Map<string, Cluster>()
  const sqlInstances = new Map<string, SqlInstance>()
  for (const site of pathNamed(partial, ['CentralSites', 'CentralSite'], TW)) {
    const siteName = childNamed(site, 'Name', TW)?.textContent?.trim() ?? ''
    for (const c of pathNamed(site, ['Clusters', 'Cluster'], TW)) {
      const key = attr(c, 'UniqueId').toLowerCase()
      clusters.set(key, {
        key,
        fqdn: attr(c, 'Fqdn'),
        siteName,
        machines: pathNamed(c, ['Machines', 'Machine'], TW).length,
        singleMachineOnly: attr(c, 'IsSingleMachineOnly').toLowerCase() === 'true',
      })
      for (const s of pathNamed(c, ['SqlInstances', 'SqlInstance'], TW)) {
        const sKey = attr(s, 'UniqueId').toLowerCase()
        sqlInstances.set(sKey, { key: sKey, clusterKey: key, name: attr(s, 'Name') })
      }
    }
  }
  const services = new Map<string, Service>()
  for (const s of pathNamed(partial, ['Services', 'Service'], TW)) {
    const key = attr(s, 'UniqueId').toLowerCase()
    const on = attr(s, 'InstalledOn').toLowerCase()
    services.set(key, {
      key,
      role: attr(s, 'RoleName'),
      serviceVersion: num(attr(s, 'ServiceVersion')),
      clusterKey: clusters.has(on) ? on : undefined,
      sqlKey: sqlInstances.has(on) ? on : undefined,
      dependsOn: pathNamed(s, ['DependsOn', 'Dependency'], TW).map((d) =>
        attr(d, 'ServiceUniqueId').toLowerCase(),
      ),
      ...serviceDetails(s),
    })
  }
  return { format: 'tbxml', domains: readDomains(partial), clusters, sqlInstances, services }
}

/** SIP domains, the default domain first ([D6][D7]). */
function readDomains(parent: XmlElementLike): string[] {
  const list = childNamed(parent, 'InternalDomains', T)
  const names = childrenNamed(list, 'InternalDomain', T)
    .map((d) => normalizeFqdn(attr(d, 'Name')))
    .filter((d) => d !== '')
  const preferred = normalizeFqdn(attr(list, 'DefaultDomain'))
  const ordered = preferred && names.includes(preferred) ? [preferred, ...names] : names
  return [...new Set(ordered)]
}

interface Pool {
  cluster: Cluster
  service: Service
  legacy: boolean
  product?: Product
  backend?: string
  backendCluster?: string
}

/**
 * Reads a published topology or a Topology Builder document and proposes the
 * answers it holds. The document itself is not kept.
 */
export function readTopology(text: string, parse: XmlParse): DiscoveryResult<TopologyImport> {
  const parsed = parseXmlSafely(text, parse)
  if (!parsed.ok) return parsed
  const { root } = parsed
  let model: Model | undefined
  if (root.localName === 'Topology' && root.namespaceURI === NS_TOPOLOGY)
    model = readPublished(root)
  else if (root.localName === 'TopologyBuilder' && root.namespaceURI === NS_BUILDER) {
    model = readTbxml(root)
    if (!model) {
      return refuse(
        'wrong-root',
        'This Topology Builder document holds no topology (no NewTopology/PartialTopology). Download the topology from the existing deployment again and save it.',
      )
    }
  } else {
    return refuse(
      'wrong-root',
      `This XML document is not a Lync Server topology: its root element is “${excerpt(root.localName ?? '')}”${root.namespaceURI ? ` in namespace “${excerpt(root.namespaceURI)}”` : ''}. Import the output of Get-CsTopology -AsXml or a Topology Builder .tbxml file.`,
    )
  }
  return propose(model)
}

function propose(model: Model): DiscoveryResult<TopologyImport> {
  const { clusters, sqlInstances, services } = model
  const all = [...services.values()]
  const deps = (s: Service) =>
    s.dependsOn.map((k) => services.get(k)).filter((d): d is Service => d !== undefined)
  const sqlRef = (s: Service | undefined) => {
    const inst = s?.sqlKey ? sqlInstances.get(s.sqlKey) : undefined
    const server = inst ? clusters.get(inst.clusterKey) : undefined
    if (!inst || !server || !isFqdn(server.fqdn)) return undefined
    return { ref: formatInstanceRef(server.fqdn, inst.name), clusterKey: server.key }
  }
  const userServices = all.filter((s) => s.role === 'UserServices' && s.clusterKey)
  const poolCount = new Set(
    [...userServices, ...all.filter((s) => s.role === 'PersistentChatService')].map(
      (s) => s.clusterKey,
    ),
  ).size
  if (poolCount > MAX_TOPOLOGY_POOLS) {
    return refuse(
      'too-many',
      `The topology defines ${poolCount} pools; the planner imports at most ${MAX_TOPOLOGY_POOLS}. Plan the migration pool by pool, or enter the pools by hand.`,
    )
  }

  if (model.domains.length > MAX_SIP_DOMAINS) {
    return refuse(
      'too-many',
      `The topology names ${model.domains.length} SIP domains; a plan holds at most ${MAX_SIP_DOMAINS}. Enter the SIP domains by hand.`,
    )
  }

  // Product inference ([D6][D7], UNCONFIRMED mapping): when one document holds
  // two versions, the lower is the legacy product; alone, 5 or lower is legacy.
  const versions = [...new Set(userServices.map((s) => s.serviceVersion ?? 0))].sort(
    (a, b) => a - b,
  )
  const newest = versions[versions.length - 1] ?? 0
  const isLegacyVersion = (v: number | undefined) =>
    versions.length > 1 ? (v ?? 0) < newest : (v ?? 0) <= LYNC_2010_SERVICE_VERSION

  const pools: Pool[] = []
  const seen = new Set<string>()
  for (const service of userServices) {
    const cluster = clusters.get(service.clusterKey ?? '')
    if (!cluster || seen.has(cluster.key) || !isFqdn(cluster.fqdn)) continue
    seen.add(cluster.key)
    const backCompat = cluster.siteName.toLowerCase() === BACK_COMPAT_SITE.toLowerCase()
    const legacy = backCompat || isLegacyVersion(service.serviceVersion)
    const store = sqlRef(deps(service).find((d) => d.role === 'UserStore'))
    pools.push({
      cluster,
      service,
      legacy,
      product: legacy ? (backCompat ? 'ocs2007r2' : 'lync2010') : undefined,
      backend: store?.ref,
      backendCluster: store?.clusterKey,
    })
  }
  pools.sort((a, b) => a.cluster.fqdn.localeCompare(b.cluster.fqdn))

  const answers: ProposedAnswer[] = []
  const add = (path: AnswerPath, value: unknown, label: string, inferred = false) =>
    answers.push(
      inferred
        ? { path, value, label, inferred, source: 'topology' }
        : { path, value, label, source: 'topology' },
    )

  const editionOf = (p: { cluster: Cluster; backendCluster?: string }) => {
    if (p.cluster.machines > 1) return 'enterprise' as const
    if (p.cluster.singleMachineOnly || p.backendCluster === p.cluster.key)
      return 'standard' as const
    return undefined
  }

  // 1. Source deployment.
  const legacyPools = pools.filter((p) => p.legacy)
  const products = [...new Set(legacyPools.map((p) => p.product as Product))]
  if (products.length > 0) {
    add(
      'source.products',
      products,
      `Legacy products: ${products.map((p) => PRODUCT_LABELS[p]).join(', ')}`,
      true,
    )
  }
  legacyPools.forEach((p, i) => {
    const fqdn = normalizeFqdn(p.cluster.fqdn)
    const base = `source.legacyPools.${i}` as const
    add(`${base}.fqdn`, fqdn, `Legacy pool ${i + 1}: FQDN`)
    if (p.product)
      add(
        `${base}.product`,
        p.product,
        `Legacy pool ${fqdn}: product ${PRODUCT_LABELS[p.product]}`,
        true,
      )
    const edition = editionOf(p)
    if (edition)
      add(
        `${base}.edition`,
        edition,
        `Legacy pool ${fqdn}: ${edition === 'standard' ? 'Standard' : 'Enterprise'} Edition`,
        true,
      )
    if (p.backend)
      add(`${base}.sqlInstance`, p.backend, `Legacy pool ${fqdn}: back-end SQL Server instance`)
  })

  // 2. SIP domains.
  model.domains.forEach((domain, i) =>
    add(
      `forest.sipDomains.${i}.domain`,
      domain,
      i === 0 ? `SIP domain (default): ${domain}` : `SIP domain: ${domain}`,
    ),
  )

  // 3. SQL instances and the databases on each ([D6] step 6): what SQL-01 needs.
  const rolesByInstance = new Map<string, Set<SqlRole>>()
  for (const s of all) {
    const ref = sqlRef(s)
    if (!ref) continue
    let role: SqlRole = LEGACY_STORE_ROLES[s.role] ?? 'other'
    if (s.role === 'UserStore') {
      const users = userServices.filter((u) => u.dependsOn.includes(s.key))
      const legacy =
        users.length > 0
          ? users.some((u) => pools.find((p) => p.service === u)?.legacy)
          : isLegacyVersion(s.serviceVersion)
      role = legacy ? 'legacy-backend' : 'lync-backend'
    }
    const set = rolesByInstance.get(ref.ref) ?? new Set<SqlRole>()
    set.add(role)
    rolesByInstance.set(ref.ref, set)
  }
  const instanceRefs = [...rolesByInstance.keys()].sort()
  if (instanceRefs.length > MAX_SQL_INSTANCES) {
    return refuse(
      'too-many',
      `The topology names ${instanceRefs.length} SQL Server instances; a plan holds at most ${MAX_SQL_INSTANCES}. Enter the instances this migration touches by hand.`,
    )
  }
  instanceRefs.forEach((ref, i) => {
    const [server = '', instance = ''] = ref.split('\\')
    const base = `sql.instances.${i}` as const
    const shown = instance ? ref : `${server} (default instance)`
    add(`${base}.server`, server, `SQL Server instance ${shown}: server`)
    add(
      `${base}.instance`,
      instance,
      instance
        ? `SQL Server instance ${shown}: instance name`
        : `SQL Server instance ${shown}: default instance`,
    )
    const roles = SQL_ROLES.filter((r) => rolesByInstance.get(ref)?.has(r))
    add(`${base}.roles`, roles, `SQL Server instance ${shown}: databases it hosts`)
  })

  // 4. Lync Server 2013 pools and Persistent Chat pools already defined.
  pools
    .filter((p) => !p.legacy)
    .forEach((p, i) => {
      const fqdn = normalizeFqdn(p.cluster.fqdn)
      const base = `pools.lyncPools.${i}` as const
      add(`${base}.fqdn`, fqdn, `Lync Server 2013 pool ${i + 1}: FQDN`)
      const edition = editionOf(p)
      if (edition)
        add(
          `${base}.edition`,
          edition,
          `Lync Server 2013 pool ${fqdn}: ${edition === 'standard' ? 'Standard' : 'Enterprise'} Edition`,
          true,
        )
      if (p.backend)
        add(
          `${base}.sqlInstance`,
          p.backend,
          `Lync Server 2013 pool ${fqdn}: back-end SQL Server instance`,
        )
    })
  const homeOf = (s: Service) => {
    const registrar = deps(s).find((d) => d.role === 'Registrar' || d.role === 'UserServices')
    const cluster = registrar ? clusters.get(registrar.clusterKey ?? '') : undefined
    return cluster && isFqdn(cluster.fqdn) ? normalizeFqdn(cluster.fqdn) : undefined
  }
  const pchatSeen = new Set<string>()
  const pchat = all
    .filter((s) => s.role === 'PersistentChatService')
    .flatMap((s) => {
      const cluster = clusters.get(s.clusterKey ?? '')
      if (!cluster || pchatSeen.has(cluster.key) || !isFqdn(cluster.fqdn)) return []
      pchatSeen.add(cluster.key)
      return [{ s, cluster }]
    })
    .sort((a, b) => a.cluster.fqdn.localeCompare(b.cluster.fqdn))
  pchat.forEach(({ s, cluster }, i) => {
    const fqdn = normalizeFqdn(cluster.fqdn)
    const base = `pools.pchatPools.${i}` as const
    const d = deps(s)
    add(`${base}.fqdn`, fqdn, `Persistent Chat pool ${i + 1}: FQDN`)
    const home = homeOf(s)
    if (home) add(`${base}.homePool`, home, `Persistent Chat pool ${fqdn}: home pool`, true)
    if (cluster.machines > 1)
      add(`${base}.poolType`, 'multi', `Persistent Chat pool ${fqdn}: multiple-server pool`, true)
    else if (cluster.singleMachineOnly)
      add(`${base}.poolType`, 'single', `Persistent Chat pool ${fqdn}: single-server pool`, true)
    const store = sqlRef(d.find((x) => x.role === 'PersistentChatStore'))
    if (store)
      add(
        `${base}.storeInstance`,
        store.ref,
        `Persistent Chat pool ${fqdn}: store SQL Server instance`,
      )
    const compliance = sqlRef(d.find((x) => x.role === 'PersistentChatComplianceStore'))
    add(
      `${base}.compliance`,
      compliance ? 'yes' : 'no',
      `Persistent Chat pool ${fqdn}: compliance ${compliance ? 'on' : 'off'}`,
      true,
    )
    if (compliance)
      add(
        `${base}.complianceInstance`,
        compliance.ref,
        `Persistent Chat pool ${fqdn}: compliance SQL Server instance`,
      )
    const fileStore = d.find((x) => x.role === 'FileStore')
    const fileServer = fileStore ? clusters.get(fileStore.clusterKey ?? '') : undefined
    if (fileStore?.shareName && fileServer && isFqdn(fileServer.fqdn)) {
      add(
        `${base}.fileStore`,
        `\\\\${normalizeFqdn(fileServer.fqdn)}\\${fileStore.shareName}`,
        `Persistent Chat pool ${fqdn}: file store`,
      )
    }
  })

  // 5. Trusted application pools: candidates only ([D8], role name UNCONFIRMED).
  const candidateSeen = new Set<string>()
  const groupChatCandidates: TrustedPoolCandidate[] = []
  for (const s of all.filter((x) => x.role === 'ExternalServer')) {
    const cluster = clusters.get(s.clusterKey ?? '')
    if (!cluster || !isFqdn(cluster.fqdn)) continue
    const fqdn = normalizeFqdn(cluster.fqdn)
    if (candidateSeen.has(fqdn)) continue
    candidateSeen.add(fqdn)
    const homePool = homeOf(s)
    groupChatCandidates.push(homePool ? { fqdn, homePool } : { fqdn })
  }
  groupChatCandidates.sort((a, b) => a.fqdn.localeCompare(b.fqdn))

  const unknownRoles = [
    ...new Set(all.map((s) => s.role).filter((r) => r && !KNOWN_ROLES.has(r))),
  ].sort()
  const summary = [
    `${legacyPools.length} legacy pool${legacyPools.length === 1 ? '' : 's'}, ${pools.length - legacyPools.length} Lync Server 2013 pool${pools.length - legacyPools.length === 1 ? '' : 's'}, ${pchat.length} Persistent Chat pool${pchat.length === 1 ? '' : 's'}`,
    `${model.domains.length} SIP domain${model.domains.length === 1 ? '' : 's'}, ${instanceRefs.length} SQL Server instance${instanceRefs.length === 1 ? '' : 's'}`,
    `${groupChatCandidates.length} trusted application pool${groupChatCandidates.length === 1 ? '' : 's'} (Group Chat pool candidates: you choose)`,
  ]
  if (pools.some((p) => p.cluster.siteName.toLowerCase() === BACK_COMPAT_SITE.toLowerCase())) {
    summary.push(
      `OCS 2007 R2 pools merged into ${BACK_COMPAT_SITE}: their back ends may be missing; the OCS discovery script reads them.`,
    )
  }
  return { ok: true, format: model.format, answers, groupChatCandidates, summary, unknownRoles }
}
