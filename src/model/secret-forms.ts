// A secret rarely leaks as itself: it leaks inside an HTTP Basic header
// (base64 of `id:secret`, of `x-access-token:secret` in a git checkout's
// config), URL-encoded in a query or a form, base64- or JSON-encoded in a
// body. Both redactors (the Sigma client's and the GitHub reporter's) mask
// every such form of the secrets they know (#17).

/** Shorter base64 fragments would match ordinary text. */
const MIN_FRAGMENT = 8;
const BASE64_RUN = '[A-Za-z0-9+/_-]*';

/** Masks every known form of each secret in a text. */
export type SecretMasker = (text: string) => string;

export function secretMasker(secrets: Iterable<string>, mask: string): SecretMasker {
  const literals = new Set<string>();
  const fragments = new Set<string>();
  for (const secret of secrets) {
    if (secret.length === 0) continue;
    for (const form of literalForms(secret)) literals.add(form);
    for (const fragment of base64Fragments(secret)) fragments.add(fragment);
  }
  // Longest first, so that a secret containing another is masked whole.
  const ordered = [...literals].sort((a, b) => b.length - a.length);
  const encoded = fragments.size === 0 ? undefined : new RegExp(`${BASE64_RUN}(?:${[...fragments].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})${BASE64_RUN}={0,2}`, 'g');
  if (ordered.length === 0) return (text) => text;
  return (text) => {
    let result = text;
    for (const literal of ordered) if (result.includes(literal)) result = result.split(literal).join(mask);
    return encoded ? result.replace(encoded, mask) : result;
  };
}

/** The secret as written in a URL (either hex case), a form body and a JSON string. */
function literalForms(secret: string): string[] {
  const uri = encodeURIComponent(secret);
  const form = new URLSearchParams({ s: secret }).toString().slice(2);
  const json = JSON.stringify(secret).slice(1, -1);
  const lowerHex = uri.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
  return [...new Set([secret, uri, lowerHex, form, json])];
}

/**
 * The parts of a base64 text that hold the secret whatever surrounds it:
 * base64 works on groups of 3 bytes, so the secret starts at one of three
 * offsets in a group. For each, the characters made only of the secret's own
 * bytes are the same in every encoding of `anything + secret + anything`
 * (standard and URL-safe alphabets). The whole base64 run holding one is
 * masked, so the prefix (an id, `x-access-token:`) goes too.
 */
function base64Fragments(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const fragments: string[] = [];
  for (let offset = 0; offset < 3; offset += 1) {
    const padded = Buffer.concat([Buffer.alloc(offset), bytes]);
    const encoded = padded.toString('base64');
    const start = offset === 0 ? 0 : 4;
    const end = padded.length % 3 === 0 ? encoded.length : encoded.length - 4;
    // A short secret has no long stable part: its whole encoding still identifies it.
    const stable = encoded.slice(start, end).length >= MIN_FRAGMENT ? encoded.slice(start, end) : offset === 0 ? encoded.replace(/=+$/, '') : '';
    if (stable.length < MIN_FRAGMENT) continue;
    fragments.push(stable, stable.replaceAll('+', '-').replaceAll('/', '_'));
  }
  return [...new Set(fragments)];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
