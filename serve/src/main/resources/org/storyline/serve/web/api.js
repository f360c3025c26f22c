// The JSON API, as the UI uses it. Errors come back as {"error": {"code", "message"}}.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") query.set(k, v);
  const url = "/api/" + path + (query.toString() ? "?" + query : "");
  const response = await fetch(url, {headers: {Accept: "application/json"}});
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const e = body && body.error ? body.error : {code: "HTTP_" + response.status, message: response.statusText};
    throw new ApiError(response.status, e.code, e.message);
  }
  return body;
}

/** Every item of a list, following "next" (at most maxPages pages). */
export async function all(path, params = {}, maxPages = 20) {
  const items = [];
  let cursor = null;
  for (let page = 0; page < maxPages; page++) {
    const body = await get(path, {...params, limit: 1000, cursor});
    items.push(...body.items);
    if (!body.next) break;
    cursor = body.next;
  }
  return items;
}
