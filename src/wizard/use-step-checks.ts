import { useCallback, useRef, useState } from 'react'
import type { FieldValues } from 'react-hook-form'
import type { Answers, SliceKey } from '../rules/answers'
import type { Finding } from '../rules/finding'
import type { StepChecks as SchemaChecks } from './form/validation'
import type { StepModule } from './step-module'

type Slice<K extends SliceKey> = NonNullable<Answers[K]>

/** A step's schema with the resolver around it, and the rules of its own slice. */
export interface StepChecks<I extends FieldValues, O> extends SchemaChecks<I, O> {
  /** The check of the module that owns the step's slice: what typing can change at once. */
  ownCheck(answers: Answers): Finding[]
}

/** The step's schema and the resolver around it, loaded once (a failed load is tried again). */
export function loadStepChecks<K extends SliceKey, I extends FieldValues>(
  module: StepModule<K, I>,
): Promise<StepChecks<I, Slice<K>>> {
  return Promise.all([
    module.loadSchema(),
    import('./form/validation'),
    import('../store/findings'),
  ]).then(([schema, kit, rules]) => ({
    ...kit.stepChecks(schema),
    ownCheck: rules.SLICE_CHECKS[module.meta.slice],
  }))
}

/**
 * A step's validation, off its first load: loading starts when the form gets focus or
 * Continue is pressed (`ensure`), not before: building the schemas is work a step opened
 * only to be read never needs. `checks` is null until it has arrived; Continue awaits
 * `ensure()`, so no answer is ever saved unchecked.
 */
export function useStepChecks<K extends SliceKey, I extends FieldValues>(
  module: StepModule<K, I>,
): { checks: StepChecks<I, Slice<K>> | null; ensure: () => Promise<StepChecks<I, Slice<K>>> } {
  // The page is keyed by step: `module` never changes for one mounted page.
  const [checks, setChecks] = useState<StepChecks<I, Slice<K>> | null>(null)
  const loading = useRef<Promise<StepChecks<I, Slice<K>>> | null>(null)
  const ensure = useCallback(() => {
    if (loading.current) return loading.current
    const promise = loadStepChecks(module)
    loading.current = promise
    promise.then(setChecks, () => {
      // Offline before the chunk was kept: the next Continue tries again.
      if (loading.current === promise) loading.current = null
    })
    return promise
  }, [module])
  return { checks, ensure }
}
