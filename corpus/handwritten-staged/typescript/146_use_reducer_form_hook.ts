import { useCallback, useMemo, useReducer, type ChangeEvent, type FormEvent } from "react"

export type Validator<V, All> = (value: V, all: All) => string | undefined

export type ValidationMap<T> = {
  [K in keyof T]?: Validator<T[K], T> | Array<Validator<T[K], T>>
}

type Errors<T> = Partial<Record<keyof T, string>>
type Touched<T> = Partial<Record<keyof T, boolean>>

interface FormState<T> {
  values: T
  errors: Errors<T>
  touched: Touched<T>
  submitting: boolean
  submitCount: number
}

type Action<T> =
  | { type: "change"; field: keyof T; value: T[keyof T] }
  | { type: "blur"; field: keyof T }
  | { type: "setErrors"; errors: Errors<T> }
  | { type: "submitStart" }
  | { type: "submitEnd" }
  | { type: "reset"; values: T }

function reducer<T>(state: FormState<T>, action: Action<T>): FormState<T> {
  switch (action.type) {
    case "change":
      return { ...state, values: { ...state.values, [action.field]: action.value } }
    case "blur":
      return { ...state, touched: { ...state.touched, [action.field]: true } }
    case "setErrors":
      return { ...state, errors: action.errors }
    case "submitStart":
      return { ...state, submitting: true, submitCount: state.submitCount + 1 }
    case "submitEnd":
      return { ...state, submitting: false }
    case "reset":
      return { values: action.values, errors: {}, touched: {}, submitting: false, submitCount: 0 }
  }
}

function runValidation<T extends object>(values: T, rules: ValidationMap<T>): Errors<T> {
  const errors: Errors<T> = {}
  for (const key of Object.keys(rules) as Array<keyof T>) {
    const rule = rules[key]
    if (!rule) continue
    const list = Array.isArray(rule) ? rule : [rule]
    for (const validate of list) {
      const message = validate(values[key], values)
      if (message) {
        errors[key] = message
        break
      }
    }
  }
  return errors
}

export interface UseFormOptions<T> {
  initialValues: T
  validate?: ValidationMap<T>
  onSubmit: (values: T) => Promise<void> | void
}

export interface UseFormResult<T> {
  values: T
  errors: Errors<T>
  touched: Touched<T>
  submitting: boolean
  isValid: boolean
  field<K extends keyof T & string>(
    name: K,
  ): {
    name: K
    value: T[K]
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => void
    onBlur: () => void
  }
  setValue<K extends keyof T>(name: K, value: T[K]): void
  handleSubmit: (e?: FormEvent) => Promise<void>
  reset: () => void
}

export function useForm<T extends Record<string, unknown>>({
  initialValues,
  validate = {},
  onSubmit,
}: UseFormOptions<T>): UseFormResult<T> {
  const [state, dispatch] = useReducer(reducer<T>, {
    values: initialValues,
    errors: {},
    touched: {},
    submitting: false,
    submitCount: 0,
  })

  const liveErrors = useMemo(() => runValidation(state.values, validate), [state.values, validate])

  const setValue = useCallback(<K extends keyof T>(name: K, value: T[K]) => {
    dispatch({ type: "change", field: name, value })
  }, [])

  const field: UseFormResult<T>["field"] = (name) => ({
    name,
    value: state.values[name],
    onChange: (e) => {
      const target = e.target
      const raw: unknown =
        target instanceof HTMLInputElement && target.type === "checkbox"
          ? target.checked
          : target instanceof HTMLInputElement && target.type === "number"
            ? target.valueAsNumber
            : target.value
      dispatch({ type: "change", field: name, value: raw as T[typeof name] })
    },
    onBlur: () => dispatch({ type: "blur", field: name }),
  })

  const handleSubmit = async (e?: FormEvent): Promise<void> => {
    e?.preventDefault()
    const errors = runValidation(state.values, validate)
    dispatch({ type: "setErrors", errors })
    if (Object.keys(errors).length > 0) return
    dispatch({ type: "submitStart" })
    try {
      await onSubmit(state.values)
    } finally {
      dispatch({ type: "submitEnd" })
    }
  }

  const visibleErrors: Errors<T> = {}
  for (const key of Object.keys(liveErrors) as Array<keyof T>) {
    if (state.touched[key] || state.submitCount > 0) visibleErrors[key] = liveErrors[key]
  }

  return {
    values: state.values,
    errors: visibleErrors,
    touched: state.touched,
    submitting: state.submitting,
    isValid: Object.keys(liveErrors).length === 0,
    field,
    setValue,
    handleSubmit,
    reset: () => dispatch({ type: "reset", values: initialValues }),
  }
}

// Reusable validators
export const required =
  <V,>(message = "Required"): Validator<V, unknown> =>
  (v) =>
    v === undefined || v === null || v === "" ? message : undefined

export const minLength =
  (n: number): Validator<string, unknown> =>
  (v) =>
    v.length < n ? `Must be at least ${n} characters` : undefined
