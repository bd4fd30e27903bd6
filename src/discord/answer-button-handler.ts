import { AttachmentBuilder, MessageFlags, type ButtonInteraction } from 'discord.js';
import type { BotContext } from './bot-context.js';
import { citationChanges } from '../corrections/changes.js';
import { answerButtons, parseAnswerCustomId } from './answer-buttons.js';
import { findSession } from './corrections/posted.js';
import { questionModal } from './followup-modal.js';
import { renderAnswerPages } from './render/answer-embeds.js';
import { answerMarkdown } from './render/copy-markdown.js';
import { renderSourcesMessages } from './render/sources-view.js';

export const EXPIRED_MESSAGE =
  'These buttons have expired (public answers are kept for 30 days, private ones for a day and not across restarts). Run the command again for a fresh answer.';
export const FOREIGN_MESSAGE =
  "That button doesn't belong to an answer I can find here. Run the command again for a fresh answer.";

/**
 * Presses of an answer's buttons. Ids are validated: a malformed one or one from another server
 * is foreign, a forgotten session is expired; both get a polite ephemeral answer. Only the asker
 * turns the pages of the posted message; anyone else gets the page privately. Ask opens the
 * follow-up question modal (its submission is rate-limited, not the opening).
 */
export async function handleAnswerButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const parsed = parseAnswerCustomId(interaction.customId);
  if (!parsed) return void (await ephemeral(interaction, FOREIGN_MESSAGE));
  const session = await findSession(ctx, parsed.key);
  if (!session) return void (await ephemeral(interaction, EXPIRED_MESSAGE));
  if (session.guildId !== interaction.guildId) return void (await ephemeral(interaction, FOREIGN_MESSAGE));

  if (parsed.action === 'page' || parsed.action === 'indicator') {
    // A posted answer flagged since keeps its notice on every page.
    const post = session.ephemeral ? null : await ctx.postedAnswers.get(session.key);
    const pages = renderAnswerPages(session.answer, {
      read: session.read,
      updatedAfter: post?.flaggedAt != null,
    });
    const page = Math.min(parsed.page, pages.length - 1);
    if (interaction.user.id === session.userId) {
      await interaction.update({
        embeds: pages[page]!,
        components: answerButtons(session.key, page, pages.length),
      });
      if (post) await ctx.postedAnswers.setPage(session.key, page);
    } else {
      await interaction.reply({ embeds: pages[page]!, flags: MessageFlags.Ephemeral });
    }
    return;
  }
  if (parsed.action === 'ask') return void (await interaction.showModal(questionModal(session.key)));
  if (parsed.action === 'sources') {
    // Citations a later version of their article changed or removed are marked with what replaced them.
    const changes = await citationChanges(session.answer, ctx.store, { guild: session.guildId ?? undefined });
    const [first, ...rest] = renderSourcesMessages(session.answer, changes);
    await interaction.reply({ embeds: first!, flags: MessageFlags.Ephemeral });
    for (const embeds of rest) await interaction.followUp({ embeds, flags: MessageFlags.Ephemeral });
    return;
  }
  const markdown = answerMarkdown(
    session.answer,
    await citationChanges(session.answer, ctx.store, { guild: session.guildId ?? undefined }),
  );
  const fenced = `\`\`\`md\n${markdown}\`\`\``;
  if (fenced.length <= 2000) {
    await interaction.reply({ content: fenced, flags: MessageFlags.Ephemeral });
  } else {
    const file = new AttachmentBuilder(Buffer.from(markdown, 'utf8'), {
      name: 'answer.md',
      description: 'The answer as Markdown',
    });
    await interaction.reply({
      content: 'The answer as Markdown, with its source links:',
      files: [file],
      flags: MessageFlags.Ephemeral,
    });
  }
}

async function ephemeral(interaction: ButtonInteraction, content: string): Promise<void> {
  await interaction.reply({ content, flags: MessageFlags.Ephemeral });
}
