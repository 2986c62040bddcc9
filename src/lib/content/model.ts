// The content model: the four data files validated and frozen (see validation/validate.ts), and
// the raw files it is made from.
import type { Framework, Initiative, Source } from './schema';

export interface Content {
  /** [the framework people place into (Utrecht), the framework compared with it (Peel en Maas)] */
  readonly frameworks: readonly [Framework, Framework];
  readonly sources: readonly Source[];
  readonly initiatives: readonly Initiative[];
}

export interface RawFile {
  file: string;
  data: unknown;
}

export interface RawContent {
  frameworks: readonly [RawFile, RawFile];
  sources: RawFile;
  initiatives: RawFile;
}
