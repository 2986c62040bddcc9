// One view of every card, content initiative or own, in the current language.
import type { OwnInitiative } from '../board/types';
import type { Initiative } from '../content/schema';
import type { Lang } from '../i18n/messages';

export interface Card {
  id: string;
  name: string;
  description: string;
  group: 'utrecht' | 'peel-en-maas' | 'own';
  initiative?: Initiative;
}

export const contentCard = (ini: Initiative, lang: Lang): Card => ({
  id: ini.id,
  name: ini.name[lang],
  description: ini.description[lang],
  group: ini.municipality,
  initiative: ini,
});

export const ownCard = (own: OwnInitiative): Card => ({
  id: own.id,
  name: own.name,
  description: own.description,
  group: 'own',
});
