// Where each kind of step runs, in the words the checklist and the script print.
// The Lync Server 2010 and 2013 administrative tools cannot share a computer [S30].

export const PLANNING = 'Planning: no computer; the migration lead, with the plan.'

export const CMDLET_HOST =
  'The Lync Server 2013 Management Shell on the migration computer of PRE-09 (a Lync Server 2013 server, or an administration computer with the Lync Server 2013 tools only), as a member of CsPersistentChatAdministrator.'

export const SERVICES_HOST =
  'The Lync Server 2013 Management Shell on the migration computer of PRE-09, as an account allowed to manage the Lync Server services of the Persistent Chat servers (the commands name each server with -ComputerName).'

export const TOPOLOGY_HOST =
  'The Lync Server 2013 Management Shell on a Lync Server 2013 server or administration computer, as a member of RTCUniversalServerAdmins.'

export const POLICY_HOST =
  'The Lync Server 2013 Management Shell on a Lync Server 2013 server or administration computer, as a Lync Server 2013 administrator.'

export const ENDPOINT_HOST =
  'The Lync Server 2013 Management Shell (the cmdlet is not in the Control Panel) on a Lync Server 2013 server or administration computer, as a Lync Server 2013 administrator.'

export const GROUP_CHAT_ADMIN_TOOL =
  'The Group Chat Admin Tool, on a computer where it is installed, as a Group Chat administrator.'

export const SQL_BACKUP = (instance: string) =>
  `SQL Server Management Studio (or your SQL Server backup tool) connected to ${instance}, as an account with SQL Server backup rights on it.`

export const LEGACY_SERVERS = (pool: string) =>
  `Each server of the Group Chat pool ${pool}, at its console or by remote desktop, as a local administrator of that server.`

export const ACTIVE_DIRECTORY =
  'Active Directory Users and Computers (or your AD tool), as an account allowed to delete user accounts in the ocschat@ account\u2019s OU.'
