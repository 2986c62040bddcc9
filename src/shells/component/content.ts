// The web component's content: the model the build validated (scripts/content-asset-plugin.ts), a
// chunk of its own that the element loads as it starts, as the page fetches the same as a file.
import data from 'virtual:content-data';
import { deepFreeze, type ContentResult } from '../../lib/content/issues';
import type { Content } from '../../lib/content/model';

export const result: ContentResult = { ok: true, content: deepFreeze(data as Content) };
