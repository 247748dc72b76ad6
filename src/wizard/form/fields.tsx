import { Fragment, useEffect, useRef } from 'react'
import { get, useController, useFieldArray, useFormContext, useWatch } from 'react-hook-form'
import type { Field, Values } from './field-types'
import { errorId, fieldId, hintId } from '../../ui/field-ids'
import { FindingNote } from '../../ui/finding-note'
import { useStepFormContext } from './form-context'

const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter(Boolean).join(' ') || undefined

/** The state every field shows, and the aria attributes that go with it: computed once, here. */
function useFieldState(path: string, hasHint: boolean) {
  const { formState } = useFormContext()
  const { blockers: all, warnings } = useStepFormContext()
  const error = get(formState.errors, path) as
    { message?: string; root?: { message?: string } } | undefined
  const message = error?.message ?? error?.root?.message
  const blockers = all.get(path) ?? []
  const notes = warnings.get(path) ?? []
  const invalid = Boolean(message) || blockers.length > 0
  return {
    message,
    blockers,
    notes,
    invalid,
    ariaInvalid: invalid || undefined,
    describedBy: describedBy(
      hasHint && hintId(path),
      message && errorId(path),
      blockers.length > 0 && `${errorId(path)}-rules`,
      notes.length > 0 && notesId(path),
    ),
  }
}

const notesId = (path: string) => `${fieldId(path)}-notes`

/**
 * The warnings a field's answer raised, right after the field: below the control, so
 * nothing the user just clicked or typed in moves when they appear.
 */
function Notes({
  path,
  notes,
}: {
  path: string
  notes: ReturnType<typeof useFieldState>['notes']
}) {
  if (notes.length === 0) return null
  return (
    <div className="field__notes" id={notesId(path)}>
      {notes.map((n) => (
        <FindingNote key={`${n.ruleId}${n.message}`} finding={n} />
      ))}
    </div>
  )
}

/** Label, hint and problems around one control. */
function LabelledField({
  path,
  label,
  hint,
  state,
  derived,
  children,
}: {
  path: string
  label: string
  hint?: string
  state: ReturnType<typeof useFieldState>
  /** Its value is derived from other answers (`follows`): filled in, never pre-selected. */
  derived?: boolean
  children: React.ReactNode
}) {
  return (
    <div
      className={`field${state.invalid ? ' field--error' : ''}`}
      data-derived={derived ? '' : undefined}
    >
      <label className="field__label" htmlFor={fieldId(path)}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId(path)}>
          {hint}
        </p>
      ) : null}
      <Problems path={path} message={state.message} blockers={state.blockers} />
      {children}
      <Notes path={path} notes={state.notes} />
    </div>
  )
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

export function Fields({ fields, prefix = '' }: { fields: Field[]; prefix?: string }) {
  // Only fields shown on a condition watch the values: typing re-renders nothing else.
  return (
    <>
      {fields.map((f) => (
        <Fragment key={f.name}>
          {f.showIf ? (
            <Conditional def={f} prefix={prefix} />
          ) : (
            <FieldSwitch def={f} path={`${prefix}${f.name}`} />
          )}
          {f.follows ? <Follow def={f} prefix={prefix} /> : null}
        </Fragment>
      ))}
    </>
  )
}

function Conditional({ def, prefix }: { def: Field; prefix: string }) {
  const { control } = useFormContext()
  const { answers } = useStepFormContext()
  // The list item's values inside a list, the whole form at the top.
  const all: unknown = useWatch({ control })
  const watched: unknown = prefix ? get(all, prefix.replace(/\.$/, '')) : all
  const values = (typeof watched === 'object' && watched !== null ? watched : {}) as Values
  return def.showIf?.(values, answers) === false ? null : (
    <FieldSwitch def={def} path={`${prefix}${def.name}`} />
  )
}

const asValues = (v: unknown): Values =>
  (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {}) as Values

/**
 * Keeps a field on the value derived from other answers (`follows`) while the user
 * has not changed it: once the field holds something else, it is the user's answer.
 */
function Follow({ def, prefix }: { def: Field; prefix: string }) {
  const { control, getValues, setValue } = useFormContext()
  const { answers } = useStepFormContext()
  const all = asValues(useWatch({ control }))
  const item = prefix ? asValues(get(all, prefix.replace(/\.$/, ''))) : all
  const path = `${prefix}${def.name}`
  const derived = def.follows?.(item, answers, all, path)
  const last = useRef<string | undefined>(undefined)
  useEffect(() => {
    const current: unknown = getValues(path)
    const untouched = current === undefined || current === '' || current === last.current
    if (derived !== undefined && untouched && current !== derived) {
      setValue(path, derived, { shouldDirty: true })
    }
    last.current = derived
  }, [derived, path, getValues, setValue])
  return null
}

function FieldSwitch({ def, path }: { def: Field; path: string }) {
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

const DATE_PARTS = [
  { key: 'day', label: 'Day', width: 'input--short' },
  { key: 'month', label: 'Month', width: 'input--short' },
  { key: 'year', label: 'Year', width: 'input--short' },
] as const
type DateParts = Record<(typeof DATE_PARTS)[number]['key'], string>

/** A stored date (YYYY-MM-DD, or what was typed so far) as its three boxes. */
export function dateParts(value: unknown): DateParts {
  const match = typeof value === 'string' ? /^([^-]*)-([^-]*)-([^-]*)$/.exec(value) : null
  return { year: match?.[1] ?? '', month: match?.[2] ?? '', day: match?.[3] ?? '' }
}

/** The three boxes as the stored date: YYYY-MM-DD when all are numbers, '' when all are blank. */
export function dateValue({ day, month, year }: DateParts): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()]
  if (!d && !m && !y) return ''
  if (/^\d{1,2}$/.test(d) && /^\d{1,2}$/.test(m) && /^\d{4}$/.test(y)) {
    return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
  }
  // Not a date yet: kept as typed, so the step's check says what is wrong.
  return `${y}-${m}-${d}`
}

/** GOV.UK's date input: day, month and year boxes, numbers only, stored as one value. */
function DateField({ def, path }: { def: Extract<Field, { kind: 'text' }>; path: string }) {
  const { control } = useFormContext()
  const { field } = useController({ control, name: path })
  const state = useFieldState(path, Boolean(def.hint))
  const parts = dateParts(field.value)
  return (
    <div className={`field${state.invalid ? ' field--error' : ''}`} id={`${fieldId(path)}-group`}>
      <fieldset className="fieldset" aria-describedby={state.describedBy} role="group">
        <legend className="fieldset__legend">
          {def.label}
          {def.optional ? ' (optional)' : ''}
        </legend>
        {def.hint ? (
          <p className="field__hint" id={hintId(path)}>
            {def.hint}
          </p>
        ) : null}
        <Problems path={path} message={state.message} blockers={state.blockers} />
        <div className="date-input choices--inline">
          {DATE_PARTS.map((part, i) => {
            const id = i === 0 ? fieldId(path) : `${fieldId(path)}-${part.key}`
            return (
              <div className="date-input__item" key={part.key}>
                <label className="field__label" htmlFor={id}>
                  {part.label}
                </label>
                <input
                  className={`input ${part.width}`}
                  id={id}
                  name={`${path}-${part.key}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  spellCheck={false}
                  value={parts[part.key]}
                  aria-invalid={state.ariaInvalid}
                  ref={i === 0 ? field.ref : undefined}
                  onBlur={field.onBlur}
                  onChange={(e) =>
                    field.onChange(dateValue({ ...parts, [part.key]: e.target.value }))
                  }
                />
              </div>
            )
          })}
        </div>
        <Notes path={path} notes={state.notes} />
      </fieldset>
    </div>
  )
}

function TextField({ def, path }: { def: Extract<Field, { kind: 'text' }>; path: string }) {
  if (def.type === 'date') return <DateField def={def} path={path} />
  return <PlainTextField def={def} path={path} />
}

function PlainTextField({ def, path }: { def: Extract<Field, { kind: 'text' }>; path: string }) {
  const { register } = useFormContext()
  const { answers } = useStepFormContext()
  const state = useFieldState(path, Boolean(def.hint))
  const suggestions = def.suggestions?.(answers) ?? []
  const listId = suggestions.length > 0 ? `${fieldId(path)}-suggestions` : undefined
  return (
    <LabelledField
      path={path}
      label={`${def.label}${def.optional ? ' (optional)' : ''}`}
      hint={def.hint}
      state={state}
      derived={Boolean(def.follows)}
    >
      <input
        className={`input input--${def.width ?? 'medium'}`}
        id={fieldId(path)}
        type={def.type ?? 'text'}
        inputMode={def.inputMode}
        spellCheck={false}
        autoComplete="off"
        placeholder={def.placeholder}
        list={listId}
        aria-invalid={state.ariaInvalid}
        aria-describedby={state.describedBy}
        {...register(path)}
      />
      {listId ? (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
    </LabelledField>
  )
}

function SelectField({ def, path }: { def: Extract<Field, { kind: 'select' }>; path: string }) {
  const { register } = useFormContext()
  const state = useFieldState(path, Boolean(def.hint))
  return (
    <LabelledField
      path={path}
      label={def.label}
      hint={def.hint}
      state={state}
      derived={Boolean(def.follows)}
    >
      <select
        className="select"
        id={fieldId(path)}
        aria-invalid={state.ariaInvalid}
        aria-describedby={state.describedBy}
        {...register(path, { setValueAs: (v: string) => (v === '' ? undefined : v) })}
      >
        <option value="">Choose…</option>
        {def.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledField>
  )
}

function ChoiceField({
  def,
  path,
}: {
  def: Extract<Field, { kind: 'radios' | 'checkboxes' }>
  path: string
}) {
  const { register } = useFormContext()
  const state = useFieldState(path, Boolean(def.hint))
  const type = def.kind === 'radios' ? 'radio' : 'checkbox'
  return (
    <div
      className={`field${state.invalid ? ' field--error' : ''}`}
      id={`${fieldId(path)}-group`}
      data-derived={def.follows ? '' : undefined}
    >
      <fieldset className="fieldset" aria-describedby={state.describedBy}>
        <legend className="fieldset__legend">{def.label}</legend>
        {def.hint ? (
          <p className="field__hint" id={hintId(path)}>
            {def.hint}
          </p>
        ) : null}
        <Problems path={path} message={state.message} blockers={state.blockers} />
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
                  aria-invalid={state.ariaInvalid}
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
        <Notes path={path} notes={state.notes} />
      </fieldset>
    </div>
  )
}

function ListField({ def, path }: { def: Extract<Field, { kind: 'list' }>; path: string }) {
  const { control, setFocus } = useFormContext()
  const { answers } = useStepFormContext()
  const { fields, append, remove } = useFieldArray({ control, name: path })
  const { message, blockers, notes } = useFieldState(path, false)
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
        <Notes path={path} notes={notes} />
      </div>
      {fields.length === 0 ? <p className="list__empty">None yet.</p> : null}
      {fields.map((item, index) => {
        // Listed from earlier answers: say where from, so the user confirms rather than wonders.
        const origin = def.origin?.(item as Values, answers)
        return (
          <fieldset className="list__item" key={item.id} data-derived={origin ? '' : undefined}>
            <legend className="list__legend">
              {def.itemLabel} {index + 1}
            </legend>
            {origin ? <p className="field__hint">{origin}</p> : null}
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
        )
      })}
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
