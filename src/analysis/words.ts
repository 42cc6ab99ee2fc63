// Small helpers that turn numbers and lists into English, for generated sentences.

export function range(low: number, high: number): string {
  return low === high ? String(low) : `${low}–${high}`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The first `max` items and how many more: "A, B, C and 4 more". */
export function listSome(items: readonly string[], max = 6): string {
  return items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : list(items);
}

/** "on 2023-11-12", but "in 2017" and "in 2018-07": a year or month is not a day. */
export function onDate(iso: string): string {
  return iso.length === 10 ? `on ${iso}` : `in ${iso}`;
}

/** "a trade office", "an embassy": the indefinite article before a noun phrase. */
export function article(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
