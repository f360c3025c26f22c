// Safe DOM construction: every piece of text goes in through text nodes, never through markup, so an article whose
// title is "<script>" shows those characters. Attributes are set one by one; event handlers are never attributes.

/** el("a", {href: "#/x", class: "y"}, "text", childNode, ...) */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name)) throw new Error("event handler attributes are not allowed: " + name);
    if (name === "href" && !/^(#|\/)/.test(String(value))) throw new Error("only local links: " + value);
    node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

/** An SVG element, attributes as numbers or strings. */
export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    if (/^on/i.test(name)) throw new Error("event handler attributes are not allowed: " + name);
    node.setAttribute(name, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of a node. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** A link to a span of an article: the article page scrolls to it and highlights it. */
export function spanHref(article, start, end) {
  return "#/article/" + encodeURIComponent(article) + "?s=" + Number(start) + "&e=" + Number(end);
}
