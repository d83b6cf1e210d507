// A lab's settings and their setter, for the lab's own form: the schema's rules apply on every change.
import { useCallback } from 'react';
import type { Lab, LabParams } from '../../core/params/link.ts';
import { useStore } from '../../state/store.ts';

export function useLabParams<L extends Lab>(lab: L): readonly [LabParams<L>, (patch: Partial<LabParams<L>>) => void] {
  const params = useStore((s) => s[lab] as LabParams<L>);
  const setParams = useStore((s) => s.setParams);
  const set = useCallback((patch: Partial<LabParams<L>>) => setParams(lab, patch), [setParams, lab]);
  return [params, set] as const;
}
