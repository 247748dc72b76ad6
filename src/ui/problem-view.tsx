import { Link } from '@tanstack/react-router'
import type { PlanProblem } from '../plan/problems'
import { PROBLEM_TITLES } from '../plan/problems'
import { useProblemTitle } from './document-title'

export function ProblemView({
  problem,
  headingLevel = 1,
}: {
  problem: PlanProblem
  headingLevel?: 1 | 2
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2'
  // A whole page of problem: its title is its heading (a panel inside a page is not).
  useProblemTitle(PROBLEM_TITLES[problem.kind], headingLevel === 1)
  return (
    <div className="problem" role={headingLevel === 2 ? 'alert' : undefined}>
      <Heading className={headingLevel === 1 ? 'page-title' : undefined} tabIndex={-1}>
        {PROBLEM_TITLES[problem.kind]}
      </Heading>
      <p>{problem.message}</p>
      {problem.errors && problem.errors.length > 0 ? (
        <>
          <p>What could not be read:</p>
          <ul className="bullets">
            {problem.errors.map((e) => (
              <li key={`${e.path}${e.message}`}>
                <code>{e.path}</code>: {e.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>Nothing saved in this browser was changed.</p>
      {headingLevel === 1 ? (
        <ul className="bullets">
          <li>
            <Link to="/">Open a saved plan, or start a new one</Link>
          </li>
        </ul>
      ) : null}
    </div>
  )
}
