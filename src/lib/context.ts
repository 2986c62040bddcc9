// Typed app context: the validated content and the current language, shared by every view.
import { createContext } from 'svelte';
import type { Content } from './content/validate';
import type { I18n } from './i18n/i18n.svelte';

export interface AppContext {
  content: Content;
  i18n: I18n;
}

export const [getApp, setApp] = createContext<AppContext>();
