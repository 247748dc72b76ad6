import { get, useFieldArray, useFormContext, useWatch } from 'react-hook-form'
import type { FieldDef } from './field-types'
import { errorId, fieldId, hintId } from './field-ids'
import { FindingNote } from './finding-note'
import { useStepFormContext } from './form-context'

const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter(Boolean).join(' ') || undefined

/** The state every field shows: its error message and its catalogue blockers. */
function useFieldState(path: string) {
  const { formState } = useFormContext()
  const { blockers } = useStepFormContext()
  const error = get(formState.errors, path) as
    { message?: string; root?: { message?: string } } | undefined
  const message = error?.message ?? error?.root?.message
  return { message, blockers: blockers.get(path) ?? [] }
}

function Problems({
  path,
  message,
  blockers,
}: {
  path: string
  message?: string
  blockers: ReturnType<typeof useFieldState>['blockers']
}) {
  return (
    <>
      {message ? (
        <p className="field__error" id={errorId(path)}>
          <span className="visually-hidden">Error:</span> {message}
        </p>
      ) : null}
      {blockers.length > 0 ? (
        <div id={`${errorId(path)}-rules`}>
          {blockers.map((b) => (
            <FindingNote key={`${b.ruleId}${b.message}`} finding={b} />
          ))}
        </div>
      ) : null}
    </>
  )
}

export function Fields({ fields, prefix = '' }: { fields: FieldDef[]; prefix?: string }) {
  const { control } = useFormContext()
  const { answers } = useStepFormContext()
  // One watch: the list item's values inside a list, the whole form at the top.
  const all = useWatch({ control }) as Record<string, unknown>
  const values =
    ((prefix ? get(all, prefix.replace(/\.$/, '')) : all) as Record<string, unknown> | undefined) ??
    {}
  return (
    <>
      {fields.map((f) =>
        f.showIf && !f.showIf(values, answers) ? null : (
          <Field key={f.name} def={f} path={`${prefix}${f.name}`} />
        ),
      )}
    </>
  )
}

function Field({ def, path }: { def: FieldDef; path: string }) {
  switch (def.kind) {
    case 'text':
      return <TextField def={def} path={path} />
    case 'select':
      return <SelectField def={def} path={path} />
    case 'radios':
    case 'checkboxes':
      return <ChoiceField def={def} path={path} />
    case 'list':
      return <ListField def={def} path={path} />
  }
}

function TextField({ def, path }: { def: Extract<FieldDef, { kind: 'text' }>; path: string }) {
  const { register } = useFormContext()
  const { answers } = useStepFormContext()
  const { message, blockers } = useFieldState(path)
  const invalid = Boolean(message) || blockers.length > 0
  const suggestions = def.suggestions?.(answers) ?? []
  const listId = suggestions.length > 0 ? `${fieldId(path)}-suggestions` : undefined
  return (
    <div className={`field${invalid ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={fieldId(path)}>
        {def.label}
        {def.optional ? ' (optional)' : ''}
      </label>
      {def.hint ? (
        <p className="field__hint" id={hintId(path)}>
          {def.hint}
        </p>
      ) : null}
      <Problems path={path} message={message} blockers={blockers} />
      <input
        className={`input input--${def.width ?? 'medium'}`}
        id={fieldId(path)}
        type={def.type ?? 'text'}
        inputMode={def.inputMode}
        spellCheck={false}
        autoComplete="off"
        placeholder={def.placeholder}
        list={listId}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(
          def.hint && hintId(path),
          message && errorId(path),
          blockers.length > 0 && `${errorId(path)}-rules`,
        )}
        {...register(path)}
      />
      {listId ? (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
    </div>
  )
}

function SelectField({ def, path }: { def: Extract<FieldDef, { kind: 'select' }>; path: string }) {
  const { register } = useFormContext()
  const { message, blockers } = useFieldState(path)
  const invalid = Boolean(message) || blockers.length > 0
  return (
    <div className={`field${invalid ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={fieldId(path)}>
        {def.label}
      </label>
      {def.hint ? (
        <p className="field__hint" id={hintId(path)}>
          {def.hint}
        </p>
      ) : null}
      <Problems path={path} message={message} blockers={blockers} />
      <select
        className="select"
        id={fieldId(path)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(
          def.hint && hintId(path),
          message && errorId(path),
          blockers.length > 0 && `${errorId(path)}-rules`,
        )}
        {...register(path, { setValueAs: (v: string) => (v === '' ? undefined : v) })}
      >
        <option value="">Choose…</option>
        {def.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

function ChoiceField({
  def,
  path,
}: {
  def: Extract<FieldDef, { kind: 'radios' | 'checkboxes' }>
  path: string
}) {
  const { register } = useFormContext()
  const { message, blockers } = useFieldState(path)
  const invalid = Boolean(message) || blockers.length > 0
  const type = def.kind === 'radios' ? 'radio' : 'checkbox'
  return (
    <div className={`field${invalid ? ' field--error' : ''}`} id={`${fieldId(path)}-group`}>
      <fieldset
        className="fieldset"
        aria-describedby={describedBy(
          def.hint && hintId(path),
          message && errorId(path),
          blockers.length > 0 && `${errorId(path)}-rules`,
        )}
      >
        <legend className="fieldset__legend">{def.label}</legend>
        {def.hint ? (
          <p className="field__hint" id={hintId(path)}>
            {def.hint}
          </p>
        ) : null}
        <Problems path={path} message={message} blockers={blockers} />
        <div className={`choices${def.kind === 'radios' && def.inline ? ' choices--inline' : ''}`}>
          {def.options.map((o, i) => {
            const id = i === 0 ? fieldId(path) : `${fieldId(path)}-${o.value}`
            return (
              <div className="choice" key={o.value}>
                <input
                  className="choice__input"
                  id={id}
                  type={type}
                  value={o.value}
                  aria-invalid={invalid || undefined}
                  aria-describedby={o.hint ? `${id}-hint` : undefined}
                  {...register(path)}
                />
                <label className="choice__label" htmlFor={id}>
                  {o.label}
                </label>
                {o.hint ? (
                  <p className="choice__hint field__hint" id={`${id}-hint`}>
                    {o.hint}
                  </p>
                ) : null}
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}

function ListField({ def, path }: { def: Extract<FieldDef, { kind: 'list' }>; path: string }) {
  const { control, setFocus } = useFormContext()
  const { fields, append, remove } = useFieldArray({ control, name: path })
  const { message, blockers } = useFieldState(path)
  const first = def.fields[0]?.name ?? ''
  return (
    <section
      className={`list${message || blockers.length ? ' field--error' : ''}`}
      aria-labelledby={`${fieldId(path)}-heading`}
      id={`${fieldId(path)}-group`}
    >
      <h2 className="list__heading" id={`${fieldId(path)}-heading`}>
        {def.label}
      </h2>
      {def.hint ? <p className="field__hint">{def.hint}</p> : null}
      <div id={fieldId(path)} tabIndex={-1}>
        <Problems path={path} message={message} blockers={blockers} />
      </div>
      {fields.length === 0 ? <p className="list__empty">None yet.</p> : null}
      {fields.map((item, index) => (
        <fieldset className="list__item" key={item.id}>
          <legend className="list__legend">
            {def.itemLabel} {index + 1}
          </legend>
          <Fields fields={def.fields} prefix={`${path}.${index}.`} />
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              remove(index)
              document.getElementById(`${fieldId(path)}-add`)?.focus()
            }}
          >
            Remove {def.noun} {index + 1}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary"
        id={`${fieldId(path)}-add`}
        onClick={() => {
          append(def.empty(), { shouldFocus: false })
          setTimeout(() => setFocus(`${path}.${fields.length}.${first}`), 0)
        }}
      >
        Add {fields.length > 0 ? 'another' : 'a'} {def.noun}
      </button>
    </section>
  )
}
