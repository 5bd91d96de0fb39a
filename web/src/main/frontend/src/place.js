// Keeps the planner's place: the selected action in the address (a deep link), zoom and scroll per tab,
// so a language switch or a reload comes back to the same view.

export class Place {
  constructor(plan) {
    this.plan = plan;
    this.key = `rb-gantt-place:${plan || ''}`;
  }

  linkTo(id) {
    const url = new URL(window.location.href);
    if (this.plan) {
      url.searchParams.set('plan', this.plan);
    }
    url.searchParams.set('item', String(id));
    return url.pathname + url.search;
  }

  /** Puts the selected action into the address without reloading. */
  selected(id) {
    const url = new URL(window.location.href);
    if (this.plan) {
      url.searchParams.set('plan', this.plan);
    }
    if (id === null || id === undefined) {
      url.searchParams.delete('item');
    } else {
      url.searchParams.set('item', String(id));
    }
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }

  remember(view) {
    try {
      window.sessionStorage.setItem(this.key, JSON.stringify({ ...this.recall(), ...view }));
    } catch (e) {
      // storage may be disabled; the place is then simply not kept
    }
  }

  recall() {
    try {
      return JSON.parse(window.sessionStorage.getItem(this.key) || '{}');
    } catch (e) {
      return {};
    }
  }
}
