// The rule-edition editor's logic, apart from React: edit a pack by path without touching the (frozen)
// original, group the domain's validation issues by field, keep the total maximum consistent, stamp edited
// values with the Pemda's own source, and describe a change for the diff against the base pack.
import {
  diffEditionPacks,
  type EditionPackIssue,
  type IssueMessage,
  type PackChange,
  type TConfidence,
  type TEditionPack,
} from '@inovda/domain';

export type TPath = readonly (string | number)[];

/** `['sid', 0, 'weightX100']` -> `'sid.0.weightX100'`: how issues, fields and changes meet. */
export function pathKey(path: TPath): string {
  return path.join('.');
}

/** The value at `path`, or undefined when the path leads nowhere. */
export function getAt(root: unknown, path: TPath): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * A copy of `root` with `value` at `path` (undefined removes the key), copying only the objects along the path:
 * the rest is shared, so a built-in pack (deeply frozen) can be the starting point of a draft.
 */
export function setAt<T>(root: T, path: TPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const node = root as unknown;
  const child =
    typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[head] : undefined;
  const next = setAt(child, rest, value);
  if (Array.isArray(node)) {
    const copy = [...(node as unknown[])];
    copy[head as number] = next;
    return copy as T;
  }
  const copy: Record<string | number, unknown> = {
    ...((node as Record<string | number, unknown> | undefined) ?? {}),
  };
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy as T;
}

/** The domain's issues by field (`pathKey`), each with its Indonesian and English message. */
export function issuesByPath(issues: readonly EditionPackIssue[]): Map<string, IssueMessage[]> {
  const out = new Map<string, IssueMessage[]>();
  for (const issue of issues) {
    const key = pathKey(issue.path);
    out.set(key, [...(out.get(key) ?? []), issue.messages]);
  }
  return out;
}

/** Where an edited value's provenance is kept: the nearest row, basis, evidence rule or constant above it. */
function provenanceOwner(pack: TEditionPack, path: TPath): TPath | null {
  // The edition itself (depth 0) describes the catalogue it came from; it is never re-sourced by one edit.
  for (let depth = path.length - 1; depth >= 2; depth -= 1) {
    const owner = path.slice(0, depth);
    const node = getAt(pack, owner);
    if (typeof node !== 'object' || node === null || Array.isArray(node)) continue;
    if ('confidence' in node || owner[owner.length - 1] === 'evidence') return owner;
  }
  return null;
}

const PROVENANCE_KEYS = new Set(['source', 'confidence', 'note']);

/** The Pemda's basis for its edits: a document (e.g. "Surat Kepala BSKDN 2027") and how sure it is. */
export interface TChangeStamp {
  source: string;
  /** The confidence to give each edited value; null keeps the confidence each value had (the default). */
  confidence: TConfidence | null;
  /** Replaces the note of each re-sourced value; blank keeps the note it had (provenance is never wiped). */
  note: string;
}

/** The rule values edited since `saved` (provenance fields and the edition's name and identity aside). */
export function listRuleChanges(saved: TEditionPack, draft: TEditionPack): PackChange[] {
  return diffEditionPacks(saved, draft).filter(
    (c) =>
      !PROVENANCE_KEYS.has(String(c.path[c.path.length - 1])) &&
      !(c.path.length === 1 && ['name', 'code', 'basedOn'].includes(String(c.path[0]))),
  );
}

/**
 * Gives every value edited since the last save the Pemda's source and confidence (on the row, basis, evidence
 * rule or constant that carries provenance), so the pack never credits the national source with a local edit.
 */
export function stampProvenance(saved: TEditionPack, draft: TEditionPack, stamp: TChangeStamp): TEditionPack {
  const owners = new Map<string, TPath>();
  for (const change of listRuleChanges(saved, draft)) {
    const owner = provenanceOwner(draft, change.path);
    if (owner) owners.set(pathKey(owner), owner);
  }
  let next = draft;
  for (const owner of owners.values()) {
    next = setAt(next, [...owner, 'source'], [stamp.source.trim()]);
    if (stamp.confidence) next = setAt(next, [...owner, 'confidence'], stamp.confidence);
    // Evidence rules carry no note; everything else does. A blank note leaves the existing one in place.
    if (owner[owner.length - 1] !== 'evidence' && stamp.note.trim())
      next = setAt(next, [...owner, 'note'], stamp.note.trim());
  }
  return next;
}

/** What a change is about, for the diff table: the item (row, basis, constant) and the field's message key. */
export interface TChangeLabel {
  /** `SID 16 · Regulasi Inovasi Daerah`, `SPD 5a · …`, `33 basis a · …`, or '' for the edition itself. */
  item: string;
  /** For a constant's provenance (`source`, `confidence`, `note`): its name, a key under `editor.constantNames.`. */
  constantKey?: string;
  /** A key of the `editions` namespace under `field.` (e.g. `weight`, `optionText`, `constants.minDivisor`). */
  fieldKey: string;
  params: Record<string, string | number>;
  /** How the values are shown: hundredths as decimals, lists joined, or as they are. */
  format: 'X100' | 'LIST' | 'BOOLEAN' | 'TEXT';
}

const FIELD_KEYS: Record<string, string> = {
  weightX100: 'weight',
  mandatory: 'mandatory',
  name: 'name',
  measure: 'measure',
  explanation: 'explanation',
  description: 'evidenceDescription',
  fileKinds: 'fileKinds',
  allowsLink: 'allowsLink',
  source: 'source',
  confidence: 'confidence',
  note: 'note',
  direction: 'bandDirection',
  unit: 'bandUnit',
};

function formatOf(path: TPath, value: unknown): TChangeLabel['format'] {
  const last = String(path[path.length - 1]);
  if (last.endsWith('X100') || path.includes('cutX100') || path.includes('predicateBands')) return 'X100';
  if (Array.isArray(value)) return 'LIST';
  if (typeof value === 'boolean') return 'BOOLEAN';
  return 'TEXT';
}

/** Labels a change of the pack at `path` (read against `pack`, the draft) for people. */
export function describeChange(pack: TEditionPack, change: PackChange): TChangeLabel {
  const { path } = change;
  const format = formatOf(path, change.after ?? change.before);
  const [section, index] = path;
  if (section === 'constants') {
    const key = String(path[1]);
    const sub = path[3] === undefined ? '' : `.${String(path[3])}`;
    if (path[2] === 'value') return { item: '', fieldKey: `constants.${key}${sub}`, params: {}, format };
    const field = FIELD_KEYS[String(path[2])] ?? String(path[2]);
    return { item: '', constantKey: key, fieldKey: field, params: {}, format };
  }
  if ((section === 'sid' || section === 'spd') && typeof index === 'number') {
    const row = (section === 'sid' ? pack.sid : pack.spd)[index];
    const label = row
      ? `${section.toUpperCase()} ${row.code} · ${row.name}`
      : `${section.toUpperCase()} #${index + 1}`;
    let rest = path.slice(2);
    let item = label;
    if (rest[0] === 'bases' && typeof rest[1] === 'number') {
      const basis = pack.sid[index]?.bases?.[rest[1]];
      item = `${label} · basis ${basis?.code ?? rest[1] + 1}`;
      rest = rest.slice(2);
    }
    if (rest.length === 0) return { item, fieldKey: 'whole', params: {}, format };
    if (rest[0] === 'options' && typeof rest[1] === 'number')
      return { item, fieldKey: 'optionText', params: { tier: rest[1] + 1 }, format };
    if (rest[0] === 'bands' && rest[1] === 'cutX100')
      return { item, fieldKey: 'bandCut', params: { tier: String(rest[2]).replace('tier', '') }, format };
    const last = String(rest[rest.length - 1]);
    return { item, fieldKey: FIELD_KEYS[last] ?? last, params: {}, format };
  }
  const last = String(path[path.length - 1]);
  return { item: '', fieldKey: FIELD_KEYS[last] ?? last, params: {}, format };
}

/** A free code for a clone: `pati-2027`, or the base code with `-salinan`, numbered while taken. */
export function suggestCloneCode(baseCode: string, taken: ReadonlySet<string>, year?: number): string {
  const stem = year ? `${baseCode.replace(/-?\d{4}$/, '') || 'edisi'}-${year}` : `${baseCode}-salinan`;
  const start = stem.replace(/^iga-/, 'pemda-');
  if (!taken.has(start)) return start;
  for (let n = 2; ; n += 1) if (!taken.has(`${start}-${n}`)) return `${start}-${n}`;
}

/** The code rule of the API (`edition.createCustom`): lower-case letters, digits and hyphens, 2..60 long. */
export const CUSTOM_CODE = /^[a-z0-9][a-z0-9-]{1,59}$/;
