/**
 * What the source indexes (quotations, completion words, passage terms) share: each owner (a
 * source) gets a run of consecutive integer ids, one per item it brings (the source itself, or
 * each of its passages), and each term points to the list of ids that have it. Lists are plain
 * number[], not sets: the extension builds these indexes on its main thread as sources arrive,
 * and a set per term cost most of that time and several times the memory.
 *
 * A removed owner's ids are only marked dead, so a removal costs its own size; once the dead
 * outnumber the live, every list is swept and the live ids renumbered in the order they came,
 * which keeps a sweep's cost within twice the removals since the last one.
 */
export class Postings<Owner, Item> {
  /** Each owner's first id; the rest of its ids follow on from it. */
  private readonly firstIds = new Map<Owner, number>();
  /**
   * How many ids an owner holds, for the owners that hold other than one: most owners (a
   * source, in two of the indexes) hold one, and an entry or an object more each would be
   * memory those indexes did not spend before.
   */
  private readonly counts = new Map<Owner, number>();
  /** By id: the item, or undefined once its owner is removed (until the next sweep renumbers). */
  private items: Array<Item | undefined> = [];
  /** By id, 1 while live: what a loop over a long list reads, a byte an id rather than an object. */
  private flags = new Uint8Array(64);
  private liveIds = 0;
  /** Lists of ids by term, one map per kind of term (a passage has words and figure keys). */
  private readonly lists: Array<Map<string, number[]>>;

  /**
   * @param kinds how many kinds of term are kept apart (post, list and hasTerm take one, from 0).
   * @param swept called after every sweep with the items by their new ids (all live): an index keeping ids or by-id data of its own renumbers them.
   */
  constructor(kinds = 1, private readonly swept: (items: readonly Item[]) => void = () => {}) {
    this.lists = Array.from({ length: kinds }, () => new Map<string, number[]>());
  }

  /** How many ids are in use, dead ones included: the length of an array read by id. */
  get size(): number {
    return this.items.length;
  }

  /** By id, 1 while the id is live. Read only: it is replaced as ids are added and swept. */
  get alive(): Uint8Array {
    return this.flags;
  }

  has(owner: Owner): boolean {
    return this.firstIds.has(owner);
  }

  /** Gives `items` the next ids, in order, and returns the first; undefined if `owner` holds ids already. */
  add(owner: Owner, items: readonly Item[]): number | undefined {
    if (this.firstIds.has(owner)) return undefined;
    const first = this.items.length;
    for (const item of items) this.items.push(item);
    this.firstIds.set(owner, first);
    if (items.length !== 1) this.counts.set(owner, items.length);
    this.growFlags();
    this.flags.fill(1, first, first + items.length);
    this.liveIds += items.length;
    return first;
  }

  /** Marks the owner's ids dead and returns their items (none if it holds no ids); sweeps when the dead outnumber the live. */
  remove(owner: Owner): Item[] {
    const first = this.firstIds.get(owner);
    if (first === undefined) return [];
    const count = this.counts.get(owner) ?? 1;
    this.firstIds.delete(owner);
    if (count !== 1) this.counts.delete(owner);
    const removed = this.items.slice(first, first + count) as Item[];
    for (let id = first; id < first + count; id++) {
      this.items[id] = undefined;
      this.flags[id] = 0;
    }
    this.liveIds -= count;
    if (this.items.length - this.liveIds > this.liveIds) this.sweep();
    return removed;
  }

  /** The owner's first id, while it is held: its ids run from there to before `first + idCount(owner)`. */
  firstId(owner: Owner): number | undefined {
    return this.firstIds.get(owner);
  }

  /** How many ids the owner holds (0 if none). */
  idCount(owner: Owner): number {
    if (!this.firstIds.has(owner)) return 0;
    return this.counts.get(owner) ?? 1;
  }

  /** The item with this id, if it is live. */
  itemOf(id: number): Item | undefined {
    return this.items[id];
  }

  /** Every live item, in id order (the order they came). */
  *liveItems(): Generator<Item> {
    for (const item of this.items) if (item !== undefined) yield item;
  }

  /**
   * Posts `id` under `term`; an id posted twice in a row is kept once, so an owner's items
   * count a term once each while they are added (their ids are the last in every list).
   * Returns whether the term is new.
   */
  post(term: string, id: number, kind = 0): boolean {
    const list = this.lists[kind].get(term);
    if (!list) {
      this.lists[kind].set(term, [id]);
      return true;
    }
    if (list[list.length - 1] !== id) list.push(id);
    return false;
  }

  /**
   * Posts `id` under each of a set of terms, once an id and kind: a set's terms are distinct, so
   * this skips post's check for an id posted twice (3% of the passage index's adding, measured).
   */
  postEach(terms: ReadonlySet<string>, id: number, kind = 0): void {
    const lists = this.lists[kind];
    for (const term of terms) {
      const list = lists.get(term);
      if (list) list.push(id);
      else lists.set(term, [id]);
    }
  }

  /** The ids posted under `term`, dead ones included until the next sweep (see alive). */
  list(term: string, kind = 0): readonly number[] | undefined {
    return this.lists[kind].get(term);
  }

  /** Whether any id is posted under `term`: a term whose ids were all swept is dropped. */
  hasTerm(term: string, kind = 0): boolean {
    return this.lists[kind].has(term);
  }

  private growFlags(): void {
    if (this.flags.length >= this.items.length) return;
    const grown = new Uint8Array(Math.max(this.items.length, this.flags.length * 2));
    grown.set(this.flags);
    this.flags = grown;
  }

  /** Drops the dead ids from every list, renumbers the live ones in order, and drops the terms left with none. */
  private sweep(): void {
    const renumbered = new Int32Array(this.items.length).fill(-1);
    const live: Item[] = [];
    this.items.forEach((item, id) => {
      if (item !== undefined) renumbered[id] = live.push(item) - 1;
    });
    // An owner of no items has no id to follow: 0 stands for its empty run.
    for (const [owner, first] of this.firstIds) this.firstIds.set(owner, this.counts.get(owner) === 0 ? 0 : renumbered[first]);
    this.items = live;
    for (const lists of this.lists) {
      for (const [term, list] of lists) {
        let kept = 0;
        for (let i = 0; i < list.length; i++) {
          const id = renumbered[list[i]];
          if (id >= 0) list[kept++] = id;
        }
        list.length = kept;
        if (kept === 0) lists.delete(term);
      }
    }
    this.flags = new Uint8Array(Math.max(64, live.length)).fill(1, 0, live.length);
    this.swept(live);
  }
}
