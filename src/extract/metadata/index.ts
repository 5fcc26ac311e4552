import type { Document } from 'domhandler';
import type { Message, Metadata, MetadataField } from '../../model.ts';

export interface MetadataResult {
  metadata: Metadata;
  sources: Partial<Record<MetadataField, string>>;
  messages: Message[];
}

/** PLACEHOLDER until the metadata module lands. */
export function extractMetadata(_document: Document, _url: string | undefined): MetadataResult {
  return { metadata: { authors: [], tags: [] }, sources: {}, messages: [] };
}
