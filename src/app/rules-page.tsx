import { RULE_IDS, RULES, RULES_VERSION } from '../rules/catalogue'
import { SOURCES } from '../rules/sources'
import { useDocumentTitle } from '../ui/document-title'

const SEVERITY = { blocker: 'Blocker', warning: 'Warning', info: 'Information' } as const

export function RulesPage() {
  useDocumentTitle('Rules the planner checks')
  return (
    <>
      <h1 className="page-title" tabIndex={-1}>
        Rules the planner checks
      </h1>
      <p className="lead">
        Every finding shows one of these IDs, so you can cite it. Rules version {RULES_VERSION}.
      </p>
      <table className="table table--rules">
        <caption className="visually-hidden">Rule catalogue</caption>
        <thead>
          <tr>
            <th scope="col">ID</th>
            <th scope="col">Severity</th>
            <th scope="col">When it applies</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {RULE_IDS.map((id) => {
            const rule = RULES[id]
            return (
              <tr key={id} id={`rule-${id}`}>
                <th scope="row" className="nowrap">
                  {id}
                </th>
                <td>
                  <span className={`tag tag--${rule.severity}`}>{SEVERITY[rule.severity]}</span>
                </td>
                <td>{rule.when}</td>
                <td>
                  {rule.sources.map((s, i) => (
                    <span key={s}>
                      {i > 0 ? ', ' : ''}
                      <a
                        href={SOURCES[s].url}
                        rel="noreferrer noopener"
                        target="_blank"
                        title={SOURCES[s].title}
                      >
                        [{s}]
                        <span className="visually-hidden">
                          {' '}
                          {SOURCES[s].title} (opens in a new tab)
                        </span>
                      </a>
                    </span>
                  ))}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <h2>Sources</h2>
      <ul className="bullets">
        {Object.entries(SOURCES).map(([id, s]) => (
          <li key={id}>
            [{id}]{' '}
            <a href={s.url} rel="noreferrer noopener" target="_blank">
              {s.title}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  )
}
