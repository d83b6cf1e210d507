// The labs the page knows, each by its link schema: the one list the link codec, the store's settings
// and every lab registry above derive from. The first lab is the one a link without `lab` opens.
import { COUNTER_LINK } from './counterParams.ts';
import { EXPLORE_LINK } from './exploreParams.ts';
import { PYTHON_LINK } from '../python/link.ts';
import { LITMUS_LINK } from './litmusParams.ts';
import { QUEUE_LINK } from './queueParams.ts';
import { SCALING_LINK } from './scalingParams.ts';
import type { LabLink } from './schema.ts';

export const LAB_LINKS = [COUNTER_LINK, QUEUE_LINK, EXPLORE_LINK, LITMUS_LINK, SCALING_LINK, PYTHON_LINK] as const;

type AnyLabLink = (typeof LAB_LINKS)[number];

export type Lab = AnyLabLink['id'];

/** The settings of one lab. */
export type LabParams<L extends Lab> = Extract<AnyLabLink, { id: L }> extends LabLink<L, infer P> ? P : never;

/** Every lab's settings: the link carries the open lab's, the others keep their defaults. */
export type LabSettings = { readonly lab: Lab } & { readonly [L in Lab]: LabParams<L> };

export const LABS: readonly Lab[] = LAB_LINKS.map((l) => l.id);

/** The lab's link schema, typed by its id. */
export function linkOf<L extends Lab>(lab: L): LabLink<L, LabParams<L>> {
  // The list holds one schema per id (ids are the list's keys), so the find always succeeds.
  return LAB_LINKS.find((l) => l.id === lab) as unknown as LabLink<L, LabParams<L>>;
}

type LinkOf<L extends Lab> = Extract<AnyLabLink, { id: L }>;

/** The labs whose settings are declared as fields (`defineLink`): their forms take each control from its field. */
export type SchemaLab = { [L in Lab]: LinkOf<L> extends { readonly fields: object } ? L : never }[Lab];

/** A schema lab's fields, by key. */
export type FieldsOf<L extends SchemaLab> = LinkOf<L> extends { readonly fields: infer Fs } ? Fs : never;

export function fieldsOf<L extends SchemaLab>(lab: L): FieldsOf<L> {
  // A schema lab's link is the one `defineLink` made, which carries its fields.
  return (linkOf(lab) as unknown as { readonly fields: FieldsOf<L> }).fields;
}

export function isLab(id: string): id is Lab {
  return LABS.includes(id as Lab);
}

/** The page's name for a lab; an id that is not a lab here is named as it is. */
export function labTitle(id: string): string {
  return isLab(id) ? linkOf(id).title : id;
}
