import { Link } from '@tanstack/react-router'
import { useCurrentPlan } from '../../store/plan-context'

/** On the Group Chat step: where the database queries are. */
export function GroupChatQueriesLink() {
  const plan = useCurrentPlan()
  return (
    <div className="inset">
      <p>
        The planner can hand you read-only queries that answer these questions from the Group Chat
        database (root managers, category depth, invitations, file posts, messages per year) and
        write the room inventory CSV. Written for the Lync Server 2010 Group Chat schema; for OCS
        2007 R2 Group Chat the schema is UNCONFIRMED.
      </p>
      <p>
        <Link to="/plan/$planId/group-chat-queries" params={{ planId: plan.id }}>
          Get the Group Chat database queries
        </Link>
      </p>
    </div>
  )
}
