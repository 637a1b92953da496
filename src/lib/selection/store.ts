/**
 * The selection (handout) is its URL: `/selection/?ids=a,b,c&title=…&notes=…`, ids in the chosen
 * order. The browser also keeps the ids in localStorage so "加入讲义" on any page adds to the same
 * list; the URL, when it has ids, wins.
 */
export const storageKey = 'plan-atlas:selection';

export interface SelectionState {
  ids: string[];
  title: string;
  notes: string;
}

export function readSelectionParams(search: string): SelectionState {
  const params = new URLSearchParams(search);
  const ids = (params.get('ids') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  return { ids: [...new Set(ids)], title: params.get('title') ?? '', notes: params.get('notes') ?? '' };
}

/** `/selection/?ids=…` with the title and notes when there are any. Commas stay readable in the link. */
export function selectionHref(state: SelectionState): string {
  const params = new URLSearchParams();
  if (state.ids.length) params.set('ids', state.ids.join(','));
  if (state.title) params.set('title', state.title);
  if (state.notes) params.set('notes', state.notes);
  const query = params.toString().replace(/%2C/g, ',');
  return `/selection/${query ? `?${query}` : ''}`;
}

export function storedIds(storage: Pick<Storage, 'getItem'> | undefined): string[] {
  try {
    const value = JSON.parse(storage?.getItem(storageKey) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function storeIds(storage: Pick<Storage, 'setItem'> | undefined, ids: string[]): void {
  try {
    storage?.setItem(storageKey, JSON.stringify(ids));
  } catch {
    // Private mode or storage full: the URL still carries the selection.
  }
}

/** Moves the id at `from` by `by` places (−1 up, +1 down), keeping the list's length. */
export function move(ids: string[], from: number, by: number): string[] {
  const to = Math.max(0, Math.min(ids.length - 1, from + by));
  const next = [...ids];
  const [id] = next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}
