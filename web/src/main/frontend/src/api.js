// The REST API as the chart uses it: JSON in and out, versions as ETags, the CSRF marker header on writes.

/** A failed call, carrying the API's error body (`error`, `message`, `details`). */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `HTTP ${status}`);
    this.status = status;
    this.body = body || {};
  }

  get detail() {
    return Array.isArray(this.body.details) && this.body.details.length ? this.body.details[0] : {};
  }
}

export class Api {
  constructor(base, plan, language) {
    this.base = base.replace(/\/$/, '');
    this.plan = plan;
    this.language = language;
  }

  withPlan(path) {
    if (!this.plan) {
      return path;
    }
    return `${path}${path.includes('?') ? '&' : '?'}plan=${encodeURIComponent(this.plan)}`;
  }

  get(path) {
    return this.send('GET', path);
  }

  post(path, body) {
    return this.send('POST', path, body);
  }

  put(path, body, version) {
    return this.send('PUT', path, body, { 'If-Match': `"${version}"` });
  }

  delete(path) {
    return this.send('DELETE', path);
  }

  async send(method, path, body, headers = {}) {
    const init = { method, headers: { Accept: 'application/json', 'Accept-Language': this.language || 'en', ...headers },
      credentials: 'same-origin' };
    if (method !== 'GET') {
      init.headers['X-Requested-By'] = 'ReformBench';
    }
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetch(this.base + path, init);
    const text = await response.text();
    const json = text ? safeJson(text) : null;
    if (!response.ok) {
      throw new ApiError(response.status, json);
    }
    return json;
  }
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    return { message: text };
  }
}
