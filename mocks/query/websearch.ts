/**
 * An approximation of Postgres `websearch_to_tsquery('english', …)` matched against a turn's
 * text: words are AND-ed, `"quoted phrases"` must appear in order, `or` joins alternatives,
 * `-word` excludes, English stop words are dropped and words are compared by a light stem.
 */

const STOP_WORDS = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below ' +
    'between both but by can did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my ' +
    'myself no nor not now of off on once only other our ours ourselves out over own same she should so ' +
    'some such than that the their theirs them themselves then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom why will with you your yours ' +
    'yourself yourselves'
  ).split(' '),
);

/** Enough of Porter's first steps to make plurals and -ing/-ed forms meet. */
function stem(word: string): string {
  let w = word.toLowerCase().replace(/'s$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = `${w.slice(0, -3)}i`;
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    if (w.endsWith(suffix) && /[aeiouy]/.test(w.slice(0, -suffix.length)) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.endsWith('y') && w.length > 3) w = `${w.slice(0, -1)}i`;
  return w;
}

const WORD = /[\p{L}\p{N}_]+/gu;

function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

type Term = { stems: string[]; negated: boolean };
/** OR-groups of terms, all groups AND-ed. */
type Query = Term[][];

export function parseWebsearch(input: string): Query {
  const tokens: { text: string; quoted: boolean; negated: boolean }[] = [];
  const pattern = /(-?)"([^"]*)"?|(\S+)/g;
  for (const match of input.matchAll(pattern)) {
    if (match[2] !== undefined) tokens.push({ text: match[2], quoted: true, negated: match[1] === '-' });
    else {
      const raw = match[3];
      const negated = raw.startsWith('-') && raw.length > 1;
      tokens.push({ text: negated ? raw.slice(1) : raw, quoted: false, negated });
    }
  }
  const groups: Query = [];
  let joinNext = false;
  for (const token of tokens) {
    if (!token.quoted && !token.negated && token.text.toLowerCase() === 'or') {
      joinNext = groups.length > 0;
      continue;
    }
    const stems = words(token.text)
      .filter((word) => !STOP_WORDS.has(word))
      .map(stem);
    if (stems.length === 0) continue;
    const termsForToken: Term[] = token.quoted
      ? [{ stems, negated: token.negated }]
      : // An unquoted token with punctuation splits into several AND-ed words.
        stems.map((s) => ({ stems: [s], negated: token.negated }));
    for (const [i, term] of termsForToken.entries()) {
      if (joinNext && i === 0) groups[groups.length - 1].push(term);
      else groups.push([term]);
    }
    joinNext = false;
  }
  return groups;
}

type Analysed = { stems: string[]; set: Set<string> };

/** Texts repeat a lot (replies are pooled), so their analysis is worth keeping. */
const analysed = new Map<string, Analysed>();

function analyse(text: string): Analysed {
  let entry = analysed.get(text);
  if (!entry) {
    if (analysed.size > 50_000) analysed.clear();
    const stems = words(text).map(stem);
    entry = { stems, set: new Set(stems) };
    analysed.set(text, entry);
  }
  return entry;
}

function containsSequence(haystack: string, stems: readonly string[]): boolean {
  if (!haystack.includes(stems[0].slice(0, Math.max(1, stems[0].length - 1)))) return false;
  const doc = analyse(haystack);
  if (!stems.every((item) => doc.set.has(item))) return false;
  if (stems.length === 1) return true;
  outer: for (let i = 0; i + stems.length <= doc.stems.length; i += 1) {
    for (let j = 0; j < stems.length; j += 1) if (doc.stems[i + j] !== stems[j]) continue outer;
    return true;
  }
  return false;
}

function termMatches(term: Term, texts: readonly string[]): boolean {
  const found = texts.some((text) => containsSequence(text, term.stems));
  return term.negated ? !found : found;
}

/** A query of only stop words matches nothing, as in Postgres. */
export function matchesWebsearch(query: Query, texts: readonly string[]): boolean {
  if (query.length === 0) return false;
  return query.every((group) => group.some((term) => termMatches(term, texts)));
}
