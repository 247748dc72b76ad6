import { useId } from 'react'
import type { TrustedPoolCandidate } from '../../discovery/topology'

/**
 * Trusted application pools, offered as the Group Chat pool: the planner never
 * picks one, because Group Chat's application ID is not documented and other
 * trusted applications use such pools too.
 */
export function GroupChatCandidates({
  candidates,
  value,
  onChange,
}: {
  candidates: readonly TrustedPoolCandidate[]
  value: string
  onChange: (fqdn: string) => void
}) {
  const id = useId()
  const options = [
    ...candidates.map((c) => ({
      value: c.fqdn,
      label: c.fqdn,
      hint: c.homePool ? `Registrar pool: ${c.homePool}` : undefined,
    })),
    {
      value: '',
      label: 'None of these, or I will enter it in the Group Chat step',
      hint: undefined,
    },
  ]
  return (
    <div className="field">
      <fieldset className="fieldset" aria-describedby={`${id}-hint`}>
        <legend className="fieldset__legend">Which of these pools is the Group Chat pool?</legend>
        <p className="field__hint" id={`${id}-hint`}>
          These are the trusted application pools of the topology. The document does not say which
          one runs Group Chat (its application ID is not documented), so the planner does not
          choose. The one you choose goes into the Group Chat step when you accept.
        </p>
        <div className="choices">
          {options.map((o, i) => (
            <div className="choice" key={o.value || 'none'}>
              <input
                className="choice__input"
                id={`${id}-${i}`}
                type="radio"
                name={`${id}-pool`}
                value={o.value}
                checked={value === o.value}
                aria-describedby={o.hint ? `${id}-${i}-hint` : undefined}
                onChange={() => onChange(o.value)}
              />
              <label className="choice__label" htmlFor={`${id}-${i}`}>
                {o.label}
              </label>
              {o.hint ? (
                <p className="choice__hint field__hint" id={`${id}-${i}-hint`}>
                  {o.hint}
                </p>
              ) : null}
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  )
}
