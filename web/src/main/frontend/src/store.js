// The plan as last read from the API: areas, actions by id, links; the one place that loads them.

export class PlanStore {
  constructor(api) {
    this.api = api;
    this.areas = [];
    this.items = [];
    this.byId = new Map();
    this.dependencies = [];
  }

  /** Loads areas, actions and links in parallel; baselines and the schedule may be missing on older servers. */
  async load() {
    const [areas, items, dependencies, baselines] = await Promise.all([
      this.api.get(this.api.withPlan('/areas')), this.api.get(this.api.withPlan('/items')),
      this.api.get(this.api.withPlan('/dependencies')).catch(() => []),
      this.api.get(this.api.withPlan('/baselines')).catch(() => []),
    ]);
    this.areas = areas || [];
    this.setItems(items || []);
    this.dependencies = dependencies || [];
    return { baselines: baselines || [] };
  }

  setItems(items) {
    this.items = items;
    this.byId = new Map(items.map((item) => [item.id, item]));
  }

  item(id) {
    return this.byId.get(Number(id)) || this.byId.get(id);
  }

  /** Records a newer copy of an action; returns false when the copy held is as new. */
  put(item) {
    const held = this.byId.get(item.id);
    if (held && held.version === item.version && held !== item) {
      return false;
    }
    if (held) {
      this.items[this.items.indexOf(held)] = item;
    } else {
      this.items.push(item);
    }
    this.byId.set(item.id, item);
    return true;
  }

  /** Re-reads the actions and returns those that changed since they were read. */
  async reload() {
    const fresh = await this.api.get(this.api.withPlan('/items'));
    const changed = fresh.filter((item) => this.byId.get(item.id)?.version !== item.version);
    const freshIds = new Set(fresh.map((item) => item.id));
    const gone = this.items.filter((item) => !freshIds.has(item.id));
    this.setItems(fresh);
    const dependencies = await this.api.get(this.api.withPlan('/dependencies')).catch(() => null);
    const linksChanged = dependencies !== null && JSON.stringify(dependencies) !== JSON.stringify(this.dependencies);
    if (dependencies !== null) {
      this.dependencies = dependencies;
    }
    return { changed, gone, linksChanged };
  }
}
