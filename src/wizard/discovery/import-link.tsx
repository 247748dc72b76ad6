import { Link } from '@tanstack/react-router'
import { useCurrentPlan } from '../../store/plan-context'

/** Where a step or the overview offers the import: a short note and a link. */
export function ImportLink() {
  const plan = useCurrentPlan()
  return (
    <div className="inset">
      <p>
        Have the topology? Export it with <code>Get-CsTopology -AsXml</code> (Lync Server 2010) or
        run the OCS 2007 R2 discovery script, and the planner fills the legacy pools, their back
        ends, the SIP domains and the SQL Server instances. You accept each answer first.
      </p>
      <p>
        <Link to="/plan/$planId/import" params={{ planId: plan.id }}>
          Import from your deployment
        </Link>
      </p>
    </div>
  )
}
