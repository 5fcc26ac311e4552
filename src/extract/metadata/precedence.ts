import type { MetadataField } from '../../model.ts';
import type { FieldSource } from './context.ts';
import { MODIFIED_SOURCES, PUBLISHED_SOURCES } from './date-sources.ts';
import {
  CANONICAL_SOURCES,
  DESCRIPTION_SOURCES,
  IMAGE_SOURCES,
  LANGUAGE_SOURCES,
  SECTION_SOURCES,
  SITE_NAME_SOURCES,
  TAG_SOURCES,
} from './page-sources.ts';
import { AUTHOR_SOURCES } from './people-sources.ts';
import { TITLE_SOURCES } from './title-sources.ts';

/**
 * THE precedence of metadata sources, as data: per field, named sources in the order
 * they are tried; the first that yields a value wins and is recorded in `sources`.
 * docs/metadata.md documents the same table (a test checks they agree).
 */
export const STRING_PRECEDENCE = {
  title: TITLE_SOURCES,
  published: PUBLISHED_SOURCES,
  modified: MODIFIED_SOURCES,
  language: LANGUAGE_SOURCES,
  siteName: SITE_NAME_SOURCES,
  canonicalUrl: CANONICAL_SOURCES,
  description: DESCRIPTION_SOURCES,
  image: IMAGE_SOURCES,
  section: SECTION_SOURCES,
} as const satisfies Partial<Record<MetadataField, readonly FieldSource<string>[]>>;

export const LIST_PRECEDENCE = {
  authors: AUTHOR_SOURCES,
  tags: TAG_SOURCES,
} as const satisfies Partial<Record<MetadataField, readonly FieldSource<string[]>[]>>;

export type StringField = keyof typeof STRING_PRECEDENCE;
export type ListField = keyof typeof LIST_PRECEDENCE;

/** Source names per field, in order (for docs and `--explain`). */
export function precedenceTable(): Record<MetadataField, string[]> {
  const table = {} as Record<MetadataField, string[]>;
  for (const [field, sources] of Object.entries({ ...STRING_PRECEDENCE, ...LIST_PRECEDENCE })) {
    table[field as MetadataField] = sources.map((s) => s.name);
  }
  return table;
}
