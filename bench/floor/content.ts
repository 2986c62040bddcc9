// The floor page's content, read from the app's data files at build time: per model its name and
// each box's label and say (Dutch), and every initiative's name. Only these fields are read, and
// each tolerantly: a field may be a string, an { nl, en } object, or a list of statements
// ({ text: { nl, en }, provenance }), whose texts are joined.

export type FloorBox = { label: string; say: string };
export type FloorModel = { name: string; boxes: FloorBox[] };
export type FloorContent = { models: FloorModel[]; initiatives: string[] };

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The Dutch text of a field: a string, { nl }, { text: … } or a list of those; '' otherwise. */
export function dutch(v: Json): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v))
    return v
      .map(dutch)
      .filter((s) => s !== '')
      .join(' ');
  if (!isObject(v)) return '';
  if ('nl' in v) return dutch(v.nl);
  if ('text' in v) return dutch(v.text);
  return '';
}

const list = (v: Json): Json[] => (Array.isArray(v) ? v : []);

/** Where a box starts on the scale (gemeente at 0), to lay boxes out as the app does. */
function start(item: Json): number {
  const interval = isObject(item) ? item.interval : undefined;
  const from = Array.isArray(interval) ? interval[0] : undefined;
  return typeof from === 'number' ? from : 0;
}

/** One model file (data/frameworks/*.json) as the floor shows it. */
export function floorModel(file: Json): FloorModel {
  const f = isObject(file) ? file : {};
  const items = [...list(f.items)].sort((a, b) => start(a) - start(b));
  return {
    name: dutch(f.name),
    boxes: items.map((item) => {
      const it = isObject(item) ? item : {};
      return { label: dutch(it.label), say: dutch(it.say) };
    }),
  };
}

/** The initiative names of data/initiatives.json. */
export function floorInitiatives(file: Json): string[] {
  const f = isObject(file) ? file : {};
  return list(f.initiatives)
    .map((i) => (isObject(i) ? dutch(i.name) : ''))
    .filter((name) => name !== '');
}
