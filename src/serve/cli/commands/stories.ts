/** `dateline stories`: story clusters with their members (near-duplicate copies marked). */
import type { Story } from '../../../store/index.ts';
import { type CliIo, EXIT } from '../io.ts';
import { regroup } from './group.ts';
import { withStore } from './open.ts';

export interface StoriesCliOptions {
  db: string;
  minSize: number;
  limit: number;
  offset: number;
  regroup: boolean;
  json: boolean;
}

export async function storiesCommand(options: StoriesCliOptions, io: CliIo): Promise<number> {
  return withStore(options.db, async (store) => {
    if (options.regroup) await regroup(store);
    const page = await store.listStories({
      minSize: options.minSize,
      limit: options.limit,
      offset: options.offset,
    });
    if (!options.json) io.stdout.write(`${page.total} stories with ${options.minSize}+ articles\n`);
    for (const summary of page.stories) {
      const story = await store.getStory(summary.id);
      if (!story) continue;
      io.stdout.write(options.json ? `${JSON.stringify(story)}\n` : renderStory(story));
    }
    return EXIT.ok;
  });
}

function renderStory(story: Story): string {
  const span = [story.firstPublished, story.lastPublished].map((d) => d?.slice(0, 10) ?? '?');
  const lines = [
    `\nstory ${story.id}: ${story.label ?? '(untitled)'} — ${story.size} articles, ${story.sites} sites, ${span.join(' … ')}`,
  ];
  for (const m of story.members) {
    const copy = m.duplicateOf !== undefined && m.duplicateOf !== m.id ? ` [copy of #${m.duplicateOf}]` : '';
    lines.push(
      `  #${m.id} ${m.site ?? '-'} ${m.published?.slice(0, 10) ?? '-'} ${m.title ?? '(untitled)'}${copy}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
