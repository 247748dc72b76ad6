import { INVENTORY_COLUMNS } from '../plan/inventory-csv'
import { psQuote } from '../checklist/powershell'
import { BOM, psComments } from './ps-common'

// Read-only queries against the legacy Group Chat database. Tables, columns
// and the helper function are those the Lync Server 2010 Group Chat schema
// documents ([D17]-[D24]); whether OCS 2007 R2 Group Chat uses the same schema
// is UNCONFIRMED, so a missing column makes the query fail loudly.

/** T-SQL's own quoting of a name: in brackets, a closing bracket doubled. */
export function tsqlIdentifier(name: string): string {
  return `[${name.replace(/]/g, ']]')}]`
}

/** T-SQL's own quoting of a Unicode string: a single quote doubled. */
export function tsqlString(value: string): string {
  return `N'${value.replace(/'/g, "''")}'`
}

/** Extra columns of the inventory query; the planner's importer ignores them ([D18]-[D24]). */
export const INVENTORY_EXTRA_COLUMNS = [
  'node_id',
  'depth',
  'room_invitations',
  'message_count',
  'last_post',
  'name_has_slash',
] as const

export const SCHEMA_NOTE =
  'Written for the Lync Server 2010 Group Chat database schema. Whether OCS 2007 R2 Group Chat uses the same schema is UNCONFIRMED: if a table or column is missing, the query stops with an error and reads nothing.'

export const INVENTORY_APPROXIMATIONS = [
  'A category whose settings its children must inherit (inheritance = 1) is not applied on top of a child’s own setting; room_invitations shows the room’s own value so you can check.',
  'Federated members are those holding a role on the room itself or on the node its membership is defined at (roleDefinerId); a role held only higher up is not counted.',
  'A room or category name containing “/” makes the category path ambiguous; such rooms have name_has_slash = yes. The separator the migration really uses is UNCONFIRMED.',
  'An invitations setting left to inherit all the way up to the root is reported as “on”.',
]

export type QueryResult = { ok: true; text: string } | { ok: false; message: string }

const NO_DATABASE =
  'Enter the Group Chat database name first: no source gives its default name, so the planner does not guess it.'

/** The database's objects, each name quoted: `[db].[dbo].[tblNode]`. */
function objects(database: string) {
  const db = tsqlIdentifier(database)
  const o = (name: string) => `${db}.[dbo].${tsqlIdentifier(name)}`
  return {
    node: o('tblNode'),
    principal: o('tblPrincipal'),
    principalType: o('tblPrincipalType'),
    principalRole: o('tblPrincipalRole'),
    roleType: o('tblRoleType'),
    chat: o('tblChat'),
    // A scalar function is called in the database the query runs in (the wrapper connects to it).
    ticksToDate: '[dbo].[fnTicksToDate]',
  }
}

function header(title: string, lines: readonly string[]): string {
  return [
    title,
    SCHEMA_NOTE,
    'READ-ONLY: SELECT statements only; nothing is created, changed or deleted.',
    ...lines,
  ]
    .map((l) => `-- ${l.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')}`)
    .join('\n')
}

/**
 * The category tree from the root (nodeID 1), which lists itself as its own
 * parent and so is left out as a child ([D18]). For each node: the category
 * path above it, its depth (categories below the root) and the effective
 * invitations setting (its own, or the nearest one set above it).
 */
function treeCte(t: ReturnType<typeof objects>): string {
  return `WITH tree (nodeID, nodeType, depth, parentPath, path, parentInvite, effectiveInvite, slashInPath) AS (
    SELECT n.nodeID, n.nodeType, 0, CAST(N'' AS nvarchar(max)), CAST(N'' AS nvarchar(max)),
           CAST(NULL AS int), CAST(n.invite AS int), 0
    FROM ${t.node} AS n
    WHERE n.nodeID = 1
    UNION ALL
    SELECT c.nodeID, c.nodeType,
           CASE WHEN c.nodeType = 1 THEN p.depth + 1 ELSE p.depth END,
           p.path,
           CAST(CASE WHEN p.nodeID = 1 THEN c.nodeName ELSE p.path + N'/' + c.nodeName END AS nvarchar(max)),
           p.effectiveInvite,
           CAST(COALESCE(CAST(c.invite AS int), p.effectiveInvite) AS int),
           CASE WHEN p.slashInPath = 1 OR CHARINDEX(N'/', c.nodeName) > 0 THEN 1 ELSE 0 END
    FROM ${t.node} AS c
    INNER JOIN tree AS p ON c.parentID = p.nodeID
    WHERE c.nodeID <> c.parentID AND p.nodeType = 1
)`
}

// A tree deeper than this many levels is a damaged one: the query stops rather than loop.
const RECURSION = 'OPTION (MAXRECURSION 32767)'

/**
 * One row per room, in the planner's room inventory columns (docs/formats.md)
 * followed by INVENTORY_EXTRA_COLUMNS. Counting messages scans the chat table:
 * run it off-hours.
 */
export function roomInventoryQuery(database: string): QueryResult {
  if (!database.trim()) return { ok: false, message: NO_DATABASE }
  const t = objects(database.trim())
  const [categoryPath, roomName, categoryInvitations, disabled, federated] = INVENTORY_COLUMNS
  const sql = `${header('Lync Server 2013 migration planner: Group Chat room inventory.', [
    'One row per room: the planner’s inventory columns, then node_id, depth (categories above the room, below the root), room_invitations (the room’s own setting: on, off or inherit), message_count, last_post and name_has_slash.',
    'Approximations:',
    ...INVENTORY_APPROXIMATIONS.map((a, i) => `${i + 1}. ${a}`),
    'The chat table is scanned to count messages: run it off-hours. Results can change until the Group Chat services are stopped.',
  ])}
${treeCte(t)}
SELECT
    tr.parentPath AS ${categoryPath},
    n.nodeName AS ${roomName},
    CASE WHEN tr.parentInvite = 0 THEN N'off' ELSE N'on' END AS ${categoryInvitations},
    CASE WHEN n.disabled = 1 THEN N'yes' ELSE N'no' END AS ${disabled},
    (SELECT COUNT(DISTINCT pr.prinRolePrinID)
       FROM ${t.principalRole} AS pr
       INNER JOIN ${t.principal} AS pp ON pp.prinID = pr.prinRolePrinID
       INNER JOIN ${t.principalType} AS pt ON pt.ptypeID = pp.prinTypeID
       WHERE pt.ptypeIsFederated = 1
         AND (pr.prinRoleNodeID = n.nodeID OR pr.prinRoleNodeID = n.roleDefinerId)) AS ${federated},
    n.nodeID AS node_id,
    tr.depth AS depth,
    CASE WHEN n.invite IS NULL THEN N'inherit' WHEN n.invite = 0 THEN N'off' ELSE N'on' END AS room_invitations,
    (SELECT COUNT(*) FROM ${t.chat} AS ch WHERE ch.channelId = n.nodeID) AS message_count,
    (SELECT ${t.ticksToDate}(MAX(ch.chatDate)) FROM ${t.chat} AS ch WHERE ch.channelId = n.nodeID) AS last_post,
    CASE WHEN tr.slashInPath = 1 OR CHARINDEX(N'/', n.nodeName) > 0 THEN N'yes' ELSE N'no' END AS name_has_slash
FROM tree AS tr
INNER JOIN ${t.node} AS n ON n.nodeID = tr.nodeID
WHERE tr.nodeType = 0
ORDER BY tr.parentPath, n.nodeName
${RECURSION}
`
  return { ok: true, text: sql }
}

export type CompanionQueryId =
  'root-managers' | 'category-tree' | 'file-posts' | 'messages-per-year' | 'disabled-principals'

export interface CompanionQuery {
  id: CompanionQueryId
  title: string
  /** Which Group Chat answer it helps with. */
  answers: string
  /** The CSV file the wrapper writes. */
  fileName: string
  heavy: boolean
}

export const COMPANION_QUERIES: readonly CompanionQuery[] = [
  {
    id: 'root-managers',
    title: 'Who manages the root category',
    answers: 'Managers on the root category (GC-02): they become managers of every room.',
    fileName: 'groupchat-root-managers.csv',
    heavy: false,
  },
  {
    id: 'category-tree',
    title: 'How deep the category tree is',
    answers: 'Category depth (GC-01) and categories with invitations off (GC-04).',
    fileName: 'groupchat-category-tree.csv',
    heavy: false,
  },
  {
    id: 'file-posts',
    title: 'Which rooms have file posts',
    answers: 'Are files uploaded in rooms (GC-05). Scans the whole chat table: run it off-hours.',
    fileName: 'groupchat-file-posts.csv',
    heavy: true,
  },
  {
    id: 'messages-per-year',
    title: 'How many messages per year',
    answers:
      'The date before which content is not migrated (-StartDate). Scans the whole chat table: run it off-hours.',
    fileName: 'groupchat-messages-per-year.csv',
    heavy: true,
  },
  {
    id: 'disabled-principals',
    title: 'Disabled principals that still hold roles',
    answers: 'A pre-flight check: what happens to them in the migration is UNCONFIRMED.',
    fileName: 'groupchat-disabled-principals.csv',
    heavy: false,
  },
]

/** The companion queries ([D18]-[D24]); matches roles by rtypeDesc, as the numeric IDs are not documented. */
export function companionQuery(id: CompanionQueryId, database: string): QueryResult {
  if (!database.trim()) return { ok: false, message: NO_DATABASE }
  const t = objects(database.trim())
  const meta = COMPANION_QUERIES.find((q) => q.id === id) as CompanionQuery
  const head = header(`Lync Server 2013 migration planner: ${meta.title}.`, [meta.answers])
  switch (id) {
    case 'root-managers':
      return {
        ok: true,
        text: `${head}
SELECT pp.prinName AS name, pp.prinUri AS uri, pt.ptypeDesc AS principal_type
FROM ${t.principalRole} AS pr
INNER JOIN ${t.roleType} AS rt ON rt.rtypeID = pr.prinRoleTypeID
INNER JOIN ${t.principal} AS pp ON pp.prinID = pr.prinRolePrinID
INNER JOIN ${t.principalType} AS pt ON pt.ptypeID = pp.prinTypeID
WHERE pr.prinRoleNodeID = 1 AND rt.rtypeDesc = ${tsqlString('Manager')}
ORDER BY pp.prinName
`,
      }
    case 'category-tree':
      return {
        ok: true,
        text: `${head}
${treeCte(t)}
SELECT
    MAX(tr.depth) AS deepest_category_depth,
    COUNT(*) AS categories,
    SUM(CASE WHEN tr.effectiveInvite = 0 THEN 1 ELSE 0 END) AS categories_invitations_off
FROM tree AS tr
WHERE tr.nodeType = 1 AND tr.nodeID <> 1
${RECURSION}
`,
      }
    case 'file-posts':
      return {
        ok: true,
        text: `${head}
SELECT n.nodeID AS node_id, n.nodeName AS room_name, COUNT(*) AS file_posts
FROM ${t.chat} AS ch
INNER JOIN ${t.node} AS n ON n.nodeID = ch.channelId
WHERE n.nodeType = 0 AND ch.content LIKE ${tsqlString('%ma-filelink:%')}
GROUP BY n.nodeID, n.nodeName
ORDER BY file_posts DESC
`,
      }
    case 'messages-per-year':
      return {
        ok: true,
        text: `${head}
SELECT YEAR(${t.ticksToDate}(ch.chatDate)) AS post_year, COUNT(*) AS messages
FROM ${t.chat} AS ch
GROUP BY YEAR(${t.ticksToDate}(ch.chatDate))
ORDER BY post_year
`,
      }
    case 'disabled-principals':
      return {
        ok: true,
        text: `${head}
SELECT pp.prinName AS name, pp.prinUri AS uri, rt.rtypeDesc AS role, n.nodeName AS node_name, n.nodeID AS node_id
FROM ${t.principalRole} AS pr
INNER JOIN ${t.principal} AS pp ON pp.prinID = pr.prinRolePrinID
INNER JOIN ${t.roleType} AS rt ON rt.rtypeID = pr.prinRoleTypeID
INNER JOIN ${t.node} AS n ON n.nodeID = pr.prinRoleNodeID
WHERE pp.prinDisabled = 1
ORDER BY pp.prinName, n.nodeName
`,
      }
  }
}

/**
 * A PowerShell wrapper that runs one read-only query with Windows
 * authentication and writes its rows as CSV (UTF-8 with a byte-order mark,
 * every field quoted). Uses only .NET classes of Windows PowerShell 2.0.
 */
export function sqlWrapperScript(options: {
  title: string
  /** `server\instance`, or the server alone for the default instance. */
  sqlInstance: string
  database: string
  sql: string
  fileName: string
}): string {
  return `${BOM}${psComments([
    `Lync Server 2013 migration planner: ${options.title}. READ-ONLY.`,
    'What it does: connects to the Group Chat SQL Server instance with your Windows account, runs one SELECT',
    'query and writes its rows to a CSV file for the planner.',
    'What it does not do: it changes nothing in the database (the query only reads) and sends nothing anywhere.',
    'Needs: read access to the Group Chat database (db_datareader is enough), from a computer that reaches the instance.',
    SCHEMA_NOTE,
    'The file holds room and user names: keep it private. Import it in the planner, then delete it.',
  ])}
param([string]$OutFile = ${psQuote(options.fileName)})
$ErrorActionPreference = 'Stop'
$Server = ${psQuote(options.sqlInstance.trim())}
$Database = ${psQuote(options.database.trim())}
$Query = ${psQuote(options.sql)}

function ConvertTo-PlannerCsvField($value) {
    if ($null -eq $value -or $value -is [System.DBNull]) { return '""' }
    if ($value -is [datetime]) { $value = $value.ToString('yyyy-MM-ddTHH:mm:ss', [System.Globalization.CultureInfo]::InvariantCulture) }
    return '"' + ([string]$value).Replace('"', '""') + '"'
}

$builder = New-Object System.Data.SqlClient.SqlConnectionStringBuilder
$builder['Data Source'] = $Server
$builder['Initial Catalog'] = $Database
$builder['Integrated Security'] = $true
$connection = New-Object System.Data.SqlClient.SqlConnection $builder.ConnectionString
$lines = New-Object System.Collections.ArrayList
$connection.Open()
try {
    $command = New-Object System.Data.SqlClient.SqlCommand $Query, $connection
    $command.CommandTimeout = 0
    $reader = $command.ExecuteReader()
    $names = @()
    for ($i = 0; $i -lt $reader.FieldCount; $i++) { $names += ,(ConvertTo-PlannerCsvField $reader.GetName($i)) }
    [void]$lines.Add($names -join ',')
    while ($reader.Read()) {
        $fields = @()
        for ($i = 0; $i -lt $reader.FieldCount; $i++) { $fields += ,(ConvertTo-PlannerCsvField $reader.GetValue($i)) }
        [void]$lines.Add($fields -join ',')
    }
    $reader.Close()
} finally {
    $connection.Close()
}
$lines | Out-File -FilePath $OutFile -Encoding UTF8
Write-Host ('Wrote ' + $OutFile + ': ' + ($lines.Count - 1) + ' row(s).')
`
}

export const ROOM_INVENTORY_FILE = 'groupchat-room-inventory.csv'

/** The inventory query wrapped for PowerShell, or why it cannot be made yet. */
export function roomInventoryScript(sqlInstance: string, database: string): QueryResult {
  const query = roomInventoryQuery(database)
  if (!query.ok) return query
  return {
    ok: true,
    text: sqlWrapperScript({
      title: 'Group Chat room inventory',
      sqlInstance,
      database,
      sql: query.text,
      fileName: ROOM_INVENTORY_FILE,
    }),
  }
}
