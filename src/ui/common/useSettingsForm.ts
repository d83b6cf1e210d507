// A lab's settings form bound to its link schema: each control takes its field (label, limits, values)
// from the schema, its value from the store, and sets it through the schema's rules.
import { useCallback } from 'react';
import type { Cap, ChoiceField, IntField } from '../../core/params/fields.ts';
import { fieldsOf, type FieldsOf, type LabParams, type SchemaLab } from '../../core/params/labLinks.ts';
import type { Earlier } from '../../core/params/schema.ts';
import { useStore } from '../../state/store.ts';
import { useLabParams } from './useLabParams.ts';

type KeysWhere<Fs, F> = { [K in keyof Fs]: Fs[K] extends F ? K : never }[keyof Fs] & string;

type LimitedField = IntField & { limit(earlier: Earlier): Cap };

interface ListOf<T extends string> {
  readonly kind: 'list';
  readonly label: string;
  readonly values: readonly T[];
}

export function useSettingsForm<L extends SchemaLab>(lab: L) {
  const [p, set] = useLabParams(lab);
  const busy = useStore((s) => s.status === 'running');
  const fields: FieldsOf<L> = fieldsOf(lab);
  // The fields are walked by key, as the schema's own codec walks them; their types come from the schema.
  const byKey = fields as unknown as Readonly<Record<string, unknown>>;
  const values = p as unknown as Earlier;
  const setKey = useCallback((key: string, value: unknown) => set({ [key]: value } as Partial<LabParams<L>>), [set]);
  /** A NumberField's props: its field, value and current cap, and its setter. */
  const number = (key: KeysWhere<FieldsOf<L>, LimitedField>) => {
    const field = byKey[key] as LimitedField;
    return { field, value: values[key] as number, cap: field.limit(values), onCommit: (v: number) => setKey(key, v) };
  };
  /** A Ladder's or Segmented's props: the radio group's name, its legend and values, the value and its setter. */
  const choice = <K extends KeysWhere<FieldsOf<L>, ChoiceField<string>>>(key: K) => {
    type V = FieldsOf<L>[K] extends ChoiceField<infer T> ? T : never;
    const field = byKey[key] as ChoiceField<V>;
    return { name: `${lab}-${key}`, legend: field.label, values: field.values, value: values[key] as V, onChange: (v: V) => setKey(key, v) };
  };
  /** A group of checkboxes' props: its legend, every value, the chosen ones and their setter. */
  const list = <K extends KeysWhere<FieldsOf<L>, ListOf<string>>>(key: K) => {
    type V = FieldsOf<L>[K] extends ListOf<infer T> ? T : never;
    const field = byKey[key] as ListOf<V>;
    return { legend: field.label, all: field.values, chosen: values[key] as readonly V[], onChange: (v: readonly V[]) => setKey(key, v) };
  };
  return { p, set, busy, fields, number, choice, list };
}
